#!/bin/sh
# Speaker-turn suggestion quality per conversation: boundary P/R/F1 within ±3 words, word attribution, keys per
# gold turn in a simulated left-to-right session. Without DIR it reads the committed CC0 conversation.
# With --voices each conversation is rendered with espeak-ng, a different voice per speaker (needs espeak-ng on the
# PATH; cached under target/suggest-bench), its words timed from that recording and the suggestions asked with its
# voices, as `turnscript suggest --media` does.
# Usage: bench/suggest-quality.sh [DIR] [--threshold X] [--voices]
set -e
cd "$(dirname "$0")/.."
dir=""
threshold=0.3
while [ $# -gt 0 ]; do
  case "$1" in
    --threshold) threshold="$2"; shift 2 ;;
    --voices) BENCH_VOICES=1; export BENCH_VOICES; shift ;;
    *) dir="$1"; shift ;;
  esac
done
./mvnw -B -q -o test-compile exec:exec@suggest-bench -Dbench.corpus="$dir" -Dbench.threshold="$threshold"
