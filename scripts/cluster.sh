#!/usr/bin/env bash
# A throwaway local cluster for tests and operators: PostgreSQL (initdb in a temp dir,
# run as an unprivileged user since it refuses root), N miniprogram-mcp instances on
# it, and HAProxy in front (round robin; sticky on Mcp-Session-Id for 2025-11-25
# sessions).
#
#   scripts/cluster.sh up [DIR]        start everything; prints DIR/cluster.env
#   scripts/cluster.sh db-up [DIR]     PostgreSQL alone (benchmarks); down removes it
#   scripts/cluster.sh down [DIR]      stop everything and remove DIR
#   scripts/cluster.sh pg-stop DIR     stop PostgreSQL only (fault tests)
#   scripts/cluster.sh pg-start DIR    start it again on the same data
#   scripts/cluster.sh kill DIR N      SIGKILL instance N (1-based)
#   scripts/cluster.sh start DIR N     start instance N again
#
# Settings (environment): MPMCP_BIN (the binary; default target/release, else
# target/debug), CLUSTER_INSTANCES (3), CLUSTER_PG_PORT (55432), CLUSTER_PORT (HAProxy,
# 8790), CLUSTER_FIRST_PORT (first instance port, 8801), CLUSTER_BRIDGE (a container
# bridge URL; default: the embedded sandbox, on the shared database),
# CLUSTER_EXTRA_ARGS (more `serve` flags for every instance).
# Needs Debian's postgresql and haproxy packages (scripts/test.sh installs them as root).
set -euo pipefail
cd "$(dirname "$0")/.."

cmd="${1:-}"
dir="${2:-${TMPDIR:-/tmp}/mpmcp-cluster}"
n="${CLUSTER_INSTANCES:-3}"
pg_port="${CLUSTER_PG_PORT:-55432}"
lb_port="${CLUSTER_PORT:-8790}"
first_port="${CLUSTER_FIRST_PORT:-8801}"

die() { echo "cluster: $*" >&2; exit 1; }

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
  die "PostgreSQL's server programs (initdb, pg_ctl) are not installed (Debian: sudo apt-get install postgresql)"
}

# Runs a PostgreSQL program as the cluster's owner: ourselves, or `nobody` when root.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

binary() {
  if [ -n "${MPMCP_BIN:-}" ]; then echo "$MPMCP_BIN"; return; fi
  for b in target/release/miniprogram-mcp target/debug/miniprogram-mcp; do
    [ -x "$b" ] && { echo "$PWD/$b"; return; }
  done
  die "no miniprogram-mcp binary: run cargo build --release (or set MPMCP_BIN)"
}

pg_start() {
  local bin; bin="$(pg_bin)"
  as_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w -t 30 \
    -o "-p $pg_port -k $dir/sock -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
}

pg_stop() {
  local bin; bin="$(pg_bin)"
  as_pg "$bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
}

instance_start() {
  local i="$1"
  local port=$((first_port + i - 1))
  # shellcheck disable=SC1091
  . "$dir/cluster.env"
  local bridge_args=()
  if [ -n "${CLUSTER_BRIDGE:-}" ]; then bridge_args=(--bridge "$CLUSTER_BRIDGE" --demo-profile); fi
  # shellcheck disable=SC2086
  MINIPROGRAM_MCP_LOG="${MINIPROGRAM_MCP_LOG:-info}" setsid "$(binary)" serve \
    --http "127.0.0.1:$port" \
    --database-url "$DATABASE_URL" \
    --state-key-file "$dir/state.key" \
    --public-url "$PUBLIC_URL" \
    --allowed-host "127.0.0.1:$port" \
    --auth tokens \
    "${bridge_args[@]}" ${CLUSTER_EXTRA_ARGS:-} \
    </dev/null >"$dir/instance-$i.out" 2>>"$dir/instance-$i.log" &
  echo $! >"$dir/instance-$i.pid"
  for _ in $(seq 1 150); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then return 0; fi
    kill -0 "$(cat "$dir/instance-$i.pid")" 2>/dev/null || { tail -5 "$dir/instance-$i.log" >&2; die "instance $i exited at start-up"; }
    sleep 0.1
  done
  die "instance $i did not answer /healthz within 15 s (log: $dir/instance-$i.log)"
}

db_up() {
  local bin; bin="$(pg_bin)"
  [ -e "$dir/cluster.env" ] && die "$dir already holds a cluster (scripts/cluster.sh down $dir)"
  mkdir -p "$dir/sock"
  chmod 0777 "$dir" "$dir/sock"
  if [ "$(id -u)" = 0 ]; then chown nobody "$dir/sock"; fi
  as_pg "$bin/initdb" -D "$dir/pg" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  pg_start
  as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qAt -c "CREATE DATABASE mpmcp" >/dev/null
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/state.key"
  chmod 0600 "$dir/state.key"
  {
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$pg_port/mpmcp"
    echo "PUBLIC_URL=http://127.0.0.1:$lb_port"
    echo "MCP_URL=http://127.0.0.1:$lb_port/mcp"
    echo "INSTANCES=$n"
    echo "FIRST_PORT=$first_port"
  } >"$dir/cluster.env"
}

up() {
  command -v haproxy >/dev/null || die "HAProxy is not installed (Debian: sudo apt-get install haproxy)"
  command -v curl >/dev/null || die "curl is not installed (Debian: sudo apt-get install curl)"
  db_up
  for i in $(seq 1 "$n"); do instance_start "$i"; done
  {
    echo "global"
    echo "  maxconn 4096"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 2s"
    echo "  timeout client 120s"
    echo "  timeout server 120s"
    echo "  timeout tunnel 1h"
    echo "  timeout check 3s"
    echo "frontend mcp"
    echo "  bind 127.0.0.1:$lb_port"
    echo "  default_backend instances"
    echo "backend instances"
    echo "  balance roundrobin"
    echo "  option httpchk"
    echo "  http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host 127.0.0.1:$lb_port"
    echo "  # 2025-11-25 sessions live in one instance's memory: stick to it by Mcp-Session-Id."
    echo "  stick-table type string len 128 size 100k expire 30m"
    echo "  stick on req.hdr(Mcp-Session-Id)"
    echo "  stick store-response res.hdr(Mcp-Session-Id)"
    for i in $(seq 1 "$n"); do
      echo "  server i$i 127.0.0.1:$((first_port + i - 1)) check inter 1s fall 2 rise 1"
    done
  } >"$dir/haproxy.cfg"
  haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid" || die "HAProxy did not start"
  for _ in $(seq 1 50); do
    curl -fsS "http://127.0.0.1:$lb_port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "cluster up: $dir/cluster.env"
  cat "$dir/cluster.env"
}

down() {
  [ -d "$dir" ] || return 0
  for f in "$dir"/instance-*.pid; do
    [ -e "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true
  done
  [ -e "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  [ -d "$dir/pg" ] && pg_stop
  rm -rf "$dir"
}

case "$cmd" in
  up) up ;;
  db-up) db_up; cat "$dir/cluster.env" ;;
  down) down ;;
  pg-stop) pg_stop ;;
  pg-start) pg_start ;;
  kill) kill -9 "$(cat "$dir/instance-$3.pid")" ;;
  start) instance_start "$3" ;;
  *) sed -n '2,20p' "$0" >&2; exit 2 ;;
esac
