"""Writes cldr-48.2.0.tsv: the CLDR values the locale tests check, taken from
the Unicode Consortium's CLDR JSON (npm packages cldr-core, cldr-numbers-full,
cldr-dates-full, cldr-localenames-full, cldr-misc-full, version 48.2.0).

    npm pack cldr-core@48.2.0 cldr-numbers-full@48.2.0 cldr-dates-full@48.2.0 \
        cldr-localenames-full@48.2.0 cldr-misc-full@48.2.0
    for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
    python3 cldr_excerpt.py > cldr-48.2.0.tsv
"""
import json

V = "48.2.0"
REGIONS = ["CI", "CN", "FR", "RU", "EG", "EC", "ES", "EE", "US", "ET", "CK", "IN", "IE",
           "ZM", "AT", "TC", "TV", "TN", "TR", "TL", "150", "151", "202", "419", "053", "002"]


def load(pkg, tag, file):
    return json.load(open(f"cldr-{pkg}-{V}/package/main/{tag}/{file}"))["main"][tag]


print("tag\tkey\tvalue")
for tag in ["ar", "en", "es", "fr", "ru", "zh"]:
    n = load("numbers-full", tag, "numbers.json")["numbers"]
    ns = n["defaultNumberingSystem"]
    sym = n[f"symbols-numberSystem-{ns}"]
    rows = {
        "numbers.defaultNumberingSystem": ns,
        "numbers.minimumGroupingDigits": n["minimumGroupingDigits"],
        "numbers.symbols.group": sym["group"],
        "numbers.symbols.decimal": sym["decimal"],
        "numbers.symbols.percentSign": sym["percentSign"],
        "numbers.symbols.minusSign": sym["minusSign"],
        "numbers.decimalFormats.standard": n[f"decimalFormats-numberSystem-{ns}"]["standard"],
        "numbers.percentFormats.standard": n[f"percentFormats-numberSystem-{ns}"]["standard"],
    }
    g = load("dates-full", tag, "ca-gregorian.json")["dates"]["calendars"]["gregorian"]
    rows["gregorian.dateFormats.medium"] = g["dateFormats"]["medium"]
    rows["gregorian.months.format.abbreviated.11"] = g["months"]["format"]["abbreviated"]["11"]
    lp = load("misc-full", tag, "listPatterns.json")["listPatterns"]["listPattern-type-standard"]
    for k in ["2", "start", "middle", "end"]:
        rows[f"listPattern.standard.{k}"] = lp[k]
    t = load("localenames-full", tag, "territories.json")["localeDisplayNames"]["territories"]
    for r in REGIONS:
        rows[f"territories.{r}"] = t[r]
    for k, v in rows.items():
        v = json.dumps(v, ensure_ascii=False).strip('"') if not isinstance(v, str) else v
        assert "\t" not in v and "\n" not in v
        print(f"{tag}\t{k}\t{v}")
