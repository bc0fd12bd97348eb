//! Fresh stores of every backend for tests (this crate's and the web's):
//! a private SQLite one always, and a PostgreSQL database of its own per
//! test when `PALERMO_TEST_POSTGRES` names a server (a URL whose user may
//! create databases, e.g. `postgres://palermo@127.0.0.1:55432/postgres`):
//! created, migrated and seeded, dropped when the [`TestStore`] is dropped,
//! so tests run in parallel. Without the variable the PostgreSQL half is
//! skipped with a note saying how to run it; under CI (`CI=true`) its
//! absence is a failure, so CI can never pass on SQLite alone.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::{redact_url, Store};

/// The variable naming the PostgreSQL server of the tests.
pub const POSTGRES_VAR: &str = "PALERMO_TEST_POSTGRES";

/// A store for one test; a PostgreSQL database is dropped with it.
pub struct TestStore {
    /// The store.
    pub store: Store,
    /// `sqlite` or `postgres`, for assertion messages.
    pub backend: &'static str,
    /// The database's URL (PostgreSQL), for a second store on it.
    pub url: Option<String>,
    dropper: Option<(String, String)>,
}

impl std::ops::Deref for TestStore {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

impl Drop for TestStore {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.dropper.take() {
            drop_database(admin, name);
        }
    }
}

/// Drops database `name` on the server `admin`, from a thread of its own
/// with its own runtime (`Drop` runs outside async, and the test's runtime
/// may be shutting down). `WITH (FORCE)` ends the connections still open.
fn drop_database(admin: String, name: String) {
    let _ = std::thread::spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        rt.block_on(async {
            if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&pool)
                    .await;
                pool.close().await;
            }
        });
    })
    .join();
}

/// The server URL of the PostgreSQL half, if it is to run; `None` (with a
/// note on stderr) when it is not configured.
///
/// # Panics
/// Under CI (`CI=true`) without [`POSTGRES_VAR`].
pub fn postgres_server() -> Option<String> {
    match std::env::var(POSTGRES_VAR) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but {POSTGRES_VAR} is not set: the PostgreSQL half of the tests must run in CI (.ci/run starts a server)"
            );
            eprintln!(
                "note: the PostgreSQL half of this test is skipped; set {POSTGRES_VAR}=postgres://USER@127.0.0.1:PORT/postgres (a server whose user may create databases; README, Tests) to run it"
            );
            None
        }
    }
}

/// `url` with its database replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let authority = rest.split('/').next().unwrap_or(rest);
    match query {
        Some(q) => format!("{scheme}://{authority}/{name}?{q}"),
        None => format!("{scheme}://{authority}/{name}"),
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A new, empty PostgreSQL database on the server `admin` (not migrated):
/// its URL and the dropper's arguments.
///
/// # Panics
/// When the server refuses (a test setup failure).
pub async fn fresh_postgres_database(admin: &str) -> (String, (String, String)) {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let name = format!(
        "palermo_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let pool = sqlx::PgPool::connect(admin)
        .await
        .unwrap_or_else(|e| panic!("{POSTGRES_VAR}={}: {e}", redact_url(admin)));
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .unwrap_or_else(|e| panic!("CREATE DATABASE on {}: {e}", redact_url(admin)));
    pool.close().await;
    (with_database(admin, &name), (admin.to_owned(), name))
}

/// A fresh private SQLite store, and a fresh PostgreSQL one when the
/// server is configured ([`postgres_server`]); each migrated and seeded.
///
/// # Panics
/// When a store cannot be made (a test setup failure); under CI without a
/// server.
pub async fn stores() -> Vec<TestStore> {
    let mut out = vec![sqlite().await];
    if let Some(t) = postgres().await {
        out.push(t);
    }
    out
}

/// A fresh private SQLite store (in memory), migrated and seeded.
///
/// # Panics
/// When it cannot be made (a test setup failure).
pub async fn sqlite() -> TestStore {
    TestStore {
        store: Store::open_in_memory()
            .await
            .unwrap_or_else(|e| panic!("in-memory store: {e}")),
        backend: "sqlite",
        url: None,
        dropper: None,
    }
}

/// A fresh PostgreSQL store when the server is configured.
///
/// # Panics
/// As [`stores`].
pub async fn postgres() -> Option<TestStore> {
    let admin = postgres_server()?;
    let (url, dropper) = fresh_postgres_database(&admin).await;
    let store = Store::connect(&url)
        .await
        .unwrap_or_else(|e| panic!("{}: {e:?}", redact_url(&url)));
    Some(TestStore {
        store,
        backend: "postgres",
        url: Some(url),
        dropper: Some(dropper),
    })
}

/// An empty PostgreSQL database (not migrated, no store) for tests of
/// opening and copying: its URL and a guard that drops it.
pub async fn empty_postgres() -> Option<(String, EmptyDatabase)> {
    let admin = postgres_server()?;
    let (url, (admin, name)) = fresh_postgres_database(&admin).await;
    Some((url, EmptyDatabase { admin, name }))
}

/// Drops an [`empty_postgres`] database when dropped.
pub struct EmptyDatabase {
    admin: String,
    name: String,
}

impl Drop for EmptyDatabase {
    fn drop(&mut self) {
        drop_database(
            std::mem::take(&mut self.admin),
            std::mem::take(&mut self.name),
        );
    }
}
