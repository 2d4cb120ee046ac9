#!/usr/bin/env bash
# The long fuzz run of every reader: N inputs per family (default 100,000), mutated from the fixture suites under
# src/test/resources/org/turnscript/formats (bit flips, splices, huge and negative numbers, deep nesting, long
# lines, truncation, invalid UTF-8, NUL and control bytes), each run through every path a command takes: read,
# export to SRT, WebVTT, project JSON, Podcasting 2.0 JSON and text and read each export back, convert keeping the
# cues and read that back, lint, info. Prints per family the inputs accepted and refused, the escapes (exceptions
# other than a refusal in words, or a refusal not in words), the inputs whose slowest path took over 1 s and the
# exports Turnscript wrote but could not read back, with up to ten examples of each. Exit 0 when all three are 0.
#
#   bench/fuzz-readers.sh [-n N] [--seed S] [FAMILY…]     (families: SRT VTT SBV JSON XML TEXT LONG_LINES)
#
# It builds nothing: it expects target/classes and target/test-classes (./mvnw -B -o test-compile) and
# target/turnscript.jar for the libraries (./mvnw -B -o package -DskipTests). It runs at low priority (nice).
set -euo pipefail
cd "$(dirname "$0")/.."

N=100000
SEED=15
FAMILIES=()
while [ $# -gt 0 ]; do
    case "$1" in
        -n) N=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        *) FAMILIES+=("$1"); shift ;;
    esac
done
for f in target/classes target/test-classes target/turnscript.jar; do
    [ -e "$f" ] || { echo "no $f: build first (./mvnw -B -o package -DskipTests && ./mvnw -B -o test-compile)" >&2; exit 2; }
done
echo "Turnscript reader fuzz — $(date -u '+%Y-%m-%d %H:%M UTC'), $N inputs per family, seed $SEED, $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
exec nice -n 10 java -Xss1m -Xmx2g -cp target/classes:target/test-classes:target/turnscript.jar \
    org.turnscript.bench.ReadersFuzz src/test/resources/org/turnscript/formats "$N" "$SEED" "${FAMILIES[@]}"
