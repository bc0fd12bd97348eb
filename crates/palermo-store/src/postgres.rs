//! The PostgreSQL backend: connecting (the URL's password never reaches a
//! message), refusing another application's database, its migrations
//! (`migrations/postgres/`, the same versions as SQLite's), and bulk
//! inserts. The only module besides [`crate::sqlite`] that knows a dialect.
//!
//! Every write transaction advances the change counter and notifies
//! channel [`CHANNEL`] with its new value, in the same statement
//! ([`ADVANCE_AND_NOTIFY`]): PostgreSQL delivers the notification when,
//! and only if, the transaction commits. [`Changes`] listens for them, so
//! that a server instance learns of a change made through another within
//! milliseconds without asking the database.
//!
//! Writers are serialised by the row lock on the change counter that every
//! write transaction takes first ([`crate::db::Tx`]), so a check made inside
//! a write transaction holds until it commits, as under SQLite's single
//! writer; readers are never blocked (MVCC).

use std::str::FromStr;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};

use crate::db::{Pool, Value};
use crate::{redact_url, Result, Store, StoreError};

/// PostgreSQL's migrations.
pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/postgres");

/// Bound parameters PostgreSQL's protocol allows in one statement (a
/// 16-bit count); bulk batches are sized by it too, though `COPY` binds
/// none.
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
        pool: Pool::Postgres(pool, std::sync::Arc::new(Changes::default())),
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

/// `COPY table (c1, …) FROM STDIN (FORMAT csv)`: how a bulk batch is
/// loaded (the statement is the caller's constants, never user input).
pub(crate) fn copy_sql(table: &str, columns: &[&str]) -> String {
    format!(
        "COPY {table} ({}) FROM STDIN (FORMAT csv)",
        columns.join(", ")
    )
}

/// Appends `v` to `out` as one field of PostgreSQL's CSV format: NULL is
/// an empty unquoted field, every text is quoted (so an empty text stays
/// an empty text, and quotes, commas and line breaks inside are data).
fn push_csv_field(out: &mut Vec<u8>, v: &Value) {
    use std::io::Write as _;
    let quoted = |out: &mut Vec<u8>, s: &str| {
        out.push(b'"');
        if s.contains('"') {
            for b in s.bytes() {
                if b == b'"' {
                    out.push(b'"');
                }
                out.push(b);
            }
        } else {
            out.extend_from_slice(s.as_bytes());
        }
        out.push(b'"');
    };
    // Writing a number into a Vec cannot fail.
    match v {
        Value::Text(Some(s)) => quoted(out, s),
        Value::Slug(Some(s)) => quoted(out, s),
        Value::Int(Some(n)) => {
            let _ = write!(out, "{n}");
        }
        Value::Real(Some(x)) => {
            let _ = write!(out, "{x:?}");
        }
        Value::Bool(b) => out.extend_from_slice(if *b { b"t" } else { b"f" }),
        Value::Bytes(bytes) => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\x");
            for b in bytes {
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 15)]);
            }
        }
        Value::Text(None) | Value::Slug(None) | Value::Int(None) | Value::Real(None) => {}
    }
}

/// Appends `values` (rows of `columns` values) to `out` as CSV rows for
/// [`copy_sql`].
pub(crate) fn push_copy_csv(out: &mut Vec<u8>, values: &[Value], columns: usize) {
    for row in values.chunks(columns.max(1)) {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            push_csv_field(out, v);
        }
        out.push(b'\n');
    }
}

/// `values` (rows of `columns` values) as CSV rows for [`copy_sql`].
#[cfg(test)]
pub(crate) fn copy_csv(values: &[Value], columns: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() * 12);
    push_copy_csv(&mut out, values, columns);
    out
}

/// Loads one batch with `COPY … FROM STDIN` (sqlx's `copy_in_raw`): one
/// round trip of CSV instead of a statement of bound parameters, which
/// PostgreSQL parses and plans per value.
pub(crate) async fn copy_rows(
    conn: &mut sqlx::PgConnection,
    statement: &str,
    values: &[Value],
    columns: usize,
) -> Result<()> {
    let mut copy = CopyIn::start(conn, statement, columns).await?;
    if let Err(e) = copy.send(values).await {
        copy.abort().await;
        return Err(e);
    }
    copy.finish().await?;
    Ok(())
}

/// One `COPY … FROM STDIN` stream for a whole bulk load (of any number of
/// batches): each batch is encoded as CSV and written to the server's
/// socket as one `CopyData` message, and the server stores the rows as
/// they arrive, so the client reads and validates the next batch while the
/// server stores the previous one (the socket's buffers between them). A
/// statement a batch would make each side wait for the other: the COPY
/// ends, and its rows are checked, only when the client has finished its
/// batch. A row the server refuses fails the load at [`CopyIn::finish`].
pub(crate) struct CopyIn<'c> {
    copy: sqlx::postgres::PgCopyIn<&'c mut sqlx::PgConnection>,
    columns: usize,
    /// The encoded batch, reused.
    buf: Vec<u8>,
}

impl<'c> CopyIn<'c> {
    /// Starts `statement` (a [`copy_sql`]) on `conn`, for rows of `columns`
    /// values.
    pub(crate) async fn start(
        conn: &'c mut sqlx::PgConnection,
        statement: &str,
        columns: usize,
    ) -> Result<Self> {
        Ok(Self {
            copy: conn.copy_in_raw(statement).await?,
            columns,
            buf: Vec::new(),
        })
    }

    /// Sends `values` (whole rows) as one chunk.
    pub(crate) async fn send(&mut self, values: &[Value]) -> Result<()> {
        self.buf.clear();
        push_copy_csv(&mut self.buf, values, self.columns);
        self.copy.send(self.buf.as_slice()).await?;
        Ok(())
    }

    /// Ends the stream: the rows stored (an error if the server refused
    /// one).
    pub(crate) async fn finish(self) -> Result<u64> {
        Ok(self.copy.finish().await?)
    }

    /// Abandons the stream (the server discards what it received; the
    /// transaction is then rolled back by its caller). An error of the
    /// abort itself is left to the rollback, which fails in turn if the
    /// connection is broken.
    pub(crate) async fn abort(self) {
        let _ = self.copy.abort("the load was abandoned").await;
    }
}

/// Moves the identity sequence of `table` (if it has an identity column)
/// past the largest value copied in, so that the next row gets a new id.
pub(crate) async fn reset_identity(tx: &mut crate::db::Tx, table: &'static str) -> Result<()> {
    let rows = tx
        .fetch_all(
            crate::db::query(
                table,
                "SELECT column_name::text AS name FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'",
            )
            .bind(table),
        )
        .await?;
    for r in rows {
        let column: String = r.get("name")?;
        // Names from the catalogue of Palermo's own schema, bound as text
        // to pg_get_serial_sequence; the table name is a constant.
        tx.execute(
            crate::db::query(
                table,
                format!(
                    "SELECT setval(pg_get_serial_sequence($1, $2), \
                     COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)",
                    column = quote_ident(&column)
                ),
            )
            .bind(table)
            .bind(column.as_str()),
        )
        .await?;
    }
    Ok(())
}

/// `name` as a quoted SQL identifier.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The channel every write transaction notifies, with the change
/// counter's new value as its payload.
pub(crate) const CHANNEL: &str = "palermo_change";

/// Advances the change counter and notifies [`CHANNEL`] with its new
/// value, in one statement: the first of every write transaction
/// ([`crate::db::Pool::begin_write`]). The row lock it takes serialises
/// writers until commit; the notification is delivered at commit, in
/// commit order, and dropped with a rollback.
pub(crate) const ADVANCE_AND_NOTIFY: &str =
    "WITH c AS (UPDATE palermo_change SET counter = counter + 1 WHERE id = 1 RETURNING counter), \
     n AS (SELECT pg_notify('palermo_change', counter::text) FROM c) \
     SELECT c.counter FROM c, n";

/// Reads the change counter.
const READ_COUNTER: &str = "SELECT counter FROM palermo_change WHERE id = 1";

/// How long the listener waits for a notification before it checks its
/// connection (a query on it, which also reads the counter again); a
/// connection that does not answer within as long is given up.
pub(crate) const HEARTBEAT: Duration = Duration::from_secs(2);

/// Longest wait between two attempts to reconnect the listener.
const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// The change counter as this process knows it from PostgreSQL's
/// notifications: one listener connection (`application_name`
/// `palermo-listener`, its own pool of one) started by the first
/// [`crate::Store::data_version`] and ended with the last clone of the
/// store (or [`crate::Store::close`]). While the listener is connected and
/// has read the counter since it connected, the value it holds is the
/// database's, late by a notification's delivery; otherwise (before the
/// first connection, after the server restarted or the connection broke)
/// `data_version` reads the counter from the database, as on SQLite, and
/// the listener reconnects by itself (every [`MAX_BACKOFF`] at most),
/// reading the counter again once it listens, so that no change made while
/// it was away is missed. A connection that stops answering is found by
/// the [`HEARTBEAT`].
#[derive(Debug, Default)]
pub(crate) struct Changes {
    /// The counter's last value known.
    latest: AtomicI64,
    /// Whether `latest` follows the database (the listener is listening
    /// and has read the counter since it connected).
    live: AtomicBool,
    /// The listener's pool, once started.
    listener: Mutex<Option<PgPool>>,
}

impl Changes {
    /// The counter, if the listener follows the database now.
    pub(crate) fn live_value(&self) -> Option<i64> {
        self.live
            .load(Ordering::Acquire)
            .then(|| self.latest.load(Ordering::Acquire))
    }

    /// Whether the listener follows the database now.
    pub(crate) fn is_live(&self) -> bool {
        self.live.load(Ordering::Acquire)
    }

    /// A value read from the database or a notification.
    fn set(&self, counter: i64) {
        self.latest.store(counter, Ordering::Release);
    }

    /// The value a transaction of this process committed (its own
    /// notification may not have arrived yet).
    pub(crate) fn committed(&self, counter: i64) {
        self.latest.fetch_max(counter, Ordering::AcqRel);
    }

    fn lost(&self) {
        self.live.store(false, Ordering::Release);
    }

    /// Starts the listener on the server of `pool` unless it runs.
    pub(crate) fn start(self: &Arc<Self>, pool: &PgPool) {
        let mut started = self
            .listener
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if started.is_some() || pool.is_closed() {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let opts = (*pool.connect_options())
            .clone()
            .application_name("palermo-listener");
        let listener = PgPoolOptions::new()
            .max_connections(1)
            .min_connections(0)
            .acquire_timeout(HEARTBEAT)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_lazy_with(opts);
        *started = Some(listener.clone());
        runtime.spawn(listen(Arc::downgrade(self), listener));
    }

    /// Ends the listener (the store is closing).
    pub(crate) async fn close(&self) {
        self.lost();
        let listener = self
            .listener
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        if let Some(p) = listener {
            p.close().await;
        }
    }
}

/// The listener's task: listens, and reconnects after a lost connection,
/// until the store is dropped or closed.
async fn listen(changes: Weak<Changes>, pool: PgPool) {
    let mut backoff = Duration::from_millis(50);
    let mut reported = false;
    loop {
        match listen_once(&changes, &pool).await {
            Ok(()) => break,
            Err(e) => {
                let Some(c) = changes.upgrade() else { break };
                c.lost();
                if pool.is_closed() {
                    break;
                }
                if !reported {
                    // No URL, no payload: the kind of failure only.
                    tracing::warn!(
                        "the change listener lost its PostgreSQL connection ({}); reading the change counter on each check until it reconnects",
                        error_kind(&e)
                    );
                    reported = true;
                }
            }
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(MAX_BACKOFF);
        if changes.strong_count() == 0 {
            break;
        }
        if let Some(c) = changes.upgrade() {
            if c.is_live() {
                backoff = Duration::from_millis(50);
                reported = false;
            }
        }
    }
    pool.close().await;
}

/// The kind of a listener's failure, for the log.
fn error_kind(e: &sqlx::Error) -> &'static str {
    match e {
        sqlx::Error::Io(_) => "connection lost",
        sqlx::Error::Database(_) => "ended by the server",
        sqlx::Error::PoolTimedOut => "server unreachable",
        sqlx::Error::PoolClosed => "closed",
        _ => "connection error",
    }
}

/// One connection of the listener: `Ok` when the store is gone, an error
/// when the connection is lost.
async fn listen_once(
    changes: &Weak<Changes>,
    pool: &PgPool,
) -> std::result::Result<(), sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    // A lost connection ends this one; the caller reconnects and reads the
    // counter again (a reconnection inside the listener would not).
    listener.eager_reconnect(false);
    listener.listen(CHANNEL).await?;
    // Read after LISTEN: a change committed before is in the counter, one
    // committed after comes as a notification.
    let counter: i64 = sqlx::query_scalar(READ_COUNTER)
        .fetch_one(&mut listener)
        .await?;
    {
        let Some(c) = changes.upgrade() else {
            return Ok(());
        };
        c.set(counter);
        c.live.store(true, Ordering::Release);
    }
    loop {
        match tokio::time::timeout(HEARTBEAT, listener.try_recv()).await {
            Ok(Ok(Some(n))) => {
                let Some(c) = changes.upgrade() else {
                    return Ok(());
                };
                match n.payload().parse::<i64>() {
                    Ok(v) => c.set(v),
                    // Not ours (someone else notified the channel): the
                    // counter says.
                    Err(_) => c.set(
                        sqlx::query_scalar(READ_COUNTER)
                            .fetch_one(&mut listener)
                            .await?,
                    ),
                }
            }
            Ok(Ok(None)) => {
                return Err(sqlx::Error::Io(
                    std::io::ErrorKind::ConnectionAborted.into(),
                ))
            }
            Ok(Err(e)) => return Err(e),
            Err(_) => {
                // Quiet for a while: is the connection still there?
                if changes.strong_count() == 0 {
                    return Ok(());
                }
                let read = tokio::time::timeout(
                    HEARTBEAT,
                    sqlx::query_scalar::<_, i64>(READ_COUNTER).fetch_one(&mut listener),
                )
                .await
                .map_err(|_| sqlx::Error::Io(std::io::ErrorKind::TimedOut.into()))??;
                let Some(c) = changes.upgrade() else {
                    return Ok(());
                };
                c.set(read);
            }
        }
    }
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

    /// PostgreSQL's CSV rules (COPY, "CSV Format"): NULL unquoted and
    /// empty, a text quoted with its quotes doubled, so "" is an empty
    /// text and a comma or line break inside a text is data.
    #[test]
    fn copy_rows_follow_postgresqls_csv_rules() {
        let values = vec![
            Value::Text(Some("a,\"b\"\nc".into())),
            Value::Text(None),
            Value::Text(Some(String::new())),
            Value::Int(Some(-7)),
            Value::Slug(Some("form")),
            Value::Int(None),
        ];
        assert_eq!(
            String::from_utf8(copy_csv(&values, 3)).unwrap(),
            "\"a,\"\"b\"\"\nc\",,\"\"\n-7,\"form\",\n"
        );
    }
}
