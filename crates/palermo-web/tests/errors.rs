//! Errors are answered in the format of the route (a page, or JSON under
//! `/api/`), and an internal failure shows no internal detail: the
//! database file is overwritten under a running server (its queries then
//! fail inside SQLite), and neither the pages nor the API may show SQL,
//! SQLite's message, a file path or a stack trace.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode};
use palermo_store::Store;
use tower::ServiceExt;

async fn get(app: &axum::Router, path: &str) -> (StatusCode, String, String) {
    let res = app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = to_bytes(res.into_body(), 10 << 20).await.unwrap();
    (status, ctype, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn errors_take_the_format_of_their_route() {
    let app = palermo_web::router(Store::open_in_memory().await.unwrap());
    // a bad parameter on a page: an HTML page in the layout
    let (s, ct, body) = get(&app, "/data?from=20x").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(ct.starts_with("text/html"), "{ct}");
    assert!(body.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(body.contains(r#"<a href="/data">Trafficking data</a>"#));
    // the same on the API: JSON
    let (s, ct, body) = get(&app, "/api/v1/statistics/indicators?from=20x").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(ct.starts_with("application/json"), "{ct}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["error"], "Bad request");
    // not found, both ways
    assert!(get(&app, "/instruments/nothing")
        .await
        .1
        .starts_with("text/html"));
    assert!(get(&app, "/api/v1/instruments/nothing")
        .await
        .1
        .starts_with("application/json"));
}

#[tokio::test]
async fn an_internal_failure_shows_no_internal_detail() {
    let dir = std::env::temp_dir().join(format!("palermo-errors-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("palermo.db");
    let store = Store::open(&db).await.unwrap();
    let app = palermo_web::router(store.clone());
    // Break the database under the server: every page of its file, and
    // the write-ahead log, overwritten.
    for f in ["palermo.db", "palermo.db-wal", "palermo.db-shm"] {
        let p = dir.join(f);
        if let Ok(m) = std::fs::metadata(&p) {
            std::fs::write(&p, vec![0x5a; m.len() as usize]).unwrap();
        }
    }
    let mut failed = 0;
    for path in [
        "/countries/ITA",
        "/countries",
        "/instruments/tip",
        "/api/v1/countries/ITA",
        "/api/v1/instruments/tip/participants",
        "/api/v1/cases/releases",
    ] {
        let (s, ct, body) = get(&app, path).await;
        if s != StatusCode::INTERNAL_SERVER_ERROR {
            continue;
        }
        failed += 1;
        assert!(
            body.contains("Something went wrong on our side"),
            "{path}: {body}"
        );
        let lower = body.to_lowercase();
        for leak in [
            "sqlite",
            "select ",
            "sql",
            "database disk image",
            "not a database",
            "panicked",
            "palermo.db",
            "src/",
            ".rs:",
        ] {
            assert!(!lower.contains(leak), "{path} shows {leak:?}: {body}");
        }
        assert_eq!(
            ct.starts_with("application/json"),
            path.starts_with("/api/"),
            "{path}: {ct}"
        );
    }
    assert!(
        failed >= 3,
        "only {failed} requests failed inside the store"
    );
    drop(app);
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}
