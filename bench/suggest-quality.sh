#!/bin/sh
# Speaker-turn suggestion quality per conversation: boundary P/R/F1 within ±3 words, word attribution, keys per
# gold turn in a simulated left-to-right session. Without DIR it reads the committed CC0 conversation.
# Usage: bench/suggest-quality.sh [DIR] [--threshold X]
set -e
cd "$(dirname "$0")/.."
dir=""
threshold=0.3
while [ $# -gt 0 ]; do
  case "$1" in
    --threshold) threshold="$2"; shift 2 ;;
    *) dir="$1"; shift ;;
  esac
done
./mvnw -B -q -o test-compile exec:exec@suggest-bench -Dbench.corpus="$dir" -Dbench.threshold="$threshold"
