//! The multiple systems estimation page and `POST /api/v1/mse`: the
//! reference's figures (SparseMSE 2.0.1 on the UK six-list data), every
//! method side by side, and clear 400s for bad tables.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode};
use palermo_store::Store;
use tower::ServiceExt;

const UK: &str = include_str!("../../palermo-mse/tests/data/UKdat.csv");

async fn send(req: Request<Body>) -> (StatusCode, String) {
    let store = Store::open_in_memory().await.unwrap();
    let res = palermo_web::router(store).oneshot(req).await.unwrap();
    let status = res.status();
    let body = to_bytes(res.into_body(), 20 << 20).await.unwrap();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

fn form_body(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            let enc: String = v
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={enc}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[tokio::test]
async fn page_has_a_form_with_an_example_table() {
    let (s, body) = send(Request::get("/mse").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains(r#"<form method="post" action="/mse""#));
    assert!(body.contains("A,B,C,D,E,count"));
    assert!(body.contains(r#"<label for="table">"#));
}

#[tokio::test]
async fn form_shows_estimate_intervals_models_and_the_comparison_chart() {
    let body = form_body(&[("table", UK), ("method", "stepwise"), ("threshold", "0.02")]);
    let (s, html) = send(
        Request::post("/mse")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{html}");
    assert!(html.contains("<strong>11,418</strong>"), "estimate");
    assert!(
        html.contains("9,977") && html.contains("13,146"),
        "Wald limits"
    );
    assert!(html.contains("PF:NCA + LA:NG + NG:GP + LA:PF + PF:GP + GO:GP + NG:GO"));
    assert!(html.contains("Models tried"));
    assert!(html.contains("(selected)"));
    assert!(html.contains(r#"<svg viewBox"#) && html.contains("Population estimates by method"));
    assert!(html.contains("Rcapture Mt"));
    assert!(html.contains("best BIC"));
}

#[tokio::test]
async fn form_reports_bad_tables_with_the_line() {
    let body = form_body(&[("table", "A,B,count\n1,0,3\n0,1,x\n1,1,1\n")]);
    let (s, html) = send(
        Request::post("/mse")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(html.contains("line 3"), "{html}");
    assert!(html.contains("not a number"));
    // the form keeps what was typed
    assert!(html.contains("0,1,x"));
}

#[tokio::test]
async fn api_json_body_gives_the_reference_figures() {
    let req =
        serde_json::json!({"table": UK, "method": "stepwise", "bootstrap": "100", "seed": "1"});
    let (s, body) = send(
        Request::post("/api/v1/mse")
            .header("content-type", "application/json")
            .body(Body::from(req.to_string()))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!((v["estimate"].as_f64().unwrap() - 11417.991).abs() < 1e-3);
    assert_eq!(v["observed"], 2744);
    assert_eq!(v["terms"].as_array().unwrap().len(), 7);
    let methods: Vec<&str> = v["intervals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["method"].as_str().unwrap())
        .collect();
    assert_eq!(methods, ["wald", "profile", "bca"]);
    assert!(v["models"].as_array().unwrap().len() == 8);
    assert!(v["empty_overlaps"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn api_accepts_csv_with_query_options_and_rejects_bad_input() {
    let (s, body) = send(
        Request::post("/api/v1/mse?method=fixed&terms=LA:NG")
            .header("content-type", "text/csv")
            .body(Body::from(UK))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["terms"], serde_json::json!(["LA:NG"]));

    let (s, body) = send(
        Request::post("/api/v1/mse")
            .header("content-type", "text/csv")
            .body(Body::from("A,B,C,count\n1,0,0,5\n0,1,0,3\n0,0,1,4\n"))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("all overlaps are empty"),
        "{body}"
    );

    let (s, body) = send(
        Request::post("/api/v1/mse?method=bogus")
            .header("content-type", "text/csv")
            .body(Body::from(UK))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(body.contains("method"));
}

#[tokio::test]
async fn openapi_documents_the_endpoint() {
    let (s, body) = send(
        Request::get("/api/v1/openapi.json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(v["paths"]["/mse"]["post"]["summary"].is_string());
}
