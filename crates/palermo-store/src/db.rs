//! The backend-neutral layer under the store's domain modules: one pool
//! type over SQLite and PostgreSQL, queries with bound [`Value`]s, rows
//! decoded with `try_get` into typed values, and write transactions.
//!
//! The domain modules write SQL that both backends understand (numbered
//! placeholders `$1`, `ON CONFLICT … DO UPDATE`, `RETURNING`, timestamps
//! bound from Rust, never `strftime` or `now()`); whatever differs between
//! the two (connection, migrations, `PRAGMA`, locking, bulk loading) lives
//! in [`crate::sqlite`] and [`crate::postgres`] alone. This is enum dispatch
//! over the two concrete sqlx drivers, not sqlx's `Any` driver: every value
//! keeps its type on both backends (`key_hash` is a 64-bit integer on both).

use std::borrow::Cow;
use std::sync::Arc;

use futures_util::TryStreamExt;
use sqlx::postgres::{PgArguments, PgConnection, PgPool, PgRow};
use sqlx::sqlite::{SqliteArguments, SqliteConnection, SqlitePool, SqliteRow};
use sqlx::{Arguments, Postgres, Sqlite};

use crate::{Result, StoreError};

/// Which database system a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite, an embedded file (the default).
    Sqlite,
    /// PostgreSQL, a server.
    Postgres,
}

impl Backend {
    /// `sqlite` or `postgres`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
        }
    }
}

/// A connection pool of either backend.
#[derive(Debug, Clone)]
pub(crate) enum Pool {
    Sqlite(SqlitePool),
    /// The pool, and the change counter as the server's notifications
    /// tell it ([`crate::postgres::Changes`]).
    Postgres(PgPool, Arc<crate::postgres::Changes>),
}

/// One value bound to a query parameter, typed so that both backends
/// receive the type their column has.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    Text(Option<String>),
    Slug(Option<&'static str>),
    Int(Option<i64>),
    Real(Option<f64>),
    Bool(bool),
    Bytes(Vec<u8>),
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Self::Text(Some(v))
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Self::Text(Some(v.clone()))
    }
}
impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        Self::Text(v)
    }
}
impl From<&Option<String>> for Value {
    fn from(v: &Option<String>) -> Self {
        Self::Text(v.clone())
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Self::Text(Some(v.to_owned()))
    }
}
impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Self {
        Self::Text(v.map(str::to_owned))
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Self::Int(Some(v))
    }
}
impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Self {
        Self::Int(v)
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Self::Real(Some(v))
    }
}
impl From<Option<f64>> for Value {
    fn from(v: Option<f64>) -> Self {
        Self::Real(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Self::Bool(v)
    }
}
impl From<Vec<u8>> for Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}

impl Value {
    fn add_sqlite(self, args: &mut SqliteArguments<'static>) -> std::result::Result<(), String> {
        match self {
            Self::Text(v) => args.add(v),
            Self::Slug(v) => args.add(v),
            Self::Int(v) => args.add(v),
            Self::Real(v) => args.add(v),
            Self::Bool(v) => args.add(v),
            Self::Bytes(v) => args.add(v),
        }
        .map_err(|e| e.to_string())
    }

    fn add_postgres(self, args: &mut PgArguments) -> std::result::Result<(), String> {
        match self {
            Self::Text(v) => args.add(v),
            Self::Slug(v) => args.add(v),
            Self::Int(v) => args.add(v),
            Self::Real(v) => args.add(v),
            Self::Bool(v) => args.add(v),
            Self::Bytes(v) => args.add(v),
        }
        .map_err(|e| e.to_string())
    }
}

/// Bound values in the order of their placeholders.
pub(crate) fn sqlite_arguments(values: Vec<Value>) -> Result<SqliteArguments<'static>> {
    let mut args = SqliteArguments::default();
    for v in values {
        v.add_sqlite(&mut args)
            .map_err(|e| sqlx::Error::Encode(e.into()))?;
    }
    Ok(args)
}

/// Bound values in the order of their placeholders.
pub(crate) fn postgres_arguments(values: Vec<Value>) -> Result<PgArguments> {
    let mut args = PgArguments::default();
    for v in values {
        v.add_postgres(&mut args)
            .map_err(|e| sqlx::Error::Encode(e.into()))?;
    }
    Ok(args)
}

/// A query: SQL that both backends understand (placeholders `$1`, `$2`, …)
/// and its bound values. `table` names what its rows are read from, for
/// [`StoreError::Corrupt`].
#[derive(Debug)]
pub(crate) struct Query {
    sql: Cow<'static, str>,
    args: Vec<Value>,
    table: &'static str,
}

/// A query reading rows of `table` (or writing: `table` is then only a
/// label).
pub(crate) fn query(table: &'static str, sql: impl Into<Cow<'static, str>>) -> Query {
    Query {
        sql: sql.into(),
        args: Vec::new(),
        table,
    }
}

impl Query {
    /// Binds the next placeholder.
    pub(crate) fn bind(mut self, v: impl Into<Value>) -> Self {
        self.args.push(v.into());
        self
    }
}

/// A row of either backend, decoded column by column with `try_get`.
pub(crate) struct Row {
    inner: RowInner,
    table: &'static str,
}

enum RowInner {
    Sqlite(SqliteRow),
    Postgres(PgRow),
}

/// A type both backends decode.
pub(crate) trait Column:
    for<'r> sqlx::Decode<'r, Sqlite>
    + sqlx::Type<Sqlite>
    + for<'r> sqlx::Decode<'r, Postgres>
    + sqlx::Type<Postgres>
{
}
impl<T> Column for T where
    T: for<'r> sqlx::Decode<'r, Sqlite>
        + sqlx::Type<Sqlite>
        + for<'r> sqlx::Decode<'r, Postgres>
        + sqlx::Type<Postgres>
{
}

impl Row {
    /// The value of `column`: [`StoreError::Corrupt`] naming the table and
    /// the column (never the value) when it is not of type `T`.
    pub(crate) fn get<T: Column>(&self, column: &'static str) -> Result<T> {
        use sqlx::Row as _;
        let r = match &self.inner {
            RowInner::Sqlite(r) => r.try_get::<T, _>(column),
            RowInner::Postgres(r) => r.try_get::<T, _>(column),
        };
        r.map_err(|_| self.corrupt(column))
    }

    /// The value of the `index`th column (0-based), for rows whose columns
    /// come from a catalogue; `label` names it in an error.
    pub(crate) fn get_at<T: Column>(&self, index: usize, label: &'static str) -> Result<T> {
        use sqlx::Row as _;
        let r = match &self.inner {
            RowInner::Sqlite(r) => r.try_get::<T, _>(index),
            RowInner::Postgres(r) => r.try_get::<T, _>(index),
        };
        r.map_err(|_| self.corrupt(label))
    }

    /// A non-negative integer column as `u64` (corrupt if negative).
    pub(crate) fn get_u64(&self, column: &'static str) -> Result<u64> {
        u64::try_from(self.get::<i64>(column)?).map_err(|_| self.corrupt(column))
    }

    /// The corrupt-value error for `column` of this row's table.
    pub(crate) fn corrupt(&self, column: &'static str) -> StoreError {
        StoreError::Corrupt {
            table: self.table,
            column,
        }
    }
}

/// A connection of either backend (from the pool, or a transaction's).
pub(crate) enum Conn<'a> {
    Sqlite(&'a mut SqliteConnection),
    Postgres(&'a mut PgConnection),
}

impl Conn<'_> {
    /// Runs `q`; returns the rows it changed.
    pub(crate) async fn execute(&mut self, q: Query) -> Result<u64> {
        Ok(match self {
            Conn::Sqlite(c) => sqlx::query_with(&q.sql, sqlite_arguments(q.args)?)
                .execute(&mut **c)
                .await?
                .rows_affected(),
            Conn::Postgres(c) => sqlx::query_with(&q.sql, postgres_arguments(q.args)?)
                .execute(&mut **c)
                .await?
                .rows_affected(),
        })
    }

    /// Frees what the connection caches of the database (SQLite: its page
    /// cache, [`crate::sqlite::release_memory`]; PostgreSQL caches on the
    /// server: nothing to do).
    pub(crate) async fn release_memory(&mut self) -> Result<()> {
        match self {
            Conn::Sqlite(c) => crate::sqlite::release_memory(c).await,
            Conn::Postgres(_) => Ok(()),
        }
    }

    /// Every row `q` returns.
    pub(crate) async fn fetch_all(&mut self, q: Query) -> Result<Vec<Row>> {
        let table = q.table;
        Ok(match self {
            Conn::Sqlite(c) => sqlx::query_with(&q.sql, sqlite_arguments(q.args)?)
                .fetch_all(&mut **c)
                .await?
                .into_iter()
                .map(|r| Row {
                    inner: RowInner::Sqlite(r),
                    table,
                })
                .collect(),
            Conn::Postgres(c) => sqlx::query_with(&q.sql, postgres_arguments(q.args)?)
                .fetch_all(&mut **c)
                .await?
                .into_iter()
                .map(|r| Row {
                    inner: RowInner::Postgres(r),
                    table,
                })
                .collect(),
        })
    }

    /// The first row `q` returns, if any.
    pub(crate) async fn fetch_optional(&mut self, q: Query) -> Result<Option<Row>> {
        let table = q.table;
        Ok(match self {
            Conn::Sqlite(c) => sqlx::query_with(&q.sql, sqlite_arguments(q.args)?)
                .fetch_optional(&mut **c)
                .await?
                .map(|r| Row {
                    inner: RowInner::Sqlite(r),
                    table,
                }),
            Conn::Postgres(c) => sqlx::query_with(&q.sql, postgres_arguments(q.args)?)
                .fetch_optional(&mut **c)
                .await?
                .map(|r| Row {
                    inner: RowInner::Postgres(r),
                    table,
                }),
        })
    }

    /// The one row `q` returns (a database error if none).
    pub(crate) async fn fetch_one(&mut self, q: Query) -> Result<Row> {
        self.fetch_optional(q)
            .await?
            .ok_or(StoreError::Database(sqlx::Error::RowNotFound))
    }

    /// Calls `each` with every row of `q` as it arrives (never all rows in
    /// memory at once).
    pub(crate) async fn for_each(
        &mut self,
        q: Query,
        mut each: impl FnMut(Row) -> Result<()>,
    ) -> Result<()> {
        let table = q.table;
        match self {
            Conn::Sqlite(c) => {
                let args = sqlite_arguments(q.args)?;
                let mut rows = sqlx::query_with(&q.sql, args).fetch(&mut **c);
                while let Some(r) = rows.try_next().await? {
                    each(Row {
                        inner: RowInner::Sqlite(r),
                        table,
                    })?;
                }
            }
            Conn::Postgres(c) => {
                let args = postgres_arguments(q.args)?;
                let mut rows = sqlx::query_with(&q.sql, args).fetch(&mut **c);
                while let Some(r) = rows.try_next().await? {
                    each(Row {
                        inner: RowInner::Postgres(r),
                        table,
                    })?;
                }
            }
        }
        Ok(())
    }
}

/// A pooled connection of either backend.
pub(crate) enum Pooled {
    Sqlite(sqlx::pool::PoolConnection<Sqlite>),
    Postgres(sqlx::pool::PoolConnection<Postgres>),
}

impl Pooled {
    /// The connection.
    pub(crate) fn conn(&mut self) -> Conn<'_> {
        match self {
            Pooled::Sqlite(c) => Conn::Sqlite(c),
            Pooled::Postgres(c) => Conn::Postgres(c),
        }
    }
}

/// A write transaction of either backend. Begun by [`Pool::begin_write`],
/// which takes the database's write lock and advances the change counter
/// first: writers are serialised on both backends (SQLite's
/// `BEGIN IMMEDIATE`; PostgreSQL's row lock on the counter, held until
/// commit), so the checks a write makes inside its transaction hold until
/// it commits, and every committed change moves the counter.
pub(crate) enum Tx {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    /// With the change counter's value it set, told to this process's
    /// [`crate::postgres::Changes`] once committed (a write transaction;
    /// `None` for [`Pool::begin_private_write`]).
    Postgres(
        sqlx::Transaction<'static, Postgres>,
        Option<(Arc<crate::postgres::Changes>, i64)>,
    ),
}

impl Tx {
    /// The transaction's connection.
    pub(crate) fn conn(&mut self) -> Conn<'_> {
        match self {
            Tx::Sqlite(t) => Conn::Sqlite(t),
            Tx::Postgres(t, _) => Conn::Postgres(t),
        }
    }

    /// Runs `q` in the transaction.
    pub(crate) async fn execute(&mut self, q: Query) -> Result<u64> {
        self.conn().execute(q).await
    }

    /// Every row of `q`, in the transaction.
    pub(crate) async fn fetch_all(&mut self, q: Query) -> Result<Vec<Row>> {
        self.conn().fetch_all(q).await
    }

    /// The first row of `q`, in the transaction.
    pub(crate) async fn fetch_optional(&mut self, q: Query) -> Result<Option<Row>> {
        self.conn().fetch_optional(q).await
    }

    /// The one row of `q`, in the transaction.
    pub(crate) async fn fetch_one(&mut self, q: Query) -> Result<Row> {
        self.conn().fetch_one(q).await
    }

    /// Commits.
    pub(crate) async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t, counter) => {
                t.commit().await?;
                if let Some((changes, v)) = counter {
                    changes.committed(v);
                }
            }
        }
        Ok(())
    }

    /// Which backend.
    pub(crate) fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(..) => Backend::Postgres,
        }
    }
}

/// Advances the change counter (the one row of `palermo_change`, migration
/// 0008). Run first in every write transaction on SQLite: see [`Tx`]
/// (PostgreSQL's also notifies: [`crate::postgres::ADVANCE_AND_NOTIFY`]).
const ADVANCE_COUNTER: &str = "UPDATE palermo_change SET counter = counter + 1 WHERE id = 1";

impl Pool {
    /// Which backend.
    pub(crate) fn backend(&self) -> Backend {
        match self {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(..) => Backend::Postgres,
        }
    }

    /// A connection from the pool.
    pub(crate) async fn acquire(&self) -> Result<Pooled> {
        Ok(match self {
            Pool::Sqlite(p) => Pooled::Sqlite(p.acquire().await?),
            Pool::Postgres(p, _) => Pooled::Postgres(p.acquire().await?),
        })
    }

    /// Begins a write transaction (see [`Tx`]).
    pub(crate) async fn begin_write(&self) -> Result<Tx> {
        Ok(match self {
            Pool::Sqlite(p) => {
                let mut tx = Tx::Sqlite(crate::sqlite::begin_write(p).await?);
                tx.execute(query("palermo_change", ADVANCE_COUNTER)).await?;
                tx
            }
            Pool::Postgres(p, changes) => {
                let mut t = p.begin().await?;
                let counter: i64 = sqlx::query_scalar(crate::postgres::ADVANCE_AND_NOTIFY)
                    .fetch_one(&mut *t)
                    .await?;
                Tx::Postgres(t, Some((changes.clone(), counter)))
            }
        })
    }

    /// Begins a write transaction on tables that no cached page reads
    /// (accounts, sessions, API tokens, the audit trail): locked as
    /// [`Pool::begin_write`] on SQLite (`BEGIN IMMEDIATE`), but the change
    /// counter is not advanced, so that a sign-in, or a flood of failed
    /// ones, does not empty every server's cache of public pages. On
    /// PostgreSQL such writers are serialised by the rows they update (the
    /// audit chain by its head row), not by the counter's lock.
    pub(crate) async fn begin_private_write(&self) -> Result<Tx> {
        Ok(match self {
            Pool::Sqlite(p) => Tx::Sqlite(crate::sqlite::begin_write(p).await?),
            Pool::Postgres(p, _) => Tx::Postgres(p.begin().await?, None),
        })
    }

    /// Runs one statement on a pooled connection, outside any transaction
    /// (a single-row change of a table that no cached page reads, as
    /// [`Pool::begin_private_write`]). Returns the rows it changed.
    pub(crate) async fn execute_private(&self, q: Query) -> Result<u64> {
        self.acquire().await?.conn().execute(q).await
    }

    /// Runs `q` on a pooled connection (tests that corrupt a store).
    #[cfg(test)]
    pub(crate) async fn execute(&self, q: Query) -> Result<u64> {
        self.acquire().await?.conn().execute(q).await
    }

    /// Every row of `q`.
    pub(crate) async fn fetch_all(&self, q: Query) -> Result<Vec<Row>> {
        self.acquire().await?.conn().fetch_all(q).await
    }

    /// The first row of `q`.
    pub(crate) async fn fetch_optional(&self, q: Query) -> Result<Option<Row>> {
        self.acquire().await?.conn().fetch_optional(q).await
    }

    /// The one row of `q`.
    pub(crate) async fn fetch_one(&self, q: Query) -> Result<Row> {
        self.acquire().await?.conn().fetch_one(q).await
    }

    /// Closes every connection.
    pub(crate) async fn close(&self) {
        match self {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p, changes) => {
                changes.close().await;
                p.close().await;
            }
        }
    }
}

/// Now, UTC, as stored (RFC 3339 to the second: `2026-12-01T22:43:44Z`),
/// bound from Rust so that no query needs a dialect's clock function.
pub(crate) fn now_utc() -> String {
    let now = time::OffsetDateTime::now_utc();
    let fmt = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    now.format(&fmt)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_stored_as_sqlite_strftime_wrote_them() {
        // strftime('%Y-%m-%dT%H:%M:%SZ', 'now') of the earlier migrations.
        let t = now_utc();
        assert_eq!(t.len(), 20, "{t}");
        assert_eq!(&t[4..5], "-");
        assert_eq!(&t[10..11], "T");
        assert!(t.ends_with('Z'));
    }
}
