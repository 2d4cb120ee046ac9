#!/usr/bin/env bash
# The long fuzz run of every reader: N inputs per family (default 100,000), mutated from the fixture suites under
# src/test/resources/org/turnscript/formats (bit flips, splices, huge and negative numbers, deep nesting, long
# lines, truncation, invalid UTF-8, NUL and control bytes; JSON_TREE edits real JSON documents as trees), each run
# in one process through every path a command takes: read, export to SRT, WebVTT, project JSON, Podcasting 2.0
# JSON and text and read each export back, convert keeping the cues and read that back, lint, info. Prints per
# family the inputs accepted and refused, the escapes (exceptions other than a refusal in words, or a refusal not
# in words), the inputs whose slowest path took over the limit (1 s) and the exports Turnscript wrote but could
# not read back, with up to ten examples of each and the five slowest inputs, each saved under target/fuzz-findings
# (or --save DIR). Exit 0 when all three counts are 0.
#
#   bench/fuzz-readers.sh [-n N] [--seed S] [-j WORKERS] [--from-index I] [--save DIR] [--slow-ms MS]
#                         [--cpu-time] [FAMILY…]
#
# The limit is of wall-clock time, what a user waits; --cpu-time measures the CPU time of the thread running the
# input instead, for a machine busy with other work (collections and compiling then count for nothing).
# Families: SRT VTT SBV JSON XML TEXT LONG_LINES JSON_TREE. -j runs that many inputs at once (threads of one JVM).
# Each input is made from the seed and its index alone: --from-index I -n N runs inputs I … I+N-1 of the full run,
# so a run can be split into shards or resumed, and --from-index I -n 1 FAMILY replays one finding.
#
# It builds nothing: it expects target/classes and target/test-classes (./mvnw -B -o test-compile) and
# target/turnscript.jar for the libraries (./mvnw -B -o package -DskipTests). It runs at low priority (nice).
set -euo pipefail
cd "$(dirname "$0")/.."

for f in target/classes target/test-classes target/turnscript.jar; do
    [ -e "$f" ] || { echo "no $f: build first (./mvnw -B -o package -DskipTests && ./mvnw -B -o test-compile)" >&2; exit 2; }
done
echo "Turnscript reader fuzz — $(date -u '+%Y-%m-%d %H:%M UTC'), options: ${*:-none}, $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
exec nice -n 10 java -Xss1m -Xmx2g -cp target/classes:target/test-classes:target/turnscript.jar \
    org.turnscript.bench.ReadersFuzz src/test/resources/org/turnscript/formats "$@"
