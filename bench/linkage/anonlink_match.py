#!/usr/bin/env python3
"""Anchor for `palermo linkage match`: anonlink's candidate generation and
greedy solver on two clkhash CLK files, timed, writing the same CSV.

usage: anonlink_match.py A.json B.json THRESHOLD OUT.csv
Prints one line: candidates, matches, seconds for candidate generation and for
solving, and comparisons per second (n*m / candidate-generation seconds).
"""
import json
import sys
import time

import anonlink
from clkhash.serialization import deserialize_bitarray


def load(p):
    with open(p) as f:
        return [deserialize_bitarray(c) for c in json.load(f)["clks"]]


def main():
    a_path, b_path, threshold, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    a, b = load(a_path), load(b_path)
    t0 = time.perf_counter()
    cands = anonlink.candidate_generation.find_candidate_pairs(
        [a, b], anonlink.similarities.dice_coefficient_accelerated, threshold)
    t1 = time.perf_counter()
    groups = anonlink.solving.greedy_solve(cands)
    t2 = time.perf_counter()
    sims = {}
    s, (d0, d1), (r0, r1) = cands
    for x, i, j in zip(s, r0, r1):
        sims[(i, j)] = x
    rows = sorted(tuple(sorted(g)) for g in groups)
    with open(out, "w") as f:
        f.write("file_a,index_a,file_b,index_b,similarity\n")
        for (la, ia), (lb, ib) in rows:
            f.write(f"{a_path},{ia},{b_path},{ib},{sims[(ia, ib)]!r}\n")
    n = len(a) * len(b)
    print(f"anonlink: {len(s)} candidates, {len(rows)} matches; candidates {t1 - t0:.3f} s "
          f"({n / (t1 - t0) / 1e6:.1f} M pairs/s), solve {t2 - t1:.3f} s")


if __name__ == "__main__":
    main()
