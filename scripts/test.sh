#!/usr/bin/env bash
# Install, then run every check CI runs: ruff, mypy, pytest, and the extraction scores
# against their recorded baselines. Same script locally and in CI. Every check runs; the
# script fails at the end if any failed, naming them.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 2
. .venv/bin/activate
failed=()
echo "== ruff"; ruff check src tests bench || failed+=(ruff)
echo "== mypy"; mypy || failed+=(mypy)
echo "== pytest"; python -m pytest "$@" || failed+=(pytest)
echo "== extraction scores vs baseline"; bash scripts/eval.sh || failed+=(eval)
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all checks passed"
