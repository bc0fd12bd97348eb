//! Bulk loads for the data hub's imports and the seeding. SQLite: multi-row
//! `INSERT … VALUES (…), (…)` statements with every value bound as a
//! parameter, as many rows a statement as its parameter limit allows
//! ([`crate::sqlite::MAX_PARAMETERS`]). PostgreSQL: one `COPY … FROM STDIN`
//! stream a load (sqlx's `copy_in_raw`), each batch one chunk of CSV, in
//! batches of the same size against its protocol's limit
//! ([`crate::postgres::MAX_PARAMETERS`]).
//!
//! An import reads its file in batches of [`BulkInsert::rows_per_statement`]
//! rows. The importing thread turns each batch into bound values ([`Rows`],
//! owning its texts) while the database stores the previous one: reading,
//! validating and binding overlap with the database's own work (SQLite's
//! worker thread runs the statement; PostgreSQL reads the stream from its
//! socket). On SQLite the statement text for a full batch is the same every
//! time (prepared once, then taken from sqlx's statement cache). Values are
//! bound or sent as data, never spliced into SQL.

use crate::db::{Backend, Conn, Tx, Value};
use crate::stats::DatahubError;
use crate::Result;

/// The most rows of `columns` values one statement can carry on `backend`
/// (1,724 for the 19 columns of a statistics cell on SQLite).
pub(crate) const fn rows_per_statement(backend: Backend, columns: usize) -> usize {
    let max = match backend {
        Backend::Sqlite => crate::sqlite::MAX_PARAMETERS,
        Backend::Postgres => crate::postgres::MAX_PARAMETERS,
    };
    max / columns
}

/// One table's bulk insert: its statement for a full batch.
#[derive(Debug)]
pub(crate) struct BulkInsert {
    backend: Backend,
    table: &'static str,
    columns: &'static [&'static str],
    /// SQLite: the insert of a full batch; PostgreSQL: the `COPY`
    /// statement every batch is loaded with.
    full: String,
}

impl BulkInsert {
    /// The insert into `table` of `columns` (the caller's constants, never
    /// user input) on `backend`.
    pub(crate) fn new(
        backend: Backend,
        table: &'static str,
        columns: &'static [&'static str],
    ) -> Self {
        Self {
            backend,
            table,
            columns,
            full: match backend {
                Backend::Sqlite => crate::sqlite::insert_sql(
                    table,
                    columns,
                    rows_per_statement(backend, columns.len()),
                ),
                Backend::Postgres => crate::postgres::copy_sql(table, columns),
            },
        }
    }

    /// Rows in a full batch.
    pub(crate) fn rows_per_statement(&self) -> usize {
        rows_per_statement(self.backend, self.columns.len())
    }

    /// An empty batch.
    pub(crate) fn rows(&self) -> Rows {
        Rows {
            values: Vec::with_capacity(self.rows_per_statement() * self.columns.len()),
            rows: 0,
        }
    }

    /// An error (a defect) unless `rows` holds whole rows of this table,
    /// at most a full batch.
    fn check(&self, rows: &Rows) -> Result<()> {
        if rows.values.len() != rows.rows * self.columns.len()
            || rows.rows > self.rows_per_statement()
        {
            return Err(sqlx::Error::Protocol(format!(
                "bulk insert into {}: {} values for {} rows of {} columns",
                self.table,
                rows.values.len(),
                rows.rows,
                self.columns.len()
            ))
            .into());
        }
        Ok(())
    }

    /// Stores `rows` inside `tx` (one statement).
    ///
    /// # Errors
    /// A row with the wrong number of values (a defect); database errors
    /// (constraint violations included).
    pub(crate) async fn execute(&self, tx: &mut Tx, rows: Rows) -> Result<()> {
        if rows.rows == 0 {
            return Ok(());
        }
        self.check(&rows)?;
        match tx.conn() {
            Conn::Sqlite(c) => {
                let partial;
                let sql = if rows.rows == self.rows_per_statement() {
                    self.full.as_str()
                } else {
                    partial = crate::sqlite::insert_sql(self.table, self.columns, rows.rows);
                    partial.as_str()
                };
                crate::sqlite::insert_rows(c, sql, rows.values).await
            }
            Conn::Postgres(c) => {
                crate::postgres::copy_rows(c, &self.full, &rows.values, self.columns.len()).await
            }
        }
    }
}

/// Stores the batches that `fill` returns, until one is empty, and
/// returns the number of rows stored. SQLite: each batch is one statement,
/// stored on SQLite's worker thread while `fill` reads, validates and
/// binds the next one here. PostgreSQL: one `COPY` stream for the whole
/// load ([`crate::postgres::CopyIn`]), each batch one chunk of it, stored
/// by the server while `fill` makes the next.
///
/// # Errors
/// [`DatahubError::File`] when `fill` fails with a fatal row error,
/// [`DatahubError::Strict`] when it fails otherwise (`--strict`), database errors;
/// the caller's transaction then stores nothing.
pub(crate) async fn store_batches<F>(
    tx: &mut Tx,
    bulk: &BulkInsert,
    mut fill: F,
) -> std::result::Result<u64, DatahubError>
where
    F: FnMut() -> std::result::Result<Rows, palermo_import::rows::RowError>,
{
    let mut stored = 0;
    let mut pending = fill().map_err(DatahubError::from_row)?;
    if let Conn::Postgres(c) = tx.conn() {
        if pending.is_empty() {
            return Ok(0);
        }
        let mut copy = crate::postgres::CopyIn::start(c, &bulk.full, bulk.columns.len()).await?;
        while !pending.is_empty() {
            let n = pending.len() as u64;
            if let Err(e) = bulk.check(&pending) {
                copy.abort().await;
                return Err(e.into());
            }
            // The send writes what the socket takes and yields; the next
            // batch is made meanwhile.
            let (sent, next) = tokio::join!(copy.send(&pending.values), async { fill() });
            match (sent, next) {
                (Ok(()), Ok(rows)) => {
                    stored += n;
                    pending = rows;
                }
                (Err(e), _) => {
                    copy.abort().await;
                    return Err(e.into());
                }
                (Ok(()), Err(e)) => {
                    copy.abort().await;
                    return Err(DatahubError::from_row(e));
                }
            }
        }
        copy.finish().await?;
        return Ok(stored);
    }
    while !pending.is_empty() {
        let n = pending.len() as u64;
        let (inserted, filled) = tokio::join!(bulk.execute(tx, pending), async { fill() });
        inserted?;
        stored += n;
        pending = filled.map_err(DatahubError::from_row)?;
    }
    Ok(stored)
}

/// Reads `rows` in batches of [`BulkInsert::rows_per_statement`] records
/// ([`crate::stats::fill_batch`]: rejected rows and warnings to `sink`,
/// counted in `s`), binds each record with `push`, and stores the batches
/// with [`store_batches`]. Returns the number of records stored.
///
/// # Errors
/// As [`store_batches`]; [`DatahubError::NoRows`] when no record was
/// stored (a header alone, `[]`, every row rejected): storing none would
/// empty the dataset or source it replaces.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn import_records<T, I>(
    tx: &mut Tx,
    bulk: &BulkInsert,
    rows: &mut I,
    strict: bool,
    sink: &mut (dyn crate::stats::ImportSink + Send),
    s: &mut crate::stats::ImportSummary,
    mut push: impl FnMut(&mut Rows, T),
) -> std::result::Result<u64, DatahubError>
where
    I: Iterator<
        Item = std::result::Result<palermo_import::rows::Parsed<T>, palermo_import::rows::RowError>,
    >,
{
    let per_batch = bulk.rows_per_statement();
    let mut records = Vec::with_capacity(per_batch);
    let fill = || {
        records.clear();
        crate::stats::fill_batch(rows, &mut records, per_batch, strict, sink, s)?;
        let mut batch = bulk.rows();
        for r in records.drain(..) {
            push(&mut batch, r);
        }
        Ok(batch)
    };
    let stored = store_batches(tx, bulk, fill).await?;
    sink.progress(s.rows_read);
    if stored == 0 {
        return Err(DatahubError::NoRows {
            file: s.file.clone(),
            rejected: s.rejected,
        });
    }
    Ok(stored)
}

/// A batch of rows as bound values. Texts are owned (moved in, not
/// copied), so that handing the batch to the database copies nothing.
#[derive(Debug)]
pub(crate) struct Rows {
    values: Vec<Value>,
    rows: usize,
}

impl Rows {
    /// A text value.
    pub(crate) fn text(&mut self, s: String) {
        self.values.push(Value::Text(Some(s)));
    }

    /// A text value or NULL.
    pub(crate) fn opt_text(&mut self, s: Option<String>) {
        self.values.push(Value::Text(s));
    }

    /// A constant text (a code list's slug).
    pub(crate) fn slug(&mut self, s: &'static str) {
        self.values.push(Value::Slug(Some(s)));
    }

    /// A constant text or NULL.
    pub(crate) fn opt_slug(&mut self, s: Option<&'static str>) {
        self.values.push(Value::Slug(s));
    }

    /// An integer.
    pub(crate) fn int(&mut self, n: i64) {
        self.values.push(Value::Int(Some(n)));
    }

    /// An integer or NULL.
    pub(crate) fn opt_int(&mut self, n: Option<i64>) {
        self.values.push(Value::Int(n));
    }

    /// A boolean.
    pub(crate) fn bool(&mut self, b: bool) {
        self.values.push(Value::Bool(b));
    }

    /// Ends a row (checked against the column count when executed).
    pub(crate) fn end_row(&mut self) {
        self.rows += 1;
    }

    /// Rows so far.
    pub(crate) fn len(&self) -> usize {
        self.rows
    }

    /// Whether no row was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.rows == 0
    }
}

/// Stores `items` into `table` inside `tx` in full batches, each item
/// bound by `push` (for the seeding's reference tables).
pub(crate) async fn insert_all<T>(
    tx: &mut Tx,
    table: &'static str,
    columns: &'static [&'static str],
    items: impl IntoIterator<Item = T>,
    mut push: impl FnMut(&mut Rows, T),
) -> Result<()> {
    let bulk = BulkInsert::new(tx.backend(), table, columns);
    let mut rows = bulk.rows();
    for item in items {
        push(&mut rows, item);
        rows.end_row();
        if rows.len() == bulk.rows_per_statement() {
            let full = std::mem::replace(&mut rows, bulk.rows());
            bulk.execute(tx, full).await?;
        }
    }
    bulk.execute(tx, rows).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_statement_stays_within_the_parameter_limits() {
        for n in 1..40 {
            assert!(rows_per_statement(Backend::Sqlite, n) * n <= 32_766);
            assert!((rows_per_statement(Backend::Sqlite, n) + 1) * n > 32_766);
            assert!(rows_per_statement(Backend::Postgres, n) * n <= 65_535);
        }
    }

    #[tokio::test]
    async fn rows_are_stored_and_a_short_row_is_refused() {
        static COLUMNS: [&str; 2] = ["a", "b"];
        let store = crate::Store::open_in_memory().await.unwrap();
        let mut tx = store.pool().begin_write().await.unwrap();
        tx.execute(crate::db::query(
            "t",
            "CREATE TEMP TABLE t (a TEXT, b INTEGER)",
        ))
        .await
        .unwrap();
        let bulk = BulkInsert::new(Backend::Sqlite, "t", &COLUMNS);
        let mut rows = bulk.rows();
        for i in 0..3 {
            rows.text(format!("r{i}"));
            rows.opt_int(if i == 1 { None } else { Some(i) });
            rows.end_row();
        }
        assert_eq!(rows.len(), 3);
        bulk.execute(&mut tx, rows).await.unwrap();
        let got = tx
            .fetch_all(crate::db::query("t", "SELECT a, b FROM t ORDER BY a"))
            .await
            .unwrap();
        let got: Vec<(String, Option<i64>)> = got
            .iter()
            .map(|r| (r.get("a").unwrap(), r.get("b").unwrap()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("r0".to_owned(), Some(0)),
                ("r1".to_owned(), None),
                ("r2".to_owned(), Some(2))
            ]
        );
        let mut short = bulk.rows();
        short.text("only one value".to_owned());
        short.end_row();
        assert!(bulk.execute(&mut tx, short).await.is_err());
    }
}
