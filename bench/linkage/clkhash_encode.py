#!/usr/bin/env python3
"""Anchor for `palermo linkage encode`: clkhash 0.18 on a CSV, timed.

usage: clkhash_encode.py PII.csv SCHEMA.json SECRET_FILE OUT.json WORKERS
WORKERS=1 runs in-process on one core; WORKERS=2 uses clkhash's process pool
(clkhash itself falls back to one worker below 10,000 records).
"""
import json
import sys
import time

from clkhash import clk, schema as schema_mod
from clkhash.serialization import serialize_bitarray


def main():
    pii, schema_path, secret_path, out, workers = sys.argv[1:6]
    with open(schema_path) as f:
        schema = schema_mod.from_json_file(f)
    secret = open(secret_path).read().rstrip("\n")
    t0 = time.perf_counter()
    with open(pii) as f:
        bfs = clk.generate_clk_from_csv(f, secret, schema, progress_bar=False,
                                        max_workers=int(workers))
    t1 = time.perf_counter()
    with open(out, "w") as f:
        json.dump({"clks": [serialize_bitarray(b) for b in bfs]}, f)
    print(f"clkhash: {len(bfs)} records in {t1 - t0:.3f} s "
          f"({len(bfs) / (t1 - t0):.0f} records/s, workers={workers})")


if __name__ == "__main__":
    main()
