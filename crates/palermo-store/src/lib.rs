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
//! tables and the privacy-budget ledger).

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
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");

impl Store {
    /// Opens (creating it if needed) the SQLite database at `path`, applies
    /// pending migrations and seeds the bundled data on first open.
    ///
    /// # Errors
    /// The file cannot be created or opened, is not a Palermo database, or a
    /// migration fails.
    pub async fn open(path: &Path) -> Result<Self> {
        let opts = file_options(path);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts.clone())
            .await?;
        let mut store = Self::init(pool).await?;
        let watcher = sqlx::ConnectOptions::connect(&opts).await?;
        store.watcher = Some(std::sync::Arc::new(tokio::sync::Mutex::new(watcher)));
        Ok(store)
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

    async fn init(pool: SqlitePool) -> Result<Self> {
        MIGRATOR.run(&pool).await?;
        let store = Self {
            pool,
            watcher: None,
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
