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
//!
//! The private pages are walked too, each signed in as the role that sees
//! it (a data provider: its account, its data, an import's and an upload's
//! results and detail pages; an administrator with its second factor: the
//! account with a new token, the accounts, the audit trail), with the
//! refusals and failures a user meets (a wrong password, a page of another
//! role), and the estimation page with a result and with a refused table
//! (`POST /mse`), and the JSON API's error message of a refused table.
//! There the data are the accounts', files' and lists' names and the audit
//! trail's entries, and the names of methods (authors, Rcapture's codes).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use axum::body::{to_bytes, Body};
use axum::http::{Method, Request, StatusCode};
use palermo_i18n::{names, Lang};
use palermo_store::Store;
use tower::ServiceExt;

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
    // The estimation's methods: authors' names, Rcapture's model codes,
    // SparseMSE (an R package), the BCa bootstrap.
    "Rcapture",
    "Chao",
    "Poisson",
    "Darroch",
    "Gamma",
    "Chapman",
    "Lincoln",
    "Petersen",
    "SparseMSE",
    "BCa",
    "TOTP",
    "Mth",
];

/// The visible text of a page: text nodes outside `<script>`, `<style>`,
/// `<code>` and `<textarea>` (a form's input, the user's table), with `aria-label`, `title` and `placeholder` values, and
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
            None if ["script", "style", "code", "textarea"].contains(&name.as_str())
                && !tag.starts_with('/') =>
            {
                skip = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "textarea" => "textarea",
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

/// The plain English words of `text` that are neither codes nor allowed.
fn bypassed(text: &str, allowed: &BTreeSet<String>, asked: &str) -> BTreeSet<String> {
    let asked: BTreeSet<String> = plain_words(asked).into_iter().collect();
    plain_words(text)
        .into_iter()
        .filter(|w| !is_code(w) && !allowed.contains(w) && !asked.contains(w))
        .collect()
}

/// The words of a page's visible text that bypassed Fluent.
fn page_failures(path: &str, html: &str, allowed: &BTreeSet<String>) -> Option<String> {
    assert!(html.contains(r#"<html lang="en-XA""#), "{path}: {html}");
    let mut bad = BTreeSet::new();
    for text in visible_text(html) {
        bad.extend(bypassed(&text, allowed, path));
    }
    (!bad.is_empty()).then(|| format!("{path}: {bad:?}"))
}

/// The private pages, the estimation results and the refusals, in the
/// pseudo-locale, signed in as the roles that see them.
#[tokio::test]
async fn private_pages_and_estimation_results_show_no_string_that_bypassed_fluent() {
    use common::app::{App, PASSWORD};
    use palermo_access::totp::{code_at, Algorithm};
    use palermo_store::accounts::AuditContext;

    let app = App::on(common::sqlite().await);
    app.store.seed_statistics().await.unwrap();
    app.user(
        "provider@example.org",
        "data-provider",
        Some("agency:ngo-a"),
    )
    .await;
    let admin = app
        .user("admin@example.org", "administrator", Some("un:UNODC"))
        .await;
    let secret = b"12345678901234567890";
    let ctx = AuditContext {
        actor: "cli".into(),
        source: "cli".into(),
        at: app.now(),
    };
    app.store
        .set_totp(admin, Some((secret, 0)), &ctx)
        .await
        .unwrap();
    let xa = |p: &str| format!("/en-XA{p}");
    let mut failures = Vec::new();
    let mut pages: Vec<(String, String)> = Vec::new();

    // Signing in, and failing to.
    let form = app.get(&xa("/login"), None).await;
    assert_eq!(form.status, StatusCode::OK);
    let login_cookie = form.set_cookie("__Host-palermo-login").unwrap();
    let wrong = format!(
        "csrf={}&email=provider%40example.org&password=wrong&code=",
        form.field("csrf")
    );
    let failed = app
        .send(
            Request::post(xa("/login"))
                .header("cookie", format!("__Host-palermo-login={login_cookie}"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(wrong))
                .unwrap(),
        )
        .await;
    assert_eq!(failed.status, StatusCode::UNAUTHORIZED);
    pages.push(("/login".into(), form.body));
    pages.push(("/login (failed)".into(), failed.body));

    // The data provider: its account, its data, an import and an upload.
    let p = app.login("provider@example.org").await;
    let csrf = app.provider_csrf(&p).await;
    let cases = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isSexualExploit,isForcedLabour\n\
        2019,Female,18--20,MDA,ROU,1,\n2021,Male,30--38,VNM,GBR,,1\n";
    let imported = app
        .post_multipart(
            &xa("/provider/cases"),
            &p,
            &[("csrf", &csrf), ("name", "police"), ("format", "ctdc")],
            Some(("cases.csv", cases.as_bytes())),
        )
        .await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
    let uploaded = app
        .post_multipart(
            &xa("/provider/clks"),
            &p,
            &[("csrf", &csrf), ("name", "hotline")],
            Some(("hotline.json", br#"{"clks": ["//8=", "Dw8="]}"#)),
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::OK, "{}", uploaded.body);
    let source = app.store.case_sources_of("agency:ngo-a").await.unwrap()[0]
        .public_id
        .clone()
        .unwrap();
    let upload = app.store.clk_uploads_of("agency:ngo-a").await.unwrap()[0]
        .public_id
        .clone();
    pages.push(("/provider/cases".into(), imported.body));
    pages.push(("/provider/clks".into(), uploaded.body));
    for path in [
        "/account".to_owned(),
        "/provider".to_owned(),
        format!("/provider/sources/{source}"),
        format!("/provider/uploads/{upload}"),
    ] {
        let r = app.get(&xa(&path), Some(&p)).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        pages.push((path, r.body));
    }
    // A page of another role: refused.
    let refused = app.get(&xa("/admin/users"), Some(&p)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    pages.push(("/admin/users (refused)".into(), refused.body));

    // The administrator, signed in with its second factor.
    let code = code_at(Algorithm::Sha1, secret, app.now(), 6).unwrap();
    let (r, a) = app.try_login("admin@example.org", PASSWORD, &code).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let a = a.unwrap();
    let csrf = app.csrf(&a).await;
    let made = app
        .post(
            &xa("/account/tokens"),
            &a,
            &format!("csrf={csrf}&name=script&scope=read"),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    pages.push(("/account/tokens".into(), made.body));
    for path in ["/admin/users", "/admin/audit"] {
        let r = app.get(&xa(path), Some(&a)).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        pages.push((path.to_owned(), r.body));
    }

    // The estimation: a result, and a table refused line by line.
    let western = include_str!("../../palermo-mse/tests/data/Western.csv");
    let form = |table: &str| {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("table", table)
            .append_pair("bootstrap", "20")
            .finish()
    };
    for (what, table, status) in [
        ("/mse (result)", western, StatusCode::OK),
        (
            "/mse (refused)",
            "A,B,count\n1,0,x\n0,1,-2\n1,1\n",
            StatusCode::BAD_REQUEST,
        ),
    ] {
        let r = app
            .send(
                Request::post(xa("/mse"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from(form(table)))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, status, "{what}: {}", r.body);
        pages.push((what.to_owned(), r.body));
    }

    // What the data say: the accounts, files, lists and the audit trail.
    let mut allowed = data_words(&app.store).await;
    let mut texts: Vec<String> = vec![
        "police".into(),
        "hotline".into(),
        "cases.csv".into(),
        "hotline.json".into(),
        "script".into(),
        // The request's field names (what a script sends, not translated)
        // and the columns of the refused table (the user's header).
        "table".into(),
        "count".into(),
    ];
    for s in app.store.case_sources_of("agency:ngo-a").await.unwrap() {
        texts.push(s.format);
    }
    for u in app.store.users().await.unwrap() {
        texts.extend([u.email, u.display_name]);
        texts.extend(u.organisation);
    }
    for e in app.store.audit_entries().await.unwrap() {
        texts.extend([
            e.event.actor,
            e.event.action,
            e.event.target,
            e.event.source,
        ]);
        texts.extend([e.hash, e.prev_hash]);
    }
    allowed.extend(texts.iter().flat_map(|t| plain_words(t)));

    for (path, html) in &pages {
        failures.extend(page_failures(path, html, &allowed));
    }
    // The API's error message of a refused table, in the pseudo-locale.
    let api = app
        .send(
            Request::post(xa("/api/v1/mse"))
                .header("content-type", "text/csv")
                .body(Body::from("A,B,count\n1,0,x\n"))
                .unwrap(),
        )
        .await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST, "{}", api.body);
    let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(v["code"], "bad-request");
    for field in ["error", "message"] {
        let bad = bypassed(v[field].as_str().unwrap(), &allowed, "");
        if !bad.is_empty() {
            failures.push(format!("/api/v1/mse {field}: {bad:?}"));
        }
    }
    assert!(pages.len() >= 14, "{} pages walked", pages.len());
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
