#!/usr/bin/env bash
# The command line's JSON paths as a user runs them, whole process: ten hours (100,000 words in 12,071 SRT cues) to
# and from the project file and the Podcasting 2.0 transcript, `info` on both, WhisperX JSON in, `clean` of a
# project, json3 in, and one SRT cue of 200,000 words to a project.
#
#   bench/json-paths.sh [JAR...]         (default: target/turnscript.jar; build it with ./mvnw package)
#
# Several jars (say, before and after a change) are measured side by side, one run of each per round, each through
# bin/turnscript with TURNSCRIPT_JAR set (its class-data archive, turnscript.jsa, is the one beside it).
# Environment: RUNS (5), WORK (a temporary folder; files already there are reused).
# The ten-hour SRT is written by src/test/java/org/turnscript/bench/TenHoursSrt.java (the file bench/budgets.sh
# opens), compiled here against the jar; the project and Podcasting 2.0 files are made from it by the first jar;
# the WhisperX and json3 files are made from the project with python3 (their rows are left out without it); the single cue is
# 200,000 one-letter words on one line (about 400 KB). Every command runs once per round for each jar, RUNS rounds,
# so all see the same machine; the table gives the median wall time, CPU time (user + sys) and peak RSS of each,
# measured with /usr/bin/time.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
[ $# -gt 0 ] || set -- "$here/../target/turnscript.jar"
jars=()
for j in "$@"; do
    [ -f "$j" ] || { echo "no $j; build it with ./mvnw -B package -DskipTests" >&2; exit 2; }
    jars+=("$(realpath "$j")")
done
jar="${jars[0]}"
runs="${RUNS:-5}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
launcher="$here/../bin/turnscript"

[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

# ---- Inputs ------------------------------------------------------------------------------------------------------
if [ ! -f "$work/ten-hours.srt" ]; then
    mkdir -p "$work/gen"
    javac -nowarn -d "$work/gen" -cp "$jar" "$here/../src/test/java/org/turnscript/bench/SyntheticTranscripts.java" \
        "$here/../src/test/java/org/turnscript/bench/TenHoursSrt.java"
    java -cp "$jar:$work/gen" org.turnscript.bench.TenHoursSrt "$work/ten-hours.srt"
fi
if [ ! -f "$work/one-cue.srt" ]; then
    awk 'BEGIN { srand(42); printf "1\n00:00:00,000 --> 10:00:00,000\n"
                 for (i = 0; i < 200000; i++) printf "%s%c", (i ? " " : ""), 97 + int(rand() * 26); printf "\n" }' \
        > "$work/one-cue.srt"
fi
# the project and the Podcasting 2.0 file that the import rows read, made once by the first jar
export TURNSCRIPT_JAR="$jar"
$launcher convert "$work/ten-hours.srt" -o "$work/ten.turnscript.json" >/dev/null
$launcher convert "$work/ten-hours.srt" -o "$work/ten.podcast.json" --to podcast-json >/dev/null

# WhisperX JSON of the same ten hours, as WhisperX lays it out (segments with their words, then every word again in
# word_segments), made from the project with python3 when it is installed
if [ ! -f "$work/ten.whisperx.json" ] && command -v python3 >/dev/null; then
    python3 - "$work/ten.turnscript.json" "$work/ten.whisperx.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
names = {s["id"]: "SPEAKER_%02d" % i for i, s in enumerate(d["speakers"])}
segments = []
for s in d["segments"]:
    speaker = names.get(s["speaker"])
    words = [{"word": w["text"], "start": w["start"] / 1000, "end": w["end"] / 1000, "score": 0.9, "speaker": speaker}
             for w in s["words"]]
    segments.append({"start": s["start"] / 1000, "end": s["end"] / 1000, "text": " " + s["body"], "words": words,
                     "speaker": speaker})
json.dump({"segments": segments, "word_segments": [w for s in segments for w in s["words"]], "language": "en"},
          open(sys.argv[2], "w", encoding="utf-8"), indent=2, ensure_ascii=False)
PY
fi
# YouTube json3 of the same ten hours: one event per segment, a seg per word with its offset
if [ ! -f "$work/ten.json3" ] && command -v python3 >/dev/null; then
    python3 - "$work/ten.turnscript.json" "$work/ten.json3" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
events = [{"tStartMs": 0, "dDurationMs": d["segments"][-1]["end"], "id": 1, "wpWinPosId": 1, "wsWinStyleId": 1}]
for s in d["segments"]:
    segs = [{"utf8": (" " if i else "") + w["text"], "acAsrConf": 0} for i, w in enumerate(s["words"])]
    for i, w in enumerate(s["words"][1:], 1):
        segs[i]["tOffsetMs"] = w["start"] - s["start"]
    events.append({"tStartMs": s["start"], "dDurationMs": s["end"] - s["start"], "wWinId": 1, "segs": segs})
json.dump({"wireMagic": "pb3", "pens": [{}], "wsWinStyles": [{}], "wpWinPositions": [{}], "events": events},
          open(sys.argv[2], "w", encoding="utf-8"), indent=2, ensure_ascii=False)
PY
fi

# name|command (run in $work)
commands=(
    "SRT -> project (export)|convert ten-hours.srt -o out.turnscript.json"
    "project -> SRT (import)|convert ten.turnscript.json -o out.srt"
    "info project|info ten.turnscript.json"
    "project -> Podcasting 2.0 (export)|convert ten.turnscript.json -o out.podcast.json --to podcast-json"
    "SRT -> Podcasting 2.0 (export)|convert ten-hours.srt -o out2.podcast.json --to podcast-json"
    "Podcasting 2.0 -> SRT (import)|convert ten.podcast.json -o out2.srt"
    "info Podcasting 2.0|info ten.podcast.json"
    "WhisperX -> SRT (import)|convert ten.whisperx.json -o out3.srt"
    "json3 -> SRT (import)|convert ten.json3 -o out4.srt"
    "clean project -> project|clean ten.turnscript.json -o cleaned.turnscript.json"
    "one cue of 200,000 words -> project|convert one-cue.srt -o one-cue.turnscript.json"
    "--version (start-up alone)|--version"
)

# one measurement of JAR ARGS: "wall cpu rss_kib"
measure() {
    TURNSCRIPT_JAR="$1" /usr/bin/time -f '%e %U %S %M' -o "$work/time.log" bash -c "cd '$work' && $launcher $2" \
        >/dev/null \
        2>"$work/stderr.log" || { echo "failed: $1" >&2; cat "$work/stderr.log" >&2; return 1; }
    awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$work/time.log"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A results
if [ ! -f "$work/ten.whisperx.json" ]; then
    commands=("${commands[@]/WhisperX*/}")
fi
if [ ! -f "$work/ten.json3" ]; then
    commands=("${commands[@]/json3*/}")
fi
for ((r = 1; r <= runs; r++)); do
    for c in "${commands[@]}"; do
        [ -n "$c" ] || continue
        for j in "${!jars[@]}"; do
            results["$j|${c%%|*}"]+="$(measure "${jars[$j]}" "${c#*|}")"$'\n'
        done
    done
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); each command through bin/turnscript"
for j in "${!jars[@]}"; do echo "jar $((j + 1)): ${jars[$j]}"; done
echo "ten hours: $(grep -c -- '-->' "$work/ten-hours.srt") cues; project $(($(stat -c %s "$work/ten.turnscript.json") / 1024)) KiB, Podcasting 2.0 $(($(stat -c %s "$work/ten.podcast.json") / 1024)) KiB$([ -f "$work/ten.whisperx.json" ] && echo ", WhisperX $(($(stat -c %s "$work/ten.whisperx.json") / 1024)) KiB")"
echo
col() { printf '%s' "${results[$1]}" | awk -v c="$2" 'NF { print $c }' | median; }
printf '| %-36s | %3s | %7s | %7s | %8s |\n' "command" "jar" "wall s" "CPU s" "RSS MiB"
printf '|%s|%s|%s|%s|%s|\n' "--------------------------------------" ":---:" "--------:" "--------:" "---------:"
for c in "${commands[@]}"; do
    [ -n "$c" ] || continue
    name="${c%%|*}"
    for j in "${!jars[@]}"; do
        printf '| %-36s | %3s | %7.2f | %7.2f | %8.0f |\n' "$name" "$((j + 1))" "$(col "$j|$name" 1)" \
            "$(col "$j|$name" 2)" "$(awk -v k="$(col "$j|$name" 3)" 'BEGIN { print k / 1024 }')"
    done
done
echo
echo "medians of $runs alternated runs; files in $work"
