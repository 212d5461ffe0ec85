#!/usr/bin/env bash
# A headless browser for tests/browser (the pages driven by Selenium): Debian's chromium and
# chromedriver, non-interactively; nothing is started. Without them the browser test is skipped.
#
#   bash .ci/browser.sh          # installs chromium + chromium-driver if missing
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  echo "browser.sh: chromium and chromedriver already installed" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium chromium-driver >&2
chromium --version >&2 || true
chromedriver --version >&2
