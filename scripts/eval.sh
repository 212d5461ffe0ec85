#!/usr/bin/env bash
# Score extraction on the corpus halves and the seeds; exit 1 if a total fell below
# tests/eval_baseline.json.
set -euo pipefail
cd "$(dirname "$0")/.."
. .venv/bin/activate
corpus=../shared/corpus
status=0
regkg eval "$corpus/gold" "$corpus/articles" --ids odd --baseline tests/eval_baseline.json --set corpus-odd || status=1
regkg eval "$corpus/gold" "$corpus/articles" --ids even --baseline tests/eval_baseline.json --set corpus-even || status=1
regkg eval tests/gold data/articles --baseline tests/eval_baseline.json --set seeds || status=1
exit $status
