//! Every page route of the registry, asked in the pseudo-locale `en-XA`
//! (`/en-XA/…`: English with every letter accented), shows no run of three
//! or more plain ASCII letters in its visible text but for an allowed
//! literal: a text that shows plain English bypassed Fluent (issue 18,
//! item 6). Allowed are codes and names that are data, not messages: ISO
//! and M49 codes, the names of countries, areas and participants as the
//! data and CLDR give them, the instruments' official titles (the
//! pseudo-locale shows the English authentic text), sources and file
//! names, and a few fixed words (`Palermo`, `CSV`, `JSON`, `API`, `UNTOC`).
//! Text inside `<code>` (commands, API paths) is not prose and is skipped.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use axum::body::{to_bytes, Body};
use axum::http::{Method, Request, StatusCode};
use palermo_i18n::{names, Lang};
use palermo_store::Store;
use tower::ServiceExt;

/// Page routes whose strings are not through Fluent yet (issue 18 left
/// them for a next step; remove a route from here once it is).
const NOT_YET: &[&str] = &["/mse"];

/// Words that are not messages.
const FIXED: &[&str] = &[
    "Palermo",
    "CSV",
    "JSON",
    "API",
    "UNTOC",
    "GLOTIP",
    "MTDSG",
    "UNTS",
    "ISO",
    "MIT",
    "OR",
    "Apache",
    "SP",
    "POP",
    "TOTL",
    "UNODC",
    "UNTC",
    "Nationals",
];

/// The visible text of a page: text nodes outside `<script>`, `<style>`
/// and `<code>`, with `aria-label`, `title` and `placeholder` values, and
/// `&…;` entities removed.
fn visible_text(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    let mut skip: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        if skip.is_none() {
            out.push(rest[..lt].to_owned());
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        match skip {
            Some(s) if tag.starts_with('/') && name == s => skip = None,
            Some(_) => {}
            None if ["script", "style", "code"].contains(&name.as_str())
                && !tag.starts_with('/') =>
            {
                skip = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    _ => "code",
                });
            }
            None => {
                for attr in ["aria-label=\"", "title=\"", "placeholder=\""] {
                    if let Some(i) = tag.find(attr) {
                        let v = &tag[i + attr.len()..];
                        out.push(v[..v.find('"').unwrap_or(v.len())].to_owned());
                    }
                }
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push(rest.to_owned());
    out.into_iter()
        .map(|t| {
            let mut s = String::new();
            let mut r = t.as_str();
            while let Some(i) = r.find('&') {
                s.push_str(&r[..i]);
                r = r[i..].find(';').map_or("", |j| &r[i + j + 1..]);
                s.push(' ');
            }
            s.push_str(r);
            s
        })
        .collect()
}

/// The runs of three or more ASCII letters of `text`.
fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_owned)
        .collect()
}

/// What the data say, as words: names of countries (model and CLDR's
/// English), areas, participants, titles, sources.
async fn data_words(store: &Store) -> BTreeSet<String> {
    let mut texts: Vec<String> = Vec::new();
    for c in store.countries().await.unwrap() {
        texts.push(names::country_name(Lang::En, &c));
        texts.push(names::country_name(Lang::Pseudo, &c));
        texts.push(c.name.clone());
        texts.push(c.region.clone());
        texts.push(c.sub_region.clone());
    }
    for (_, name) in names::M49_AREAS {
        texts.push(name.to_owned());
    }
    for r in store.treaty_status(None).await.unwrap() {
        texts.push(r.participant.clone());
    }
    for i in palermo_model::Instrument::ALL {
        texts.push(names::instrument_title(Lang::Pseudo, i).to_owned());
        if let Some(s) = store.treaty_snapshot(i).await.unwrap() {
            texts.push(s.source.clone());
        }
    }
    for d in store.stat_datasets().await.unwrap() {
        texts.push(d.file.clone());
    }
    for s in store.stat_records(None).await.unwrap() {
        texts.push(s.area_name.clone());
        texts.push(s.category_label.clone());
    }
    // The switcher's autonyms; the shapes of the world map that are no
    // country of the model (Natural Earth's names: Somaliland, N. Cyprus).
    texts.extend(Lang::OFFICIAL.iter().map(|l| l.autonym().to_owned()));
    let world = include_str!("../../../data/geo/world_110m_paths.tsv");
    texts.extend(
        world
            .lines()
            .filter_map(|l| l.split('\t').nth(1))
            .map(str::to_owned),
    );
    // The pseudo-locale writes dates with English locale data (CLDR),
    // which are no messages: the months' abbreviations.
    texts.extend(
        [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        .map(str::to_owned),
    );
    let mut words: BTreeSet<String> = texts.iter().flat_map(|t| plain_words(t)).collect();
    words.extend(FIXED.iter().map(|w| (*w).to_owned()));
    words
}

/// An ISO 3166-1 alpha-3 code, a language tag's subtag or another code
/// of capitals (`ITA`, `UNTOC`).
fn is_code(w: &str) -> bool {
    w.len() <= 6 && w.chars().all(|c| c.is_ascii_uppercase())
}

#[tokio::test]
async fn no_page_shows_a_string_that_bypassed_fluent() {
    let store = Store::open_in_memory().await.unwrap();
    let allowed = data_words(&store).await;
    let app = palermo_web::router(store);
    let registry = palermo_web::routes::registry();
    let mut pages = 0;
    let mut failures = Vec::new();
    let mut examples: Vec<&str> = registry
        .public
        .iter()
        .filter(|r| r.methods.contains(&Method::GET))
        .filter(|r| !r.example.starts_with("/api/") && !r.example.starts_with("/static/"))
        .filter(|r| !NOT_YET.contains(&r.path))
        .map(|r| r.example)
        .collect();
    // Pages that exist only with parameters, and the error page.
    examples.extend([
        "/data?country=ITA&by=year",
        "/instruments/som?as_of=2010-01-01",
        "/nowhere",
    ]);
    for path in examples {
        let res = app
            .clone()
            .oneshot(
                Request::get(format!("/en-XA{path}"))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        let status = res.status();
        let body = to_bytes(res.into_body(), 20 << 20).await.unwrap();
        let html = String::from_utf8(body.to_vec()).unwrap();
        assert!(
            status == StatusCode::OK || path == "/nowhere",
            "{path}: {status}"
        );
        assert!(html.contains(r#"<html lang="en-XA""#), "{path}");
        pages += 1;
        let mut bad: BTreeSet<String> = BTreeSet::new();
        // The path asked is data too (the 404 page names it).
        let asked: BTreeSet<String> = plain_words(path).into_iter().collect();
        for text in visible_text(&html) {
            for w in plain_words(&text) {
                if !is_code(&w) && !allowed.contains(&w) && !asked.contains(&w) {
                    bad.insert(w);
                }
            }
        }
        if !bad.is_empty() {
            failures.push(format!("{path}: {bad:?}"));
        }
    }
    assert!(pages >= 7, "{pages} pages walked");
    assert!(
        failures.is_empty(),
        "plain English on pages:\n{}",
        failures.join("\n")
    );
}

/// The check finds what it must: an English word in a page is caught.
#[test]
fn the_check_catches_plain_english() {
    let texts =
        visible_text(r#"<p title="Ŧööŧ">Ŝĥööŵ <b>Treaties</b> <code>palermo serve</code> ITA</p>"#);
    let words: Vec<String> = texts.iter().flat_map(|t| plain_words(t)).collect();
    assert_eq!(words, ["Treaties", "ITA"]);
}
