#!/usr/bin/env bash
# Benchmarks of issue 2 (treaty tracker and web server), printed for BENCHMARKS.md.
#   1. Cold start: from `palermo serve` in an empty directory (new database: create, migrate,
#      seed) to the first successful page, median of N runs.
#   2. Page latency under load: wrk, 64 connections, 30 s, on loopback, for an instrument page
#      and a country page.
# Needs: a release build (cargo build --release), curl, wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/target/release/palermo}
RUNS=${RUNS:-10}
DURATION=${DURATION:-30s}
PORT=${PORT:-18080}
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }

echo "== cold start: palermo serve on an empty directory -> first 200 (ms), $RUNS runs"
times=()
for i in $(seq "$RUNS"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$dir" && PALERMO_LOG=warn exec "$BIN" serve --addr 127.0.0.1:$PORT >/dev/null 2>&1) &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/instruments/tip" 2>/dev/null; do sleep 0.005; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  times+=($(( (end - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d ms, max %d ms\n", a[int((NR+1)/2)], a[1], a[NR]}'

echo "== latency under load: wrk -t2 -c64 -d$DURATION --latency"
dir=$(mktemp -d)
(cd "$dir" && PALERMO_LOG=warn exec "$BIN" serve --addr 127.0.0.1:$PORT >/dev/null 2>&1) &
pid=$!
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; do sleep 0.01; done
for path in /instruments/tip /countries/ALB; do
  echo "-- $path"
  wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$PORT$path" | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"
done
kill "$pid"; wait "$pid" 2>/dev/null || true; rm -rf "$dir"
