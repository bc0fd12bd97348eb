#!/usr/bin/env bash
# GLOTIP import on PostgreSQL (issue 11 item 2): Palermo's import (full
# validation, country resolution, one transaction, COPY of each batch)
# beside psql's \copy of the same CSV into a plain text table (the floor),
# and Palermo's import on SQLite, in the same run on the same machine.
#
#   bench/postgres.sh [SERVER_URL] [GLOTIP_CSV]
#
# PALERMO_BIN: the binary (default target/release/palermo).
# SERVER_URL: a PostgreSQL server whose user may create databases (default
# $PALERMO_TEST_POSTGRES). Needs a release build (cargo build --release -p
# palermo-cli), psql, GNU time (/usr/bin/time). Every database it makes is
# dropped at the end; nothing is written to the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
P=${PALERMO_BIN:-$ROOT/target/release/palermo}
SERVER=${1:-${PALERMO_TEST_POSTGRES:?give a server URL or set PALERMO_TEST_POSTGRES}}
GLOTIP=${2:-}
RUNS=${RUNS:-5}
T=$(mktemp -d)
DBS=()
cleanup() {
  for db in "${DBS[@]}"; do psql -q "$SERVER" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; done
  rm -rf "$T"
}
trap cleanup EXIT
if [ -z "$GLOTIP" ]; then
  GLOTIP=$T/glotip.csv
  gzip -dc data/glotip/unodc_glotip_data_portal.csv.gz > "$GLOTIP"
fi
export PALERMO_LOG=warn
url_of() { # the server URL with database $1
  local base=${SERVER%%\?*}; echo "${base%/*}/$1"
}
newdb() { local n="palermo_bench_$$_$1"; psql -q "$SERVER" -c "DROP DATABASE IF EXISTS $n WITH (FORCE)" -c "CREATE DATABASE $n" >/dev/null; DBS+=("$n"); echo "$n"; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# elapsed secs, peak RSS (MiB) and CPU secs (user + sys) of a command, via GNU time.
measure() { /usr/bin/time -f "%e %M %U %S" -o "$T/time" "$@" > /dev/null 2> "$T/err" || { cat "$T/err"; exit 1; }; awk '{printf "%s %.1f %.2f\n", $1, $2/1024, $3+$4}' "$T/time"; }

echo "== GLOTIP import ($(wc -l < "$GLOTIP") lines), median of $RUNS runs, same session =="
HEADER=$(head -1 "$GLOTIP" | tr -d '\r')
COLS=$(echo "$HEADER" | awk -F, '{for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i}')
: > "$T/p_t"; : > "$T/p_m"; : > "$T/p_c"; : > "$T/q_t"; : > "$T/q_m"; : > "$T/q_c"; : > "$T/s_t"; : > "$T/s_m"; : > "$T/s_c"
for i in $(seq "$RUNS"); do
  # Palermo on PostgreSQL: a migrated, seeded database, statistics empty.
  db=$(newdb "p$i"); "$P" --db "$(url_of "$db")" db migrate > /dev/null
  "$P" --db "$(url_of "$db")" treaty status > /dev/null
  read -r s m c < <(measure "$P" --db "$(url_of "$db")" stats import "$GLOTIP" --dataset glotip --report "$T/rej.csv")
  echo "$s" >> "$T/p_t"; echo "$m" >> "$T/p_m"; echo "$c" >> "$T/p_c"
  # psql \copy into a plain table of text columns (no validation).
  db=$(newdb "q$i"); psql -q "$(url_of "$db")" -c "CREATE TABLE glotip ($COLS)" > /dev/null
  read -r s m c < <(measure psql -q "$(url_of "$db")" -c "\\copy glotip FROM '$GLOTIP' WITH (FORMAT csv, HEADER true)")
  echo "$s" >> "$T/q_t"; echo "$m" >> "$T/q_m"; echo "$c" >> "$T/q_c"
  # Palermo on SQLite, for the side by side.
  rm -f "$T/s.db"*; "$P" --db "$T/s.db" treaty status > /dev/null
  read -r s m c < <(measure "$P" --db "$T/s.db" stats import "$GLOTIP" --dataset glotip --report "$T/rej.csv")
  echo "$s" >> "$T/s_t"; echo "$m" >> "$T/s_m"; echo "$c" >> "$T/s_c"
done
row() { printf "| %s | %s s | %s s | %s MiB |\n" "$1" "$(median < "$T/$2_t")" "$(median < "$T/$2_c")" "$(median < "$T/$2_m")"; }
echo "| command | elapsed | CPU (client) | peak RSS (client) |"
echo "|---|---|---|---|"
row "palermo --db postgres://… stats import FILE (validation, one transaction, COPY)" p
row "psql \\copy FILE into a plain text table (the floor)" q
row "palermo --db FILE.db stats import FILE (SQLite)" s
pt=$(median < "$T/p_t"); qt=$(median < "$T/q_t")
awk -v p="$pt" -v q="$qt" 'BEGIN {printf "Palermo on PostgreSQL / psql \\copy, elapsed: %.2fx (target <= 3x)\n", p / q}'
