#!/usr/bin/env bash
# The project's test command: makes sure the browser-test tools are present
# (playwright-core from npm; Debian's chromium, installed when running as root),
# then runs the whole Rust test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium for the approval-page browser test"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: the browser test needs Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium} (Debian: apt-get install chromium)" >&2
    exit 1
  fi
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "== installing playwright-core for the approval-page browser test"
  npm ci --prefix tests/browser --no-audit --no-fund >/dev/null
fi

cargo test --locked "$@"
