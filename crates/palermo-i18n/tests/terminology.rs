//! The field's terms, as the Convention's and the Protocols' authentic texts
//! give them, are used in every translation: a message whose English text
//! has a term of `terminology/en.tsv` must, in each other language, contain
//! that language's form of it (`terminology/<tag>.tsv`, column `verbatim`).
//! Terms that also have everyday senses in English ("approval",
//! "declaration") have no `verbatim` form and are not checked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_i18n::{inventory, Lang};

/// One row of a terminology file.
struct Term {
    en: String,
    term: String,
    /// Alternatives, each a sequence of fragments, all in lower case.
    verbatim: Vec<Vec<String>>,
    source: String,
}

fn file(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!("../terminology/ar.tsv"),
        Lang::Zh => include_str!("../terminology/zh.tsv"),
        Lang::En | Lang::Pseudo => include_str!("../terminology/en.tsv"),
        Lang::Fr => include_str!("../terminology/fr.tsv"),
        Lang::Ru => include_str!("../terminology/ru.tsv"),
        Lang::Es => include_str!("../terminology/es.tsv"),
    }
}

fn terms(lang: Lang) -> Vec<Term> {
    file(lang)
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "{}: {l}", lang.tag());
            Term {
                en: f[0].to_owned(),
                term: f[1].to_owned(),
                verbatim: f[2]
                    .split('|')
                    .filter(|a| !a.is_empty())
                    .map(|a| a.split('…').map(str::to_lowercase).collect())
                    .collect(),
                source: f[3].to_owned(),
            }
        })
        .collect()
}

/// Whether `text` holds one of the alternatives: its fragments in order.
fn holds(text: &str, verbatim: &[Vec<String>]) -> bool {
    let text = text.to_lowercase();
    verbatim.iter().any(|frags| {
        let mut rest = text.as_str();
        frags.iter().all(|f| match rest.find(f.as_str()) {
            Some(i) => {
                rest = &rest[i + f.len()..];
                true
            }
            None => false,
        })
    })
}

/// Every `(message, English term)` whose translation in `lang` lacks the
/// language's term.
fn violations(
    en_texts: &std::collections::BTreeMap<(String, String), String>,
    texts: &std::collections::BTreeMap<(String, String), String>,
    en_terms: &[Term],
    lang_terms: &[Term],
) -> Vec<String> {
    let mut out = Vec::new();
    for (key, en_text) in en_texts {
        let Some(text) = texts.get(key) else { continue };
        for (en, t) in en_terms.iter().zip(lang_terms) {
            if !en.verbatim.is_empty()
                && !t.verbatim.is_empty()
                && holds(en_text, &en.verbatim)
                && !holds(text, &t.verbatim)
            {
                out.push(format!(
                    "{}/{}: \"{}\" → \"{}\"",
                    key.0, key.1, en.en, t.term
                ));
            }
        }
    }
    out
}

#[test]
fn every_language_lists_the_same_terms_each_with_a_source() {
    let en = terms(Lang::En);
    assert!(en.len() >= 17);
    for lang in Lang::OFFICIAL {
        let t = terms(lang);
        let names: Vec<&str> = t.iter().map(|t| t.en.as_str()).collect();
        let en_names: Vec<&str> = en.iter().map(|t| t.en.as_str()).collect();
        assert_eq!(names, en_names, "{}", lang.tag());
        for (row, e) in t.iter().zip(&en) {
            assert!(
                !row.term.is_empty() && !row.source.is_empty(),
                "{} {}",
                lang.tag(),
                row.en
            );
            // A term is checked in a language only if English checks it too.
            assert_eq!(
                row.verbatim.is_empty(),
                e.verbatim.is_empty(),
                "{} {}",
                lang.tag(),
                row.en
            );
            // The verbatim form is part of the term as the file writes it.
            assert!(
                row.verbatim.is_empty()
                    || row.verbatim.iter().any(|a| a
                        .iter()
                        .all(|f| row.term.to_lowercase().contains(f.as_str()))),
                "{} {}: verbatim is not in {:?}",
                lang.tag(),
                row.en,
                row.term
            );
        }
        if lang != Lang::En {
            assert!(
                file(lang).starts_with("# Machine-drafted"),
                "{}",
                lang.tag()
            );
        }
    }
}

#[test]
fn every_translation_uses_the_languages_term_where_english_uses_one() {
    let en_terms = terms(Lang::En);
    let en = inventory(Lang::En);
    let mut all = Vec::new();
    for lang in [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es] {
        let inv = inventory(lang);
        for v in violations(&en.texts, &inv.texts, &en_terms, &terms(lang)) {
            all.push(format!("{}: {v}", lang.tag()));
        }
    }
    assert!(
        all.is_empty(),
        "translations without the UN's term:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_check_finds_a_translation_without_the_term() {
    // The attack the check must stop: a French message that says
    // "trafic d'êtres humains" where the Protocol says "traite des
    // personnes", and a Russian one that declines the term correctly.
    let key = ("treaty".to_owned(), "tip-parties".to_owned());
    let en: std::collections::BTreeMap<_, _> = [(
        key.clone(),
        "States parties to the Protocol against trafficking in persons".to_owned(),
    )]
    .into();
    let fr: std::collections::BTreeMap<_, _> = [(
        key.clone(),
        "Pays parties au Protocole contre le trafic d’êtres humains".to_owned(),
    )]
    .into();
    let v = violations(&en, &fr, &terms(Lang::En), &terms(Lang::Fr));
    assert_eq!(
        v,
        [
            "treaty/tip-parties: \"trafficking in persons\" → \"traite des personnes\"",
            "treaty/tip-parties: \"State party\" → \"État partie\"",
        ]
    );
    let ru: std::collections::BTreeMap<_, _> = [(
        key,
        "Государства — участники Протокола о предупреждении и пресечении торговли людьми"
            .to_owned(),
    )]
    .into();
    assert!(violations(&en, &ru, &terms(Lang::En), &terms(Lang::Ru)).is_empty());
}
