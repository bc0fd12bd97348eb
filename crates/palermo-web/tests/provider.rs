//! Data providers through the web and the API (issue #12, item 7): an
//! agency imports its case records (the upload page and a Bearer token),
//! uploads CLKs, reads its own raw records back, and never another's:
//! agency B guessing agency A's source and upload ids gets 404, exactly as
//! for an id that does not exist. Every import, upload and read leaves an
//! audit entry and the chain still verifies. Real requests through the
//! whole router.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use axum::http::{header, StatusCode};
use common::app::{App, Res};
use palermo_store::accounts::AuditVerdict;
use palermo_store::testing::TestStore;

on_every_backend!(
    an_agency_imports_its_records_and_reads_them_back,
    an_agency_imports_by_the_api_with_a_read_write_token_only,
    uploads_need_the_forms_csrf_token,
    a_file_that_identifies_persons_is_refused_whole,
    an_upload_over_the_limit_is_413_and_stores_nothing,
    clks_are_stored_without_anything_else_of_their_file,
    an_agency_guessing_another_agencys_record_and_upload_ids_gets_404,
);

/// A CTDC-layout file written by hand: line 2 a woman of 18–20 from the
/// Republic of Moldova exploited sexually in Romania (2019), line 3 a man
/// of 30–38 from Viet Nam in forced labour in the United Kingdom (2021),
/// line 4 rejected (gender "Robot" is none of CTDC's codes).
const CASES: &str = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isSexualExploit,isForcedLabour\n\
2019,Female,18--20,MDA,ROU,1,\n\
2021,Male,30--38,VNM,GBR,,1\n\
2020,Robot,18--20,MDA,ROU,1,\n";

/// Two CLKs of 16 bits (base64 of 0xFFFF and 0x0F0F), as clkhash writes
/// them, with a key a careless exporter added (a name: it must never be
/// stored).
const CLKS: &str = r#"{"clks": ["//8=", "Dw8="], "names": ["Maria Popescu"]}"#;

struct Agencies {
    app: App,
    a: String,
    b: String,
    a_id: i64,
    b_id: i64,
}

async fn two_agencies(db: TestStore) -> Agencies {
    let app = App::on(db);
    app.store.seed_statistics().await.unwrap();
    let a_id = app
        .user("a@example.org", "data-provider", Some("agency:ngo-a"))
        .await;
    let b_id = app
        .user("b@example.org", "data-provider", Some("agency:ngo-b"))
        .await;
    let a = app.login("a@example.org").await;
    let b = app.login("b@example.org").await;
    Agencies {
        app,
        a,
        b,
        a_id,
        b_id,
    }
}

async fn import_a(t: &Agencies) -> Res {
    let csrf = t.app.provider_csrf(&t.a).await;
    t.app
        .post_multipart(
            "/provider/cases",
            &t.a,
            &[("csrf", &csrf), ("name", "police-2024"), ("format", "ctdc")],
            Some(("../../secret/cases.csv", CASES.as_bytes())),
        )
        .await
}

/// The id of the only source of agency A.
async fn source_id(t: &Agencies) -> String {
    let sources = t.app.store.case_sources_of("agency:ngo-a").await.unwrap();
    assert_eq!(sources.len(), 1);
    sources[0].public_id.clone().unwrap()
}

async fn verified(app: &App) {
    assert!(
        matches!(
            app.store.verify_audit().await.unwrap(),
            AuditVerdict::Intact(_)
        ),
        "the audit chain must verify"
    );
}

async fn an_agency_imports_its_records_and_reads_them_back(db: TestStore) {
    let t = two_agencies(db).await;
    let res = import_a(&t).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.headers[header::CACHE_CONTROL], "no-store");
    // Two stored, line 4 rejected: named by line, field and reason, never
    // by its value.
    assert!(
        res.body
            .contains("Source police-2024: 2 records stored, 1 rows rejected"),
        "{}",
        res.body
    );
    assert!(
        res.body.contains("<td>4</td><td>gender</td>"),
        "{}",
        res.body
    );
    assert!(!res.body.contains("Robot"));
    // The path of the uploaded file name is dropped.
    let sources = t.app.store.case_sources_of("agency:ngo-a").await.unwrap();
    assert_eq!(sources[0].file, "cases.csv");
    assert_eq!(sources[0].source, "agency:ngo-a/police-2024");
    assert_eq!(sources[0].rows, (3, 2, 1));
    let id = source_id(&t).await;
    assert_eq!(id.len(), 32);

    let page = t
        .app
        .get(&format!("/provider/sources/{id}"), Some(&t.a))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    // Sex and forms by the names GLOTIP publishes (UNODC's labels, in
    // English here), not Palermo's codes.
    assert!(page.body.contains("<td>2</td><td>2019</td><td>Female</td>"));
    assert!(page
        .body
        .contains("<td>MDA</td><td>ROU</td><td>Sexual exploitation</td>"));
    assert!(page
        .body
        .contains("<td>VNM</td><td>GBR</td><td>Forced labour</td>"));

    let json = t
        .app
        .get(
            &format!("/api/v1/provider/sources/{id}/records"),
            Some(&t.a),
        )
        .await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.body);
    let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let records = v["records"].as_array().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["year"], 2019);
    assert_eq!(records[0]["citizenship"], "MDA");
    assert_eq!(records[0]["sex"], "female");
    assert_eq!(records[1]["country_of_exploitation"], "GBR");
    assert_eq!(v["source"], "police-2024");

    let actions = t.app.actions().await;
    assert_eq!(
        actions.iter().filter(|a| *a == "cases.import").count(),
        1,
        "{actions:?}"
    );
    assert_eq!(
        actions.iter().filter(|a| *a == "cases.read").count(),
        2,
        "{actions:?}"
    );
    let entries = t.app.store.audit_entries().await.unwrap();
    let import = entries
        .iter()
        .find(|e| e.event.action == "cases.import")
        .unwrap();
    assert_eq!(
        import.event.actor,
        format!("user:{} <a@example.org>", t.a_id)
    );
    assert_eq!(import.event.source, "127.0.0.1");
    assert_eq!(
        import.event.target,
        format!("case-source:{id} (2 stored, 1 rejected)")
    );
    // No victim's data in the trail.
    for e in &entries {
        for s in [&e.event.target, &e.event.action] {
            assert!(!s.contains("MDA") && !s.contains("2019"), "{s}");
        }
    }
    verified(&t.app).await;
}

async fn an_agency_imports_by_the_api_with_a_read_write_token_only(db: TestStore) {
    let t = two_agencies(db).await;
    let rw = t.app.token(t.a_id, "read-write").await;
    let ro = t.app.token(t.a_id, "read").await;
    let path = "/api/v1/provider/sources?name=hotline&format=ctdc&file=..%2Fh.csv";
    let refused = t.app.post_bearer(path, &ro, CASES.into()).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert!(t
        .app
        .store
        .case_sources_of("agency:ngo-a")
        .await
        .unwrap()
        .is_empty());

    let res = t.app.post_bearer(path, &rw, CASES.into()).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let v: serde_json::Value = serde_json::from_str(&res.body).unwrap();
    assert_eq!(
        (v["stored"].as_u64(), v["rejected"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(v["rejections"][0]["line"], 4);
    assert_eq!(v["rejections"][0]["field"], "gender");
    assert!(!res.body.contains("Robot"));
    let id = v["id"].as_str().unwrap().to_owned();

    // The read token lists and reads.
    let list = t.app.bearer("/api/v1/provider/sources", &ro).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&id) && list.body.contains("\"file\":\"h.csv\""));
    let read = t
        .app
        .bearer(&format!("/api/v1/provider/sources/{id}/records"), &ro)
        .await;
    assert_eq!(read.status, StatusCode::OK);

    // A session's API POST needs its CSRF token in a header.
    let req = axum::http::Request::post(path)
        .header(header::COOKIE, format!("__Host-palermo-session={}", t.a))
        .body(axum::body::Body::from(CASES))
        .unwrap();
    assert_eq!(t.app.send(req).await.status, StatusCode::FORBIDDEN);
    verified(&t.app).await;
}

async fn uploads_need_the_forms_csrf_token(db: TestStore) {
    let t = two_agencies(db).await;
    let res = t
        .app
        .post_multipart(
            "/provider/cases",
            &t.a,
            &[("csrf", "forged"), ("name", "x"), ("format", "ctdc")],
            Some(("cases.csv", CASES.as_bytes())),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // B's token does not carry A's form either.
    let csrf_b = t.app.provider_csrf(&t.b).await;
    let res = t
        .app
        .post_multipart(
            "/provider/clks",
            &t.a,
            &[("csrf", &csrf_b), ("name", "x")],
            Some(("c.json", CLKS.as_bytes())),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(t.app.store.case_sources().await.unwrap().is_empty());
    assert!(t
        .app
        .store
        .clk_uploads_of("agency:ngo-a")
        .await
        .unwrap()
        .is_empty());
}

async fn a_file_that_identifies_persons_is_refused_whole(db: TestStore) {
    let t = two_agencies(db).await;
    let csrf = t.app.provider_csrf(&t.a).await;
    let named = "firstName,yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation\n\
                 Maria,2019,Female,18--20,MDA,ROU\n";
    let res = t
        .app
        .post_multipart(
            "/provider/cases",
            &t.a,
            &[("csrf", &csrf), ("name", "named"), ("format", "ctdc")],
            Some(("named.csv", named.as_bytes())),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST, "{}", res.body);
    assert!(res.body.contains("identify persons"), "{}", res.body);
    assert!(!res.body.contains("Maria"));
    assert!(t.app.store.case_sources().await.unwrap().is_empty());
}

async fn an_upload_over_the_limit_is_413_and_stores_nothing(db: TestStore) {
    let t = two_agencies(db).await;
    let csrf = t.app.provider_csrf(&t.a).await;
    let big = vec![b'1'; palermo_web::provider::upload::MAX_UPLOAD_BYTES + 1];
    let res = t
        .app
        .post_multipart(
            "/provider/cases",
            &t.a,
            &[("csrf", &csrf), ("name", "big"), ("format", "ctdc")],
            Some(("big.csv", &big)),
        )
        .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.body);
    let token = t.app.token(t.a_id, "read-write").await;
    let res = t
        .app
        .post_bearer("/api/v1/provider/uploads?name=big", &token, big)
        .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.body);
    assert!(t.app.store.case_sources().await.unwrap().is_empty());
}

async fn clks_are_stored_without_anything_else_of_their_file(db: TestStore) {
    let t = two_agencies(db).await;
    let csrf = t.app.provider_csrf(&t.a).await;
    let res = t
        .app
        .post_multipart(
            "/provider/clks",
            &t.a,
            &[("csrf", &csrf), ("name", "hotline")],
            Some(("hotline.json", CLKS.as_bytes())),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(
        res.body.contains("List hotline: 2 CLKs of 16 bits stored."),
        "{}",
        res.body
    );
    let uploads = t.app.store.clk_uploads_of("agency:ngo-a").await.unwrap();
    let id = uploads[0].public_id.clone();
    let (_, data) = t
        .app
        .store
        .clk_upload_of(&id, "agency:ngo-a")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(data, r#"{"clks":["//8=","Dw8="]}"#);
    let json = t
        .app
        .get(&format!("/api/v1/provider/uploads/{id}"), Some(&t.a))
        .await;
    assert_eq!(json.status, StatusCode::OK);
    assert!(
        json.body.contains(r#""clks":["//8=","Dw8="]"#),
        "{}",
        json.body
    );
    assert!(!json.body.contains("Maria"));
    // Not CLKs: refused with the reader's reason.
    let bad = t
        .app
        .post_multipart(
            "/provider/clks",
            &t.a,
            &[("csrf", &csrf), ("name", "bad")],
            Some(("bad.json", br#"{"clks": ["//8=", "AAAAAA=="]}"#)),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body
            .contains("record 1: 32 bits, but the first record has 16"),
        "{}",
        bad.body
    );
    let actions = t.app.actions().await;
    assert!(actions.contains(&"clks.upload".to_owned()));
    assert!(actions.contains(&"clks.read".to_owned()));
    verified(&t.app).await;
}

/// The permission matrix's case of one agency guessing another's ids:
/// agency B asks for agency A's real source and upload ids on every page
/// and API route, and gets the same 404 as for an id that exists nowhere,
/// with none of A's data; A still reads its own.
async fn an_agency_guessing_another_agencys_record_and_upload_ids_gets_404(db: TestStore) {
    let t = two_agencies(db).await;
    assert_eq!(import_a(&t).await.status, StatusCode::OK);
    let csrf = t.app.provider_csrf(&t.a).await;
    t.app
        .post_multipart(
            "/provider/clks",
            &t.a,
            &[("csrf", &csrf), ("name", "hotline")],
            Some(("hotline.json", CLKS.as_bytes())),
        )
        .await;
    let source = source_id(&t).await;
    let upload = t.app.store.clk_uploads_of("agency:ngo-a").await.unwrap()[0]
        .public_id
        .clone();
    let nowhere = "0123456789abcdef0123456789abcdef";
    let b_token = t.app.token(t.b_id, "read").await;
    for (id, kind) in [(&source, "source"), (&upload, "upload")] {
        let paths: Vec<String> = if kind == "source" {
            vec![
                format!("/provider/sources/{id}"),
                format!("/api/v1/provider/sources/{id}/records"),
            ]
        } else {
            vec![
                format!("/provider/uploads/{id}"),
                format!("/api/v1/provider/uploads/{id}"),
            ]
        };
        for path in paths {
            let theirs = t.app.get(&path, Some(&t.b)).await;
            let none = t
                .app
                .get(&path.replace(id.as_str(), nowhere), Some(&t.b))
                .await;
            assert_eq!(theirs.status, StatusCode::NOT_FOUND, "{path}");
            // The same answer but for the path asked, which the page's
            // language switcher repeats.
            assert_eq!(
                theirs.body.replace(id.as_str(), nowhere),
                none.body,
                "{path}: existence must not leak"
            );
            for leak in ["police-2024", "hotline", "MDA", "//8="] {
                assert!(!theirs.body.contains(leak), "{path}: {leak}");
            }
            let by_token = t.app.bearer(&path, &b_token).await;
            if path.starts_with("/api/") {
                assert_eq!(by_token.status, StatusCode::NOT_FOUND, "{path}");
            }
            assert_eq!(
                t.app.get(&path, Some(&t.a)).await.status,
                StatusCode::OK,
                "{path}"
            );
        }
    }
    // B's own lists hold nothing of A's.
    for path in [
        "/provider",
        "/api/v1/provider/sources",
        "/api/v1/provider/uploads",
    ] {
        let r = t.app.get(path, Some(&t.b)).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(
            !r.body.contains(&source) && !r.body.contains(&upload),
            "{path}"
        );
        assert!(
            !r.body.contains("police-2024") && !r.body.contains("hotline"),
            "{path}"
        );
    }
    // B importing a source of the same name makes its own, and A's stays.
    let csrf_b = t.app.provider_csrf(&t.b).await;
    let r = t
        .app
        .post_multipart(
            "/provider/cases",
            &t.b,
            &[
                ("csrf", &csrf_b),
                ("name", "police-2024"),
                ("format", "ctdc"),
            ],
            Some((
                "b.csv",
                CASES
                    .lines()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join("\n")
                    .as_bytes(),
            )),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        t.app.store.case_sources_of("agency:ngo-a").await.unwrap()[0]
            .rows
            .1,
        2
    );
    // An analyst (no organisation) and an administrator hold nothing here.
    t.app.user("analyst@example.org", "analyst", None).await;
    let s = t.app.login("analyst@example.org").await;
    let r = t
        .app
        .get(&format!("/provider/sources/{source}"), Some(&s))
        .await;
    assert!(matches!(
        r.status,
        StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
    ));
    assert!(!r.body.contains("MDA"));
}
