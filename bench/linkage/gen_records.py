#!/usr/bin/env python3
"""Synthetic FEBRL-like lists for the linkage benchmarks (seeded, no network).

usage: gen_records.py FEBRL4_A.csv FEBRL4_B.csv N OUT_A.csv OUT_B.csv [SEED]

Every field of a record is drawn independently from the values that field
takes in the two FEBRL4 files (so lengths, characters and missing values are
realistic and the shared schemas apply unchanged). List B holds a corrupted
copy of the first half of list A (1-2 fields with a typing error: a character
deleted, replaced or inserted, or the value dropped) and N/2 fresh records;
true pairs are rec-K-org <-> rec-K-dup-0.
"""
import csv
import random
import sys


def corrupt(rng, v):
    if not v:
        return v
    r = rng.random()
    i = rng.randrange(len(v))
    c = rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
    if r < 0.3:
        return v[:i] + v[i + 1:]
    if r < 0.6:
        return v[:i] + c + v[i + 1:]
    if r < 0.9:
        return v[:i] + c + v[i:]
    return ""


def main():
    fa, fb, n, oa, ob = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 5
    rng = random.Random(seed)
    rows = []
    for f in (fa, fb):
        with open(f, newline="") as h:
            r = csv.reader(h)
            header = next(r)
            rows.extend(r)
    pools = [[row[k] for row in rows] for k in range(len(header))]
    text_fields = {1, 2, 4, 5, 6}   # names and address words
    int_fields = {3, 7, 9}          # street number, postcode, date of birth

    def fresh(rid):
        rec = [rid] + [rng.choice(pools[k]) for k in range(1, len(header))]
        return rec

    a = [fresh(f"rec-{i}-org") for i in range(n)]
    b = []
    for i in range(n // 2):
        rec = list(a[i])
        rec[0] = f"rec-{i}-dup-0"
        for k in rng.sample(sorted(text_fields | int_fields), rng.choice([1, 2])):
            v = corrupt(rng, rec[k])
            if k in int_fields:
                v = "".join(ch for ch in v if ch.isdigit())
                if k == 7 and not v:   # postcode has no missingValue in the schema
                    v = rec[k]
            rec[k] = v
        b.append(rec)
    b.extend(fresh(f"rec-{n + i}-org") for i in range(n - n // 2))
    rng.shuffle(b)
    for path, data in ((oa, a), (ob, b)):
        with open(path, "w", newline="") as h:
            w = csv.writer(h, lineterminator="\n")
            w.writerow(header)
            w.writerows(data)


if __name__ == "__main__":
    main()
