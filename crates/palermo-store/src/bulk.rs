//! Bulk inserts for the data hub's imports: multi-row `INSERT … VALUES
//! (…), (…)` statements with every value bound as a parameter.
//!
//! An import reads its file in batches of [`BulkInsert::rows_per_statement`]
//! rows, as many as SQLite's parameter limit allows in one statement, so a
//! batch is one round trip to SQLite's worker thread. The importing thread
//! turns each batch into bound values ([`Rows`], owning its texts) while the
//! worker stores the previous one: reading, validating and binding overlap
//! with SQLite's own work. The statement text for a full batch is the same
//! every time (prepared once, then taken from sqlx's statement cache).
//! Values are bound, never spliced into SQL.

use sqlx::sqlite::SqliteArguments;
use sqlx::{Arguments, Sqlite, Transaction};

use crate::stats::DatahubError;
use crate::Result;

/// Bound parameters SQLite allows in one statement
/// (`SQLITE_MAX_VARIABLE_NUMBER`, 32,766 since SQLite 3.32; sqlx bundles a
/// later SQLite).
const MAX_PARAMETERS: usize = 32_766;

/// The most rows of `columns` values one statement can carry (1,724 for the
/// 19 columns of a statistics cell).
pub(crate) const fn rows_per_statement(columns: usize) -> usize {
    MAX_PARAMETERS / columns
}

/// `INSERT INTO table (c1, …) VALUES (?, …), …` for `rows` rows.
/// Placeholders are anonymous: numbered ones (`?NNN`) cost a linear name
/// lookup per parameter in SQLite and in sqlx, quadratic over a statement
/// of thousands.
fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
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

/// One table's bulk insert: its statement for a full batch.
#[derive(Debug)]
pub(crate) struct BulkInsert {
    table: &'static str,
    columns: &'static [&'static str],
    full: String,
}

impl BulkInsert {
    /// The insert into `table` of `columns` (the caller's constants, never
    /// user input).
    pub(crate) fn new(table: &'static str, columns: &'static [&'static str]) -> Self {
        Self {
            table,
            columns,
            full: insert_sql(table, columns, rows_per_statement(columns.len())),
        }
    }

    /// Rows in a full batch.
    pub(crate) fn rows_per_statement(&self) -> usize {
        rows_per_statement(self.columns.len())
    }

    /// An empty batch.
    pub(crate) fn rows(&self) -> Rows {
        let mut args = SqliteArguments::default();
        args.reserve(self.rows_per_statement() * self.columns.len(), 0);
        Rows {
            args,
            rows: 0,
            values: 0,
            failed: None,
        }
    }

    /// Stores `rows` inside `tx` (one statement).
    ///
    /// # Errors
    /// A row with the wrong number of values (a defect); database errors
    /// (constraint violations included).
    pub(crate) async fn execute(&self, tx: &mut Transaction<'_, Sqlite>, rows: Rows) -> Result<()> {
        if let Some(e) = rows.failed {
            return Err(sqlx::Error::Encode(e.into()).into());
        }
        if rows.rows == 0 {
            return Ok(());
        }
        if rows.values != rows.rows * self.columns.len() || rows.rows > self.rows_per_statement() {
            return Err(sqlx::Error::Protocol(format!(
                "bulk insert into {}: {} values for {} rows of {} columns",
                self.table,
                rows.values,
                rows.rows,
                self.columns.len()
            ))
            .into());
        }
        let partial;
        let sql = if rows.rows == self.rows_per_statement() {
            self.full.as_str()
        } else {
            partial = insert_sql(self.table, self.columns, rows.rows);
            partial.as_str()
        };
        sqlx::query_with(sql, rows.args).execute(&mut **tx).await?;
        Ok(())
    }
}

/// Stores the batches that `fill` returns, until one is empty: each batch
/// is stored on SQLite's worker thread while `fill` reads, validates and
/// binds the next one here. Returns the number of rows stored.
///
/// # Errors
/// [`DatahubError::File`] when `fill` fails with a fatal row error,
/// [`DatahubError::Strict`] when it fails otherwise (`--strict`), database errors;
/// the caller's transaction then stores nothing.
pub(crate) async fn store_batches<F>(
    tx: &mut Transaction<'_, Sqlite>,
    bulk: &BulkInsert,
    mut fill: F,
) -> std::result::Result<u64, DatahubError>
where
    F: FnMut() -> std::result::Result<Rows, palermo_import::rows::RowError>,
{
    let mut stored = 0;
    let mut pending = fill().map_err(DatahubError::from_row)?;
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
    tx: &mut Transaction<'_, Sqlite>,
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
/// copied), so that handing the batch to SQLite's worker copies nothing.
#[derive(Debug)]
pub(crate) struct Rows {
    args: SqliteArguments<'static>,
    rows: usize,
    values: usize,
    failed: Option<String>,
}

impl Rows {
    fn add<T>(&mut self, v: T)
    where
        T: sqlx::Encode<'static, Sqlite> + sqlx::Type<Sqlite> + 'static,
    {
        self.values += 1;
        if let Err(e) = self.args.add(v) {
            self.failed.get_or_insert_with(|| e.to_string());
        }
    }

    /// A text value.
    pub(crate) fn text(&mut self, s: String) {
        self.add(s);
    }

    /// A text value or NULL.
    pub(crate) fn opt_text(&mut self, s: Option<String>) {
        self.add(s);
    }

    /// A constant text (a code list's slug).
    pub(crate) fn slug(&mut self, s: &'static str) {
        self.add(s);
    }

    /// A constant text or NULL.
    pub(crate) fn opt_slug(&mut self, s: Option<&'static str>) {
        self.add(s);
    }

    /// An integer.
    pub(crate) fn int(&mut self, n: i64) {
        self.add(n);
    }

    /// An integer or NULL.
    pub(crate) fn opt_int(&mut self, n: Option<i64>) {
        self.add(n);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_has_one_placeholder_per_value() {
        let sql = insert_sql("t", &["d", "a", "b"], 3);
        assert_eq!(
            sql,
            "INSERT INTO t (d, a, b) VALUES (?,?,?),(?,?,?),(?,?,?)"
        );
    }

    #[test]
    fn a_full_statement_stays_within_sqlites_parameter_limit() {
        for n in 1..40 {
            assert!(rows_per_statement(n) * n <= 32_766);
            assert!((rows_per_statement(n) + 1) * n > 32_766);
        }
    }

    #[tokio::test]
    async fn rows_are_stored_and_a_short_row_is_refused() {
        static COLUMNS: [&str; 2] = ["a", "b"];
        let store = crate::Store::open_in_memory().await.unwrap();
        let mut tx = store.pool().begin().await.unwrap();
        sqlx::query("CREATE TEMP TABLE t (a TEXT, b INTEGER)")
            .execute(&mut *tx)
            .await
            .unwrap();
        let bulk = BulkInsert::new("t", &COLUMNS);
        let mut rows = bulk.rows();
        for i in 0..3 {
            rows.text(format!("r{i}"));
            rows.opt_int(if i == 1 { None } else { Some(i) });
            rows.end_row();
        }
        assert_eq!(rows.len(), 3);
        bulk.execute(&mut tx, rows).await.unwrap();
        let got: Vec<(String, Option<i64>)> = sqlx::query_as("SELECT a, b FROM t ORDER BY a")
            .fetch_all(&mut *tx)
            .await
            .unwrap();
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
