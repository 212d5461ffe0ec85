#!/usr/bin/env bash
# Score extraction on the corpus halves, the seeds and our invented sets (tests/blind,
# tests/varied, tests/wide, tests/broad and tests/sweep: tuned on; tests/novel, tests/reserve,
# tests/cold and tests/frost: dev sets from session 12; tests/thaw and tests/melt: dev sets from
# session 13; tests/sleet and tests/hail: dev sets from session 14; tests/rime and tests/dew: dev
# sets from session 15; tests/mist and tests/fog: dev sets from session 17; tests/haze and
# tests/gale: dev sets from session 18; tests/storm: dev set from session 19; tests/heldout,
# tests/fresh, tests/squall, tests/drift, tests/flurry, tests/gust and tests/breeze: measured
# only);
# exit 1 if a total fell below tests/eval_baseline.json.
set -euo pipefail
cd "$(dirname "$0")/.."
. .venv/bin/activate
corpus=../shared/corpus
status=0
regkg eval "$corpus/gold" "$corpus/articles" --ids odd --baseline tests/eval_baseline.json --set corpus-odd || status=1
regkg eval "$corpus/gold" "$corpus/articles" --ids even --baseline tests/eval_baseline.json --set corpus-even || status=1
regkg eval tests/gold data/articles --baseline tests/eval_baseline.json --set seeds || status=1
regkg eval tests/blind/gold tests/blind/articles --baseline tests/eval_baseline.json --set blind || status=1
regkg eval tests/varied/gold tests/varied/articles --baseline tests/eval_baseline.json --set varied || status=1
regkg eval tests/wide/gold tests/wide/articles --baseline tests/eval_baseline.json --set wide || status=1
regkg eval tests/broad/gold tests/broad/articles --baseline tests/eval_baseline.json --set broad || status=1
regkg eval tests/sweep/gold tests/sweep/articles --baseline tests/eval_baseline.json --set sweep || status=1
regkg eval tests/heldout/gold tests/heldout/articles --baseline tests/eval_baseline.json --set heldout || status=1
regkg eval tests/fresh/gold tests/fresh/articles --baseline tests/eval_baseline.json --set fresh || status=1
regkg eval tests/novel/gold tests/novel/articles --baseline tests/eval_baseline.json --set novel || status=1
regkg eval tests/reserve/gold tests/reserve/articles --baseline tests/eval_baseline.json --set reserve || status=1
regkg eval tests/cold/gold tests/cold/articles --baseline tests/eval_baseline.json --set cold || status=1
regkg eval tests/frost/gold tests/frost/articles --baseline tests/eval_baseline.json --set frost || status=1
regkg eval tests/thaw/gold tests/thaw/articles --baseline tests/eval_baseline.json --set thaw || status=1
regkg eval tests/melt/gold tests/melt/articles --baseline tests/eval_baseline.json --set melt || status=1
regkg eval tests/sleet/gold tests/sleet/articles --baseline tests/eval_baseline.json --set sleet || status=1
regkg eval tests/hail/gold tests/hail/articles --baseline tests/eval_baseline.json --set hail || status=1
regkg eval tests/rime/gold tests/rime/articles --baseline tests/eval_baseline.json --set rime || status=1
regkg eval tests/dew/gold tests/dew/articles --baseline tests/eval_baseline.json --set dew || status=1
regkg eval tests/mist/gold tests/mist/articles --baseline tests/eval_baseline.json --set mist || status=1
regkg eval tests/fog/gold tests/fog/articles --baseline tests/eval_baseline.json --set fog || status=1
regkg eval tests/haze/gold tests/haze/articles --baseline tests/eval_baseline.json --set haze || status=1
regkg eval tests/gale/gold tests/gale/articles --baseline tests/eval_baseline.json --set gale || status=1
regkg eval tests/squall/gold tests/squall/articles --baseline tests/eval_baseline.json --set squall || status=1
regkg eval tests/drift/gold tests/drift/articles --baseline tests/eval_baseline.json --set drift || status=1
regkg eval tests/storm/gold tests/storm/articles --baseline tests/eval_baseline.json --set storm || status=1
regkg eval tests/flurry/gold tests/flurry/articles --baseline tests/eval_baseline.json --set flurry || status=1
regkg eval tests/gust/gold tests/gust/articles --baseline tests/eval_baseline.json --set gust || status=1
regkg eval tests/breeze/gold tests/breeze/articles --baseline tests/eval_baseline.json --set breeze || status=1
exit $status
