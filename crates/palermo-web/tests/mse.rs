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

async fn send_to(app: &axum::Router, req: Request<Body>) -> (StatusCode, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let body = to_bytes(res.into_body(), 20 << 20).await.unwrap();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

/// A random k-list capture-history table as CSV.
fn random_csv(k: usize, n: u64) -> String {
    let counts = palermo_mse::interval::simulate_independent(n, &vec![0.3; k], 7, 0);
    let mut csv: String = (0..k).map(|i| format!("L{i},")).collect();
    csv.push_str("count\n");
    for (w, &c) in counts.iter().enumerate().skip(1) {
        if c > 0 {
            for i in 0..k {
                csv.push_str(if w >> i & 1 == 1 { "1," } else { "0," });
            }
            csv.push_str(&format!("{c}\n"));
        }
    }
    csv
}

fn json_post(body: &serde_json::Value) -> Request<Body> {
    Request::post("/api/v1/mse")
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

#[tokio::test]
async fn api_accepts_numbers_and_any_case_json_content_type() {
    let req = serde_json::json!({"table": UK, "method": "stepwise", "threshold": 0.02,
        "bootstrap": 20, "seed": 5, "level": 0.9});
    let (s, body) = send(
        Request::post("/api/v1/mse")
            .header("content-type", "Application/JSON; charset=utf-8")
            .body(Body::from(req.to_string()))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["intervals"][0]["level"], 0.9);
    assert_eq!(v["bootstrap"]["replicates"], 20);
    assert_eq!(v["bootstrap"]["seed"], 5);
    // numeric strings still work; other types are named
    let (s, _) = send(json_post(
        &serde_json::json!({"table": UK, "level": "0.8", "method": "main"}),
    ))
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, body) = send(json_post(&serde_json::json!({"table": UK, "seed": true}))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(body.contains("expected a number"), "{body}");
}

#[tokio::test]
async fn openapi_documents_numbers_and_limits() {
    let (_, body) = send(
        Request::get("/api/v1/openapi.json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let post = &v["paths"]["/mse"]["post"];
    let props = &post["requestBody"]["content"]["application/json"]["schema"]["properties"];
    assert_eq!(
        props["bootstrap"]["type"],
        serde_json::json!(["integer", "string"])
    );
    assert_eq!(
        props["level"]["type"],
        serde_json::json!(["number", "string"])
    );
    let d = post["description"].as_str().unwrap();
    assert!(
        d.contains("at most 12 lists") && d.contains("1000 bootstrap"),
        "{d}"
    );
    for code in ["413", "422", "503"] {
        assert!(post["responses"][code].is_object(), "{code}");
    }
}

#[tokio::test]
async fn form_has_a_level_field_and_uses_it() {
    let (_, page) = send(Request::get("/mse").body(Body::empty()).unwrap()).await;
    assert!(page.contains(r#"<label for="level">"#) && page.contains(r#"name="level""#));
    assert!(page.contains("at most 12 lists"));
    let body = form_body(&[("table", UK), ("method", "main"), ("level", "0.8")]);
    let (s, html) = send(
        Request::post("/mse")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{html}");
    assert!(html.contains("<td>80%</td>"), "{html}");
    assert!(html.contains(r#"value="0.8""#));
}

#[tokio::test]
async fn oversized_bodies_get_the_pages_own_error_with_the_limit() {
    let big = "A,B,count\n".to_string() + &"1,0,1\n".repeat(800_000); // 4.8 MB
    let body = form_body(&[("table", &big)]);
    let (s, html) = send(
        Request::post("/mse")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        html.contains("<form method=\"post\" action=\"/mse\""),
        "the page itself"
    );
    assert!(html.contains("larger than the limit of 4 MiB"), "{html}");
    let (s, body) = send(
        Request::post("/api/v1/mse")
            .header("content-type", "text/csv")
            .body(Body::from(big))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(
        v["message"].as_str().unwrap().contains("4194304 bytes"),
        "{body}"
    );
}

#[tokio::test]
async fn web_caps_lists_and_replicates() {
    let (s, body) = send(json_post(
        &serde_json::json!({"table": random_csv(13, 2000)}),
    ))
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(body.contains("13 lists, at most 12"), "{body}");
    let (s, body) = send(json_post(
        &serde_json::json!({"table": UK, "bootstrap": 5000}),
    ))
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(body.contains("at most 1,000 replicates"), "{body}");
}

#[tokio::test]
async fn time_limit_gives_422_and_a_busy_server_503() {
    use palermo_web::estimation::gate::Limits;
    use std::time::{Duration, Instant};
    let store = Store::open_in_memory().await.unwrap();
    let limits = Limits {
        timeout: Duration::from_millis(1500),
        wait: Duration::from_millis(100),
        ..Limits::default()
    };
    let app = palermo_web::router_with(store, limits);
    let long = serde_json::json!({"table": random_csv(12, 3000), "bootstrap": 1000});
    let first = tokio::spawn({
        let app = app.clone();
        let long = long.clone();
        async move {
            let start = Instant::now();
            (send_to(&app, json_post(&long)).await, start.elapsed())
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let res = app
        .clone()
        .oneshot(json_post(
            &serde_json::json!({"table": UK, "method": "main"}),
        ))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.headers().contains_key("retry-after"));
    let ((s, body), took) = first.await.unwrap();
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("time limit"), "{body}");
    assert!(took < Duration::from_secs(15), "{took:?}");
}

#[tokio::test]
async fn a_dropped_request_stops_its_computation() {
    use palermo_web::estimation::gate::Limits;
    use std::time::Duration;
    let store = Store::open_in_memory().await.unwrap();
    let limits = Limits {
        timeout: Duration::from_secs(600),
        wait: Duration::from_secs(8),
        ..Limits::default()
    };
    let app = palermo_web::router_with(store, limits);
    let long = serde_json::json!({"table": random_csv(12, 3000), "bootstrap": 1000});
    // the client gives up after 300 ms
    let gave_up = tokio::time::timeout(
        Duration::from_millis(300),
        app.clone().oneshot(json_post(&long)),
    )
    .await;
    assert!(gave_up.is_err());
    // The slot is free again: the computation was cancelled. Had it gone
    // on (1,000 bootstrap fits over 12 lists take minutes), this request
    // would wait `wait` (8 s) for the slot and get 503, not 200; no clock
    // is read here, so a slow machine cannot make this fail.
    let (s, body) = send_to(
        &app,
        json_post(&serde_json::json!({"table": UK, "method": "main"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
}

/// A request from `ip`, as the server would deliver it (with the peer's
/// address in its extensions).
fn from(ip: &str, mut req: Request<Body>) -> Request<Body> {
    let addr: std::net::SocketAddr = format!("{ip}:40000").parse().unwrap();
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(addr));
    req
}

#[tokio::test]
async fn one_client_cannot_hold_the_estimation_slot() {
    use palermo_web::estimation::gate::Limits;
    use std::time::{Duration, Instant};
    let store = Store::open_in_memory().await.unwrap();
    let limits = Limits {
        timeout: Duration::from_millis(1500),
        wait: Duration::from_secs(20),
        ..Limits::default()
    };
    let app = palermo_web::router_with(store, limits);
    let long = serde_json::json!({"table": random_csv(12, 3000), "bootstrap": 1000});
    let start = Instant::now();
    let send_at = |ip: &'static str, body: serde_json::Value| {
        let app = app.clone();
        tokio::spawn(async move {
            let (s, _) = send_to(&app, from(ip, json_post(&body))).await;
            (s, start.elapsed())
        })
    };
    // client A: one slow estimation running, a second one waiting
    let a1 = send_at("127.0.0.1", long.clone());
    tokio::time::sleep(Duration::from_millis(200)).await;
    let a2 = send_at("127.0.0.1", long.clone());
    tokio::time::sleep(Duration::from_millis(200)).await;
    // client B comes after A's second request
    let b1 = send_at(
        "127.0.0.2",
        serde_json::json!({"table": "A,B,count\n1,0,30\n0,1,25\n1,1,10\n", "method": "main"}),
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    // A's third is refused at once: two waiting or running is A's share
    let t = Instant::now();
    let res = app
        .clone()
        .oneshot(from("127.0.0.1", json_post(&long)))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    assert!(t.elapsed() < Duration::from_secs(1));
    let (a1, a2, b1) = (a1.await.unwrap(), a2.await.unwrap(), b1.await.unwrap());
    assert_eq!(a1.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(a2.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(b1.0, StatusCode::OK);
    // B had the slot when A's first ended, before A's second
    assert!(
        b1.1 < a2.1,
        "B done at {:?}, A's second at {:?}",
        b1.1,
        a2.1
    );
}

/// The new warnings of the engine reach the page: merged capture histories,
/// and a list that captures everybody (the observed total, no upper limit).
#[tokio::test]
async fn form_shows_merges_and_a_list_that_captures_everybody() {
    // A holds all 42 observed (lines 2 and 4 give the same history)
    let table = "A,B,count\n1,0,20\n1,1,12\n1,0,10\n";
    let body = form_body(&[("table", table), ("method", "stepwise")]);
    let (s, html) = send(
        Request::post("/mse")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{html}");
    assert!(html.contains("<strong>42</strong>"), "{html}");
    assert!(html.contains("no upper limit"), "{html}");
    assert!(
        html.contains("lines 2, 4 give the same capture history; their counts were summed"),
        "{html}"
    );
    assert!(
        html.contains("list &quot;A&quot; captures every observed person")
            || html.contains("list &#34;A&#34; captures every observed person"),
        "{html}"
    );
    // the chart draws no whisker to infinity
    assert!(!html.contains("inf\""), "{html}");
}

/// QA: `/mse?x=1` answered 200; an unknown parameter is a 400 here as on
/// every other page.
#[tokio::test]
async fn the_form_page_refuses_unknown_parameters() {
    let (s, _) = send(Request::get("/mse?x=1").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = send(Request::get("/mse").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    // The API too, in the query string and in a JSON body.
    let (s, _) = send(
        Request::post("/api/v1/mse?x=1")
            .header("content-type", "text/csv")
            .body(Body::from(UK))
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = send(json_post(
        &serde_json::json!({"table": UK, "methd": "main"}),
    ))
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}
