#!/usr/bin/env bash
# The project's test command: makes sure the browser-test tools are present
# (playwright-core from npm; Debian's chromium, installed when running as root),
# then runs the whole Rust test suite. When a tool is missing and cannot be installed
# here, it says in one line what and how to install it, runs every other test, and
# fails at the end (the two approval-page browser tests were not run).
set -euo pipefail
cd "$(dirname "$0")/.."

BROWSER_TESTS=(
  an_accept_everything_client_pays_nothing_until_the_page_then_exactly_once
  approving_in_chromium_during_the_call_pays_once_and_twenty_concurrent_retries_pay_once
)
missing=""
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium for the approval-page browser test"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    [ -x "$chromium" ] || missing="Chromium is not at $chromium after installing Debian's chromium (unset CHROMIUM_PATH, or point it at the browser)"
  else
    missing="Chromium is not at $chromium (Debian: sudo apt-get install chromium, or set CHROMIUM_PATH)"
  fi
fi
if [ -z "$missing" ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  if command -v npm >/dev/null; then
    echo "== installing playwright-core for the approval-page browser test"
    npm ci --prefix tests/browser --no-audit --no-fund >/dev/null
  else
    missing="Node.js and npm are not on PATH (Debian: sudo apt-get install nodejs npm)"
  fi
fi

if [ -z "$missing" ]; then
  exec cargo test --locked "$@"
fi
echo "error: the approval-page browser tests cannot run: $missing; running every other test" >&2
skips=()
for t in "${BROWSER_TESTS[@]}"; do skips+=(--skip "$t"); done
cargo test --locked "$@" -- "${skips[@]}"
echo "error: ${#BROWSER_TESTS[@]} browser tests were not run: $missing" >&2
exit 1
