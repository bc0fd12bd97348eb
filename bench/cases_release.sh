#!/usr/bin/env bash
# Public case tables from millions of case records (issue #11, item 3):
# SYNTHETIC records only (bench/gen_ctdc.py, seeded; no real person).
# For each backend (SQLite always; PostgreSQL when PGURL names a server whose
# user may create databases, e.g. postgres://palermo@127.0.0.1:55432/postgres):
#   1. import ROWS synthetic records once;
#   2. `palermo cases release create` with each binary of BINS in turn (same
#      database: the same records give the same cell-key release, which the
#      script checks), elapsed time and peak RSS (GNU time);
#   3. `palermo serve` on that database: the first /data after start (time
#      to the answer) and the server's resident memory after it.
# Needs: release build(s), python3, curl, GNU time (/usr/bin/time), psql for
# PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
BINS=${BINS:-$PWD/target/release/palermo}
ROWS=${ROWS:-2000000}
PORT=${PORT:-18092}
PGURL=${PGURL:-}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/gen_ctdc.py "$ROWS" 7 > "$dir/cases.csv"
echo "== $ROWS synthetic rows: $(du -h "$dir/cases.csv" | cut -f1)"
first=${BINS%% *}
measure() { # backend db
  local backend=$1 db=$2 b pid t0 t1
  /usr/bin/time -f "%e s elapsed, %M KiB peak" -o "$dir/t" \
    "$first" --db "$db" cases import "$dir/cases.csv" --source synthetic >/dev/null 2>"$dir/err" || { cat "$dir/err"; exit 1; }
  echo "   $backend import: $(cat "$dir/t")"
  for b in $BINS; do
    /usr/bin/time -f "%e s elapsed, %M KiB peak" -o "$dir/t" \
      "$b" --db "$db" cases release create --note bench >/dev/null 2>"$dir/err" || { cat "$dir/err"; exit 1; }
    echo "   $backend release create ($b): $(cat "$dir/t")"
  done
  "$first" --db "$db" cases release list > "$dir/list" 2>&1 || true
  (cd "$dir" && PALERMO_LOG=warn exec "$first" --db "$db" serve --addr 127.0.0.1:$PORT >/dev/null 2>"$dir/serve.err") &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; do sleep 0.05; done
  t0=$(date +%s.%N)
  curl -fsS -o "$dir/data.html" "http://127.0.0.1:$PORT/data"
  t1=$(date +%s.%N)
  echo "   $backend first /data: $(echo "$t1 - $t0" | bc) s, server $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB after (peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status) MiB)"
  grep -q 'about [0-9]' "$dir/data.html" && echo "   the page shows the release's records: $(grep -o 'about [0-9][0-9,]*' "$dir/data.html" | head -1)"
  # The releases made by the binaries must be the same tables.
  local n
  n=$(curl -fsS "http://127.0.0.1:$PORT/api/v1/cases/releases" | python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(sys.stdin)["releases"]))')
  local prev="" same=yes
  for id in $n; do
    cur=$(curl -fsS "http://127.0.0.1:$PORT/api/v1/cases/releases/$id" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps([d["total"], d["tables"]], sort_keys=True))' | sha256sum)
    [ -n "$prev" ] && [ "$cur" != "$prev" ] && same=no
    prev=$cur
  done
  echo "   releases $n: the same tables: $same"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "== SQLite"
measure sqlite "$dir/palermo.db"
if [ -n "$PGURL" ]; then
  echo "== PostgreSQL"
  name=palermo_bench_$$
  psql -q "$PGURL" -c "CREATE DATABASE $name" >/dev/null
  measure postgres "${PGURL%/*}/$name"
  psql -q "$PGURL" -c "DROP DATABASE $name WITH (FORCE)" >/dev/null
fi
