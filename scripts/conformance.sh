#!/usr/bin/env bash
# Runs the official MCP conformance suite (npm @modelcontextprotocol/conformance, on
# Node 22 from the npm package node@22) against `miniprogram-mcp serve --http`, in both
# protocol eras, for every scenario that needs no fixture tools. Fails on any failure
# not listed (with its reason) in tests/conformance/expected-failures.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=tests/conformance
[ -x "$dir/node_modules/.bin/conformance" ] || npm ci --prefix "$dir" --no-audit --no-fund >/dev/null
export PATH="$PWD/$dir/node_modules/.bin:$PATH"   # node 22 first
node --version

cargo build --quiet --locked
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
MINIPROGRAM_MCP_LOG=warn ./target/debug/miniprogram-mcp serve --http "127.0.0.1:$port" --in-memory &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/healthz', timeout=1)" 2>/dev/null && break
  sleep 0.1
done

url="http://127.0.0.1:$port/mcp"
run() { # spec-version scenario...
  local v=$1; shift
  for s in "$@"; do
    echo "== conformance $s ($v)"
    conformance server --url "$url" --scenario "$s" --spec-version "$v" \
      --expected-failures "$dir/expected-failures.yaml" -o "target/conformance/$v"
  done
}
run 2025-11-25 server-initialize ping tools-list dns-rebinding-protection server-sse-multiple-streams
run 2026-07-28 tools-list dns-rebinding-protection server-stateless http-header-validation caching
echo "conformance: all scenarios passed (or failed only as the baseline expects)"
