#!/usr/bin/env python3
"""Generate a SYNTHETIC case-record file in the CTDC 2024 Global Synthetic
Dataset layout (codebook v2, February 2024: 27 variables, comma-separated,
ISO 3166-1 alpha-3 countries, binary variables 1 or empty, age bands written
with "--").

Every row is invented by this script from a seeded random generator: no row
describes a real person, and the proportions are arbitrary, not CTDC's.

    python3 bench/gen_ctdc.py ROWS [SEED] > file.csv
"""
import random
import sys

COLUMNS = [
    "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
    "traffickMonths", "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex",
    "meansFalsePromises", "meansDrugsAlcohol", "meansDenyBasicNeeds", "meansExcessiveWorkHours",
    "meansWithholdDocs", "isForcedLabour", "isSexualExploit", "isOtherExploit",
    "typeOfLabourAgriculture", "typeOfLabourConstruction", "typeOfLabourDomesticWork",
    "typeOfLabourHospitality", "typeOfSexProstitution", "typeOfSexPornography",
    "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily",
    "recruiterRelationOther",
]
GENDERS = ["Woman"] * 6 + ["Man"] * 3 + ["Trans/Transgender/NonConforming"] + [""]
AGES = ["0--8", "9--17", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+", ""]
COUNTRIES = ["MDA", "UKR", "ROU", "PHL", "IDN", "USA", "MEX", "NGA", "KHM", "VNM", "THA", "MMR",
             "BGR", "NPL", "BGD", "GHA", "UGA", "KEN", "HTI", "COL", "ITA", "ESP", "GBR", "DEU"]
MONTHS = ["0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25+ (2+ yrs)", "", ""]


def row(rng):
    cit = rng.choice(COUNTRIES) if rng.random() > 0.1 else ""
    coe = cit if rng.random() < 0.4 else rng.choice(COUNTRIES)
    if rng.random() < 0.15:
        coe = ""
    form = rng.random()
    sexual = form < 0.5
    labour = 0.4 < form < 0.9
    other = form >= 0.9
    known_means = rng.random() < 0.6
    known_rel = rng.random() < 0.4

    def b(p, known=True):
        return "1" if known and rng.random() < p else ""

    return [
        str(rng.randint(2002, 2022)), rng.choice(GENDERS), rng.choice(AGES), cit, coe,
        rng.choice(MONTHS),
        b(0.3, known_means), b(0.4, known_means), b(0.3, known_means), b(0.3, known_means),
        b(0.1, known_means), b(0.3, known_means), b(0.2, known_means), b(0.2, known_means),
        "1" if labour else "", "1" if sexual else "", "1" if other else "",
        b(0.2, labour), b(0.2, labour), b(0.3, labour), b(0.1, labour),
        b(0.8, sexual), b(0.1, sexual),
        b(0.3, known_rel), b(0.3, known_rel), b(0.3, known_rel), b(0.3, known_rel),
    ]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2024
    rng = random.Random(seed)
    out = sys.stdout
    out.write(",".join(COLUMNS) + "\n")
    for _ in range(n):
        out.write(",".join(row(rng)) + "\n")


if __name__ == "__main__":
    main()
