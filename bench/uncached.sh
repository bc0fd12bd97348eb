#!/usr/bin/env bash
# Uncached /data requests per second (issue #10: an uncached /data must be
# cheap, since cache-busting query strings make every request uncached).
# For each binary in BINS (default: the release build), in turn and ROUNDS
# times interleaved: a server on an empty directory (bundled data seeded), on
# 127.0.0.1 only; then wrk -t1 -c$CONNS for DURATION with every request a
# /data page never rendered before (bench/uncached/data.lua: 54,000 distinct
# pages), and the server's resident memory after. Prints one line per run.
# Needs: release build(s), curl, wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
BINS=${BINS:-$PWD/target/release/palermo}
DURATION=${DURATION:-20s}
CONNS=${CONNS:-8}
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-18091}
run() {
  local bin=$1 dir pid
  dir=$(mktemp -d)
  (cd "$dir" && PALERMO_LOG=warn exec "$bin" serve --addr 127.0.0.1:$PORT >/dev/null 2>"$dir/serve.err") &
  pid=$!
  until [[ $(curl -fsS "http://127.0.0.1:$PORT/api/v1/statistics/datasets" 2>/dev/null || true) == *'"dataset":"glotip"'* ]]; do
    sleep 0.2
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/data"
  wrk -t1 -c"$CONNS" -d"$DURATION" --latency -s bench/uncached/data.lua "http://127.0.0.1:$PORT" > "$dir/wrk.txt"
  local rps med p99 non2xx rss
  rps=$(awk '/Requests\/sec/ {print $2}' "$dir/wrk.txt")
  med=$(awk '$1 == "50%" {print $2}' "$dir/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$dir/wrk.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$dir/wrk.txt")
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  printf '%s: %s req/s, median %s, p99 %s, non-2xx %s, server %s MiB after; load %s\n' \
    "$bin" "$rps" "$med" "$p99" "${non2xx:-0}" "$rss" "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
for _ in $(seq "$ROUNDS"); do
  for b in $BINS; do run "$b"; done
done
