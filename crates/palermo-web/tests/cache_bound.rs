//! The response cache under cache-busting: 2,000 requests with `&zz=N`
//! pushed the server to 3.7 GB. Unknown parameters are now refused (and so
//! never kept), equivalent query strings share one entry, and the cache
//! never holds more than its byte budget.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use axum::http::StatusCode;
use palermo_store::Store;
use palermo_web::cache::ResponseCache;
use palermo_web::AppState;

mod common;
use common::get;

/// A served database (a file: the cache needs SQLite's data_version) and
/// the state, with a cache of `budget` bytes.
async fn app(name: &str, budget: usize) -> (axum::Router, AppState, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("palermo-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("palermo.db")).await.unwrap();
    let state = AppState {
        cache: Arc::new(ResponseCache::with_budget(budget)),
        ..AppState::new(store, Default::default())
    };
    (palermo_web::router_for(state.clone()), state, dir)
}

#[tokio::test]
async fn unknown_parameters_are_refused_and_never_kept() {
    let (app, state, dir) = app("cache-zz", palermo_web::cache::MAX_BYTES).await;
    assert_eq!(get(&app, "/instruments/tip").await.0, StatusCode::OK);
    assert_eq!(state.cache.len(), 1);
    for n in 0..200 {
        let (s, body) = get(&app, &format!("/instruments/tip?sort=consent&zz={n}")).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "zz={n}");
        assert!(body.contains("unknown parameter zz"), "{body}");
    }
    assert_eq!(state.cache.len(), 1, "refused requests are not kept");
    // in the API too, as JSON; and on routes that take no parameter
    for path in [
        "/api/v1/statistics/indicators?by=year&zz=1",
        "/api/v1/instruments?zz=1",
        "/?zz=1",
        "/countries/ALB?zz=1",
    ] {
        let (s, body) = get(&app, path).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{path}");
        if path.starts_with("/api/") {
            let v: serde_json::Value = serde_json::from_str(&body).unwrap();
            assert!(v["message"].as_str().unwrap().contains("zz"), "{body}");
        } else {
            assert!(body.contains("<html"), "{body}");
        }
    }
    assert_eq!(state.cache.len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn equivalent_query_strings_share_one_entry() {
    let (app, state, dir) = app("cache-eq", palermo_web::cache::MAX_BYTES).await;
    let (s, a) = get(&app, "/instruments/tip?sort=consent&dir=desc").await;
    assert_eq!(s, StatusCode::OK);
    let (_, b) = get(&app, "/instruments/tip?dir=desc&sort=consent").await;
    let (_, c) = get(&app, "/instruments/tip?%64ir=desc&sort=%63onsent").await;
    assert_eq!(state.cache.len(), 1);
    assert!(a == b && b == c);
    // and it is the answer to those parameters: Korea (no consent) last
    assert!(
        a.find(r#"href="/countries/KOR""#).unwrap() > a.find(r#"href="/countries/ALB""#).unwrap()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_cache_never_holds_more_than_its_budget() {
    let budget = 200_000;
    let (app, state, dir) = app("cache-budget", budget).await;
    // 40 different valid pages of about 35 KB each: 1.4 MB in all
    for day in 1..=28 {
        for month in ["01", "06"] {
            let (s, _) = get(
                &app,
                &format!("/instruments/tip?as_of=2010-{month}-{day:02}"),
            )
            .await;
            assert_eq!(s, StatusCode::OK);
            assert!(state.cache.bytes() <= budget, "{}", state.cache.bytes());
        }
    }
    assert!(state.cache.len() >= 3, "the most recent pages are kept");
    // the most recent one is answered from the cache
    let before = state.cache.len();
    get(&app, "/instruments/tip?as_of=2010-06-28").await;
    assert_eq!(state.cache.len(), before);
    let _ = std::fs::remove_dir_all(&dir);
}

/// One spelling per value: the parsers accept `mda` for `MDA`, `YEAR` for
/// `year`, `Female` or `f` for `female`, and each spelling used to be an
/// entry of its own (an attacker multiplied entries with upper and lower
/// case). The key holds the parsed value, so every spelling of one query
/// is one entry, and the answers are the same.
#[tokio::test]
async fn every_spelling_of_a_value_is_one_entry() {
    let (app, state, dir) = app("cache-spell", palermo_web::cache::MAX_BYTES).await;
    let spellings = [
        "/api/v1/statistics/indicators?country=ALB&by=year,sex&sex=female&indicator=detected-victims",
        "/api/v1/statistics/indicators?country=alb&by=YEAR,Sex&sex=Female&indicator=Detected-Victims",
        "/api/v1/statistics/indicators?country=Alb&by=year,SEX&sex=FEMALE&indicator=DETECTED-VICTIMS",
    ];
    let (s, first) = get(&app, spellings[0]).await;
    assert_eq!(s, StatusCode::OK, "{first}");
    for p in &spellings[1..] {
        let (s, body) = get(&app, p).await;
        assert_eq!(s, StatusCode::OK, "{p}: {body}");
        assert_eq!(body, first, "{p}");
    }
    assert_eq!(state.cache.len(), 1, "three spellings, one entry");
    // the data page too, with the number of corridors and the form
    for p in [
        "/data?country=alb&form=Sexual",
        "/data?country=ALB&form=sexual",
        "/data?country=ALB&form=Sexual+exploitation",
    ] {
        assert_eq!(get(&app, p).await.0, StatusCode::OK, "{p}");
    }
    for p in [
        "/api/v1/statistics/corridors?top=05",
        "/api/v1/statistics/corridors?top=5",
    ] {
        assert_eq!(get(&app, p).await.0, StatusCode::OK, "{p}");
    }
    assert_eq!(state.cache.len(), 3);
    let _ = std::fs::remove_dir_all(&dir);
}
