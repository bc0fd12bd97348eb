//! The language of a page (issue 18, item 3): a `/fr/…` prefix names it,
//! so that a permalink opens in the language it was copied in; an
//! unprefixed path answers in the language of `Accept-Language` (RFC 9110)
//! and says `Vary: Accept-Language`; the response cache never gives one
//! language's body for another; API errors keep their `code` and say their
//! `message` in the language asked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use palermo_store::Store;
use tower::ServiceExt;

static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

struct Answer {
    status: StatusCode,
    language: String,
    vary: String,
    body: String,
}

async fn get(app: &axum::Router, path: &str, accept: Option<&str>) -> Answer {
    let mut req = Request::get(path);
    if let Some(a) = accept {
        req = req.header(header::ACCEPT_LANGUAGE, a);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let h = |n| {
        res.headers()
            .get_all(n)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join(",")
    };
    let (language, vary) = (h(header::CONTENT_LANGUAGE), h(header::VARY));
    let status = res.status();
    let body = to_bytes(res.into_body(), 10 << 20).await.unwrap();
    Answer {
        status,
        language,
        vary,
        body: String::from_utf8(body.to_vec()).unwrap(),
    }
}

/// A server on a database file (the cache keeps answers only where the
/// data version can be read).
async fn app() -> (axum::Router, palermo_web::AppState) {
    let dir = std::env::temp_dir().join(format!(
        "palermo-languages-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("palermo.db")).await.unwrap();
    let state = palermo_web::AppState::new(store, Default::default());
    (palermo_web::router_for(state.clone()), state)
}

#[tokio::test]
async fn a_prefix_names_the_language_and_links_keep_it() {
    let (app, _) = app().await;
    let a = get(&app, "/fr/instruments/tip", Some("en")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.body.contains(r#"<html lang="fr" dir="ltr">"#),
        "{}",
        a.body
    );
    assert_eq!(a.language, "fr");
    // The URL alone decides: no Vary on Accept-Language.
    assert!(!a.vary.contains("accept-language"), "{}", a.vary);
    // The site's links keep the prefix; the navigation is in French.
    assert!(a.body.contains(r#"<a href="/fr/countries">Pays</a>"#));
    let ar = get(&app, "/ar/", None).await;
    assert!(ar.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert_eq!(get(&app, "/zh", None).await.status, StatusCode::OK);
    // A tag is one whole segment: `/france` is no French page.
    assert_eq!(
        get(&app, "/france", None).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_switcher_offers_the_same_page_and_filters_in_six_languages() {
    let (app, _) = app().await;
    let a = get(&app, "/fr/instruments/tip?sort=consent&dir=desc", None).await;
    for (tag, name, dir) in [
        ("ar", "العربية", "rtl"),
        ("zh", "中文", "ltr"),
        ("en", "English", "ltr"),
        ("fr", "Français", "ltr"),
        ("ru", "Русский", "ltr"),
        ("es", "Español", "ltr"),
    ] {
        let link = format!(
            r#"<a href="/{tag}/instruments/tip?sort=consent&#38;dir=desc" lang="{tag}" hreflang="{tag}" dir="{dir}""#
        );
        let nav = &a.body[a.body.find(r#"class="langs""#).unwrap()..];
        assert!(a.body.contains(&link), "{link} not in {}", &nav[..900]);
        assert!(a.body.contains(&format!(">{name}</a>")));
    }
    assert_eq!(a.body.matches(r#"aria-current="true""#).count(), 1);
    assert!(a
        .body
        .contains(r#"dir="ltr" aria-current="true">Français</a>"#));
}

#[tokio::test]
async fn unprefixed_paths_negotiate_and_vary_on_accept_language() {
    let (app, _) = app().await;
    let fr = get(&app, "/countries", Some("de-CH, fr;q=0.8, en;q=0.5")).await;
    assert!(fr.body.contains(r#"<html lang="fr""#));
    assert_eq!(fr.language, "fr");
    assert!(fr.vary.contains("accept-language"), "{}", fr.vary);
    // Negotiated pages link without prefix: the next page negotiates too.
    assert!(fr.body.contains(r#"<a href="/countries">Pays</a>"#));
    let none = get(&app, "/countries", None).await;
    assert!(none.body.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(none.body.contains(r#"<a href="/countries">Countries</a>"#));
    let other = get(&app, "/countries", Some("de, ja;q=0.5")).await;
    assert!(other.body.contains(r#"<html lang="en""#));
}

#[tokio::test]
async fn the_cache_never_answers_one_language_with_another() {
    let (app, state) = app().await;
    // The attack: fill the cache in French, then ask the same path in
    // English, by header and by prefix, and the other way round.
    for path in ["/instruments/som", "/countries/ITA"] {
        let fr = get(&app, path, Some("fr")).await;
        let en = get(&app, path, Some("en")).await;
        let fr_again = get(&app, path, Some("fr")).await;
        let en_prefixed = get(&app, &format!("/en{path}"), Some("fr")).await;
        let fr_prefixed = get(&app, &format!("/fr{path}"), Some("en")).await;
        assert!(fr.body.contains(r#"<html lang="fr""#));
        assert!(
            en.body.contains(r#"<html lang="en""#),
            "{path}: English got French"
        );
        assert_eq!(fr_again.body, fr.body);
        assert!(en_prefixed.body.contains(r#"<html lang="en""#));
        assert!(fr_prefixed.body.contains(r#"<html lang="fr""#));
        assert_ne!(fr_prefixed.body, fr.body, "prefixed links differ");
    }
    // Kept apart, not rendered anew each time: 4 entries per path.
    assert_eq!(state.cache.len(), 8);
}

#[tokio::test]
async fn api_errors_keep_their_code_and_speak_the_language_asked() {
    let (app, _) = app().await;
    let en = get(&app, "/api/v1/instruments/nothing", None).await;
    let fr = get(&app, "/fr/api/v1/instruments/nothing", None).await;
    let ru = get(&app, "/api/v1/instruments/nothing", Some("ru")).await;
    for a in [&en, &fr, &ru] {
        assert_eq!(a.status, StatusCode::NOT_FOUND);
        let v: serde_json::Value = serde_json::from_str(&a.body).unwrap();
        assert_eq!(v["code"], "not-found");
    }
    let msg = |a: &Answer| -> serde_json::Value { serde_json::from_str(&a.body).unwrap() };
    assert_eq!(msg(&en)["error"], "Not found");
    assert_eq!(msg(&fr)["error"], "Introuvable");
    assert_eq!(msg(&ru)["error"], "Не найдено");
    // The reason too, in the language asked; the code stays.
    let bad = get(&app, "/fr/api/v1/statistics/indicators?from=20x", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(msg(&bad)["code"], "bad-request");
    assert_eq!(msg(&bad)["error"], "Requête incorrecte");
    assert_eq!(
        msg(&bad)["message"],
        "from=20x n’est pas une année (quatre chiffres de 1900 à 2100, par exemple 2019)"
    );
    let en = get(&app, "/api/v1/statistics/indicators?from=20x", None).await;
    assert_eq!(
        msg(&en)["message"],
        "from=20x is not a year (four digits from 1900 to 2100, such as 2019)"
    );
    // A page that does not exist, in Chinese.
    let zh = get(&app, "/zh/nowhere", None).await;
    assert_eq!(zh.status, StatusCode::NOT_FOUND);
    assert!(zh.body.contains("未找到"));
    assert!(zh.body.contains(r#"<a href="/zh/">返回概览</a>"#));
}
