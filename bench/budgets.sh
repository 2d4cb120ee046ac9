#!/usr/bin/env bash
# Measures the editor's budgets where the user waits: the real jar, a real X display (Xvfb), the software
# renderer, keys sent as X input. Prints a markdown table: path | budget | measured | within budget? | peer |
# ratio (ours / peer).
#
#   bench/budgets.sh [-n RUNS] [--jar FILE] [--shot FILE.png] [--nice N] [--keep]
#
# It builds nothing: it expects target/turnscript.jar (./mvnw -B -q -o package -DskipTests). It needs java and
# javac (17+), xdotool and, when DISPLAY is unset, Xvfb (apt-get install xvfb xdotool libgtk-3-0); with more than
# two cores it runs the editor on two (taskset). The ten-hour SRT is written by
# src/test/java/org/turnscript/bench/TenHoursSrt.java, compiled here against the jar.
#
# The window is measured with -Dturnscript.trace=latency (see ui/LatencyTrace): one log line per key, from the key
# event to the end of the next frame drawn. Start-up figures come from the application's own log line
# "document on screen N ms after the JVM started", and from the script's clock (process start to that line),
# with the CPU time the process had used by then: on a busy machine that figure moves less than the clock.
# --nice N runs the editor at that niceness (negative needs root) to shield it from other work on the machine.
#
# Every figure has a floor, measured in the same run: a peer, src/test/java/org/turnscript/bench/PeerEditor.java
# (compiled here against the jar), the simplest editor on the same stack: one 1280x800 window with a wrapped
# RichTextFX StyleClassedTextArea holding the same words (the sample's, or ten-hours.srt's cues, one paragraph each),
# no theme, no panels, no model, no autosave. It logs the same start-up line and installs the same trace. Runs
# alternate, ours then the peer's, so both see the same machine; the table adds the peer's figures and the ratio
# ours / peer (medians for start-up, p95 for keys). The peer has no last project: in the ten-hour start-up rows it
# is given ten-hours.srt as an argument; it has no tags: for a tag it is sent a digit (after the same Ctrl+Left).
# The peer logs its document line after the layout of the first pulse that shows the text; ours logs just before
# that pulse, so ours' start-up figure leaves out a pulse the peer's includes. --shot FILE.png also writes the peer's
# window to FILE-peer.png.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=5
JAR=target/turnscript.jar
SHOT=
KEEP=
NICE=
while [ $# -gt 0 ]; do
    case "$1" in
        -n) RUNS=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        --shot) SHOT=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --nice) NICE=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -f "$JAR" ]; then
    echo "No $JAR: build it first with ./mvnw -B -q -o package -DskipTests" >&2
    exit 2
fi
for tool in java javac xdotool; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install xvfb xdotool libgtk-3-0)" >&2; exit 2; }
done
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/turnscript-budgets.XXXXXX")
APP_PID=
XVFB_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -9 $(tree_pids) 2>/dev/null || true; fi
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    if [ -z "$KEEP" ]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- Display ---------------------------------------------------------------------------------------------------
if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || { echo "DISPLAY is unset and Xvfb is missing (apt-get install xvfb)" >&2; exit 2; }
    n=91
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n"
    for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
    xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "Xvfb did not start:" >&2; cat "$WORK/xvfb.log" >&2; exit 1; }
fi

PIN=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then PIN=(taskset -c 0,1); fi
if [ -n "$NICE" ]; then PIN=(nice -n "$NICE" "${PIN[@]}"); fi
if command -v unzip >/dev/null && ! unzip -l "$JAR" 2>/dev/null | grep -c 'org/turnscript/ui/LatencyTrace.class' >/dev/null; then
    echo "warning: $JAR has no ui/LatencyTrace: key latencies, frame gaps and heap cannot be measured" >&2
fi
TICK=$(getconf CLK_TCK)

# ---- Inputs ----------------------------------------------------------------------------------------------------
SRT="$WORK/ten-hours.srt"
PROJECT="$WORK/ten-hours.turnscript.json"
mkdir -p "$WORK/gen"
javac -nowarn -d "$WORK/gen" -cp "$JAR" src/test/java/org/turnscript/bench/SyntheticTranscripts.java \
    src/test/java/org/turnscript/bench/TenHoursSrt.java src/test/java/org/turnscript/bench/PeerEditor.java
java -cp "$JAR:$WORK/gen" org.turnscript.bench.TenHoursSrt "$SRT"
java -jar "$JAR" convert "$SRT" -o "$PROJECT" >/dev/null

JAVA_FLAGS=(-Dprism.order=sw -Dturnscript.trace=latency -Duser.language=en -Duser.country=US
    "-Djava.util.logging.SimpleFormatter.format=%4\$s: %5\$s%n")

now_ms() { date +%s%3N; }

# The jar's launcher starts the editor in a second JVM (see EditorProcess): CPU time and memory are those of both.
tree_pids() {
    echo "$APP_PID" $(pgrep -P "$APP_PID" 2>/dev/null || true)
}
tree_cpu_ms() {
    local total=0 p
    for p in $(tree_pids); do
        total=$((total + $(awk -v t="$TICK" '{print int(($14 + $15) * 1000 / t)}' "/proc/$p/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
tree_rss_mb() {
    local total=0 p
    for p in $(tree_pids); do
        total=$((total + $(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$p/status" 2>/dev/null || echo 0)))
    done
    echo "$total"
}

# launch NAME HOME [ARGS...]: starts the editor with a fresh settings folder; stderr to $WORK/NAME.err.
launch() {
    local name=$1 home=$2
    shift 2
    mkdir -p "$home"
    : >"$WORK/$name.err" # there before wait_on_screen reads it
    LAUNCH_MS=$(now_ms)
    "${PIN[@]}" java "${JAVA_FLAGS[@]}" "-Dturnscript.home=$home" -jar "$JAR" "$@" \
        >"$WORK/$name.out" 2>"$WORK/$name.err" &
    APP_PID=$!
}

# launch_peer NAME [ARGS...]: starts the peer (PeerEditor) with the same flags; stderr to $WORK/NAME.err.
launch_peer() {
    local name=$1
    shift
    : >"$WORK/$name.err" # there before wait_on_screen reads it
    LAUNCH_MS=$(now_ms)
    "${PIN[@]}" java "${JAVA_FLAGS[@]}" -cp "$JAR:$WORK/gen" org.turnscript.bench.PeerEditor "$@" \
        >"$WORK/$name.out" 2>"$WORK/$name.err" &
    APP_PID=$!
}

# wait_on_screen NAME: waits (90 s at most) for the document line; sets SEEN_MS (script clock), APP_MS (the
# application's own figure) and CPU_MS (CPU time of the process by then).
wait_on_screen() {
    local name=$1 line
    SEEN_MS=
    APP_MS=
    CPU_MS=
    for _ in $(seq 9000); do
        line=$(grep -m1 'document on screen' "$WORK/$name.err" || true)
        if [ -n "$line" ]; then
            SEEN_MS=$(($(now_ms) - LAUNCH_MS))
            CPU_MS=$(tree_cpu_ms)
            APP_MS=$(sed -E 's/.*on screen ([0-9]+) ms.*/\1/' <<<"$line")
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || return 1
        sleep 0.01
    done
    return 1
}

stop_app() {
    [ -n "$APP_PID" ] || return 0
    local pids
    pids=$(tree_pids)
    kill "$APP_PID" 2>/dev/null || true # the launcher ends the editor it started
    for _ in $(seq 100); do kill -0 $pids 2>/dev/null || break; sleep 0.1; done
    kill -9 $pids 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

# Longest pause between frames that began before the document line (0 when none exceeded 100 ms). The pause
# that holds the document's loading ends after that line, so pauses are placed by their own times.
longest_gap() {
    awk '/document on screen/ && !doc {for (i = 1; i < NF; i++) if ($i == "screen") doc = $(i + 1)}
        /frame-gap/ {for (i = 1; i < NF; i++) if ($i == "frame-gap") {g[++n] = $(i + 1); u[n] = $(i + 4)}}
        END {for (k = 1; k <= n; k++) if ((!doc || u[k] - g[k] < doc) && g[k] > m) m = g[k]; print m + 0}' "$WORK/$1.err"
}

# min/median/max of numbers on stdin
summary() { sort -n | awk '{v[NR]=$1} END {if (NR==0) {print "n/a"; exit} printf "%s / %s / %s", v[1], v[int((NR+1)/2)], v[NR]}'; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) print ""; else print v[int((NR+1)/2)]}'; }

declare -A START_SEEN START_APP START_GAP START_CPU START_NOTE

# one_start KEY NAME: after launch or launch_peer, waits for the document line and records the run under KEY
# (returns 1, with a note, when the document did not come).
one_start() {
    local key=$1 name=$2
    if wait_on_screen "$name"; then
        START_SEEN[$key]+="$SEEN_MS "
        # The pause that held the loading is logged at the first frame after it: let that frame come.
        for _ in $(seq 50); do
            awk '/document on screen/ {d = 1} d && /frame-gap/ {f = 1} END {exit !f}' "$WORK/$name.err" && break
            sleep 0.1
        done
        sleep 0.5
        START_APP[$key]+="$APP_MS "
        START_GAP[$key]+="$(longest_gap "$name") "
        START_CPU[$key]+="$CPU_MS "
        stop_app
    else
        START_NOTE[$key]=$(grep -m1 -v -e '^\s*$' -e 'Unsupported JavaFX configuration' "$WORK/$name.err" \
            "$WORK/$name.out" 2>/dev/null | head -1 | cut -c1-90)
        stop_app
        return 1
    fi
}

# start_case KEY SETTINGS_LASTPROJECT PEER_ARG [ARGS...]: RUNS runs of ours (KEY) alternated with the peer's
# (KEY.peer, given PEER_ARG when not empty): ours, peer, ours, peer ...
start_case() {
    local key=$1 last=$2 peer_arg=$3
    shift 3
    local i k home ours=1 peer=1
    local peer_args=()
    [ -n "$peer_arg" ] && peer_args=("$peer_arg")
    for k in "$key" "$key.peer"; do
        START_SEEN[$k]=
        START_APP[$k]=
        START_GAP[$k]=
        START_CPU[$k]=
    done
    for i in $(seq "$RUNS"); do
        if [ "$ours" = 1 ]; then
            home="$WORK/home-$key-$i"
            mkdir -p "$home"
            if [ -n "$last" ]; then printf 'lastProject=%s\n' "$last" >"$home/settings.properties"; fi
            launch "$key-$i" "$home" "$@"
            one_start "$key" "$key-$i" || ours=0
        fi
        if [ "$peer" = 1 ]; then
            launch_peer "$key-peer-$i" "${peer_args[@]}"
            one_start "$key.peer" "$key-peer-$i" || peer=0
        fi
    done
}

# The first start after a build makes the launcher's class-data archive (written when the window closes); the
# starts measured below are the ones every later start is like. The first is reported on its own.
echo "First start after the build (makes the class-data archive) ..." >&2
launch first "$WORK/home-first"
FIRST_MS=
if wait_on_screen first; then FIRST_MS=$SEEN_MS; fi
sleep 1
stop_app

echo "Measuring start-up, $RUNS runs each ..." >&2
start_case sample "" ""
start_case tenarg "" "$SRT" "$SRT"
start_case tensrt "$SRT" "$SRT"
start_case tenjson "$PROJECT" "$SRT"
LOAD_STARTS=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- Keys in ten hours -----------------------------------------------------------------------------------------
# The run opens ten hours the way the jar supports: as an argument when it can, else as the last project. The peer
# is given ten-hours.srt as an argument. One session each, ours first, the same keys at the same pauses.
if [ -n "${START_SEEN[tenarg]}" ]; then
    KEYS_HOW="java -jar turnscript.jar ten-hours.srt"
else
    KEYS_HOW="ten-hours.turnscript.json reopened as the last project"
fi

SENT=() # one entry per traced key, in order: "ACTION PAUSED" (PAUSED=1 when sent 450+ ms after an edit)
PAUSES=(0.15 0.45 0.55 0.7)
TAG_MOD=ctrl+ # the peer has no tags: it is sent the digit alone
press() { # press XDOTOOL_KEYS ACTION PAUSE_BEFORE EDIT_BEFORE
    sleep "$3"
    xdotool key --clearmodifiers "$1"
    local late=0
    if [ "$4" = 1 ] && [ "${3%%.*}" = 0 ] && [ "${3#0.}" -ge 45 ]; then late=1; fi
    SENT+=("$2 $late")
}

edits_here() { # ten of each edit where the caret is; the pauses let autosave start between some of them
    local i p
    for i in $(seq 10); do p=${PAUSES[$((i % 4))]}; press x type "$p" 1; done
    for i in $(seq 10); do
        p=${PAUSES[$((i % 4))]}
        press ctrl+Left move 0.1 0
        press "$TAG_MOD$((i % 4 + 1))" tag "$p" 1
    done
    for i in $(seq 10); do
        p=${PAUSES[$((i % 4))]}
        press ctrl+Left move 0.1 0
        press Return split "$p" 1
        press BackSpace merge "${PAUSES[$(((i + 1) % 4))]}" 1
    done
    for i in $(seq 10); do press ctrl+z undo "${PAUSES[$((i % 4))]}" 1; done
    for i in $(seq 10); do press ctrl+shift+z redo "${PAUSES[$((i % 4))]}" 1; done
}

declare -A RSS_MB HEAP_MB TRACED NO_FRAME ALIGNED

# key_session NAME: ours (NAME=keys) or the peer's (NAME=peer-keys) session of keys in ten hours; the trace goes to
# $WORK/NAME.err, the figures to $WORK/NAME.trace (KEY MS) and $WORK/NAME.zipped (ACTION LATE KEY MS).
key_session() {
    local name=$1 win_name shot=
    SENT=()
    if [ "$name" = keys ]; then
        win_name=Turnscript
        TAG_MOD=ctrl+
        shot=$SHOT
        if [ -n "${START_SEEN[tenarg]}" ]; then
            launch keys "$WORK/home-keys" "$SRT"
        else
            mkdir -p "$WORK/home-keys"
            printf 'lastProject=%s\n' "$PROJECT" >"$WORK/home-keys/settings.properties"
            launch keys "$WORK/home-keys"
        fi
    else
        win_name="Peer editor"
        TAG_MOD=
        [ -n "$SHOT" ] && shot="${SHOT%.*}-peer.${SHOT##*.}"
        launch_peer "$name" "$SRT"
    fi
    if ! wait_on_screen "$name"; then
        echo "$name: the window did not open ten hours:" >&2
        tail -20 "$WORK/$name.err" >&2
        stop_app
        return 1
    fi
    sleep 1

    local win
    win=$(xdotool search --sync --onlyvisible --name "$win_name" | tail -1)
    xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
    sleep 0.3
    if [ -n "$shot" ]; then
        if command -v import >/dev/null; then import -window root "$shot"; else xwd -root -silent >"$shot"; fi
    fi

    echo "Sending keys in ten hours ($([ "$name" = keys ] && echo "$KEYS_HOW" || echo "peer: ten-hours.srt")) ..." >&2
    local i
    press ctrl+End nav-end 0.2 0
    sleep 1
    edits_here
    sleep 1
    for i in $(seq 5); do
        press ctrl+Home nav-home 0.4 0
        press ctrl+End nav-end 0.4 0
    done
    press ctrl+Home nav-home 0.4 0
    for i in $(seq 10); do press Next nav-pagedown 0.25 0; done
    sleep 1
    edits_here
    sleep 1.5
    xdotool key --clearmodifiers ctrl+alt+shift+m
    for _ in $(seq 100); do grep -q 'heap-after-gc' "$WORK/$name.err" && break; sleep 0.1; done
    RSS_MB[$name]=$(tree_rss_mb)
    HEAP_MB[$name]=$(sed -nE 's/.*heap-after-gc ([0-9]+) MB.*/\1/p' "$WORK/$name.err" | tail -1)
    stop_app

    sed -nE 's/.*INFO: key ([^ ]+) ([0-9.]+) ms.*/\1 \2/p' "$WORK/$name.err" >"$WORK/$name.trace"
    NO_FRAME[$name]=$(grep -c 'INFO: key .*no frame' "$WORK/$name.err" || true)
    TRACED[$name]=$(wc -l <"$WORK/$name.trace")
    TRACED[$name.sent]=${#SENT[@]}
    : >"$WORK/$name.zipped"
    if [ "${TRACED[$name]}" -eq "${#SENT[@]}" ]; then
        paste -d' ' <(printf '%s\n' "${SENT[@]}") "$WORK/$name.trace" >"$WORK/$name.zipped"
        ALIGNED[$name]=1
    else
        ALIGNED[$name]=0
    fi
}

key_session keys || exit 1
JOURNAL=no
[ -f "$WORK/home-keys/autosave/recovery.turnscript.jsonl" ] && JOURNAL=yes
key_session peer-keys || true

# ---- Figures ---------------------------------------------------------------------------------------------------
# stats NAME ACTION [LATE]: "p50 / p95 / max (n)" of the traced figures of that action in session NAME
stats() {
    local name=$1 sel
    shift
    if [ "${ALIGNED[$name]:-0}" = 1 ]; then
        sel=$(awk -v a="$1" -v l="${2:-}" '$1 ~ "^(" a ")$" && (l == "" || $2 == l) {print $4}' "$WORK/$name.zipped")
    else
        # Without alignment, fall back to the key names of the trace.
        local pattern
        case "$1" in
            type) pattern='X' ;; tag) pattern='(CTRL\+)?DIGIT[1-4]' ;; split) pattern='ENTER' ;;
            merge) pattern='BACK_SPACE' ;; undo) pattern='CTRL\+Z' ;; redo) pattern='CTRL\+SHIFT\+Z' ;;
            nav-home) pattern='CTRL\+HOME' ;; nav-end) pattern='CTRL\+END' ;; nav-pagedown) pattern='PAGE_DOWN' ;;
            *) pattern='(X|(CTRL\+)?DIGIT[1-4]|ENTER|BACK_SPACE|CTRL\+Z|CTRL\+SHIFT\+Z)' ;;
        esac
        [ -n "${2:-}" ] && { echo "n/a"; return; }
        [ -f "$WORK/$name.trace" ] || { echo "n/a"; return; }
        sel=$(awk -v p="^$pattern\$" '$1 ~ p {print $2}' "$WORK/$name.trace")
    fi
    if [ -z "$sel" ]; then echo "n/a"; return; fi
    sort -n <<<"$sel" | awk '{v[NR]=$1} END {i95=int(NR*0.95); if (i95 < NR*0.95) i95++;
        printf "%.1f / %.1f / %.1f (n=%d)", v[int((NR+1)/2)], v[i95], v[NR], NR}'
}
p95_of() { sed -E 's#^[^/]+/ ([0-9.]+) /.*#\1#' <<<"$1"; }
max_of() { sed -E 's#^[^/]+/ [^/]+/ ([0-9.]+) .*#\1#' <<<"$1"; }
le() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a != "" && a + 0 <= b + 0)}'; }
verdict_keys() { # STATS P95_BUDGET MAX_BUDGET
    [ "$1" = n/a ] && { echo "not measured"; return; }
    if le "$(p95_of "$1")" "$2" && le "$(max_of "$1")" "$3"; then echo yes; else echo "**no**"; fi
}
verdict() { if [ -z "$1" ]; then echo "not measured"; elif le "$1" "$2"; then echo yes; else echo "**no**"; fi; }
# ratio OURS PEER: ours / peer to two significant places, "—" when either is missing or the peer's is 0
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || a == "n/a" || b == "n/a" || b + 0 == 0) {print "—"; exit}
        r = a / b; printf (r < 10 ? "%.1f" : "%.0f"), r}'
}
ratio_keys() { # STATS_OURS STATS_PEER: ratio of the p95s
    if [ "$1" = n/a ] || [ "$2" = n/a ]; then echo "—"; else ratio "$(p95_of "$1")" "$(p95_of "$2")"; fi
}
of() { # of ARRAY_NAME KEY: the run values of that start-up array
    local -n arr=$1
    tr ' ' '\n' <<<"${arr[$2]:-} " | grep . || true
}

start_cell() { # KEY: "min / median / max ms (JVM's own: ...; CPU time: ...)" or "not measured: ..."
    if [ -z "${START_SEEN[$1]:-}" ]; then
        echo "not measured: ${START_NOTE[$1]:-no document line}"
        return
    fi
    echo "$(of START_SEEN "$1" | summary) ms (JVM's own: $(of START_APP "$1" | summary); CPU time: $(of START_CPU "$1" | summary))"
}

start_row() { # KEY PATH BUDGET_MS [PEER_NOTE]
    local budget med pmed r
    budget="≤ $(awk -v b="$3" 'BEGIN {printf "%.1f", b / 1000}') s"
    med=$(of START_SEEN "$1" | median)
    pmed=$(of START_SEEN "$1.peer" | median)
    r=$(ratio "$med" "$pmed")
    [ "$r" != "—" ] && r="$r (CPU $(ratio "$(of START_CPU "$1" | median)" "$(of START_CPU "$1.peer" | median)"))"
    echo "| $2 | $budget | $(start_cell "$1") | $([ -n "$med" ] && verdict "$med" "$3" || echo —) | $(start_cell "$1.peer")${4:+ $4} | $r |"
}

echo
echo "Turnscript budgets — $(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -1), $([ ${#PIN[@]} -gt 0 ] && echo "2 of $(nproc) cores" || echo "$(nproc) cores"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Jar: $JAR ($(stat -c %y "$JAR" | cut -d. -f1)); display $DISPLAY, -Dprism.order=sw; ten hours: 100,000 words, $(grep -c -- '-->' "$SRT") SRT cues, 4 speakers."
echo "Start-up: min / median / max of $RUNS runs, process start to the app's \"document on screen\" line; the verdict takes the median. Load average after the start-up runs: $LOAD_STARTS."
echo "Keys: p50 / p95 / max from key event to the end of the next frame drawn, $KEYS_HOW; \"while autosave runs\": edits sent 450-700 ms after an edit (autosave starts 400 ms after edits settle)."
echo "Peer: PeerEditor, a wrapped RichTextFX StyleClassedTextArea with the same words and nothing else, run alternately with ours (ours, peer, ours, ...), the same flags and trace; it is given ten-hours.srt as an argument. Ratio: ours / peer, of the medians for start-up (CPU time in brackets), of the p95s for keys."
echo
echo "| path | budget | measured | within budget? | peer | ratio (ours / peer) |"
echo "|---|---|---|---|---|---|"
start_row sample '`java -jar` → bundled sample on screen' 1500
start_row tenarg '`java -jar turnscript.jar ten-hours.srt` → first screen editable' 2500
start_row tensrt 'ten hours at start: `ten-hours.srt` as the last project (today'"'"'s way)' 2500 '(ten-hours.srt as argument)'
start_row tenjson 'ten hours at start: `ten-hours.turnscript.json` as the last project' 2500 '(ten-hours.srt as argument)'
for k in tenarg tensrt tenjson; do
    if [ -n "${START_GAP[$k]:-}" ]; then
        g=$(of START_GAP "$k" | sort -n | tail -1)
        pg=$(of START_GAP "$k.peer" | sort -n | tail -1)
        case $k in tenarg) p='argument' ;; tensrt) p='last project .srt' ;; tenjson) p='last project .json' ;; esac
        # The trace logs pauses over 100 ms only: with none from the peer, the ratio is a lower bound.
        if [ "$pg" = 0 ] && [ "${g:-0}" = 0 ]; then pr="—"; elif [ "$pg" = 0 ]; then pr="> $(ratio "$g" 100)"; else pr=$(ratio "$g" "$pg"); fi
        echo "| ten hours opening ($p): repainting throughout — longest pause between frames | ≤ 100 ms | $g ms | $(verdict "$g" 100) | ${pg:-not measured}${pg:+ ms} | $pr |"
    fi
done
for a in tag:' (peer: a digit typed)' split:' (peer: Enter, a newline)' merge:' (peer: Backspace, the newline deleted)' type: undo: redo:; do
    s=$(stats keys "${a%%:*}")
    ps=$(stats peer-keys "${a%%:*}")
    echo "| ${a%%:*}, in ten hours | p95 ≤ 16 ms, max ≤ 100 ms | $s | $(verdict_keys "$s" 16 100) | $ps${a#*:} | $(ratio_keys "$s" "$ps") |"
done
s=$(stats keys 'tag|split|merge|type|undo|redo' 1)
ps=$(stats peer-keys 'tag|split|merge|type|undo|redo' 1)
echo "| the same edits while autosave runs | p95 ≤ 16 ms, max ≤ 100 ms | $s | $(verdict_keys "$s" 16 100) | $ps (the same timing; the peer has no autosave) | $(ratio_keys "$s" "$ps") |"
for a in nav-home:Ctrl+Home nav-end:Ctrl+End nav-pagedown:'Page Down'; do
    s=$(stats keys "${a%%:*}")
    ps=$(stats peer-keys "${a%%:*}")
    m=$(max_of "$s")
    echo "| ${a#*:} in ten hours | ≤ 50 ms | $s | $([ "$s" = n/a ] && echo 'not measured' || verdict "$m" 50) | $ps | $(ratio_keys "$s" "$ps") |"
done
echo "| resident memory (VmRSS) with ten hours open, after the keys | ≤ 600 MB | ${RSS_MB[keys]:-?} MB | $(verdict "${RSS_MB[keys]:-}" 600) | ${RSS_MB[peer-keys]:-?} MB | $(ratio "${RSS_MB[keys]:-}" "${RSS_MB[peer-keys]:-}") |"
echo "| heap after GC, ten hours open | ≤ 300 MB | ${HEAP_MB[keys]:-?} MB | $(verdict "${HEAP_MB[keys]:-}" 300) | ${HEAP_MB[peer-keys]:-?} MB | $(ratio "${HEAP_MB[keys]:-}" "${HEAP_MB[peer-keys]:-}") |"
echo
echo "First start after a build (it writes the class-data archive that later starts use): ${FIRST_MS:-?} ms from process start to the sample on screen."
echo "Traced keys: ${TRACED[keys]} of ${TRACED[keys.sent]} sent$([ "${ALIGNED[keys]}" = 1 ] || echo ' (not aligned: grouped by key name, no autosave split)'); without a frame after them: ${NO_FRAME[keys]}; autosave journal written during the run: $JOURNAL."
echo "Peer: traced keys: ${TRACED[peer-keys]:-0} of ${TRACED[peer-keys.sent]:-0} sent$([ "${ALIGNED[peer-keys]:-0}" = 1 ] || echo ' (not aligned: grouped by key name)'); without a frame after them: ${NO_FRAME[peer-keys]:-?}."
