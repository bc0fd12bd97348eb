#!/bin/sh
# Utility of case-record releases (issue #9): mean absolute error and share of
# cells withheld under cell-key noise and under DP at ε = 0.5, 1, 2, beside the
# exact counts, for the shipped synthetic CTDC sample and a 100,000-record
# synthetic set (bench/gen_ctdc.py, seed 2024).
#
#     bench/publication.sh [REPEATS]
set -eu
cd "$(dirname "$0")/.."
REPEATS=${1:-20}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 bench/gen_ctdc.py 100000 2024 > "$TMP/ctdc_100k.csv"
cargo build -q -p palermo-disclosure --example utility
for f in data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv "$TMP/ctdc_100k.csv"; do
  target/debug/examples/utility "$f" "$REPEATS"
  echo
done
