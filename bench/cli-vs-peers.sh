#!/usr/bin/env bash
# Turnscript's command line against other subtitle converters, SRT -> WebVTT, whole process.
#
#   bench/cli-vs-peers.sh [JAR]            (default: target/turnscript.jar; build it with ./mvnw package)
#
# Environment: RUNS (5), SIZES ("50000 500000"), WORK (a temporary folder), SEED (42).
# Generates seeded SRT files, runs every tool on each in alternation (one run of each tool per round, RUNS
# rounds), and prints the median wall time, CPU time (user + sys) and peak RSS, with the ratio of wall time to
# ffmpeg's. Measured with /usr/bin/time -v. bin/turnscript maps target/turnscript.jsa, the class-data archive
# ./mvnw package makes beside the jar; `java -jar` cannot (a jar cannot name JVM options). python3-srt, python3-pysrt and the npm converters subsrt-ts,
# subtitle and srt-parser-2 are added when they are installed; ffmpeg is required.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$(realpath "${1:-$here/../target/turnscript.jar}")"
runs="${RUNS:-5}"
sizes="${SIZES:-50000 500000}"
seed="${SEED:-42}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
launcher="$here/../bin/turnscript"

command -v ffmpeg >/dev/null || { echo "ffmpeg is needed (apt-get install ffmpeg)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
[ -f "$jar" ] || { echo "no $jar; build it with ./mvnw -B package -DskipTests" >&2; exit 2; }

# name|command template, IN and OUT replaced by the files
tools=("turnscript|java -jar $jar convert IN -o OUT"
       "ffmpeg|ffmpeg -loglevel error -y -i IN -f webvtt OUT")
if [ -x "$launcher" ]; then
    tools+=("turnscript (bin/turnscript)|$launcher convert IN -o OUT")
fi
py_vtt='
import sys
def ts(t):
    ms = int(t.total_seconds() * 1000) if hasattr(t, "total_seconds") else t.ordinal
    return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)
'
if python3 -c 'import srt' 2>/dev/null; then
    tools+=("python3-srt|python3 -c '$py_vtt
import srt
subs = srt.parse(open(sys.argv[1], encoding=\"utf-8\").read())
with open(sys.argv[2], \"w\") as out:
    out.write(\"WEBVTT\\n\\n\")
    for s in subs: out.write(ts(s.start) + \" --> \" + ts(s.end) + \"\\n\" + s.content + \"\\n\\n\")
' IN OUT")
fi
if python3 -c 'import pysrt' 2>/dev/null; then
    tools+=("python3-pysrt|python3 -c '$py_vtt
import pysrt
subs = pysrt.open(sys.argv[1], encoding=\"utf-8\")
with open(sys.argv[2], \"w\") as out:
    out.write(\"WEBVTT\\n\\n\")
    for s in subs: out.write(ts(s.start) + \" --> \" + ts(s.end) + \"\\n\" + s.text + \"\\n\\n\")
' IN OUT")
fi
node_has() { command -v node >/dev/null && node -e "require.resolve('$1')" 2>/dev/null; }
if node_has subsrt-ts; then
    tools+=("npm subsrt-ts|node -e \"const s=require('subsrt-ts'),f=require('fs');f.writeFileSync(process.argv[2],s.convert(f.readFileSync(process.argv[1],'utf8'),{format:'vtt'}))\" IN OUT")
fi
if node_has subtitle; then
    tools+=("npm subtitle|node -e \"const s=require('subtitle'),f=require('fs');f.createReadStream(process.argv[1]).pipe(s.parse()).pipe(s.stringify({format:'WebVTT'})).pipe(f.createWriteStream(process.argv[2]))\" IN OUT")
fi
if node_has srt-parser-2; then
    tools+=("npm srt-parser-2|node -e \"const P=require('srt-parser-2').default,f=require('fs');const c=new P().fromSrt(f.readFileSync(process.argv[1],'utf8'));f.writeFileSync(process.argv[2],'WEBVTT\\\\n\\\\n'+c.map(x=>x.startTime.replace(',','.')+' --> '+x.endTime.replace(',','.')+'\\\\n'+x.text+'\\\\n').join('\\\\n'))\" IN OUT")
fi

# one measurement: "wall cpu rss_kib"
measure() {
    local log="$work/time.log"
    /usr/bin/time -v -o "$log" bash -c "$1" >/dev/null 2>"$work/stderr.log" || {
        echo "failed: $1" >&2; cat "$work/stderr.log" >&2; return 1; }
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3 ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2]) }
        /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
        END { printf "%.3f %.3f %d\n", wall, user + sys, rss }' "$log"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A results
for n in $sizes; do
    srt="$work/cues-$n.srt"
    [ -f "$srt" ] || awk -v n="$n" -v seed="$seed" -f "$here/gen-srt.awk" > "$srt"
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); ffmpeg: $(ffmpeg -version | head -1 | cut -d' ' -f1-3)"
echo

for n in $sizes; do
    srt="$work/cues-$n.srt"
    for ((r = 1; r <= runs; r++)); do
        for t in "${tools[@]}"; do
            name="${t%%|*}"
            cmd="${t#*|}"
            cmd="${cmd//IN/$srt}"
            cmd="${cmd//OUT/$work/out.vtt}"
            results["$n|$name"]+="$(measure "$cmd")"$'\n'
        done
        results["$n|turnscript info"]+="$(measure "java -jar $jar info $srt")"$'\n'
        if [ -x "$launcher" ]; then
            results["$n|turnscript info (bin/turnscript)"]+="$(measure "$launcher info $srt")"$'\n'
        fi
    done
done
for ((r = 1; r <= runs; r++)); do
    results["start|java -jar turnscript.jar --version"]+="$(measure "java -jar $jar --version")"$'\n'
    results["start|java -version"]+="$(measure "java -version")"$'\n'
    if [ -x "$launcher" ]; then
        results["start|bin/turnscript --version"]+="$(measure "$launcher --version")"$'\n'
    fi
done

div() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 ? a / b : 0) }'; }
col() { printf '%s' "${results[$1]}" | awk -v c="$2" 'NF { print $c }' | median; }

printf '| %-34s | %7s | %8s | %8s | %9s | %13s |\n' "command" "cues" "wall s" "CPU s" "RSS MiB" "wall / ffmpeg"
printf '|%s|%s|%s|%s|%s|%s|\n' "------------------------------------" "---------" "---------:" "---------:" "----------:" "---------------:"
for n in $sizes; do
    ff=$(col "$n|ffmpeg" 1)
    for t in "${tools[@]}" "turnscript info|" "turnscript info (bin/turnscript)|"; do
        name="${t%%|*}"
        [ -n "${results[$n|$name]:-}" ] || continue
        wall=$(col "$n|$name" 1)
        printf '| %-34s | %7s | %8.2f | %8.2f | %9.0f | %13.2f |\n' "$name" "$n" "$wall" "$(col "$n|$name" 2)" \
            "$(div "$(col "$n|$name" 3)" 1024)" "$(div "$wall" "$ff")"
    done
done
for key in "java -version" "java -jar turnscript.jar --version" "bin/turnscript --version"; do
    [ -n "${results[start|$key]:-}" ] || continue
    printf '| %-34s | %7s | %8.2f | %8.2f | %9.0f | %13s |\n' "$key" "-" "$(col "start|$key" 1)" \
        "$(col "start|$key" 2)" "$(div "$(col "start|$key" 3)" 1024)" "-"
done
echo
echo "medians of $runs alternated runs; files in $work"
