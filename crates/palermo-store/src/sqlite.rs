//! The SQLite backend: opening a file (0600, refusing another
//! application's database untouched, read-only file systems), its
//! migrations (`migrations/sqlite/`), `BEGIN IMMEDIATE` for writes, multi-row
//! bulk inserts within SQLite's parameter limit, and `VACUUM INTO` backups.
//! The only module besides [`crate::postgres`] that knows a dialect.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Sqlite, SqlitePool};

use crate::db::{sqlite_arguments, Pool, Value};
use crate::{Result, Store, StoreError};

/// SQLite's migrations.
pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");

/// Palermo's SQLite application id (`PRAGMA application_id`), set by
/// migration 0006: `0x504C524D`, "PLRM" in ASCII.
pub const APPLICATION_ID: i64 = 0x504C_524D;

/// Bound parameters SQLite allows in one statement
/// (`SQLITE_MAX_VARIABLE_NUMBER`, 32,766 since SQLite 3.32; sqlx bundles a
/// later SQLite).
pub(crate) const MAX_PARAMETERS: usize = 32_766;

/// Begins a transaction that takes the write lock at once (`BEGIN
/// IMMEDIATE`): a deferred one that reads first and writes later can fail
/// with `SQLITE_BUSY` when another writer committed meanwhile, and the
/// checks it read would be stale.
pub(crate) async fn begin_write(pool: &SqlitePool) -> Result<sqlx::Transaction<'static, Sqlite>> {
    Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
}

/// The versions recorded in `_sqlx_migrations` (none in a new file).
pub(crate) async fn applied_versions(pool: &SqlitePool) -> Result<Vec<i64>> {
    let exists: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(pool)
    .await?;
    if exists.is_none() {
        return Ok(Vec::new());
    }
    Ok(
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(pool)
            .await?,
    )
}

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

/// Opens (creating it if needed) the SQLite file at `path`, checked to be
/// Palermo's or empty; not migrated yet.
pub(crate) async fn open_file(path: &Path) -> Result<Store> {
    if on_read_only_file_system(path) {
        return open_read_only(path).await;
    }
    // An existing file is checked through a read-only connection first:
    // opening it with Palermo's options would already switch a foreign
    // database to WAL mode (QA found header bytes 18-19 changed in a file
    // that was then refused).
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
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(file_options(path))
        .await?;
    ensure_palermo(&pool).await?;
    Ok(Store {
        pool: Pool::Sqlite(pool),
        versioned: true,
        read_only: false,
        location: path.display().to_string(),
    })
}

/// Opens a database on a read-only file system for reading (read-only, or
/// SQLite's `immutable` when there is no `-shm` file, which WAL mode would
/// otherwise need): pages and queries are served, every write fails with
/// SQLite's "attempt to write a readonly database". It must be Palermo's,
/// fully migrated and seeded, since nothing can be written.
async fn open_read_only(path: &Path) -> Result<Store> {
    tracing::warn!(
        "the database {} is on a read-only file system: opened read-only (imports will fail)",
        path.display()
    );
    let base = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .foreign_keys(true)
        .disable_statement_logging();
    // First as an ordinary read-only connection, which reads a -wal file
    // left beside the database (SQLite can, when its -shm file is there
    // too); else immutable, which needs no -shm but ignores a -wal: refused
    // then if one holds data, rather than serving a database without its
    // last commits.
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
    let applied = applied_versions(&pool).await.unwrap_or_default();
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
    Ok(Store {
        pool: Pool::Sqlite(pool),
        // An immutable database does not change while open.
        versioned: false,
        read_only: true,
        location: path.display().to_string(),
    })
}

/// A private in-memory database (for tests), not migrated yet.
pub(crate) async fn open_in_memory() -> Result<Store> {
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
    Ok(Store {
        pool: Pool::Sqlite(pool),
        versioned: false,
        read_only: false,
        location: ":memory:".into(),
    })
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

/// `INSERT INTO table (c1, …) VALUES (?, …), …` for `rows` rows.
/// Placeholders are anonymous: numbered ones (`?NNN`) cost a linear name
/// lookup per parameter in SQLite and in sqlx, quadratic over a statement
/// of thousands.
pub(crate) fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let one = format!("(?{})", ",?".repeat(columns.len().saturating_sub(1)));
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    sql.reserve(rows * (one.len() + 1));
    for i in 0..rows {
        if i > 0 {
            sql.push(',');
        }
        sql.push_str(&one);
    }
    sql
}

/// Runs one multi-row insert (`sql` from [`insert_sql`]) with `values`.
pub(crate) async fn insert_rows(
    conn: &mut sqlx::SqliteConnection,
    sql: &str,
    values: Vec<Value>,
) -> Result<()> {
    sqlx::query_with(sql, sqlite_arguments(values)?)
        .execute(conn)
        .await?;
    Ok(())
}

/// Frees the connection's page cache (`PRAGMA shrink_memory`,
/// `sqlite3_db_release_memory`): after a read of a whole table (the
/// statistics a server reloads after each import) the connection would
/// otherwise keep up to its 16 MiB `cache_size` of pages it will not read
/// again soon, and each of the pool's 8 connections its own.
pub(crate) async fn release_memory(conn: &mut sqlx::SqliteConnection) -> Result<()> {
    sqlx::query("PRAGMA shrink_memory").execute(conn).await?;
    Ok(())
}

/// Writes a consistent copy of the database to `file` (`VACUUM INTO`: an
/// online backup, readers and writers go on), created 0600.
pub(crate) async fn backup(pool: &SqlitePool, file: &Path) -> Result<()> {
    if file.exists() {
        return Err(StoreError::Rejected(format!(
            "{} exists: a backup never overwrites a file",
            file.display()
        )));
    }
    // Created first with owner-only permissions; VACUUM INTO writes into an
    // empty file.
    prepare_file(file)?;
    let target = file
        .to_str()
        .ok_or_else(|| StoreError::Rejected(format!("{}: not a UTF-8 path", file.display())))?;
    let done = sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(pool)
        .await;
    if let Err(e) = done {
        let _ = std::fs::remove_file(file);
        return Err(e.into());
    }
    Ok(())
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

    #[test]
    fn sql_has_one_placeholder_per_value() {
        let sql = insert_sql("t", &["d", "a", "b"], 3);
        assert_eq!(
            sql,
            "INSERT INTO t (d, a, b) VALUES (?,?,?),(?,?,?),(?,?,?)"
        );
    }
}
