#!/usr/bin/env bash
# Install, then run every check CI runs: ruff, mypy, pytest, and the extraction scores
# against their recorded baselines. Same script locally and in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
echo "== ruff"; ruff check src tests bench
echo "== mypy"; mypy
echo "== pytest"; python -m pytest "$@"
echo "== extraction scores vs baseline"
bash scripts/eval.sh
