//! The plural form a message takes for a number, in the six languages,
//! checked against CLDR itself: every sample CLDR's plural rules give for
//! each category (`tests/data/cldr-48.2.0-plurals.tsv`, verbatim from CLDR
//! JSON 48.2.0 `supplemental/plurals.json`; how it was made:
//! `tests/data/cldr_plurals_excerpt.py`) must select that category's
//! variant of a Fluent selector, as Palermo's messages select them
//! (`fluent-bundle`, whose plural rules are `vendor/intl_pluralrules`).
//! Samples in CLDR's compact-exponent notation (`1c6`) are skipped: Fluent
//! has no such numbers.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use palermo_i18n::Lang;

const SELECTOR: &str = "category = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
";

/// `(tag, category, rule)` rows of the CLDR excerpt.
fn rules() -> Vec<(String, String, String)> {
    include_str!("data/cldr-48.2.0-plurals.tsv")
        .lines()
        .skip(1)
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            let (t, c, r) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
            (t.to_owned(), c.to_owned(), r.to_owned())
        })
        .collect()
}

/// The samples of a CLDR rule (`… @integer 3~10, 103~110, 1003, … @decimal
/// 0.1~0.9, 10.1, …`), ranges expanded by a step of one unit of their last
/// digit (`0.1~0.9` is 0.1, 0.2, … 0.9), written as CLDR writes them (the
/// trailing zeros of `1.0` are visible fraction digits).
fn samples(rule: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in rule.split('@').skip(1) {
        let list = part
            .strip_prefix("integer")
            .or_else(|| part.strip_prefix("decimal"))
            .unwrap();
        for s in list.split(',').map(str::trim) {
            if s.is_empty() || s == "…" || s.contains('c') {
                continue;
            }
            match s.split_once('~') {
                None => out.push(s.to_owned()),
                Some((lo, hi)) => {
                    let digits = lo.split_once('.').map_or(0, |(_, f)| f.len());
                    let scaled = |x: &str| x.replace('.', "").parse::<u64>().unwrap();
                    for k in scaled(lo)..=scaled(hi) {
                        let p = 10u64.pow(u32::try_from(digits).unwrap());
                        out.push(if digits == 0 {
                            k.to_string()
                        } else {
                            format!("{}.{:0digits$}", k / p, k % p)
                        });
                    }
                }
            }
        }
    }
    out
}

fn bundle(tag: &str) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new_concurrent(vec![tag.parse().unwrap()]);
    b.set_use_isolating(false);
    b.add_resource(FluentResource::try_new(SELECTOR.to_owned()).unwrap())
        .unwrap();
    b
}

fn category(b: &FluentBundle<FluentResource>, n: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::try_number(n));
    let pattern = b.get_message("category").unwrap().value().unwrap();
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

#[test]
fn every_cldr_sample_selects_its_plural_category_in_the_six_languages() {
    let rows = rules();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for lang in Lang::OFFICIAL {
        let b = bundle(lang.tag());
        for (tag, cat, rule) in rows.iter().filter(|(t, ..)| t == lang.tag()) {
            for n in samples(rule) {
                checked += 1;
                let got = category(&b, &n);
                if &got != cat {
                    wrong.push(format!("{tag} {n}: CLDR {cat}, Fluent {got}"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(checked > 300, "{checked} samples");
}

#[test]
fn the_excerpt_has_the_categories_of_each_language() {
    // CLDR "Language Plural Rules": ar zero one two few many other; en one
    // other; es, fr one many other; ru one few many other; zh other.
    let cats = |tag: &str| {
        rules()
            .into_iter()
            .filter(|(t, ..)| t == tag)
            .map(|(_, c, _)| c)
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(cats("ar"), "zero one two few many other");
    assert_eq!(cats("en"), "one other");
    assert_eq!(cats("fr"), "one many other");
    assert_eq!(cats("ru"), "one few many other");
    assert_eq!(cats("zh"), "other");
    assert_eq!(
        samples("x @integer 3~5, 1003, … @decimal 0.8~1.1, 1.0"),
        ["3", "4", "5", "1003", "0.8", "0.9", "1.0", "1.1", "1.0"]
    );
}
