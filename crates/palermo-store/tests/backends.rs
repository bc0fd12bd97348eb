//! The two backends (issue 11): the same schema, the same answers, writers
//! serialised so that two concurrent imports end with one whole version,
//! a newer schema refused, bad locations refused with the password hidden.
//! The PostgreSQL half runs when PALERMO_TEST_POSTGRES names a server
//! (README, Tests).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use palermo_model::treaty::Consent;
use palermo_model::{ConsentType, Instrument, ParticipantStatus};
use palermo_store::accounts::{AuditContext, AuditVerdict, NewUser};
use palermo_store::testing::{empty_postgres, postgres, stores};
use palermo_store::{Store, StoreError, TreatyImportOptions};
use sqlx::{Connection, Row};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

fn tmp(name: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("palermo-backends-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// (table, column) of every table of a migrated SQLite file.
async fn sqlite_columns(path: &std::path::Path) -> BTreeSet<(String, String)> {
    let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let rows = sqlx::query(
        "SELECT m.name AS t, p.name AS c FROM sqlite_schema m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut c)
    .await
    .unwrap();
    rows.iter().map(|r| (r.get("t"), r.get("c"))).collect()
}

/// (table, column) of every table of a migrated PostgreSQL database.
async fn postgres_columns(url: &str) -> BTreeSet<(String, String)> {
    let mut c = sqlx::PgConnection::connect(url).await.unwrap();
    let rows = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut c)
    .await
    .unwrap();
    rows.iter().map(|r| (r.get("t"), r.get("c"))).collect()
}

/// The migrations of the two folders make the same tables with the same
/// columns (read from each database's own catalogue).
#[test]
fn both_schemas_have_the_same_tables_and_columns() {
    rt().block_on(async {
        let dir = tmp("schema");
        let db = dir.join("palermo.db");
        Store::open(&db).await.unwrap().close().await;
        let sqlite = sqlite_columns(&db).await;
        assert!(sqlite.contains(&("stat_cells".into(), "key_hash".into())));
        assert!(sqlite.contains(&("palermo_change".into(), "counter".into())));
        let Some(pg) = postgres().await else { return };
        let url = pg.url.clone().unwrap();
        let postgres = postgres_columns(&url).await;
        let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
        let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
        assert!(
            only_sqlite.is_empty() && only_postgres.is_empty(),
            "only in SQLite: {only_sqlite:?}; only in PostgreSQL: {only_postgres:?}"
        );
        // key_hash holds 64 bits on PostgreSQL too.
        let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
        let t: String = sqlx::query_scalar(
            "SELECT data_type::text FROM information_schema.columns \
             WHERE table_name = 'stat_cells' AND column_name = 'key_hash'",
        )
        .fetch_one(&mut c)
        .await
        .unwrap();
        assert_eq!(t, "bigint");
        let _ = std::fs::remove_dir_all(&dir);
    });
}

/// Both backends seed the same bundled data: 167 participants in the TIP
/// Protocol's table, 159 of them parties (the bundled snapshot as at
/// 2014-07-10, as `palermo treaty status` prints it).
#[test]
fn both_backends_seed_the_same_treaty_status() {
    rt().block_on(async {
        for t in stores().await {
            let rows = t.treaty_status(Some(Instrument::Tip)).await.unwrap();
            assert_eq!(rows.len(), 167, "{}", t.backend);
            assert_eq!(
                rows.iter().filter(|r| r.consent.is_some()).count(),
                159,
                "{}",
                t.backend
            );
            let snap = t.treaty_snapshot(Instrument::Tip).await.unwrap().unwrap();
            assert_eq!(
                palermo_model::date::iso(snap.as_of),
                "2014-07-10",
                "{}",
                t.backend
            );
            assert_eq!(t.countries().await.unwrap().len(), 249, "{}", t.backend);
        }
    });
}

/// `rows` with every participant that has not consented made a party by
/// ratification on `date`: a whole new version of the table.
fn all_parties(rows: &[ParticipantStatus], date: time::Date) -> Vec<ParticipantStatus> {
    rows.iter()
        .cloned()
        .map(|mut r| {
            if r.consent.is_none() {
                r.consent = Some(Consent {
                    date,
                    kind: ConsentType::Ratification,
                });
            }
            r
        })
        .collect()
}

/// Two imports of the same instrument at once, each a whole version that
/// drops a different participant (allowed): one commits, the other waits
/// for it and is then checked against it. The table that remains is one
/// of the two versions exactly, never a mix; the counter moved.
#[test]
fn two_concurrent_treaty_imports_leave_one_whole_version() {
    rt().block_on(async {
        let dir = tmp("concurrent");
        let file = Store::open(&dir.join("palermo.db")).await.unwrap();
        let mut cases = vec![(
            "sqlite",
            file.clone(),
            Store::open(&dir.join("palermo.db")).await.unwrap(),
            None,
        )];
        if let Some(pg) = postgres().await {
            let other = Store::connect(pg.url.as_deref().unwrap()).await.unwrap();
            cases.push(("postgres", pg.store.clone(), other, Some(pg)));
        }
        for (backend, a, b, _guard) in cases {
            let current = a.treaty_status(Some(Instrument::Tip)).await.unwrap();
            let v0 = a.data_version().await.unwrap().unwrap();
            let mut one = all_parties(&current, time::macros::date!(2020 - 01 - 01));
            one.remove(0);
            let mut two = all_parties(&current, time::macros::date!(2021 - 01 - 01));
            two.pop();
            let opts = TreatyImportOptions {
                allow_removals: true,
                dry_run: false,
            };
            let (r1, r2) = tokio::join!(
                a.import_treaty_status(
                    Instrument::Tip,
                    time::macros::date!(2020 - 06 - 01),
                    "one",
                    &one,
                    opts
                ),
                b.import_treaty_status(
                    Instrument::Tip,
                    time::macros::date!(2020 - 06 - 01),
                    "two",
                    &two,
                    opts
                ),
            );
            // Both may succeed one after the other, or one fail cleanly.
            assert!(r1.is_ok() || r2.is_ok(), "{backend}: {r1:?} {r2:?}");
            let stored = a.treaty_status(Some(Instrument::Tip)).await.unwrap();
            let sorted = |mut v: Vec<ParticipantStatus>| {
                v.sort_by(|x, y| x.participant.cmp(&y.participant));
                v
            };
            let stored = sorted(stored);
            assert!(
                stored == sorted(one.clone()) || stored == sorted(two.clone()),
                "{backend}: the stored table is a mix of the two imports"
            );
            let snap = a.treaty_snapshot(Instrument::Tip).await.unwrap().unwrap();
            let expected_source = if stored == sorted(one) { "one" } else { "two" };
            assert_eq!(snap.source, expected_source, "{backend}");
            assert!(a.data_version().await.unwrap().unwrap() > v0, "{backend}");
            a.clone().close().await;
            b.close().await;
        }
        let _ = std::fs::remove_dir_all(&dir);
    });
}

/// The attack on the old order (checks outside the transaction): imports
/// checked against a status that another import replaced meanwhile. Eight
/// run at once, each adding a participant of its own and none allowed to
/// drop one: the first to commit adds its participant, so every later one
/// omits it, and, checked inside its transaction against what it
/// replaces, is refused. Checked outside, several passed and the last to
/// commit silently dropped the others' participants.
#[test]
fn concurrent_imports_are_each_checked_against_what_they_replace() {
    rt().block_on(async {
        let dir = tmp("race");
        let mut targets = vec![(
            "sqlite",
            Store::open(&dir.join("palermo.db")).await.unwrap(),
            None,
        )];
        if let Some(pg) = postgres().await {
            targets.push(("postgres", pg.store.clone(), Some(pg)));
        }
        for (backend, store, _guard) in targets {
            let current = store.treaty_status(Some(Instrument::Tip)).await.unwrap();
            let mut tasks = Vec::new();
            for i in 0..8 {
                let s = store.clone();
                let mut rows = current.clone();
                rows.push(ParticipantStatus {
                    instrument: Instrument::Tip,
                    participant: format!("Test participant {i}"),
                    iso3: None,
                    signature: Some(time::macros::date!(2020 - 01 - 01)),
                    consent: None,
                });
                tasks.push(tokio::spawn(async move {
                    s.import_treaty_status(
                        Instrument::Tip,
                        time::macros::date!(2020 - 06 - 01),
                        "race",
                        &rows,
                        TreatyImportOptions::default(),
                    )
                    .await
                }));
            }
            let mut ok = 0;
            for t in tasks {
                match t.await.unwrap() {
                    Ok(_) => ok += 1,
                    Err(StoreError::Rejected(why)) => {
                        assert!(why.contains("omits 1 participant"), "{backend}: {why}")
                    }
                    Err(e) => panic!("{backend}: {e:?}"),
                }
            }
            assert_eq!(ok, 1, "{backend}: exactly one import passes its check");
            let stored = store.treaty_status(Some(Instrument::Tip)).await.unwrap();
            assert_eq!(stored.len(), current.len() + 1, "{backend}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    });
}

/// A database migrated by a newer binary is refused with both versions.
#[test]
fn a_newer_schema_is_refused_naming_both_versions() {
    rt().block_on(async {
        let dir = tmp("newer");
        let db = dir.join("palermo.db");
        Store::open(&db).await.unwrap().close().await;
        let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (9999, 'future', 1, x'00', 0)")
            .execute(&mut c)
            .await
            .unwrap();
        c.close().await.unwrap();
        let e = Store::open(&db).await.unwrap_err();
        assert!(matches!(e, StoreError::NewerSchema { database: 9999, binary: 14 }), "{e:?}");
        assert!(e.to_string().contains("version 9999, newer than this binary's 14"), "{e}");
        if let Some(pg) = postgres().await {
            let url = pg.url.clone().unwrap();
            let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
            sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (9998, 'future', true, '\\x00', 0)")
                .execute(&mut c)
                .await
                .unwrap();
            let e = Store::connect(&url).await.unwrap_err();
            assert!(matches!(e, StoreError::NewerSchema { database: 9998, binary: 14 }), "{e:?}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    });
}

/// Another application's PostgreSQL database is refused and left as it
/// was; an unreachable server and wrong credentials are errors naming the
/// location without its password.
#[test]
fn bad_postgres_locations_are_refused_clearly() {
    rt().block_on(async {
        // Nothing listens on port 1: refused, with the password hidden.
        let e = Store::connect("postgres://palermo:hunter2@127.0.0.1:1/palermo").await.unwrap_err();
        let shown = format!("{e} {e:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(matches!(e, StoreError::Database(_)), "{e:?}");
        let e = Store::connect("postgres://palermo:hunter2@127.0.0.1:notaport/palermo").await.unwrap_err();
        assert!(matches!(e, StoreError::Url(_)), "{e:?}");
        assert!(!format!("{e} {e:?}").contains("hunter2"));
        let Some((url, _guard)) = empty_postgres().await else { return };
        let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
        sqlx::query("CREATE TABLE invoices (id BIGINT PRIMARY KEY)").execute(&mut c).await.unwrap();
        let e = Store::connect(&url).await.unwrap_err();
        assert!(matches!(e, StoreError::NotPalermo { .. }), "{e:?}");
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()",
        )
        .fetch_all(&mut c)
        .await
        .unwrap();
        assert_eq!(tables, vec!["invoices".to_owned()], "nothing was written");
        // A user the server does not know.
        let stranger = url.replacen("://", "://nosuchuser:hunter2@", 1);
        let stranger = match stranger.split_once('@') {
            Some((a, b)) => match b.split_once('@') {
                Some((_, host)) => format!("{a}@{host}"),
                None => stranger.clone(),
            },
            None => stranger.clone(),
        };
        let e = Store::connect(&stranger).await.unwrap_err();
        let shown = format!("{e} {e:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
    });
}

/// A stored value of the wrong type is an error naming the table and the
/// column, never a panic and never the value.
#[test]
fn a_corrupt_value_names_table_and_column_not_the_value() {
    rt().block_on(async {
        let dir = tmp("corrupt");
        let db = dir.join("palermo.db");
        Store::open(&db).await.unwrap().close().await;
        let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        sqlx::query("UPDATE population SET population = 'Jane Doe, born 1990' WHERE iso3 = 'MDA'")
            .execute(&mut c)
            .await
            .unwrap();
        c.close().await.unwrap();
        let store = Store::open(&db).await.unwrap();
        let e = store.population("MDA").await.unwrap_err();
        assert!(
            matches!(
                e,
                StoreError::Corrupt {
                    table: "population",
                    column: "population"
                }
            ),
            "{e:?}"
        );
        let shown = format!("{e} {e:?}");
        assert!(!shown.contains("Jane"), "{shown}");
        store.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    });
}

/// SQLite → PostgreSQL → SQLite: every table arrives with the same rows
/// (counts and checksums, and the data read back through the store), the
/// noise secret included; a target that is not empty is refused and left
/// as it was.
#[test]
fn a_database_copies_across_backends_and_back() {
    rt().block_on(async {
        let dir = tmp("copy");
        let source = Store::open(&dir.join("a.db")).await.unwrap();
        source.seed_statistics().await.unwrap();
        // An account with a session and a token: 3 audit entries to carry over.
        let ctx = AuditContext {
            actor: "cli".into(),
            source: "cli".into(),
            at: 100,
        };
        let ada = NewUser {
            email: "ada@example.org".into(),
            display_name: "Ada".into(),
            role: "reviewer".into(),
            organisation: Some("state:FRA".into()),
            reviews: vec!["NGA".into()],
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA".into(),
        };
        let ada_id = source.create_user(&ada, &ctx).await.unwrap();
        source.sign_in(ada_id, "h1", false, &ctx).await.unwrap();
        source
            .create_token(ada_id, "th", "script", "read", &ctx)
            .await
            .unwrap();
        // Into an SQLite file always.
        let plain =
            Store::connect_unmigrated(&palermo_store::DatabaseUrl::Sqlite(dir.join("b.db")))
                .await
                .unwrap();
        plain.migrate().await.unwrap();
        let report = source.copy_to(&plain).await.unwrap();
        let cells = report.iter().find(|t| t.table == "stat_cells").unwrap();
        assert_eq!(cells.target_rows, 46_556);
        assert_eq!(plain.stat_conflicts("glotip").await.unwrap().len(), 336);
        // Copying again into the now full target is refused.
        let e = source.copy_to(&plain).await.unwrap_err();
        assert!(e.to_string().contains("not empty"), "{e}");
        let Some((url, _guard)) = empty_postgres().await else {
            return;
        };
        let pg = Store::connect_unmigrated(&url.parse().unwrap())
            .await
            .unwrap();
        pg.migrate().await.unwrap();
        let there = source.copy_to(&pg).await.unwrap();
        assert_eq!(there, report, "the same rows and checksums on PostgreSQL");
        assert_eq!(
            pg.treaty_status(None).await.unwrap(),
            source.treaty_status(None).await.unwrap()
        );
        assert_eq!(
            pg.stat_records(None).await.unwrap(),
            source.stat_records(None).await.unwrap()
        );
        // The accounts and the audit chain, whole (the head row too: not
        // reported truncated).
        assert_eq!(pg.users().await.unwrap(), source.users().await.unwrap());
        assert!(pg.session("h1").await.unwrap().is_some());
        assert!(
            matches!(pg.verify_audit().await.unwrap(), AuditVerdict::Intact(h) if h.entries == 3)
        );
        let bob = NewUser {
            email: "bob@example.org".into(),
            ..ada.clone()
        };
        assert_eq!(pg.create_user(&bob, &ctx).await.unwrap(), ada_id + 1);
        // New rows get new ids after the copy (identity moved past them).
        let rows = pg.treaty_status(Some(Instrument::Tip)).await.unwrap();
        pg.import_treaty_status(
            Instrument::Tip,
            time::macros::date!(2020 - 01 - 01),
            "after the copy",
            &rows,
            TreatyImportOptions::default(),
        )
        .await
        .unwrap();
        // And back into a new SQLite file.
        let back = Store::connect_unmigrated(&palermo_store::DatabaseUrl::Sqlite(dir.join("c.db")))
            .await
            .unwrap();
        back.migrate().await.unwrap();
        let returned = pg.copy_to(&back).await.unwrap();
        assert_eq!(returned.len(), report.len());
        assert_eq!(
            back.stat_records(None).await.unwrap(),
            source.stat_records(None).await.unwrap()
        );
        assert_eq!(
            back.treaty_snapshot(Instrument::Tip)
                .await
                .unwrap()
                .unwrap()
                .source,
            "after the copy"
        );
        assert_eq!(back.users().await.unwrap(), pg.users().await.unwrap());
        assert!(
            matches!(back.verify_audit().await.unwrap(), AuditVerdict::Intact(h) if h.entries == 4)
        );
        let _ = std::fs::remove_dir_all(&dir);
    });
}
