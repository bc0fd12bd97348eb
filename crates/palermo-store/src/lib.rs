//! Palermo's store: the only crate that writes SQL.
//!
//! SQLite (through `sqlx`) is the embedded default: [`Store::open`] creates
//! the database file if needed, applies the versioned migrations in the
//! repository's `migrations/` folder, and seeds the bundled reference data
//! and treaty snapshot on first open. Every query is parameterised. The web
//! and CLI crates call the typed methods here and never see SQL, so that a
//! PostgreSQL backend can be added behind the same API.
//!
//! One module per domain: [`reference`] (countries, aliases, population),
//! [`treaty`] (status snapshots and imports), [`stats`] (national
//! statistics: GLOTIP cells), [`cases`] (victim case records), [`releases`] (releases of case-record
//! tables and the privacy-budget ledger), [`accounts`] (accounts, sessions,
//! API tokens and the audit trail).

pub mod accounts;
mod bulk;
pub mod cases;
pub mod reference;
pub mod releases;
pub mod stats;
pub mod treaty;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, SqlitePool};

pub use treaty::{SnapshotInfo, StatusDiff, TreatyImportOptions};

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened, queried or written.
    #[error("database error")]
    Database(#[from] sqlx::Error),
    /// A migration failed.
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// An import was refused by a rule; nothing was written.
    #[error("{0}")]
    Rejected(String),
    /// The bundled data did not parse (a build defect).
    #[error("bundled data: {0}")]
    Bundled(#[from] palermo_import::ImportError),
    /// The file is an SQLite database of another application (neither empty
    /// nor Palermo's): it is left untouched.
    #[error("not a Palermo database: {reason}; Palermo opens only a new or empty file or a database of its own (give another --db)")]
    NotPalermo {
        /// What was found (counts and the application id, never a value).
        reason: String,
    },
    /// The database cannot be written (a read-only file or file system).
    #[error("the database is read-only ({reason})")]
    ReadOnly {
        /// What is read-only.
        reason: String,
    },
    /// The database file could not be created or its permissions read.
    #[error("database file: {0}")]
    File(#[from] std::io::Error),
    /// A stored value is not what the schema promises (e.g. a corrupt date).
    #[error("corrupt stored value in {table}.{column}: {value:?}")]
    Corrupt {
        /// Table.
        table: &'static str,
        /// Column.
        column: &'static str,
        /// The offending value.
        value: String,
    },
}

/// Result alias for store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A handle on the database (cheap to clone: a connection pool).
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    /// A connection that never writes, used only to read
    /// `PRAGMA data_version` (which changes whenever another connection, in
    /// this process or another, commits). `None` for in-memory databases.
    watcher: Option<std::sync::Arc<tokio::sync::Mutex<sqlx::SqliteConnection>>>,
    /// Opened read-only (a read-only file system): imports are refused.
    read_only: bool,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");

/// Palermo's SQLite application id (`PRAGMA application_id`), set by
/// migration 0006: `0x504C524D`, "PLRM" in ASCII.
pub const APPLICATION_ID: i64 = 0x504C_524D;

/// Refuses a database that is neither empty nor Palermo's, before anything
/// is written to it: Palermo's application id in the header, or (for a
/// database made before migration 0006 set it) a `_sqlx_migrations` table
/// that lists only Palermo's migrations, starting with the first.
async fn ensure_palermo(pool: &SqlitePool) -> Result<()> {
    let id: i64 = sqlx::query_scalar("PRAGMA application_id")
        .fetch_one(pool)
        .await?;
    if id == APPLICATION_ID {
        return Ok(());
    }
    if id != 0 {
        return Err(StoreError::NotPalermo {
            reason: format!(
                "its application id is {id:#010X}, Palermo's is {APPLICATION_ID:#010X}"
            ),
        });
    }
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(pool)
    .await?;
    if tables.is_empty() {
        return Ok(());
    }
    if tables.iter().any(|t| t == "_sqlx_migrations") {
        let versions: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations")
            .fetch_all(pool)
            .await?;
        let ours = |v: &i64| MIGRATOR.iter().any(|m| m.version == *v);
        if versions.contains(&1) && versions.iter().all(ours) {
            return Ok(());
        }
    }
    Err(StoreError::NotPalermo {
        reason: format!(
            "it holds {} table(s), index(es) or view(s) of another application",
            tables.len()
        ),
    })
}

/// Whether `path` is an existing file on a read-only file system (EROFS).
fn on_read_only_file_system(path: &Path) -> bool {
    matches!(
        std::fs::OpenOptions::new().write(true).open(path),
        Err(e) if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Creates the database file, readable and writable by its owner only
/// (0600: it holds raw case records and the noise secret), if it does not
/// exist; SQLite gives its `-wal` and `-shm` files the same permissions.
/// Warns when an existing file is open to other users.
fn prepare_file(path: &Path) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    match opts.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
                if mode & 0o077 != 0 {
                    tracing::warn!(
                        "the database {} can be read by other users (mode {mode:04o}): it holds raw case records and the noise secret; run chmod 600 on it (and on its -wal and -shm files)",
                        path.display()
                    );
                }
            }
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

impl Store {
    /// Opens (creating it if needed) the SQLite database at `path`, applies
    /// pending migrations and seeds the bundled data on first open.
    ///
    /// A new file is created readable by its owner only (0600); an existing
    /// one open to other users is opened with a warning. A file that is
    /// neither empty nor a Palermo database is refused untouched.
    ///
    /// # Errors
    /// The file cannot be created or opened ([`StoreError::File`],
    /// [`StoreError::Database`]), is not a Palermo database
    /// ([`StoreError::NotPalermo`]), or a migration fails.
    pub async fn open(path: &Path) -> Result<Self> {
        if on_read_only_file_system(path) {
            return Self::open_read_only(path).await;
        }
        // An existing file is checked through a read-only connection first:
        // opening it with Palermo's options would already switch a foreign
        // database to WAL mode (QA found header bytes 18-19 changed in a
        // file that was then refused).
        if std::fs::metadata(path).is_ok_and(|m| m.len() > 0) {
            let probe = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(
                    SqliteConnectOptions::new()
                        .filename(path)
                        .read_only(true)
                        .disable_statement_logging(),
                )
                .await?;
            let verdict = ensure_palermo(&probe).await;
            probe.close().await;
            verdict?;
        }
        prepare_file(path)?;
        let opts = file_options(path);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts.clone())
            .await?;
        ensure_palermo(&pool).await?;
        let mut store = Self::init(pool).await?;
        let watcher = sqlx::ConnectOptions::connect(&opts).await?;
        store.watcher = Some(std::sync::Arc::new(tokio::sync::Mutex::new(watcher)));
        Ok(store)
    }

    /// Opens a database on a read-only file system for reading (read-only,
    /// or SQLite's `immutable` when there is no `-shm` file, which WAL mode
    /// would otherwise need): pages and queries are served, every write fails with SQLite's
    /// "attempt to write a readonly database". It must be Palermo's, fully
    /// migrated and seeded, since nothing can be written.
    async fn open_read_only(path: &Path) -> Result<Self> {
        tracing::warn!(
            "the database {} is on a read-only file system: opened read-only (imports will fail)",
            path.display()
        );
        let base = SqliteConnectOptions::new()
            .filename(path)
            .read_only(true)
            .foreign_keys(true)
            .disable_statement_logging();
        // First as an ordinary read-only connection, which reads a -wal
        // file left beside the database (SQLite can, when its -shm file is
        // there too); else immutable, which needs no -shm but ignores a
        // -wal: refused then if one holds data, rather than serving a
        // database without its last commits.
        let ordinary = async {
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(base.clone())
                .await?;
            sqlx::query("SELECT 1 FROM sqlite_schema LIMIT 1")
                .fetch_optional(&pool)
                .await?;
            Ok::<_, sqlx::Error>(pool)
        };
        let pool = match ordinary.await {
            Ok(pool) => pool,
            Err(_) => {
                let mut wal = path.as_os_str().to_owned();
                wal.push("-wal");
                if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
                    return Err(StoreError::ReadOnly {
                        reason: "read-only file system, and its -wal file holds commits that cannot be read without a -shm file: open it once where it can be written".into(),
                    });
                }
                SqlitePoolOptions::new()
                    .max_connections(8)
                    .connect_with(base.immutable(true))
                    .await?
            }
        };
        ensure_palermo(&pool).await?;
        let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations")
            .fetch_all(&pool)
            .await
            .unwrap_or_default();
        let seeded: Option<String> =
            sqlx::query_scalar("SELECT dataset FROM seed_state WHERE dataset = 'reference'")
                .fetch_optional(&pool)
                .await
                .unwrap_or(None);
        if let Some(m) = MIGRATOR.iter().find(|m| !applied.contains(&m.version)) {
            return Err(StoreError::ReadOnly {
                reason: format!(
                    "read-only file system, and migration {} is not applied: open it once where it can be written",
                    m.version
                ),
            });
        }
        if seeded.is_none() {
            return Err(StoreError::ReadOnly {
                reason: "read-only file system, and the reference data is not seeded: open it once where it can be written".into(),
            });
        }
        // No watcher: an immutable database does not change while open.
        Ok(Self {
            pool,
            watcher: None,
            read_only: true,
        })
    }

    /// Opens a private in-memory database (for tests), migrated and seeded.
    ///
    /// # Errors
    /// As [`Store::open`].
    pub async fn open_in_memory() -> Result<Self> {
        let opts = SqliteConnectOptions::from_str("sqlite::memory:")?
            .foreign_keys(true)
            .disable_statement_logging();
        // One connection: every connection to ":memory:" is its own database.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(opts)
            .await?;
        Self::init(pool).await
    }

    /// Closes every connection and waits until they are closed, so that
    /// SQLite checkpoints the write-ahead log into the database file and
    /// removes it (the last connection to close does). Commands call it
    /// before they exit: a process ending with connections still open
    /// leaves a `-wal` file that a read-only file system cannot read.
    pub async fn close(self) {
        self.pool.close().await;
        if let Some(w) = self.watcher {
            if let Ok(conn) = std::sync::Arc::try_unwrap(w) {
                let _ = sqlx::Connection::close(conn.into_inner()).await;
            }
        }
    }

    async fn init(pool: SqlitePool) -> Result<Self> {
        MIGRATOR.run(&pool).await?;
        let store = Self {
            pool,
            watcher: None,
            read_only: false,
        };
        store.seed_bundled().await?;
        Ok(store)
    }

    /// A number that changes whenever the database's content may have
    /// changed (SQLite's `PRAGMA data_version` on a connection that never
    /// writes), so that callers can cache what they derive from it.
    /// `None` when changes cannot be detected (in-memory databases): do not
    /// cache then.
    ///
    /// # Errors
    /// Database errors.
    pub async fn data_version(&self) -> Result<Option<i64>> {
        let Some(w) = &self.watcher else {
            return Ok(None);
        };
        let mut conn = w.lock().await;
        let v: i64 = sqlx::query_scalar("PRAGMA data_version")
            .fetch_one(&mut *conn)
            .await?;
        Ok(Some(v))
    }

    /// An error if the database was opened read-only (for the imports, so
    /// that they say why nothing can be written).
    pub(crate) fn check_writable(&self) -> Result<()> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                reason: "read-only file system: nothing can be imported".into(),
            });
        }
        Ok(())
    }

    /// Whether the database was opened read-only (on a read-only file
    /// system).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The connection pool, for the store's own modules.
    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Seeds every bundled dataset not yet seeded (idempotent).
    async fn seed_bundled(&self) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let seeded: Option<(String,)> =
            sqlx::query_as("SELECT dataset FROM seed_state WHERE dataset = 'reference'")
                .fetch_optional(&mut *tx)
                .await?;
        if seeded.is_none() {
            tracing::info!("seeding bundled reference data and treaty snapshot");
            let data = palermo_import::bundled::reference_data()?;
            reference::insert_reference(&mut tx, &data).await?;
            let index = data.index();
            for (instrument, file, table) in palermo_import::bundled::treaty_snapshots(&index)? {
                treaty::replace_status(
                    &mut tx,
                    instrument,
                    palermo_import::bundled::TREATY_SNAPSHOT_AS_OF,
                    &format!(
                        "{} ({file})",
                        palermo_import::bundled::TREATY_SNAPSHOT_SOURCE
                    ),
                    &table.rows,
                )
                .await?;
            }
            sqlx::query("INSERT INTO seed_state (dataset) VALUES ('reference')")
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The connection options of a database file.
fn file_options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        // 16 MiB of page cache a connection (SQLite's default is 2 MiB):
        // an import's transaction then stays in memory until commit
        // instead of spilling pages to the WAL midway. Allocated as
        // used, so readers pay nothing extra.
        .pragma("cache_size", "-16384")
        // No statement logs: sqlx warns of "slow statements" with their
        // text, and a bulk insert of thousands of rows takes a while and
        // fills the terminal; the data of an import never goes to a log.
        .disable_statement_logging()
}

/// Parses an ISO date read from the database.
pub(crate) fn parse_date(
    table: &'static str,
    column: &'static str,
    value: Option<String>,
) -> Result<Option<time::Date>> {
    match value {
        None => Ok(None),
        Some(v) => palermo_model::date::parse_iso(&v)
            .map(Some)
            .ok_or(StoreError::Corrupt {
                table,
                column,
                value: v,
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// sqlx logs statements slower than a second at WARN with their text
    /// (a bulk insert's is megabytes of placeholders); none is logged.
    #[test]
    fn statements_are_never_logged() {
        let opts = format!("{:?}", file_options(Path::new("x.db")));
        assert!(opts.contains("slow_statements_level: Off"), "{opts}");
        assert!(opts.contains("statements_level: Off"), "{opts}");
    }
}
