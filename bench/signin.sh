#!/usr/bin/env bash
# Issue #12's sign-in benchmark: Argon2 must not turn sign-in into a denial of service.
# Other users (wrk -t1 -c8 over the public pages, bench/abuse/users.lua, and wrk -t1 -c4 on one
# signed-in user's /account, a private page that reads and touches its session) for DURATION
# while 50 clients hammer the sign-in form (bench/signin/attack.py: GET /login, POST /login
# with a wrong password for one account, in a loop):
#   0. nobody attacking (the baseline);
#   1. 50 attackers, each from its own loopback address (127.0.1.1-50): the per-address limit
#      (10 a minute) lets each through, the account locks, every attempt still costs a hash;
#   2. 50 attackers from one address: all but 10 a minute answered 429 before any hashing.
# Prints the users' median, p90 and p99 latency and requests/s beside the attackers' figures.
# Anchor: issue #12 asks the other users' median under 20 ms.
# Needs: a release build (cargo build --release), python3, wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/target/release/palermo}
DURATION=${DURATION:-30s}
PORT=${PORT:-18091}
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }
secs=${DURATION%s}
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
pw="bench password not secret"
for who in victim reader; do
  echo "$pw" | "$BIN" --db "$dir/palermo.db" user add --email "$who@example.org" --name "$who" \
    --role data-provider --org agency:bench --password-stdin >/dev/null
done
(cd "$dir" && PALERMO_LOG=warn exec "$BIN" --db "$dir/palermo.db" serve --addr 127.0.0.1:$PORT >/dev/null 2>"$dir/serve.err") &
pid=$!
# wait until the bundled GLOTIP table is seeded (in the background after start)
until [[ $(curl -fsS "http://127.0.0.1:$PORT/api/v1/statistics/datasets" 2>/dev/null || true) == *'"dataset":"glotip"'* ]]; do
  sleep 0.2
done
session=$(python3 bench/signin/login.py $PORT reader@example.org "$pw")
users() {
  wrk -t1 -c8 -d"$DURATION" --latency -s bench/abuse/users.lua "http://127.0.0.1:$PORT" > "$dir/public.txt" & a=$!
  wrk -t1 -c4 -d"$DURATION" --latency -H "Cookie: __Host-palermo-session=$session" \
    "http://127.0.0.1:$PORT/account" > "$dir/private.txt" & b=$!
  wait $a $b
}
report() {
  for f in public private; do
    echo "    $f pages: $(grep -E '^ +50%|^ +90%|^ +99%|Requests/sec|Non-2xx' "$dir/$f.txt" | tr -s ' ' | tr '\n' ' ')"
  done
  echo "    load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
wrk -t1 -c4 -d3s -s bench/abuse/users.lua "http://127.0.0.1:$PORT" >/dev/null  # warm the cache

echo "== 0. users alone"
users; report

echo "== 1. users + 50 sign-in attackers from 50 addresses"
python3 bench/signin/attack.py --port $PORT --clients 50 --seconds "$secs" > "$dir/attack.txt" & x=$!
users; wait $x; report; cat "$dir/attack.txt"

echo "== 2. users + 50 sign-in attackers from one address"
python3 bench/signin/attack.py --port $PORT --clients 50 --seconds "$secs" --one-address > "$dir/attack.txt" & x=$!
users; wait $x; report; cat "$dir/attack.txt"
# the signed-in user was never locked out or signed out
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: __Host-palermo-session=$session" "http://127.0.0.1:$PORT/account")
echo "== the signed-in user's /account after the attacks: HTTP $code"
