#!/usr/bin/env bash
# Load figures of issue #10 ("the server under abuse"), printed for BENCHMARKS.md.
# Other users (wrk -t2 -c64 for DURATION over seven pages and API answers, bench/abuse/users.lua)
# while the server is attacked, on loopback only:
#   0. nothing (the baseline);
#   1. cache-busting: a second wrk, 64 connections, every request a new query string
#      (bench/abuse/bust.lua);
#   2. an import loop: `palermo stats import` of the GLOTIP table, again and again, from another
#      process on the served database;
#   3. 1,100 half-open connections from 127.0.0.2 (bench/abuse/halfopen.py).
# For each: the users' median, p90, p99 latency, requests/s, errors and non-2xx answers, and the
# server's peak resident memory (VmHWM reset per scenario is not possible, so VmRSS is sampled
# every 0.2 s) and its memory after the scenario.
# Needs: a release build (cargo build --release), curl, python3, wrk (Debian: apt-get install wrk),
# and the GLOTIP CSV (default ../shared/data/glotip/unodc_glotip_data_portal.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/target/release/palermo}
DURATION=${DURATION:-30s}
PORT=${PORT:-18090}
GLOTIP=${GLOTIP:-$PWD/../shared/data/glotip/unodc_glotip_data_portal.csv}
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }
[ -f "$GLOTIP" ] || { echo "no GLOTIP CSV at $GLOTIP (set GLOTIP=)" >&2; exit 1; }
secs=${DURATION%s}
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
(cd "$dir" && PALERMO_LOG=warn exec "$BIN" serve --addr 127.0.0.1:$PORT >/dev/null 2>"$dir/serve.err") &
pid=$!
# wait until the bundled GLOTIP table is seeded (in the background after start)
until [[ $(curl -fsS "http://127.0.0.1:$PORT/api/v1/statistics/datasets" 2>/dev/null || true) == *'"dataset":"glotip"'* ]]; do
  sleep 0.2
done
rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status; }
sample() { # peak VmRSS (MiB) while $1 runs
  local peak=0 r
  while kill -0 "$1" 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.2; done
  echo "$peak"
}
users() { wrk -t2 -c64 -d"$DURATION" --latency -s bench/abuse/users.lua "http://127.0.0.1:$PORT" > "$dir/users.txt"; }
report() {
  grep -E "^ +50%|^ +90%|^ +99%|Requests/sec|requests in|Non-2xx|Socket errors" "$dir/users.txt" | sed 's/^/    /'
  echo "    server memory: peak $1 MiB during, $(rss) MiB after; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
# warm the cache with the users' pages
wrk -t1 -c4 -d3s -s bench/abuse/users.lua "http://127.0.0.1:$PORT" >/dev/null
echo "== idle server: $(rss) MiB"

echo "== 0. users alone"
users & w=$!; peak=$(sample $w); wait $w; report "$peak"

echo "== 1. users + cache-busting (wrk -t2 -c64, a new query string per request)"
wrk -t2 -c64 -d"$DURATION" -s bench/abuse/bust.lua "http://127.0.0.1:$PORT" > "$dir/bust.txt" & b=$!
users & w=$!; peak=$(sample $w); wait $w; wait $b
report "$peak"
echo "    attacker: $(grep -E 'Requests/sec' "$dir/bust.txt" | tr -s ' ')"
sleep 2; echo "    2 s later: $(rss) MiB"

echo "== 2. users + an import loop (palermo stats import of the GLOTIP table, again and again)"
(cd "$dir"; end=$((SECONDS + secs)); n=0
 while [ $SECONDS -lt $end ]; do "$BIN" --db "$dir/palermo.db" stats import "$GLOTIP" >/dev/null 2>&1 || true; n=$((n+1)); done
 echo "$n" > "$dir/imports") & l=$!
users & w=$!; peak=$(sample $w); wait $w; wait $l
report "$peak"
echo "    imports completed: $(cat "$dir/imports")"
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/data"; sleep 2; echo "    after the loop and one /data: $(rss) MiB"

echo "== 3. users + 1,100 half-open connections from 127.0.0.2"
python3 bench/abuse/halfopen.py 127.0.0.1 $PORT 127.0.0.2 1100 $((secs + 2)) > "$dir/half.txt" & h=$!
sleep 1
users & w=$!; peak=$(sample $w); wait $w; wait $h
report "$peak"
echo "    $(cat "$dir/half.txt")"
echo "== idle again: $(rss) MiB"
