#!/usr/bin/env bash
# The project's test command: makes sure the tools some tests drive are present
# (Debian's nodejs, npm and chromium and playwright-core from npm for the approval-page
# browser tests; Debian's postgresql and haproxy for the cluster tests; installed when
# running as root), then runs the whole Rust test suite. When a tool is missing and cannot be
# installed here, it says in one line what and how to install it, runs every other
# test, and fails at the end (naming the tests that were not run).
set -euo pipefail
cd "$(dirname "$0")/.."

BROWSER_TESTS=(
  an_accept_everything_client_pays_nothing_until_the_page_then_exactly_once
  approving_in_chromium_during_the_call_pays_once_and_twenty_concurrent_retries_pay_once
)
CLUSTER_TESTS=(
  three_instances_on_one_database_pay_once_share_approvals_pins_and_state
  with_postgresql_down_public_reads_work_writes_are_refused_and_it_recovers
  an_instance_killed_inside_a_payment_is_settled_elsewhere_without_paying_again
)
missing=""
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_pg() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
need=()
[ -x "$chromium" ] || need+=(chromium)
have_pg || need+=(postgresql)
command -v haproxy >/dev/null || need+=(haproxy)
command -v curl >/dev/null || need+=(curl)
command -v npm >/dev/null || need+=(nodejs npm)
if [ "${#need[@]}" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing Debian's ${need[*]} for the browser and cluster tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ]; then
    missing="Chromium is not at $chromium after installing Debian's chromium (unset CHROMIUM_PATH, or point it at the browser)"
  else
    missing="Chromium is not at $chromium (Debian: sudo apt-get install chromium, or set CHROMIUM_PATH)"
  fi
fi
cluster_missing=""
have_pg || cluster_missing="PostgreSQL's server is not installed (Debian: sudo apt-get install postgresql)"
command -v haproxy >/dev/null || cluster_missing="${cluster_missing:+$cluster_missing; }HAProxy is not installed (Debian: sudo apt-get install haproxy)"
command -v curl >/dev/null || cluster_missing="${cluster_missing:+$cluster_missing; }curl is not installed (Debian: sudo apt-get install curl)"
if [ -z "$missing" ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  if command -v npm >/dev/null; then
    echo "== installing playwright-core for the approval-page browser test"
    npm ci --prefix tests/browser --no-audit --no-fund >/dev/null
  else
    missing="Node.js and npm are not on PATH (Debian: sudo apt-get install nodejs npm)"
  fi
fi

skips=()
if [ -n "$missing" ]; then
  echo "error: the approval-page browser tests cannot run: $missing; running every other test" >&2
  for t in "${BROWSER_TESTS[@]}"; do skips+=(--skip "$t"); done
fi
if [ -n "$cluster_missing" ]; then
  echo "error: the cluster tests cannot run: $cluster_missing; running every other test" >&2
  for t in "${CLUSTER_TESTS[@]}"; do skips+=(--skip "$t"); done
fi
if [ "${#skips[@]}" -eq 0 ]; then
  exec cargo test --locked "$@"
fi
cargo test --locked "$@" -- "${skips[@]}"
[ -n "$missing" ] && echo "error: ${#BROWSER_TESTS[@]} browser tests were not run: $missing" >&2
[ -n "$cluster_missing" ] && echo "error: ${#CLUSTER_TESTS[@]} cluster tests were not run: $cluster_missing" >&2
exit 1
