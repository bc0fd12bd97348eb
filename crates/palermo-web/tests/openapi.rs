//! The OpenAPI description agrees with the server (issue #13, item 14):
//! every `/api/v1` route of the registry is described, with its methods,
//! and nothing else is; every parameter the description documents is
//! called with its example (answered, never 400; `format=csv` answers CSV)
//! and with a value it does not take (400), and a name it does not list is
//! refused (400). The description is the outside fact here: what a client
//! generated from it would send.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;

mod common;

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

/// A value no documented parameter takes: not a year, number, date,
/// boolean, code, region or slug.
const REFUSED: &str = "zz-not-a-value";

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, String, String) {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 25)
        .await
        .unwrap();
    (status, ctype, String::from_utf8_lossy(&bytes).into_owned())
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

async fn document(app: &axum::Router) -> Value {
    let (s, _, body) = get(app, "/api/v1/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    serde_json::from_str(&body).unwrap()
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

#[test]
fn every_route_is_described_and_nothing_else() {
    rt().block_on(async {
        let store = palermo_store::Store::open_in_memory().await.unwrap();
        let app = palermo_web::router(store);
        let doc = document(&app).await;
        let paths = doc["paths"].as_object().unwrap();
        let reg = palermo_web::routes::registry();
        let mut routes: Vec<(String, String)> = Vec::new();
        for (path, methods) in reg
            .public
            .iter()
            .map(|r| (r.path, r.methods))
            .chain(reg.private.iter().map(|r| (r.path, r.methods)))
        {
            if let Some(p) = path.strip_prefix("/api/v1") {
                for m in methods {
                    routes.push((p.to_owned(), m.as_str().to_ascii_lowercase()));
                }
            }
        }
        for (p, m) in &routes {
            assert!(
                paths.get(p).and_then(|o| o.get(m)).is_some(),
                "{} /api/v1{p} is served but not described",
                m.to_uppercase()
            );
        }
        for (p, ops) in paths {
            for m in METHODS {
                if ops.get(m).is_some() {
                    assert!(
                        routes.contains(&(p.clone(), m.to_owned())),
                        "{} /api/v1{p} is described but not served",
                        m.to_uppercase()
                    );
                }
            }
        }
    });
}

/// The path of `op` under `/api/v1` with each path parameter replaced by
/// `value(param)`.
fn fill(path: &str, op: &Value, value: impl Fn(&Value) -> String) -> String {
    let mut p = format!("/api/v1{path}");
    for param in op["parameters"].as_array().into_iter().flatten() {
        if param["in"] == "path" {
            let name = param["name"].as_str().unwrap();
            p = p.replace(&format!("{{{name}}}"), &value(param));
        }
    }
    p
}

fn example(param: &Value) -> String {
    param["example"]
        .as_str()
        .unwrap_or_else(|| panic!("parameter without an example: {param}"))
        .to_owned()
}

#[test]
fn every_documented_parameter_is_taken_and_checked() {
    rt().block_on(async {
        let store = common::store_with_cases("demo", SAMPLE).await;
        let app = palermo_web::router(store);
        let doc = document(&app).await;
        let mut calls = 0;
        for (path, ops) in doc["paths"].as_object().unwrap() {
            let Some(op) = ops.get("get") else { continue };
            if op.get("security").is_some() {
                // Private: refused without a token, whatever the query.
                let (s, _, _) = get(&app, &fill(path, op, example)).await;
                assert_eq!(s, StatusCode::UNAUTHORIZED, "{path}");
                continue;
            }
            let base = fill(path, op, example);
            let (s, _, body) = get(&app, &base).await;
            assert_eq!(s, StatusCode::OK, "{base}: {body}");
            calls += 1;
            if path.contains('{') {
                let wrong = fill(path, op, |_| REFUSED.to_owned());
                let (s, _, _) = get(&app, &wrong).await;
                // Refused: no such resource, or not a number where one is asked.
                assert!(
                    s == StatusCode::NOT_FOUND || s == StatusCode::BAD_REQUEST,
                    "{wrong}: {s}"
                );
            }
            let (s, _, body) = get(&app, &format!("{base}?zz=1")).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{base}?zz=1 is taken: {body}");
            for param in op["parameters"].as_array().into_iter().flatten() {
                if param["in"] != "query" {
                    continue;
                }
                let name = param["name"].as_str().unwrap();
                let mut values = vec![example(param)];
                for v in param["schema"]["enum"].as_array().into_iter().flatten() {
                    values.push(v.as_str().unwrap().to_owned());
                }
                for v in values {
                    let uri = format!("{base}?{name}={v}");
                    let (s, ctype, body) = get(&app, &uri).await;
                    assert_eq!(s, StatusCode::OK, "{uri} (documented): {body}");
                    if name == "format" {
                        let want = if v == "csv" {
                            "text/csv"
                        } else {
                            "application/json"
                        };
                        assert!(ctype.starts_with(want), "{uri} answers {ctype}");
                    }
                    calls += 1;
                }
                let uri = format!("{base}?{name}={REFUSED}");
                let (s, _, body) = get(&app, &uri).await;
                assert_eq!(s, StatusCode::BAD_REQUEST, "{uri} is not refused: {body}");
            }
        }
        assert!(calls > 40, "only {calls} calls");
    });
}

/// The three disagreements the issue found, each against the description.
#[test]
fn the_known_disagreements_are_gone() {
    rt().block_on(async {
        let store = common::store_with_cases("demo", SAMPLE).await;
        let app = palermo_web::router(store);
        let doc = document(&app).await;
        let names = |p: &str| -> Vec<String> {
            doc["paths"][p]["get"]["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["name"].as_str().unwrap().to_owned())
                .collect()
        };
        // Case tables document no filter, and a filter is refused.
        let cases = names("/cases/indicators");
        for f in ["from", "to", "country", "region", "sex", "age", "form"] {
            assert!(!cases.iter().any(|n| n == f), "{f} documented");
            let (s, _, _) = get(&app, &format!("/api/v1/cases/indicators?{f}=2019")).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{f}");
        }
        // Corridors are not grouped at will: `by` is neither documented
        // nor taken.
        assert!(!names("/statistics/corridors").iter().any(|n| n == "by"));
        let (s, _, body) = get(&app, "/api/v1/statistics/corridors?by=year").await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{body}");
        // Participants as CSV are CSV, with the documented columns.
        let (s, ctype, body) = get(&app, "/api/v1/instruments/tip/participants?format=csv").await;
        assert_eq!(s, StatusCode::OK);
        assert!(ctype.starts_with("text/csv"), "{ctype}");
        assert!(
            body.starts_with(
                "participant,iso3,instrument,signature_date,consent_date,consent_type,party,as_of"
            ),
            "{}",
            &body[..body.len().min(200)]
        );
    });
}
