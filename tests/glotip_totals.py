#!/usr/bin/env python3
"""Independent totals from UNODC's GLOTIP table, for Palermo's tests.

Written apart from Palermo's Rust code (Python standard library only) and
reading the source CSV directly, it computes, for each indicator:

  year         total by year
  region_year  total by UNODC region and year
  form_year    total by form of exploitation and year
  sex_year     total by sex and year (Dimension Total)
  age_year     total by age group and year (Dimension Total)

The rules (the same as Palermo documents, implemented independently):
  * only areas with a published Region (UNODC's regional aggregates such as
    "SAM", with no name and no region, are left out);
  * the "Total" breakdown (Dimension Total, Sex Total, Age Total), or for
    form_year the "by form of exploitation" rows with Sex Total, Age Total;
  * "<5" is the interval 1-4; "1,282" is 1282;
  * a key published more than once counts as the hull of its values
    (smallest minimum, largest maximum): neither summed nor picked;
  * censored = any contributing cell is an interval;
  * sex_year reads each sex's all-ages cell (Age Total), age_year each age
    group's all-sexes cell (Sex Total). UNODC publishes victims of unknown
    sex and age in one cell (Sex Unknown, Age Unknown) and no "Unknown,
    Total" or "Total, Unknown" cell, so that cell is the sex "Unknown" row of
    sex_year and the age "Unknown" row of age_year; a published "Unknown,
    Total" (or "Total, Unknown") cell would be read instead.

Usage: python3 tests/glotip_totals.py [SOURCE.csv|SOURCE.csv.gz] > tests/data/glotip_totals.csv
(default source: data/glotip/unodc_glotip_data_portal.csv.gz)
"""
import csv
import gzip
import io
import os
import sys


def parse_value(t):
    t = t.strip()
    if t.startswith("<"):
        n = int(t[1:].strip())
        return (1, n - 1)
    n = int(t.replace(",", ""))
    return (n, n)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "glotip", "unodc_glotip_data_portal.csv.gz")
    raw = gzip.open(path, "rb").read() if path.endswith(".gz") else open(path, "rb").read()
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    # cells[(table, indicator, group, cell key)] = (min, max)
    cells = {}
    # Unknown-sex / unknown-age cells, kept apart until every row is read:
    # standins[(table, ind, group, key)] = (min, max) from (Unknown, Unknown),
    # used only where no cell of that exact breakdown was published.
    standins = {}

    def add(store, k, lo, hi):
        if k in store:
            a, b = store[k]
            store[k] = (min(a, lo), max(b, hi))
        else:
            store[k] = (lo, hi)

    for r in rows:
        if r["Region"].strip() == "":
            continue
        area = r["Iso3_code"].strip() or r["Country"].strip()
        ind, dim, cat = r["Indicator"].strip(), r["Dimension"].strip(), r["Category"].strip()
        sex, age = r["Sex"].strip(), r["Age"].strip()
        year = r["Year"].strip()
        lo, hi = parse_value(r["txtVALUE"])
        if dim == "Total" and cat == "Total":
            if sex != "Total" and age == "Total":
                add(cells, ("sex_year", ind, sex + "|" + year, (area, year)), lo, hi)
            if sex == "Total" and age != "Total":
                add(cells, ("age_year", ind, age + "|" + year, (area, year)), lo, hi)
            if sex == "Unknown" and age == "Unknown":
                add(standins, ("sex_year", ind, "Unknown|" + year, (area, year)), lo, hi)
                add(standins, ("age_year", ind, "Unknown|" + year, (area, year)), lo, hi)
        if sex != "Total" or age != "Total":
            continue
        targets = []
        if dim == "Total" and cat == "Total":
            targets.append(("year", year, (area, year)))
            targets.append(("region_year", r["Region"].strip() + "|" + year, (area, year)))
        elif dim == "by form of exploitation":
            targets.append(("form_year", cat + "|" + year, (area, year, cat)))
        for table, group, key in targets:
            add(cells, (table, ind, group, key), lo, hi)
    for k, v in standins.items():
        if k not in cells:
            cells[k] = v
    totals = {}
    for (table, ind, group, _key), (lo, hi) in cells.items():
        t = totals.setdefault((table, ind, group), [0, 0, False, 0])
        t[0] += lo
        t[1] += hi
        t[2] = t[2] or lo != hi
        t[3] += 1
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["table", "indicator", "group", "value_min", "value_max", "censored", "cells"])
    for (table, ind, group), (lo, hi, cens, n) in sorted(totals.items()):
        out.writerow([table, ind, group, lo, hi, "true" if cens else "false", n])


if __name__ == "__main__":
    main()
