#!/usr/bin/env bash
# Data hub benchmarks (issue 3): prints Palermo's figures beside the anchors.
#
#   bench/datahub.sh [GLOTIP_CSV] [CASE_ROWS]
#
# Needs: a release build (cargo build --release -p palermo-cli), sqlite3,
# GNU time (/usr/bin/time), curl, python3; pandas in $VENV (default
# /work/venv-datahub: python3 -m venv /work/venv-datahub && /work/venv-datahub/bin/pip install pandas).
# Runs everything in a temporary directory; nothing is written to the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
P=$ROOT/target/release/palermo
GLOTIP=${1:-}
ROWS=${2:-1000000}
VENV=${VENV:-/work/venv-datahub}
RUNS=${RUNS:-5}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
if [ -z "$GLOTIP" ]; then
  GLOTIP=$T/glotip.csv
  gzip -dc data/glotip/unodc_glotip_data_portal.csv.gz > "$GLOTIP"
fi
export PALERMO_LOG=warn

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# elapsed secs, peak RSS (MiB) and CPU secs (user + sys) of a command, via GNU time.
measure() { /usr/bin/time -f "%e %M %U %S" -o "$T/time" "$@" > /dev/null 2> "$T/err" || { cat "$T/err"; exit 1; }; awk '{printf "%s %.1f %.2f\n", $1, $2/1024, $3+$4}' "$T/time"; }

echo "== GLOTIP import ($(wc -l < "$GLOTIP") lines), median of $RUNS runs, same session =="
# Palermo: a copy of a database that already exists (migrated, reference data
# seeded, statistics table empty), then the import of the file with full
# validation in one transaction (like sqlite3, into an empty table).
"$P" --db "$T/template.db" treaty status > /dev/null
sqlite3 "$T/template.db" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null   # so that a copy holds everything
: > "$T/p_t"; : > "$T/p_m"; : > "$T/p_c"
for i in $(seq "$RUNS"); do
  rm -f "$T/run.db"*; cp "$T/template.db" "$T/run.db"
  read -r s m c < <(measure "$P" --db "$T/run.db" stats import "$GLOTIP" --dataset glotip --report "$T/rej.csv")
  echo "$s" >> "$T/p_t"; echo "$m" >> "$T/p_m"; echo "$c" >> "$T/p_c"
done
: > "$T/s_t"; : > "$T/s_m"; : > "$T/s_c"
for i in $(seq "$RUNS"); do
  rm -f "$T/s.db"
  read -r s m c < <(measure sqlite3 "$T/s.db" ".import --csv $GLOTIP glotip")
  echo "$s" >> "$T/s_t"; echo "$m" >> "$T/s_m"; echo "$c" >> "$T/s_c"
done
: > "$T/d_t"; : > "$T/d_m"; : > "$T/d_c"
cat > "$T/pandas_import.py" <<'PY'
import sqlite3, sys
import pandas as pd
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
con = sqlite3.connect(sys.argv[2])
df.to_sql("glotip", con, index=False, if_exists="replace")
con.commit()
PY
if [ -x "$VENV/bin/python" ]; then
  for i in $(seq "$RUNS"); do
    rm -f "$T/d.db"
    read -r s m c < <(measure "$VENV/bin/python" "$T/pandas_import.py" "$GLOTIP" "$T/d.db")
    echo "$s" >> "$T/d_t"; echo "$m" >> "$T/d_m"; echo "$c" >> "$T/d_c"
  done
fi
pt=$(median < "$T/p_t"); st=$(median < "$T/s_t")
printf '%-44s %8s s  %8s MiB peak  %6s s CPU\n' "palermo stats import (validated)" "$pt" "$(sort -n "$T/p_m" | tail -1)" "$(median < "$T/p_c")"
printf '%-44s %8s s  %8s MiB peak  %6s s CPU\n' "sqlite3 .import (plain table, the floor)" "$st" "$(sort -n "$T/s_m" | tail -1)" "$(median < "$T/s_c")"
if [ -s "$T/d_t" ]; then
  dt=$(median < "$T/d_t")
  printf '%-44s %8s s  %8s MiB peak  %6s s CPU\n' "pandas read_csv + to_sql" "$dt" "$(sort -n "$T/d_m" | tail -1)" "$(median < "$T/d_c")"
  awk -v p="$pt" -v s="$st" -v d="$dt" -v pc="$(median < "$T/p_c")" -v sc="$(median < "$T/s_c")" -v dc="$(median < "$T/d_c")" 'BEGIN {printf "ratio palermo/sqlite3 = %.2f elapsed, %.2f CPU (target <= 3); palermo/pandas = %.2f elapsed, %.2f CPU (target < 1)\n", p/s, pc/sc, p/d, pc/dc}'
else
  awk -v p="$pt" -v s="$st" 'BEGIN {printf "ratio palermo/sqlite3 = %.2f (target <= 3); pandas not installed in %s\n", p/s, ENVIRON["VENV"]}'
fi

echo
"$P" --db "$T/p.db" stats conflicts > /dev/null   # a database with the bundled GLOTIP table
echo
echo "== Case-record import, one core (taskset -c 0), $ROWS synthetic CTDC rows, into a fresh copy of the database =="
python3 bench/gen_ctdc.py "$ROWS" 7 > "$T/cases.csv"
python3 bench/gen_ctdc.py 100000 7 > "$T/cases_small.csv"
ls -l "$T/cases.csv" | awk '{printf "file: %.1f MB\n", $5/1e6}'
rm -f "$T/run.db"*; cp "$T/template.db" "$T/run.db"
read -r s m c < <(measure taskset -c 0 "$P" --db "$T/run.db" cases import "$T/cases_small.csv" --source small --report "$T/rej2.csv")
printf '%-44s %8s s  %8s MiB peak  %6s s CPU\n' "100,000 rows" "$s" "$m" "$c"
: > "$T/c_t"; : > "$T/c_m"; : > "$T/c_c"
for i in 1 2 3; do
  rm -f "$T/run.db"*; cp "$T/template.db" "$T/run.db"
  read -r s m c < <(measure taskset -c 0 "$P" --db "$T/run.db" cases import "$T/cases.csv" --source big --report "$T/rej2.csv")
  echo "$s" >> "$T/c_t"; echo "$m" >> "$T/c_m"; echo "$c" >> "$T/c_c"
done
ct=$(median < "$T/c_t")
cc=$(median < "$T/c_c")
printf '%-44s %8s s  %8s MiB peak  %6s s CPU\n' "$ROWS rows (median of 3)" "$ct" "$(sort -n "$T/c_m" | tail -1)" "$cc"
awk -v n="$ROWS" -v t="$ct" -v c="$cc" 'BEGIN {printf "rate: %.0f rows/s elapsed, %.0f rows/s of CPU time, with validation, one core (target >= 200,000)\n", n/t, n/c}'

echo
echo "== Indicator queries (GLOTIP, warm server), 200 requests each =="
PORT=${PORT:-18181}
"$P" --db "$T/p.db" serve --addr "127.0.0.1:$PORT" > "$T/serve.log" 2>&1 &
SP=$!
for i in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/api/v1/statistics/datasets" > /dev/null && break; sleep 0.1; done
for q in "by=year" "by=region,year" "by=form,year" "by=country&from=2015&to=2020" "by=year&country=MDA" "by=sex,age&region=Europe"; do
  curl -sf "http://127.0.0.1:$PORT/api/v1/statistics/indicators?$q" > /dev/null
  for i in $(seq 200); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT/api/v1/statistics/indicators?$q"; done | median | awk -v q="$q" '{printf "%-40s median %.2f ms (target < 20 ms)\n", q, $1*1000}'
done
for i in $(seq 50); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT/data"; done | median | awk '{printf "%-40s median %.2f ms\n", "/data (whole page, 8 queries)", $1*1000}'
kill "$SP"; wait "$SP" 2>/dev/null || true
: > "$T/q_t"
for i in $(seq 20); do /usr/bin/time -f "%e" -o "$T/qt" "$P" --db "$T/p.db" stats indicators --by year --format json > /dev/null; cat "$T/qt" >> "$T/q_t"; done
median < "$T/q_t" | awk '{printf "%-40s median %.0f ms (whole process: open, load, compute)\n", "palermo stats indicators --by year", $1*1000}'

echo
echo "== First page after palermo serve on an empty directory (includes seeding GLOTIP) =="
mkdir "$T/empty"; cd "$T/empty"
start=$(date +%s.%N)
"$P" serve --addr "127.0.0.1:$PORT" > serve.log 2>&1 &
SP=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.01; done
t1=$(date +%s.%N)
curl -sf -o /dev/null "http://127.0.0.1:$PORT/data"
t2=$(date +%s.%N)
kill "$SP"; wait "$SP" 2>/dev/null || true
awk -v a="$start" -v b="$t1" -v c="$t2" 'BEGIN {printf "first page /: %.0f ms (target < 1000 ms); then /data: %.0f ms\n", (b-a)*1000, (c-b)*1000}'
