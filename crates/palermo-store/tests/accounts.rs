//! Accounts, sessions, tokens and the audit trail in the store: what is
//! kept (hashes, never secrets), the lock-out counter, and the chain under
//! concurrent appends and direct edits of the database, on both backends
//! (the PostgreSQL half runs when PALERMO_TEST_POSTGRES names a server).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_store::accounts::{AuditContext, AuditVerdict, NewUser};
use palermo_store::testing::{postgres, stores};
use palermo_store::Store;
use sqlx::Connection;

fn ctx(at: i64) -> AuditContext {
    AuditContext {
        actor: "cli".into(),
        source: "cli".into(),
        at,
    }
}

fn new_user(email: &str) -> NewUser {
    NewUser {
        email: email.into(),
        display_name: "Ada".into(),
        role: "reviewer".into(),
        organisation: Some("state:FRA".into()),
        reviews: vec!["NGA".into(), "GHA".into()],
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA".into(),
    }
}

#[tokio::test]
async fn users_sessions_tokens_and_their_audit_entries() {
    for t in stores().await {
        check_users_sessions_tokens(&t.store, t.backend).await;
    }
}

async fn check_users_sessions_tokens(store: &Store, backend: &str) {
    let id = store
        .create_user(&new_user("Ada@Example.org"), &ctx(100))
        .await
        .unwrap();
    // E-mails are unique whatever their case.
    let dup = store
        .create_user(&new_user("ada@example.org"), &ctx(101))
        .await;
    assert!(dup.unwrap_err().to_string().contains("exists"));
    let u = store
        .user_by_email("ADA@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (u.id, u.email.as_str()),
        (id, "ada@example.org"),
        "{backend}"
    );
    assert_eq!(u.reviews, ["GHA", "NGA"], "{backend}");

    // Lock-out counter: the rule says when.
    for n in 1..=3 {
        let f = store
            .record_failed_sign_in(Some(id), "password", |f| (f >= 3).then_some(999), &ctx(200))
            .await
            .unwrap();
        assert_eq!(f, n);
    }
    assert_eq!(
        store.user(id).await.unwrap().unwrap().locked_until,
        Some(999)
    );
    store.sign_in(id, "h1", false, &ctx(300)).await.unwrap();
    let u = store.user(id).await.unwrap().unwrap();
    assert_eq!((u.failed_sign_ins, u.locked_until), (0, None));
    let s = store.session("h1").await.unwrap().unwrap();
    assert_eq!(
        (s.created_at, s.last_seen_at, s.second_factor),
        (300, 300, false)
    );
    store.touch_session("h1", 310).await.unwrap();
    assert_eq!(
        store.session("h1").await.unwrap().unwrap().last_seen_at,
        310
    );

    let t = store
        .create_token(id, "th", "script", "read", &ctx(400))
        .await
        .unwrap();
    assert!(store.use_token("th", 401).await.unwrap().is_some());
    // Another account's id does not revoke it.
    assert!(!store
        .revoke_token(t, Some(id + 1), &ctx(402))
        .await
        .unwrap());
    assert!(store.revoke_token(t, Some(id), &ctx(403)).await.unwrap());
    assert!(store.use_token("th", 404).await.unwrap().is_none());

    // A password change ends the sessions.
    store
        .set_password(id, "$argon2id$new", "user.reset-password", &ctx(500))
        .await
        .unwrap();
    assert!(store.session("h1").await.unwrap().is_none());

    let actions: Vec<String> = store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.event.action)
        .collect();
    assert_eq!(
        actions,
        [
            "user.add",
            "sign-in.failed (password)",
            "sign-in.failed (password)",
            "user.locked",
            "sign-in.failed (password)",
            "sign-in (password)",
            "token.create",
            "token.revoke",
            "user.reset-password"
        ],
        "{backend}"
    );
    assert!(
        matches!(store.verify_audit().await.unwrap(), AuditVerdict::Intact(h) if h.entries == 9),
        "{backend}"
    );
    // Account changes do not move the change counter: a sign-in (or a flood
    // of failed ones) must not empty the servers' caches of public pages.
    let before = store.data_version().await.unwrap();
    store.sign_in(id, "h2", true, &ctx(600)).await.unwrap();
    store
        .record_failed_sign_in(Some(id), "password", |_| None, &ctx(601))
        .await
        .unwrap();
    assert_eq!(store.data_version().await.unwrap(), before, "{backend}");
}

/// 40 appends from 8 tasks: one chain, no two entries linked to the same
/// predecessor (SQLite: a file database, so that the tasks use several
/// connections; PostgreSQL: its own database).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_appends_keep_one_chain() {
    let dir = std::env::temp_dir().join(format!("palermo-store-audit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("p.db")).await.unwrap();
    forty_appends(&store, "sqlite").await;

    // The database refuses edits and deletions of the log…
    let path = dir.join("p.db");
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let refused = sqlx::query("UPDATE audit_log SET action = 'other' WHERE seq = 7")
        .execute(&mut conn)
        .await;
    assert!(refused.unwrap_err().to_string().contains("append-only"));
    // …and who drops the trigger is caught by the chain.
    sqlx::query("DROP TRIGGER audit_log_no_delete")
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query("DELETE FROM audit_log WHERE seq = 40")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    assert_truncated(&store, "sqlite").await;
    store.close().await;
    let _ = std::fs::remove_dir_all(&dir);

    let Some(pg) = postgres().await else { return };
    forty_appends(&pg.store, "postgres").await;
    let url = pg.url.clone().unwrap();
    let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
    for attack in [
        "UPDATE audit_log SET action = 'other' WHERE seq = 7",
        "DELETE FROM audit_log WHERE seq = 40",
        "TRUNCATE audit_log",
    ] {
        let refused = sqlx::query(attack).execute(&mut conn).await;
        assert!(
            refused.unwrap_err().to_string().contains("append-only"),
            "{attack}"
        );
    }
    sqlx::query("DROP TRIGGER audit_log_no_delete ON audit_log")
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query("DELETE FROM audit_log WHERE seq = 40")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    assert_truncated(&pg.store, "postgres").await;
    pg.store.clone().close().await;
}

async fn forty_appends(store: &Store, backend: &str) {
    let before = store.data_version().await.unwrap();
    assert!(
        before.is_some(),
        "{backend}: a file or server database counts changes"
    );
    let mut tasks = Vec::new();
    for t in 0..8 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..5 {
                s.audit(ctx(t * 10 + i).event("test", "x")).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert!(
        matches!(store.verify_audit().await.unwrap(), AuditVerdict::Intact(h) if h.entries == 40),
        "{backend}"
    );
    // Audit entries are no change of the public data: the counter that
    // empties the caches of public pages stays where it was.
    assert_eq!(store.data_version().await.unwrap(), before, "{backend}");
}

async fn assert_truncated(store: &Store, backend: &str) {
    match store.verify_audit().await.unwrap() {
        AuditVerdict::Truncated { head, recorded_seq } => {
            assert_eq!((head.last_seq, recorded_seq), (39, 40), "{backend}");
        }
        other => panic!("{backend}: {other:?}"),
    }
}
