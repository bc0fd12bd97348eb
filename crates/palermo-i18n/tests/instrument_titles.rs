//! The instruments' titles against UN sources:
//! `data/instruments/title_sources.tsv` has one row per title (4
//! instruments × 6 languages) with a status: `verified` (the UN Treaty
//! Collection's text of the treaty, its heading as the document's text
//! layer gives it: capitals; the letters outside ASCII, `É`, `Ó`, `À`, were
//! lost in that extraction, so the comparison drops them from the bundled
//! title too), `cited` (word for word in a later UN document in that
//! language), `partial` (a UN page gives the short title; its words, with
//! `…` for those it leaves out, occur in the bundled title), `differs` (a
//! UN document words it otherwise; kept until the authentic text is seen),
//! `not-found`. See `data/PROVENANCE.md`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_i18n::names::instrument_title;
use palermo_i18n::Lang;
use palermo_model::treaty::Instrument;

/// A title as the recorded heading writes it: capitals, ASCII only, one
/// space between words.
fn folded(title: &str) -> String {
    title
        .to_uppercase()
        .chars()
        .filter(char::is_ascii)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One row of `title_sources.tsv`: instrument, language, status, source,
/// heading (the words the source gives), what was compared.
struct Row {
    instrument: Instrument,
    lang: Lang,
    status: String,
    source: String,
    heading: String,
}

fn sources() -> Vec<Row> {
    include_str!("../../../data/instruments/title_sources.tsv")
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 6, "{l}");
            let instrument = Instrument::ALL
                .into_iter()
                .find(|i| i.code() == f[0])
                .unwrap_or_else(|| panic!("no instrument {}", f[0]));
            let lang = Lang::OFFICIAL
                .into_iter()
                .find(|l| l.tag() == f[1])
                .unwrap_or_else(|| panic!("no language {}", f[1]));
            assert!(!f[5].is_empty(), "no account of what was compared: {l}");
            Row {
                instrument,
                lang,
                status: f[2].to_owned(),
                source: f[3].to_owned(),
                heading: f[4].to_owned(),
            }
        })
        .collect()
}

/// A title as a UN document prints it, for a word-for-word comparison:
/// Arabic kashida (U+0640, a stretching of the line, not a letter) dropped,
/// one space between words.
fn spaced(title: &str) -> String {
    title
        .chars()
        .filter(|c| *c != '\u{0640}')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn without_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether the fragments of `heading` (separated by `…`, the words the
/// source leaves out) occur in `title` in that order.
fn fragments_in_order(heading: &str, title: &str) -> bool {
    let title = spaced(title);
    let mut rest = title.as_str();
    for fragment in heading.split('…').map(str::trim).filter(|f| !f.is_empty()) {
        let fragment = spaced(fragment);
        match rest.find(&fragment) {
            Some(at) => rest = &rest[at + fragment.len()..],
            None => return false,
        }
    }
    true
}

#[test]
fn every_title_has_one_row_with_a_known_status() {
    let s = sources();
    assert_eq!(s.len(), Instrument::ALL.len() * Lang::OFFICIAL.len());
    for i in Instrument::ALL {
        for lang in Lang::OFFICIAL {
            let n = s
                .iter()
                .filter(|r| r.instrument == i && r.lang == lang)
                .count();
            assert_eq!(n, 1, "{i:?} {lang:?}");
        }
    }
    for r in &s {
        assert!(
            ["verified", "cited", "partial", "differs", "not-found"].contains(&r.status.as_str()),
            "{}",
            r.status
        );
        // A source is recorded exactly when something was found.
        assert_eq!(
            r.status == "not-found",
            r.source.is_empty() && r.heading.is_empty(),
            "{:?} {:?}",
            r.instrument,
            r.lang
        );
    }
}

#[test]
fn the_checked_titles_are_the_treaty_collections_headings() {
    let s: Vec<_> = sources()
        .into_iter()
        .filter(|r| r.status == "verified")
        .collect();
    assert!(s.len() >= 4);
    for r in s {
        assert!(
            r.source.starts_with("https://treaties.un.org/"),
            "{}",
            r.source
        );
        // The text layer loses some line breaks inside a heading
        // ("COMPLEMENTALA"), so spaces are not compared.
        assert_eq!(
            without_spaces(&folded(instrument_title(r.lang, r.instrument))),
            without_spaces(&r.heading),
            "{:?} {:?} ({})",
            r.instrument,
            r.lang,
            r.source
        );
    }
}

#[test]
fn the_cited_titles_are_word_for_word_the_un_documents() {
    let s: Vec<_> = sources()
        .into_iter()
        .filter(|r| r.status == "cited")
        .collect();
    assert!(s.len() >= 4);
    for r in s {
        // Some sources print the title in capitals: case is not compared.
        assert_eq!(
            spaced(instrument_title(r.lang, r.instrument)).to_lowercase(),
            spaced(&r.heading).to_lowercase(),
            "{:?} {:?} ({})",
            r.instrument,
            r.lang,
            r.source
        );
    }
}

#[test]
fn the_short_titles_on_un_pages_occur_in_the_bundled_titles() {
    let s: Vec<_> = sources()
        .into_iter()
        .filter(|r| r.status == "partial")
        .collect();
    assert!(!s.is_empty());
    for r in s {
        assert!(
            fragments_in_order(&r.heading, instrument_title(r.lang, r.instrument)),
            "{:?} {:?} ({})",
            r.instrument,
            r.lang,
            r.source
        );
    }
}

#[test]
fn a_title_recorded_as_differing_still_differs() {
    // If titles.tsv is changed to the cited wording, the row must move to
    // "cited" (or "verified" once the authentic text is seen).
    for r in sources().into_iter().filter(|r| r.status == "differs") {
        assert_ne!(
            spaced(instrument_title(r.lang, r.instrument)).to_lowercase(),
            spaced(&r.heading).to_lowercase(),
            "{:?} {:?}",
            r.instrument,
            r.lang
        );
    }
}

#[test]
fn the_comparisons_fail_on_a_changed_word() {
    // The Arabic TIP Protocol title as A/RES/57/168 cites it, against the
    // bundled one: one word differs (ولا سيما / وبخاصة), so a cited-status
    // comparison would fail.
    let r = sources()
        .into_iter()
        .find(|r| r.instrument == Instrument::Tip && r.lang == Lang::Ar)
        .unwrap();
    assert_ne!(
        spaced(instrument_title(Lang::Ar, Instrument::Tip)),
        spaced(&r.heading)
    );
    // A short title with a word the bundled title lacks is not found in it.
    assert!(!fragments_in_order(
        "Protocole … visant à prévenir, réprimer et punir la traite des êtres humains",
        instrument_title(Lang::Fr, Instrument::Tip)
    ));
    // The fragments must come in order.
    assert!(!fragments_in_order(
        "en particulier des femmes et des enfants … visant à prévenir",
        instrument_title(Lang::Fr, Instrument::Tip)
    ));
}

#[test]
fn a_title_with_its_words_out_of_order_fails_the_comparison() {
    // "par terre, mer et air" is the English order; the French text says
    // "par terre, air et mer".
    let wrong = "Protocole contre le trafic illicite de migrants par terre, mer et air, \
                 additionnel à la Convention des Nations Unies contre la criminalité \
                 transnationale organisée";
    let r = sources()
        .into_iter()
        .find(|r| r.instrument == Instrument::Som && r.lang == Lang::Fr)
        .unwrap();
    assert_ne!(folded(wrong), r.heading);
    assert_eq!(
        folded("Convention des Nations Unies contre la criminalité transnationale organisée"),
        "CONVENTION DES NATIONS UNIES CONTRE LA CRIMINALIT TRANSNATIONALE ORGANISE"
    );
}
