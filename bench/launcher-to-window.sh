#!/usr/bin/env bash
# Time from starting a launcher to the editor's window on screen and to the document drawn in it, under Xvfb
# (software renderer), with a fresh home folder: a first start that writes the class-data archive (ADR 7), then
# RUNS timed starts, each ended with Ctrl+Q. Prints one line per start and the medians.
#
#   bench/launcher-to-window.sh [-n RUNS] [-d DISPLAY_NUMBER] LAUNCHER [ARGS...]
#   bench/launcher-to-window.sh target/dist/turnscript/bin/turnscript      # the app image (./mvnw -Pdist package)
#   bench/launcher-to-window.sh java -jar target/turnscript.jar            # the jar
#
# Needs xdotool and Xvfb (apt-get install xvfb xdotool libgtk-3-0). Builds nothing.
set -euo pipefail
RUNS=3
DISPLAY_NUMBER=85
while getopts "n:d:" opt; do
    case $opt in
        n) RUNS=$OPTARG ;;
        d) DISPLAY_NUMBER=$OPTARG ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-n RUNS] [-d DISPLAY] LAUNCHER [ARGS...]" >&2; exit 2; }
WORK=$(mktemp -d)
XVFB_PID=
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$DISPLAY_NUMBER"
    for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
fi
# A home folder of its own (no last project, no class-data archive): the same start for every launcher. Java takes
# user.home from the password file, not $HOME: a java command gets -Duser.home, an app image is copied and its
# launcher's configuration gets the option.
HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR"
if [ "$(basename "$1")" = java ]; then
    set -- "$1" "-Duser.home=$HOME_DIR" "${@:2}"
elif cfg=$(ls "$(dirname "$1")"/../lib/app/*.cfg 2>/dev/null | head -1) && [ -n "$cfg" ]; then
    image=$(cd "$(dirname "$1")/.." && pwd)
    cp -a "$image" "$WORK/image"
    printf 'java-options=-Duser.home=%s\n' "$HOME_DIR" >>"$WORK/image/lib/app/$(basename "$cfg")"
    set -- "$WORK/image/bin/$(basename "$1")" "${@:2}"
fi
now_ms() { date +%s%3N; }

# start N: one start; sets WINDOW_MS (the window is mapped) and DOC_MS (the app's "document on screen" line).
start() {
    local n=$1 t0 win=
    shift
    WINDOW_MS=
    DOC_MS=
    t0=$(now_ms)
    "$@" >/dev/null 2>"$WORK/err.$n" &
    local pid=$!
    for _ in $(seq 1200); do
        if [ -z "$WINDOW_MS" ] && win=$(xdotool search --onlyvisible --name '^Turnscript|Turnscript$' 2>/dev/null | head -1) \
                && [ -n "$win" ]; then
            WINDOW_MS=$(($(now_ms) - t0))
        fi
        if grep -q 'document on screen' "$WORK/err.$n"; then
            DOC_MS=$(($(now_ms) - t0))
            break
        fi
        kill -0 "$pid" 2>/dev/null || { echo "the launcher ended:" >&2; cat "$WORK/err.$n" >&2; exit 1; }
        sleep 0.05
    done
    sleep 1
    win=$(xdotool search --onlyvisible --name 'Turnscript' | head -1)
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    xdotool key --clearmodifiers ctrl+q
    wait "$pid" || true
}

start first "$@"
echo "first start (writes the class-data archive): window ${WINDOW_MS} ms, document ${DOC_MS} ms"
for i in $(seq "$RUNS"); do
    start "$i" "$@"
    echo "start $i: window ${WINDOW_MS} ms, document on screen ${DOC_MS} ms"
    echo "$WINDOW_MS $DOC_MS" >>"$WORK/times"
done
sort -n -k1 "$WORK/times" | awk '{w[NR]=$1} END {printf "median: window %d ms, ", w[int((NR+1)/2)]}'
sort -n -k2 "$WORK/times" | awk '{d[NR]=$2} END {printf "document on screen %d ms (%d runs)\n", d[int((NR+1)/2)], NR}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
