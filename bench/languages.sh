#!/usr/bin/env bash
# Issue 18: a cached page costs the same in every language. wrk on loopback
# over `/` and `/treaties`' page (`/instruments/tip`) in English, French and
# Arabic, by URL prefix (`/fr/…`) and by Accept-Language on the unprefixed
# path, side by side: median latency and requests/s, printed for
# BENCHMARKS.md. Each run is bounded (wrk -d), the server listens on
# 127.0.0.1 only.
# Needs: a build of `palermo` (BIN; the dev profile is optimised), curl, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/target/debug/palermo}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18088}
[ -x "$BIN" ] || { echo "build first: cargo build -p palermo-cli" >&2; exit 1; }
dir=$(mktemp -d)
(cd "$dir" && PALERMO_LOG=warn exec "$BIN" serve --addr 127.0.0.1:$PORT >/dev/null 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; do sleep 0.02; done
printf '| %-28s | %-16s | %9s | %9s | %10s | %s |\n' path language median p99 "req/s" "bytes"
run() { # path, label, extra wrk args...
  local path=$1 label=$2; shift 2
  # warm the cache for this key
  curl -fsS -o /dev/null "$@" "http://127.0.0.1:$PORT$path"
  local size
  size=$(curl -fsS "$@" "http://127.0.0.1:$PORT$path" | wc -c)
  local out
  out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "http://127.0.0.1:$PORT$path")
  local median p99 rps
  median=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  if grep -q "Non-2xx" <<<"$out"; then label="$label (NON-2xx!)"; fi
  printf '| %-28s | %-16s | %9s | %9s | %10s | %s |\n' "$path" "$label" "$median" "$p99" "$rps" "$size"
}
for page in / /instruments/tip; do
  for lang in en fr ar; do
    run "/$lang$page" "$lang (prefix)"
  done
  for lang in en fr ar; do
    run "$page" "$lang (header)" -H "Accept-Language: $lang"
  done
done
