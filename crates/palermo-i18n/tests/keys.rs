//! Every message in all six languages, no file with keys the others lack,
//! no Fluent syntax error, and plural forms that follow each language's
//! CLDR plural rules (Unicode CLDR, "Language Plural Rules" chart).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_i18n::{inventory, t, t_args, FluentArgs, Lang};

#[test]
fn every_key_exists_in_all_six_languages_and_no_file_has_extra_keys() {
    let en = inventory(Lang::En);
    assert!(!en.keys.is_empty());
    for lang in Lang::OFFICIAL {
        let inv = inventory(lang);
        assert!(inv.errors.is_empty(), "{}: {:?}", lang.tag(), inv.errors);
        let missing: Vec<_> = en.keys.difference(&inv.keys).collect();
        let extra: Vec<_> = inv.keys.difference(&en.keys).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has keys English lacks: {extra:?}",
            lang.tag()
        );
    }
}

fn records(lang: Lang, n: i64) -> String {
    let mut args = FluentArgs::new();
    args.set("count", n);
    t_args(lang, "records-count", &args)
}

#[test]
fn plural_forms_come_from_the_language() {
    // English: one (1), other.
    assert_eq!(records(Lang::En, 1), "1 record");
    assert_eq!(records(Lang::En, 0), "0 records");
    // French: one for 0 and 1 (CLDR: i = 0,1).
    assert_eq!(records(Lang::Fr, 0), "0 enregistrement");
    assert_eq!(records(Lang::Fr, 2), "2 enregistrements");
    // Russian: one (1, 21), few (2–4, 22), many (5–20, 11).
    assert_eq!(records(Lang::Ru, 21), "21 запись");
    assert_eq!(records(Lang::Ru, 3), "3 записи");
    assert_eq!(records(Lang::Ru, 11), "11 записей");
    // Arabic: zero, one, two, few (3–10), many (11–99), other (100–102).
    let isolated = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(isolated(records(Lang::Ar, 2)), "سجلان");
    assert_eq!(isolated(records(Lang::Ar, 7)), "7 سجلات");
    assert_eq!(isolated(records(Lang::Ar, 11)), "11 سجلًا");
    assert_eq!(isolated(records(Lang::Ar, 100)), "100 سجل");
}

#[test]
fn arabic_isolates_its_placeables_and_english_does_not() {
    let mut args = FluentArgs::new();
    args.set("date", "2026-12-01");
    assert_eq!(
        t_args(Lang::En, "data-as-of", &args),
        "Data shown as at 2026-12-01."
    );
    assert!(t_args(Lang::Ar, "data-as-of", &args).contains("\u{2068}2026-12-01\u{2069}"));
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_key() {
    assert_eq!(t(Lang::Fr, "no-such-message"), "no-such-message");
    assert_eq!(t(Lang::Pseudo, "skip-to-content"), "Šķîîƥ ŧöö çööńŧëëńŧ");
}

#[test]
fn arabic_plurals_follow_cldr_beyond_one_hundred() {
    // CLDR "Language Plural Rules", ar: few = n % 100 = 3..10,
    // many = n % 100 = 11..99 (plurals.json samples: few 103~110, many 111,
    // other 100~102, 1000). intl_pluralrules 7.0.2 dropped the modulus;
    // vendor/intl_pluralrules takes the rules from ICU4X.
    let isolated = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(isolated(records(Lang::Ar, 103)), "103 سجلات");
    assert_eq!(isolated(records(Lang::Ar, 111)), "111 سجلًا");
    assert_eq!(isolated(records(Lang::Ar, 101)), "101 سجل");
    assert_eq!(isolated(records(Lang::Ar, 1011)), "1,011 سجلًا");
    assert_eq!(isolated(records(Lang::Ar, 1000)), "1,000 سجل");
}
