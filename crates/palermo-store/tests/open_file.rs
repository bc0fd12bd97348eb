//! Opening a database file: an unrelated SQLite file is refused untouched
//! (issue #10, item 2), a new file is private to its owner (item 10).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::str::FromStr;

use palermo_store::{Store, StoreError, APPLICATION_ID};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A fresh temporary directory (removed first).
fn dir(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("palermo-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// Runs `sql` on the SQLite file `path` (created if needed), as another
/// application would.
async fn other_app(path: &Path, sql: &[&str]) {
    let mut c = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
        .unwrap()
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    for s in sql {
        sqlx::query(s).execute(&mut c).await.unwrap();
    }
    c.close().await.unwrap();
}

/// The names of the tables in `path`.
async fn tables(path: &Path) -> Vec<String> {
    let mut c = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
        .unwrap()
        .read_only(true)
        .connect()
        .await
        .unwrap();
    sqlx::query_scalar("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .fetch_all(&mut c)
        .await
        .unwrap()
}

/// The careless action: `--db other.db` on another application's
/// database. It is refused and left as it was (no Palermo table, no seed).
#[test]
fn an_unrelated_sqlite_file_is_refused_untouched() {
    let d = dir("foreign");
    let p = d.join("other.db");
    rt().block_on(async {
        other_app(
            &p,
            &[
                "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)",
                "INSERT INTO invoices (amount) VALUES (12.5)",
            ],
        )
        .await;
        let before = std::fs::read(&p).unwrap();
        let e = Store::open(&p).await.unwrap_err();
        assert!(matches!(e, StoreError::NotPalermo { .. }), "{e:?}");
        assert!(e.to_string().contains("not a Palermo database"), "{e}");
        // Untouched to the byte (QA: the refused file had been switched to
        // WAL mode, header bytes 18-19, by the connection that checked it).
        assert_eq!(std::fs::read(&p).unwrap(), before, "the file was modified");
        assert!(!d.join("other.db-wal").exists());
        assert_eq!(tables(&p).await, vec!["invoices".to_owned()]);
    });
    let _ = std::fs::remove_dir_all(&d);
}

/// A file that carries another application's id in its header (Fossil's
/// 0x0F055112) is refused even with no table in it.
#[test]
fn another_application_id_is_refused() {
    let d = dir("appid");
    let p = d.join("fossil.db");
    rt().block_on(async {
        other_app(&p, &["PRAGMA application_id = 252006674"]).await;
        let e = Store::open(&p).await.unwrap_err();
        assert!(e.to_string().contains("0x0F055112"), "{e}");
        assert!(tables(&p).await.is_empty());
    });
    let _ = std::fs::remove_dir_all(&d);
}

/// A new database, and an empty file, become Palermo's (the header carries
/// Palermo's id); a Palermo database made before the id existed (id 0, its
/// migrations table Palermo's) still opens.
#[test]
fn new_empty_and_older_palermo_databases_open() {
    let d = dir("ours");
    let p = d.join("palermo.db");
    let empty = d.join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    rt().block_on(async {
        for path in [&p, &empty] {
            drop(Store::open(path).await.unwrap());
            let mut c = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
                .unwrap()
                .connect()
                .await
                .unwrap();
            let id: i64 = sqlx::query_scalar("PRAGMA application_id")
                .fetch_one(&mut c)
                .await
                .unwrap();
            assert_eq!(id, APPLICATION_ID);
            assert_eq!(id, 0x504C_524D);
            c.close().await.unwrap();
        }
        // As a database made before migration 0006: id 0.
        other_app(&p, &["PRAGMA application_id = 0"]).await;
        let store = Store::open(&p).await.unwrap();
        assert!(!store.country_index().await.unwrap().countries().is_empty());
    });
    let _ = std::fs::remove_dir_all(&d);
}
