#!/bin/sh
# Speaker-turn suggestion quality per conversation: boundary P/R/F1 within ±3 words, word attribution, keys per
# gold turn in a simulated left-to-right session. Without DIR it reads the committed CC0 conversation.
# With --voices each conversation is rendered with espeak-ng, a different voice per speaker (needs espeak-ng on the
# PATH; cached under target/suggest-bench), its words timed from that recording and the suggestions asked with its
# voices, as `turnscript suggest --media` does. With --rough the render is less kind: each speaker's pitch moves,
# each turn has its own loudness, the room echoes and there is noise 20 dB under the speech.
# With --long K (and voices) each conversation is made K times as long, its turns in K rounds, the later ones
# shuffled; the simulated session is left out there and the time taken to time the words is printed.
# With BENCH_PHRASES=1 in the environment (and voices) each speaker's phrases are spoken by espeak-ng in one go, with
# short breaths, instead of each word placed at its time: connected speech, which timing from sound alone finds harder.
# Usage: bench/suggest-quality.sh [DIR] [--threshold X] [--voices | --rough] [--long K]
set -e
cd "$(dirname "$0")/.."
dir=""
threshold=0.3
while [ $# -gt 0 ]; do
  case "$1" in
    --threshold) threshold="$2"; shift 2 ;;
    --voices) BENCH_VOICES=1; export BENCH_VOICES; shift ;;
    --long) BENCH_LONG="$2"; export BENCH_LONG; shift 2 ;;
    --rough) BENCH_VOICES=1; BENCH_ROUGH=1; export BENCH_VOICES BENCH_ROUGH; shift ;;
    *) dir="$1"; shift ;;
  esac
done
./mvnw -B -q -o test-compile exec:exec@suggest-bench -Dbench.corpus="$dir" -Dbench.threshold="$threshold"
