//! The instruments' titles against the UN Treaty Collection's own texts:
//! `data/instruments/title_sources.tsv` records, for each title checked,
//! the text's address at treaties.un.org and its heading as the
//! document's text layer gives it (capitals; the letters outside ASCII,
//! `É`, `Ó`, `À`, were lost in that extraction, so the comparison drops
//! them from the bundled title too). The titles not listed there are not
//! yet checked against a UN source (`data/PROVENANCE.md`).

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

fn sources() -> Vec<(Instrument, Lang, String, String)> {
    include_str!("../../../data/instruments/title_sources.tsv")
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "{l}");
            let i = Instrument::ALL
                .into_iter()
                .find(|i| i.code() == f[0])
                .unwrap_or_else(|| panic!("no instrument {}", f[0]));
            let lang = Lang::OFFICIAL
                .into_iter()
                .find(|l| l.tag() == f[1])
                .unwrap_or_else(|| panic!("no language {}", f[1]));
            assert!(f[2].starts_with("https://treaties.un.org/"), "{}", f[2]);
            (i, lang, f[2].to_owned(), f[3].to_owned())
        })
        .collect()
}

#[test]
fn the_checked_titles_are_the_treaty_collections_headings() {
    let s = sources();
    assert!(s.len() >= 3);
    for (i, lang, url, heading) in s {
        assert_eq!(
            folded(instrument_title(lang, i)),
            heading,
            "{i:?} {lang:?} ({url})"
        );
    }
}

#[test]
fn a_title_with_its_words_out_of_order_fails_the_comparison() {
    // "par terre, mer et air" is the English order; the French text says
    // "par terre, air et mer".
    let wrong = "Protocole contre le trafic illicite de migrants par terre, mer et air, \
                 additionnel à la Convention des Nations Unies contre la criminalité \
                 transnationale organisée";
    let (_, _, _, heading) = sources()
        .into_iter()
        .find(|(i, l, ..)| *i == Instrument::Som && *l == Lang::Fr)
        .unwrap();
    assert_ne!(folded(wrong), heading);
    assert_eq!(
        folded("Convention des Nations Unies contre la criminalité transnationale organisée"),
        "CONVENTION DES NATIONS UNIES CONTRE LA CRIMINALIT TRANSNATIONALE ORGANISE"
    );
}
