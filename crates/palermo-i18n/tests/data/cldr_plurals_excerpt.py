"""Writes cldr-48.2.0-plurals.tsv: CLDR's cardinal plural rules of the six languages, each
with its samples (`@integer …`, `@decimal …`) as CLDR writes them, verbatim from the
Unicode Consortium's CLDR JSON (npm package cldr-core 48.2.0, supplemental/plurals.json).
`tests/plurals.rs` checks every sample against the plural form Fluent selects.

    npm pack cldr-core@48.2.0
    mkdir -p cldr-core-48.2.0 && tar xzf cldr-core-48.2.0.tgz -C cldr-core-48.2.0
    python3 cldr_plurals_excerpt.py > cldr-48.2.0-plurals.tsv
"""
import json

V = "48.2.0"
d = json.load(open(f"cldr-core-{V}/package/supplemental/plurals.json"))["supplemental"]
assert d["version"]["_cldrVersion"] == V.split(".")[0]
print("tag\tcategory\trule")
for tag in ["ar", "en", "es", "fr", "ru", "zh"]:
    for key, rule in d["plurals-type-cardinal"][tag].items():
        cat = key.removeprefix("pluralRule-count-")
        assert "\t" not in rule and "\n" not in rule
        print(f"{tag}\t{cat}\t{rule}")
