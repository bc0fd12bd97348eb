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
  * a key published more than once counts as the sum of its rows where
    the country-year's totals fit the sum only (the judgement of
    crates/palermo-import/tests/data/repeated_keys_check.py, basis
    "sum-fits"), and as the hull of its values (smallest minimum, largest
    maximum) otherwise;
  * where an area and year publish no total for a table's cell (year,
    region_year: Sex Total, Age Total; sex_year: each sex, Age Total;
    age_year: Sex Total, each age group; the cell of unknown sex and age
    standing in as below) but all three forms of exploitation for the same
    sex and age, the cell is their sum (a derived total);
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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                "crates", "palermo-import", "tests", "data"))
from repeated_keys_check import judge  # noqa: E402

FORMS = ("Sexual exploitation", "Forced labour", "Other forms of exploitation")


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
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    basis = judge(rows)
    # cells[(table, indicator, group, cell key)] = (min, max)
    cells = {}
    # Unknown-sex / unknown-age cells, kept apart until every row is read:
    # standins[(table, ind, group, key)] = (min, max) from (Unknown, Unknown),
    # used only where no cell of that exact breakdown was published.
    standins = {}

    # Cells by form of exploitation, for derived totals:
    # forms[(table, ind, group, key)][form] = (min, max), stand-ins apart.
    forms = {}
    form_standins = {}
    summed = False

    def add(store, k, lo, hi):
        if k in store:
            a, b = store[k]
            store[k] = (a + lo, b + hi) if summed else (min(a, lo), max(b, hi))
        else:
            store[k] = (lo, hi)

    def add_form(store, k, form, lo, hi):
        add(store.setdefault(k, {}), form, lo, hi)

    for r in rows:
        if r["Region"].strip() == "":
            continue
        area = r["Iso3_code"].strip() or r["Country"].strip()
        ind, dim, cat = r["Indicator"].strip(), r["Dimension"].strip(), r["Category"].strip()
        sex, age = r["Sex"].strip(), r["Age"].strip()
        year = r["Year"].strip()
        lo, hi = parse_value(r["txtVALUE"])
        summed = basis.get((area, ind, year, dim, cat, sex, age)) == "sum-fits"
        if dim == "by form of exploitation" and cat in FORMS:
            if sex != "Total" and age == "Total":
                add_form(forms, ("sex_year", ind, sex + "|" + year, (area, year)), cat, lo, hi)
            if sex == "Total" and age != "Total":
                add_form(forms, ("age_year", ind, age + "|" + year, (area, year)), cat, lo, hi)
            if sex == "Unknown" and age == "Unknown":
                add_form(form_standins, ("sex_year", ind, "Unknown|" + year, (area, year)), cat, lo, hi)
                add_form(form_standins, ("age_year", ind, "Unknown|" + year, (area, year)), cat, lo, hi)
            if sex == "Total" and age == "Total":
                add_form(forms, ("year", ind, year, (area, year)), cat, lo, hi)
                add_form(forms, ("region_year", ind, r["Region"].strip() + "|" + year, (area, year)), cat, lo, hi)
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
    for k, v in form_standins.items():
        for form, c in v.items():
            forms.setdefault(k, {}).setdefault(form, c)
    for k, v in forms.items():
        if k not in cells and len(v) == 3:
            cells[k] = (sum(c[0] for c in v.values()), sum(c[1] for c in v.values()))
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
