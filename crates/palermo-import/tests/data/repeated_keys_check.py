#!/usr/bin/env python3
"""An independent implementation, in Python with the standard library only,
of the rule that judges GLOTIP's repeated keys (palermo_model::stats::readings,
whose module documentation states it): sum or alternatives, tested against the
form, sex and age identities of the same area, indicator and year.

Run from the repository root:
    python3 crates/palermo-import/tests/data/repeated_keys_check.py \
        > crates/palermo-import/tests/data/repeated_keys_check.out
Its output (keys by basis) is what tests/glotip_trust.rs compares with.
"""
import collections
import csv
import gzip
import itertools

SRC = "data/glotip/unodc_glotip_data_portal.csv.gz"
FORMS = {"Sexual exploitation": "sexual", "Forced labour": "labour",
         "Other forms of exploitation": "other"}
T, F, Mn, O, U = "Total", "Female", "Male", "Other", "Unknown"
CH, AD = "0 to 17 years", "18 years or over"
DIMS = ("Total", "by form of exploitation")


def count(t):
    t = t.strip()
    if t.startswith("<"):
        return (1, int(t[1:].strip()) - 1)
    n = int(t.replace(",", ""))
    return (n, n)


def judge(rows):
    """{key: basis} of every repeated key of `rows` (csv.DictReader rows);
    key = (area, indicator, year, dimension, category, sex, age)."""
    by_key = collections.defaultdict(list)
    for r in rows:
        area = r["Iso3_code"] or r["Country"]
        by_key[(area, r["Indicator"], r["Year"], r["Dimension"], r["Category"],
                r["Sex"], r["Age"])].append(count(r["txtVALUE"]))
    groups = collections.defaultdict(dict)
    for k, v in by_key.items():
        if k[3] in DIMS:
            groups[k[:3]][k[3:]] = v
    return {k: basis_of(groups.get(k[:3], {}), k[3:])
            for k, v in by_key.items() if len(v) > 1}


def options(g, k, key, reading):
    vs = g[k]
    if len(vs) == 1:
        return [vs[0]]
    if k == key:
        if reading == "sum":
            return [(sum(v[0] for v in vs), sum(v[1] for v in vs))]
        return list(vs)
    return [(min(v[0] for v in vs), sum(v[1] for v in vs))]


def fits(g, whole, parts, key, reading):
    opts = [options(g, p, key, reading) for p in parts]
    for w in options(g, whole, key, reading):
        for ch in itertools.product(*opts):
            lo, hi = sum(c[0] for c in ch), sum(c[1] for c in ch)
            if lo <= w[1] and w[0] <= hi:
                return True
    return False


def identities(g, key):
    d, c, s, a = key
    out = []
    if d in DIMS:
        whole = ("Total", "Total", s, a)
        parts = [("by form of exploitation", l, s, a) for l in FORMS
                 if ("by form of exploitation", l, s, a) in g]
        if whole in g and len(parts) == 3 and (key == whole or key in parts):
            out.append((whole, parts))
    unk = (d, c, U, U)
    whole = (d, c, T, a)
    req = [(d, c, F, a), (d, c, Mn, a)]
    if all(p in g for p in req) and whole in g:
        u = (d, c, U, a)
        if a == T and u not in g:
            u = unk
        parts = [p for p in req + [(d, c, O, a), u] if p in g]
        if key == whole or key in parts:
            out.append((whole, parts))
    whole = (d, c, s, T)
    req = [(d, c, s, CH), (d, c, s, AD)]
    if all(p in g for p in req) and whole in g:
        u = (d, c, s, U)
        if s == T and u not in g:
            u = unk
        parts = [p for p in req + [u] if p in g]
        if key == whole or key in parts:
            out.append((whole, parts))
    if key == unk:
        whole = (d, c, T, T)
        req = [(d, c, F, T), (d, c, Mn, T)]
        if all(p in g for p in req) and whole in g and (d, c, U, T) not in g:
            parts = req + ([(d, c, O, T)] if (d, c, O, T) in g else []) + [unk]
            out.append((whole, parts))
        req = [(d, c, T, CH), (d, c, T, AD)]
        if all(p in g for p in req) and whole in g and (d, c, T, U) not in g:
            out.append((whole, req + [unk]))
    return out


def basis_of(g, key):
    checks = [(fits(g, w, p, key, "sum"), fits(g, w, p, key, "alt"))
              for w, p in (identities(g, key) if key in g else [])]
    s_only = any(s and not a for s, a in checks)
    a_only = any(a and not s for s, a in checks)
    if not checks:
        return "unchecked"
    if s_only and not a_only:
        return "sum-fits"
    if a_only and not s_only:
        return "alternatives-fit"
    if not s_only and not a_only and any(s or a for s, a in checks):
        return "both-fit"
    return "neither-fits"


if __name__ == "__main__":
    rows = list(csv.DictReader(gzip.open(SRC, "rt", encoding="utf-8")))
    basis = collections.Counter(judge(rows).values())
    for b in ["sum-fits", "alternatives-fit", "both-fit", "neither-fits", "unchecked"]:
        print(b, basis[b])
