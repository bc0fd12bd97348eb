//! The estimation on the web is audited (issue #12, item 8): `POST /mse`
//! and `POST /api/v1/mse` each leave one `mse.estimate` entry (who:
//! `anonymous`, from the client's address, the method and the number of
//! lists, the table's keyed digest), never the table; a refused table
//! leaves none; the chain still verifies. On both backends.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::app::App;
use palermo_store::accounts::AuditVerdict;
use palermo_store::testing::TestStore;

on_every_backend!(each_estimate_leaves_one_entry_without_the_table);

/// Three lists in the capture-history layout `palermo mse` reads, counts
/// chosen for this test (no published table is needed: only the trail is
/// checked).
const TABLE: &str =
    "A,B,C,count\n1,0,0,431\n0,1,0,323\n0,0,1,287\n1,1,0,52\n1,0,1,41\n0,1,1,37\n1,1,1,9\n";

async fn each_estimate_leaves_one_entry_without_the_table(db: TestStore) {
    let app = App::on(db);
    let api = Request::post("/api/v1/mse")
        .header("content-type", "application/json")
        .body(Body::from(
            serde_json::json!({"table": TABLE, "method": "main"}).to_string(),
        ))
        .unwrap();
    let r = app.send_from(api, [192, 0, 2, 7]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let form = format!(
        "table={}&method=stepwise",
        form_urlencoded::byte_serialize(TABLE.as_bytes()).collect::<String>()
    );
    let page = Request::post("/mse")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    let r = app.send_from(page, [192, 0, 2, 8]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // A table that does not parse estimates nothing and records nothing.
    let bad = Request::post("/api/v1/mse")
        .header("content-type", "text/csv")
        .body(Body::from("A,B,count\n1,x,3\n"))
        .unwrap();
    assert_eq!(
        app.send_from(bad, [192, 0, 2, 9]).await.status,
        StatusCode::BAD_REQUEST
    );

    let entries = app.store.audit_entries().await.unwrap();
    let runs: Vec<_> = entries
        .iter()
        .filter(|e| e.event.action == "mse.estimate")
        .collect();
    assert_eq!(runs.len(), 2, "{entries:?}");
    for (e, ip, method) in [
        (runs[0], "192.0.2.7", "main"),
        (runs[1], "192.0.2.8", "stepwise"),
    ] {
        assert_eq!(e.event.actor, "anonymous");
        assert_eq!(e.event.source, ip);
        assert!(
            e.event
                .target
                .starts_with(&format!("method {method}, 3 lists; in:")),
            "{}",
            e.event.target
        );
        assert_eq!(
            e.event.target.len(),
            e.event.target.find("in:").unwrap() + 35
        );
    }
    // The same table gives the same digest; no count of it is in the trail.
    let digest = |t: &str| t[t.find("in:").unwrap()..].to_owned();
    assert_eq!(digest(&runs[0].event.target), digest(&runs[1].event.target));
    for e in &entries {
        let t = &e.event.target;
        let shown = t.find("; in:").map_or(t.as_str(), |at| &t[..at]);
        for count in ["431", "323", "287"] {
            assert!(!shown.contains(count), "{t}");
        }
    }
    assert!(matches!(
        app.store.verify_audit().await.unwrap(),
        AuditVerdict::Intact(_)
    ));
}
