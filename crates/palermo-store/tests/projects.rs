//! Linkage projects in the store (issue #17, item 1), on both backends
//! (the PostgreSQL half runs when PALERMO_TEST_POSTGRES names a server):
//! each project's KDF salt and info are its own and read back by
//! clkhash's schema parser (palermo_linkage, checked against clkhash), a
//! member cannot attach another organisation's upload nor one of the wrong
//! CLK length, a withdrawal empties the list, a cancelled run stays
//! cancelled, and every step is audited.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_linkage::schema::Schema;
use palermo_store::accounts::{AuditContext, NewUser};
use palermo_store::clks::NewClkUpload;
use palermo_store::projects::NewLinkageProject;
use palermo_store::testing::stores;
use palermo_store::Store;

/// clkhash's v3 schema example shape (tests/data/edge/schema.json of
/// palermo-linkage), a 512-bit CLK.
const SCHEMA: &str = r#"{"version":3,"clkConfig":{"l":512,"xor_folds":1,"kdf":{"type":"HKDF","hash":"SHA512","keySize":48,"salt":"c2FsdA==","info":"aW5mbw=="}},"features":[{"identifier":"name","format":{"type":"string","encoding":"utf-8"},"hashing":{"comparison":{"type":"ngram","n":2},"strategy":{"bitsPerToken":30},"hash":{"type":"blakeHash"}}}]}"#;

fn ctx(at: i64) -> AuditContext {
    AuditContext::cli(at)
}

async fn user(store: &Store, email: &str, org: &str) -> i64 {
    store
        .create_user(
            &NewUser {
                email: email.into(),
                display_name: "Ada".into(),
                role: "provider".into(),
                organisation: Some(org.into()),
                reviews: vec![],
                password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA".into(),
            },
            &ctx(1),
        )
        .await
        .unwrap()
}

async fn upload(store: &Store, org: &str, by: i64, bits: u64) -> String {
    store
        .store_clk_upload(
            &NewClkUpload {
                organisation: org,
                list: "police",
                file: "police.json",
                clks: 3,
                bits,
                data: r#"{"clks":[]}"#,
                uploaded_by: by,
            },
            &ctx(2),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn projects_members_runs_and_their_audit() {
    for t in stores().await {
        check(&t.store, t.backend).await;
    }
}

async fn check(store: &Store, backend: &str) {
    let owner = user(store, "fp@example.org", "state:FRA").await;
    let a = user(store, "a@example.org", "ngo:a").await;
    let b = user(store, "b@example.org", "ngo:b").await;
    let new = NewLinkageProject {
        owner_state: "FRA",
        name: "2025 victims",
        schema_json: SCHEMA,
        bits: 512,
        threshold: 0.8,
        members: &["ngo:a", "ngo:b"],
        created_by: owner,
    };
    let p1 = store.create_linkage_project(&new, &ctx(10)).await.unwrap();
    let p2 = store.create_linkage_project(&new, &ctx(11)).await.unwrap();
    // Each project's salt and info: 256 bits, its own, parsed by the
    // clkhash schema reader; the template's "salt"/"info" are gone.
    let s1 = Schema::from_json_str(&p1.schema_json).unwrap();
    let s2 = Schema::from_json_str(&p2.schema_json).unwrap();
    assert_eq!(s1.kdf.salt.as_ref().map(Vec::len), Some(32), "{backend}");
    assert_eq!(s1.kdf.info.as_ref().map(Vec::len), Some(32), "{backend}");
    assert_ne!(s1.kdf.salt, s2.kdf.salt, "{backend}");
    assert_ne!(s1.kdf.info, s2.kdf.info, "{backend}");
    assert_ne!(s1.kdf.salt.as_deref(), Some(&b"salt"[..]), "{backend}");
    assert_eq!((s1.l, s1.hash_bits()), (512, 1024), "{backend}");
    let back = store.linkage_project(&p1.public_id).await.unwrap().unwrap();
    assert_eq!(back, p1, "{backend}");
    assert!(store.linkage_project("00").await.unwrap().is_none());

    // Bad projects refused with the field named.
    let bad = NewLinkageProject {
        threshold: 1.5,
        ..new.clone()
    };
    let e = store
        .create_linkage_project(&bad, &ctx(12))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("threshold"), "{e}");
    let bad = NewLinkageProject {
        schema_json: r#"{"clkConfig":{}}"#,
        ..new.clone()
    };
    let e = store
        .create_linkage_project(&bad, &ctx(12))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("clkConfig.kdf"), "{e}");

    let ua = upload(store, "ngo:a", a, 512).await;
    let ub = upload(store, "ngo:b", b, 512).await;
    let ub_short = upload(store, "ngo:b", b, 256).await;
    // The attack: ngo:b attaches ngo:a's upload (a guessed or leaked id).
    let e = store
        .set_linkage_member_upload(&p1.public_id, "ngo:b", &ua, &ctx(20))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("no such upload"), "{backend}: {e}");
    // A non-member cannot attach its own.
    let e = store
        .set_linkage_member_upload(&p1.public_id, "ngo:c", &ub, &ctx(20))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("no such project"), "{backend}: {e}");
    // Wrong CLK length.
    let e = store
        .set_linkage_member_upload(&p1.public_id, "ngo:b", &ub_short, &ctx(20))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("256 bits"), "{backend}: {e}");
    store
        .set_linkage_member_upload(&p1.public_id, "ngo:a", &ua, &ctx(21))
        .await
        .unwrap();
    store
        .set_linkage_member_upload(&p1.public_id, "ngo:b", &ub, &ctx(22))
        .await
        .unwrap();
    let m = store.linkage_project_members(&p1.public_id).await.unwrap();
    assert_eq!(m.len(), 2, "{backend}");
    assert_eq!(
        (m[0].organisation.as_str(), m[0].upload.as_deref()),
        ("ngo:a", Some(ua.as_str()))
    );
    assert_eq!(
        (m[1].clks, m[1].uploaded_at),
        (Some(3), Some(2)),
        "{backend}"
    );
    store
        .withdraw_linkage_member_upload(&p1.public_id, "ngo:b", &ctx(23))
        .await
        .unwrap();
    let m = store.linkage_project_members(&p1.public_id).await.unwrap();
    assert_eq!(m[1].upload, None, "{backend}");
    // The other project has its members but no lists.
    let m2 = store.linkage_project_members(&p2.public_id).await.unwrap();
    assert!(m2.iter().all(|m| m.upload.is_none()), "{backend}");

    // Runs: progress, cancel, and a cancelled run stays cancelled.
    let r = store
        .start_linkage_run(&p1.public_id, owner, &ctx(30))
        .await
        .unwrap();
    assert!(store.linkage_run_progress(&r, 0.25).await.unwrap());
    let run = store.linkage_run(&r).await.unwrap().unwrap();
    assert_eq!(
        (run.status.as_str(), run.progress, run.project.as_str()),
        ("running", 0.25, p1.public_id.as_str())
    );
    assert!(store
        .finish_linkage_run(&r, "cancelled", None, &ctx(31))
        .await
        .unwrap());
    assert!(
        !store.linkage_run_progress(&r, 0.5).await.unwrap(),
        "{backend}"
    );
    assert!(!store
        .finish_linkage_run(&r, "done", Some("{}"), &ctx(32))
        .await
        .unwrap());
    let run = store.linkage_run(&r).await.unwrap().unwrap();
    assert_eq!(
        (run.status.as_str(), run.progress, run.finished_at),
        ("cancelled", 0.25, Some(31))
    );
    let r2 = store
        .start_linkage_run(&p1.public_id, owner, &ctx(40))
        .await
        .unwrap();
    assert!(store
        .finish_linkage_run(&r2, "done", Some(r#"{"lists":2}"#), &ctx(41))
        .await
        .unwrap());
    let run = store.linkage_run(&r2).await.unwrap().unwrap();
    assert_eq!(
        (run.status.as_str(), run.progress, run.report.as_deref()),
        ("done", 1.0, Some(r#"{"lists":2}"#))
    );
    let e = store
        .start_linkage_run("00", owner, &ctx(42))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("no such project"), "{e}");

    // Every step audited, and no CLK or salt in the trail.
    let trail = store.audit_entries().await.unwrap();
    let actions: Vec<&str> = trail.iter().map(|e| e.event.action.as_str()).collect();
    for a in [
        "linkage.project",
        "linkage.upload",
        "linkage.withdraw",
        "linkage.run",
        "linkage.run.cancelled",
        "linkage.run.done",
    ] {
        assert!(actions.contains(&a), "{backend}: {a} not in {actions:?}");
    }
    let salt = p1
        .schema_json
        .split("\"salt\":\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(
        trail.iter().all(|e| !e.event.target.contains(salt)),
        "{backend}"
    );
}
