//! Numbers, percentages, dates, lists, country names and collation in the
//! six languages, checked against CLDR itself: `tests/data/cldr-48.2.0.tsv`
//! is an excerpt of the Unicode Consortium's CLDR JSON 48.2.0 (how it was
//! made: `tests/data/cldr_excerpt.py`), read here independently of ICU4X,
//! whose compiled data (CLDR 49) the code uses. The expected text is built
//! from CLDR's symbols and patterns by the rules of UTS #35 (Part 3
//! "Numbers", Part 4 "Dates"), and also written out literally where a
//! reader should see it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;

use palermo_i18n::format::{date_iso, decimal, integer, list_and, percent};
use palermo_i18n::names::{compare, country_name, m49_area_name, region_name, sort_by_name};
use palermo_i18n::{t_args, FluentArgs, Lang};

/// `(tag, key)` → value of the CLDR excerpt.
fn cldr() -> HashMap<(String, String), String> {
    include_str!("data/cldr-48.2.0.tsv")
        .lines()
        .skip(1)
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            let (t, k, v) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
            ((t.to_owned(), k.to_owned()), v.to_owned())
        })
        .collect()
}

fn get<'a>(c: &'a HashMap<(String, String), String>, lang: Lang, key: &str) -> &'a str {
    c.get(&(lang.tag().to_owned(), key.to_owned()))
        .unwrap_or_else(|| panic!("CLDR excerpt lacks {} {key}", lang.tag()))
}

#[test]
fn integers_group_and_use_digits_as_cldr_writes_them() {
    let c = cldr();
    for lang in Lang::OFFICIAL {
        // Every language's standard pattern is `#,##0.###` (primary and
        // secondary grouping of 3) in its default numbering system.
        assert_eq!(
            get(&c, lang, "numbers.decimalFormats.standard"),
            "#,##0.###"
        );
        assert_eq!(get(&c, lang, "numbers.defaultNumberingSystem"), "latn");
        let g = get(&c, lang, "numbers.symbols.group");
        assert_eq!(
            integer(lang, 1_234_567),
            format!("1{g}234{g}567"),
            "{lang:?}"
        );
        // minimumGroupingDigits: 2 in Spanish leaves a four-digit number whole.
        let four = if get(&c, lang, "numbers.minimumGroupingDigits") == "2" {
            "1234".to_owned()
        } else {
            format!("1{g}234")
        };
        assert_eq!(integer(lang, 1234), four, "{lang:?}");
        let minus = get(&c, lang, "numbers.symbols.minusSign");
        assert_eq!(integer(lang, -1234), format!("{minus}{four}"), "{lang:?}");
    }
    assert_eq!(integer(Lang::Fr, 1_234_567), "1\u{202F}234\u{202F}567");
    assert_eq!(integer(Lang::Ru, 1_234_567), "1\u{A0}234\u{A0}567");
    assert_eq!(integer(Lang::Es, 1_234_567), "1.234.567");
    assert_eq!(integer(Lang::Zh, 1_234_567), "1,234,567");
    assert_eq!(integer(Lang::Ar, 1_234_567), "1,234,567");
}

#[test]
fn decimals_and_percentages_follow_cldr_symbols_and_patterns() {
    let c = cldr();
    for lang in Lang::OFFICIAL {
        let g = get(&c, lang, "numbers.symbols.group");
        let d = get(&c, lang, "numbers.symbols.decimal");
        let min2 = get(&c, lang, "numbers.minimumGroupingDigits") == "2";
        let int = if min2 {
            "1234".to_owned()
        } else {
            format!("1{g}234")
        };
        assert_eq!(decimal(lang, 1234.5, 2), format!("{int}{d}50"), "{lang:?}");
        // The percent pattern `#,##0%` or `#,##0 %`: the number, the
        // pattern's literal text, CLDR's percent sign in place of `%`.
        let pattern = get(&c, lang, "numbers.percentFormats.standard");
        let sign = get(&c, lang, "numbers.symbols.percentSign");
        let expected = pattern.replace("#,##0", "25").replace('%', sign);
        assert_eq!(percent(lang, 0.25, 0), expected, "{lang:?}");
        let expected = pattern
            .replace("#,##0", &format!("12{d}5"))
            .replace('%', sign);
        assert_eq!(percent(lang, 0.125, 1), expected, "{lang:?}");
    }
    assert_eq!(percent(Lang::Fr, 0.25, 0), "25\u{A0}%");
    assert_eq!(percent(Lang::En, 0.25, 0), "25%");
}

/// A CLDR date pattern (UTS #35 Part 4 § 8) applied to 15 November 2000:
/// `d` 15, `dd` 15, `MM` 11, `MMM` the abbreviated month, `y` 2000,
/// `'…'` literal text.
fn apply_pattern(pattern: &str, month_abbr: &str) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\'' => {
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    out.push(q);
                }
            }
            'd' | 'M' | 'y' => {
                let mut n = 1;
                while chars.peek() == Some(&ch) {
                    chars.next();
                    n += 1;
                }
                out.push_str(match (ch, n) {
                    ('d', _) => "15",
                    ('M', 1 | 2) => "11",
                    ('M', _) => month_abbr,
                    _ => "2000",
                });
            }
            other => out.push(other),
        }
    }
    out
}

#[test]
fn dates_take_each_languages_medium_pattern() {
    let c = cldr();
    for lang in Lang::OFFICIAL {
        let pattern = get(&c, lang, "gregorian.dateFormats.medium");
        let month = get(&c, lang, "gregorian.months.format.abbreviated.11");
        assert_eq!(
            date_iso(lang, "2000-11-15").unwrap(),
            apply_pattern(pattern, month),
            "{lang:?} ({pattern})"
        );
    }
    // The Convention's adoption, 15 November 2000, as a reader sees it.
    assert_eq!(date_iso(Lang::En, "2000-11-15").unwrap(), "Nov 15, 2000");
    assert_eq!(date_iso(Lang::Fr, "2000-11-15").unwrap(), "15 nov. 2000");
    assert_eq!(date_iso(Lang::Es, "2000-11-15").unwrap(), "15 nov 2000");
    assert_eq!(
        date_iso(Lang::Ru, "2000-11-15").unwrap(),
        "15 нояб. 2000\u{202F}г."
    );
    assert_eq!(date_iso(Lang::Zh, "2000-11-15").unwrap(), "2000年11月15日");
    assert_eq!(
        date_iso(Lang::Ar, "2000-11-15").unwrap(),
        "15\u{200F}/11\u{200F}/2000"
    );
}

#[test]
fn lists_join_with_cldr_list_patterns() {
    let c = cldr();
    for lang in Lang::OFFICIAL {
        let fill = |p: &str, a: &str, b: &str| p.replace("{0}", a).replace("{1}", b);
        // UTS #35 Part 6 § 2: `start` for the first two, `end` for the last.
        let end = fill(get(&c, lang, "listPattern.standard.end"), "B", "C");
        let three = fill(get(&c, lang, "listPattern.standard.start"), "A", &end);
        assert_eq!(list_and(lang, &["A", "B", "C"]), three, "{lang:?}");
        let two = fill(get(&c, lang, "listPattern.standard.2"), "A", "B");
        assert_eq!(list_and(lang, &["A", "B"]), two, "{lang:?}");
        assert_eq!(list_and(lang, &["A"]), "A");
    }
    assert_eq!(list_and(Lang::Fr, &["A", "B", "C"]), "A, B et C");
    assert_eq!(list_and(Lang::Zh, &["A", "B", "C"]), "A、B和C");
}

fn country(iso2: &str, iso3: &str, name: &str) -> palermo_model::country::Country {
    palermo_model::country::Country {
        iso3: iso3.into(),
        iso2: iso2.into(),
        m49: 0,
        name: name.into(),
        region: String::new(),
        sub_region: String::new(),
        intermediate_region: String::new(),
        un_member: true,
    }
}

#[test]
fn country_names_are_cldrs_in_six_languages() {
    let c = cldr();
    let civ = country("CI", "CIV", "Côte d'Ivoire");
    let chn = country("CN", "CHN", "China");
    for lang in Lang::OFFICIAL {
        assert_eq!(
            country_name(lang, &civ),
            get(&c, lang, "territories.CI"),
            "{lang:?}"
        );
        assert_eq!(
            country_name(lang, &chn),
            get(&c, lang, "territories.CN"),
            "{lang:?}"
        );
        for code in ["FR", "RU", "TC", "150", "202"] {
            assert_eq!(
                region_name(lang, code),
                Some(get(&c, lang, &format!("territories.{code}"))),
                "{lang:?} {code}"
            );
        }
    }
    let names: Vec<String> = Lang::OFFICIAL
        .into_iter()
        .map(|l| country_name(l, &civ))
        .collect();
    assert_eq!(
        names,
        [
            "ساحل العاج",
            "科特迪瓦",
            "Côte d’Ivoire",
            "Côte d’Ivoire",
            "Кот-д’Ивуар",
            "Côte d’Ivoire"
        ]
    );
    let names: Vec<String> = Lang::OFFICIAL
        .into_iter()
        .map(|l| country_name(l, &chn))
        .collect();
    assert_eq!(names, ["الصين", "中国", "China", "Chine", "Китай", "China"]);
    // A code CLDR does not name keeps the model's own name.
    assert_eq!(
        country_name(Lang::Fr, &country("XK", "XKX", "Kosovo")),
        "Kosovo"
    );
    assert_eq!(
        country_name(Lang::Fr, &country("QQ", "QQQ", "Nowhere")),
        "Nowhere"
    );
}

#[test]
fn m49_areas_are_named_by_m49_in_english_and_by_cldr_in_the_others() {
    let c = cldr();
    assert_eq!(
        m49_area_name(Lang::En, "Latin America and the Caribbean"),
        Some("Latin America and the Caribbean")
    );
    assert_eq!(
        m49_area_name(Lang::En, "419"),
        Some("Latin America and the Caribbean")
    );
    for lang in [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es] {
        for (code, name) in [
            ("151", "Eastern Europe"),
            ("419", "Latin America and the Caribbean"),
        ] {
            assert_eq!(
                m49_area_name(lang, name),
                Some(get(&c, lang, &format!("territories.{code}"))),
                "{lang:?} {name}"
            );
        }
    }
}

#[test]
fn the_m49_table_matches_the_bundled_country_file() {
    let csv = include_str!("../../../data/countries/iso3166_m49_all.csv");
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let h = r.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    let pairs = [
        (col("region"), col("region-code")),
        (col("sub-region"), col("sub-region-code")),
        (col("intermediate-region"), col("intermediate-region-code")),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        for (n, c) in pairs {
            if !rec[n].is_empty() {
                seen.insert((rec[c].to_owned(), rec[n].to_owned()));
            }
        }
    }
    let table: std::collections::BTreeSet<(String, String)> = palermo_i18n::names::M49_AREAS
        .iter()
        .map(|(c, n)| ((*c).to_owned(), (*n).to_owned()))
        .collect();
    assert_eq!(table, seen);
}

#[test]
fn french_collation_ignores_accents_at_the_first_level() {
    // CLDR root collation (UCA, DUCET) as French uses it: É sorts with E,
    // Î with I; code point order would put every accented capital after Z.
    let mut names = vec![
        "Zambie",
        "Éthiopie",
        "Inde",
        "États-Unis",
        "Îles Cook",
        "Espagne",
        "Égypte",
        "Irlande",
        "Équateur",
        "Estonie",
    ];
    sort_by_name(Lang::Fr, &mut names, |s| s);
    assert_eq!(
        names,
        [
            "Égypte",
            "Équateur",
            "Espagne",
            "Estonie",
            "États-Unis",
            "Éthiopie",
            "Îles Cook",
            "Inde",
            "Irlande",
            "Zambie"
        ]
    );
}

#[test]
fn russian_collation_sorts_yo_with_ye_lowercase_among_capitals_and_cyrillic_first() {
    // CLDR: ё is е with a diaeresis (a second-level difference), case is a
    // third-level difference, and the Russian tailoring reorders Cyrillic
    // before Latin. Code point order would put "Тёркс" after "Турция" (ё is
    // U+0451, after я), "о-ва Кука" after every capital, "Zimbabwe" first.
    let mut names = vec![
        "Турция",
        "Zimbabwe",
        "Тунис",
        "о-ва Кука",
        "Тёркс и Кайкос",
        "Тувалу",
        "Тимор-Лесте",
        "Австрия",
    ];
    sort_by_name(Lang::Ru, &mut names, |s| s);
    assert_eq!(
        names,
        [
            "Австрия",
            "о-ва Кука",
            "Тёркс и Кайкос",
            "Тимор-Лесте",
            "Тувалу",
            "Тунис",
            "Турция",
            "Zimbabwe"
        ]
    );
    // English (root order) puts Latin before Cyrillic.
    assert_eq!(
        compare(Lang::En, "Zimbabwe", "Австрия"),
        std::cmp::Ordering::Less
    );
}

#[test]
fn a_fluent_number_argument_is_grouped_as_the_language_writes_it() {
    let records = |lang, n: i64| {
        let mut a = FluentArgs::new();
        a.set("count", n);
        t_args(lang, "records-count", &a).replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(records(Lang::En, 1_234_567), "1,234,567 records");
    assert_eq!(
        records(Lang::Fr, 1_234_567),
        "1\u{202F}234\u{202F}567 enregistrements"
    );
    assert_eq!(records(Lang::Ru, 1_234_567), "1\u{A0}234\u{A0}567 записей");
    assert_eq!(records(Lang::Es, 1_234_567), "1.234.567 registros");
    assert_eq!(records(Lang::Es, 1234), "1234 registros");
}
