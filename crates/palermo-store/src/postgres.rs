//! The PostgreSQL backend: connecting (the URL's password never reaches a
//! message), refusing another application's database, its migrations
//! (`migrations/postgres/`, the same versions as SQLite's), and bulk
//! inserts. The only module besides [`crate::sqlite`] that knows a dialect.
//!
//! Writers are serialised by the row lock on the change counter that every
//! write transaction takes first ([`crate::db::Tx`]), so a check made inside
//! a write transaction holds until it commits, as under SQLite's single
//! writer; readers are never blocked (MVCC).

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};

use crate::db::{postgres_arguments, Pool, Value};
use crate::{redact_url, Result, Store, StoreError};

/// PostgreSQL's migrations.
pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/postgres");

/// Bound parameters PostgreSQL's protocol allows in one statement (a
/// 16-bit count).
pub(crate) const MAX_PARAMETERS: usize = 65_535;

/// Connects to the database at `url`, checked to be Palermo's or empty;
/// not migrated yet.
pub(crate) async fn connect(url: &str) -> Result<Store> {
    let shown = redact_url(url);
    // sqlx's parse error may quote the URL: replaced by ours.
    let opts = PgConnectOptions::from_str(url)
        .map_err(|_| {
            StoreError::Url(format!(
                "{shown}: not a PostgreSQL URL (postgres://user:password@host:port/database)"
            ))
        })?
        .application_name("palermo")
        // No statement logs: an import's data never goes to a log.
        .disable_statement_logging();
    // One connection first, for the server's own reason when it cannot be
    // had (refused, unknown host, failed authentication, no such database):
    // a pool would only say that it timed out.
    let probe = opts.connect().await?;
    probe.close().await?;
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(opts)
        .await?;
    ensure_palermo(&pool).await?;
    Ok(Store {
        pool: Pool::Postgres(pool),
        versioned: true,
        read_only: false,
        location: shown,
    })
}

/// The versions recorded in `_sqlx_migrations` (none in a new database).
pub(crate) async fn applied_versions(pool: &PgPool) -> Result<Vec<i64>> {
    let exists: Option<String> = sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations')::text")
        .fetch_one(pool)
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

/// Refuses a database (its current schema) that holds tables and is not
/// Palermo's: PostgreSQL has no application id, so Palermo's is the one
/// whose `_sqlx_migrations` lists only Palermo's migrations, starting with
/// the first. Nothing is written before.
async fn ensure_palermo(pool: &PgPool) -> Result<()> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = current_schema() ORDER BY 1",
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
        // Versions of a newer binary are reported by the schema check.
        if versions.contains(&1) && versions.iter().all(|v| *v < 10_000) {
            return Ok(());
        }
    }
    Err(StoreError::NotPalermo {
        reason: format!(
            "its schema holds {} table(s) or view(s) of another application",
            tables.len()
        ),
    })
}

/// `INSERT INTO table (c1, …) VALUES ($1, …), …` for `rows` rows.
pub(crate) fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let n = columns.len();
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    sql.reserve(rows * n * 7);
    for r in 0..rows {
        if r > 0 {
            sql.push(',');
        }
        sql.push('(');
        for c in 0..n {
            if c > 0 {
                sql.push(',');
            }
            sql.push('$');
            sql.push_str(&(r * n + c + 1).to_string());
        }
        sql.push(')');
    }
    sql
}

/// Runs one multi-row insert (`sql` from [`insert_sql`]) with `values`.
pub(crate) async fn insert_rows(
    conn: &mut sqlx::PgConnection,
    sql: &str,
    values: Vec<Value>,
) -> Result<()> {
    sqlx::query_with(sql, postgres_arguments(values)?)
        .execute(conn)
        .await?;
    Ok(())
}

/// What `palermo db backup` says for PostgreSQL: the server's own tools.
pub(crate) fn backup_advice(location: &str) -> String {
    format!(
        "a PostgreSQL database is backed up with PostgreSQL's own tools: \
         pg_dump --format=custom --file FILE '{location}' for a snapshot \
         (pg_restore restores it), or continuous archiving with \
         point-in-time recovery (pg_basebackup and WAL archiving)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_across_rows() {
        assert_eq!(
            insert_sql("t", &["a", "b"], 2),
            "INSERT INTO t (a, b) VALUES ($1,$2),($3,$4)"
        );
    }
}
