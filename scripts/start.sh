#!/usr/bin/env bash
# The main job: install, build the graph from data/articles into the embedded store
# (./regkg-data, or $REGKG_STORE), then serve it on http://127.0.0.1:8000 .
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
regkg build "$@"
exec regkg serve
