#!/usr/bin/env bash
# Record linkage benchmarks (issue 5): palermo beside clkhash 0.18.3 and
# anonlink 0.15.3, on the same machine in the same run.
#
# usage: bench/linkage/run.sh [SHARED_LINKAGE_DIR]
#   SHARED_LINKAGE_DIR  FEBRL4 files, schemas, secret (default ../shared/data/linkage)
#   VENV                virtualenv with clkhash==0.18.3 anonlink==0.15.3, outside the
#                       repository (python3 -m venv V && V/bin/pip install clkhash==0.18.3 anonlink==0.15.3)
#   WORK                scratch folder (default: a new temporary folder)
#   REPS                repetitions of each palermo timing (default 3)
#   NOBUILD=1           do not build (build first, e.g. before freezing the machine:
#                       cargo build --release -p palermo-cli && cargo bench -p palermo-linkage
#                       --bench limits --no-run; cargo itself is stopped by /tmp/freeze.sh)
#   LIMITS_BIN          the built `limits` bench binary, run directly instead of `cargo bench`
#   MATCH_ONLY=1        skip the encoding timings (encode the 50,000-record lists once)
set -euo pipefail
cd "$(dirname "$0")/../.."
S=${1:-../shared/data/linkage}
PY=${VENV:-/work/venv-linkage}/bin/python
W=${WORK:-$(mktemp -d)}
REPS=${REPS:-3}
B=bench/linkage
[ -n "${NOBUILD:-}" ] || cargo build --release -q -p palermo-cli
P=target/release/palermo
say() { printf '\n== %s\n' "$*"; }
same() { python3 -c "import json,sys; a,b=(json.load(open(f))['clks'] for f in sys.argv[1:3]); print('identical CLKs' if a==b else 'CLKs DIFFER')" "$1" "$2"; }
enc() { # csv schema out threads
  "$P" linkage encode "$1" --schema "$2" --secret-file "$S/secret_demo.txt" -o "$3" -q --threads "$4" 2>&1 | grep '^encoded' || true
}

echo "machine: $(nproc) cores, $(uname -r); load: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 $B/gen_records.py "$S/febrl4_A.csv" "$S/febrl4_B.csv" 50000 "$W/a50k.csv" "$W/b50k.csv"
python3 $B/random_clks.py 20000 1024 0.5 1 "$W/rand_a.json"
python3 $B/random_clks.py 20000 1024 0.5 2 "$W/rand_b.json"

if [ -z "${MATCH_ONLY:-}" ]; then
for schema in blake doublehash; do
  say "encoding FEBRL4 A (5,000 records), $schema schema"
  $PY $B/clkhash_encode.py "$S/febrl4_A.csv" "$S/schema_febrl_$schema.json" "$S/secret_demo.txt" "$W/ch_febrl_$schema.json" 1
  for t in 1 2; do for _ in $(seq "$REPS"); do enc "$S/febrl4_A.csv" "$S/schema_febrl_$schema.json" "$W/p_febrl_$schema.json" $t; done; done
  same "$W/p_febrl_$schema.json" "$S/clks_febrl4_A_$schema.json"
done

say "encoding 50,000 generated records, blake schema"
for w in 1 2; do $PY $B/clkhash_encode.py "$W/a50k.csv" "$S/schema_febrl_blake.json" "$S/secret_demo.txt" "$W/ch_a50k_$w.json" $w; done
for t in 1 2; do for _ in $(seq "$REPS"); do enc "$W/a50k.csv" "$S/schema_febrl_blake.json" "$W/a50k.json" $t; done; done
same "$W/a50k.json" "$W/ch_a50k_1.json"
else
enc "$W/a50k.csv" "$S/schema_febrl_blake.json" "$W/a50k.json" 2
fi
enc "$W/b50k.csv" "$S/schema_febrl_blake.json" "$W/b50k.json" 2

say "matching FEBRL4 (5,000 x 5,000, blake CLKs) at 0.80"
$PY $B/anonlink_match.py "$S/clks_febrl4_A_blake.json" "$S/clks_febrl4_B_blake.json" 0.8 "$W/anon_febrl.csv"
"$P" linkage match "$S/clks_febrl4_A_blake.json" "$S/clks_febrl4_B_blake.json" -t 0.8 -o "$W/p_febrl.csv" --threads 1
cmp -s "$W/anon_febrl.csv" "$W/p_febrl.csv" && echo "identical matches CSV" || echo "matches DIFFER"

say "matching 50,000 x 50,000 generated CLKs (blake) at 0.80"
$PY $B/anonlink_match.py "$W/a50k.json" "$W/b50k.json" 0.8 "$W/anon_50k.csv"
for t in 1 2; do for _ in $(seq "$REPS"); do "$P" linkage match "$W/a50k.json" "$W/b50k.json" -t 0.8 -o "$W/p_50k.csv" --threads $t; done; done
cmp -s "$W/anon_50k.csv" "$W/p_50k.csv" && echo "identical matches CSV" || echo "matches DIFFER"

say "matching 20,000 x 20,000 random 50%-density 1,024-bit CLKs at 0.80"
$PY $B/anonlink_match.py "$W/rand_a.json" "$W/rand_b.json" 0.8 "$W/anon_rand.csv"
for t in 1 2; do for _ in $(seq "$REPS"); do "$P" linkage match "$W/rand_a.json" "$W/rand_b.json" -t 0.8 -o "$W/p_rand.csv" --threads $t; done; done

say "hardware limits (hash-bound, popcount)"
if [ -n "${LIMITS_BIN:-}" ]; then
  PALERMO_LINKAGE_DATA="$S" "$LIMITS_BIN" --bench | grep -v '^$'
else
  PALERMO_LINKAGE_DATA="$S" cargo bench -q -p palermo-linkage --bench limits 2>/dev/null | grep -v '^$'
fi
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
