//! National statistics (GLOTIP cells): atomic, idempotent import, seeding of
//! the bundled table, and reading back for the indicators.
//!
//! Also home of what the data hub's imports share with [`crate::cases`]:
//! the [`ImportSink`] that receives rejected rows, warnings and progress, and
//! [`DatahubError`].

use palermo_import::glotip::{bundled_reader, GlotipOptions, GlotipReader, BUNDLED_NAME};
use palermo_import::rows::{Parsed, RowError};
use palermo_model::stats::{
    find_conflicts, AgeGroup, Category, Conflict, Count, Dimension, FormOfExploitation, Indicator,
    Sex, StatRecord,
};
use sqlx::{Row, Sqlite, Transaction};

use crate::bulk::{import_records, BulkInsert, Rows};
use crate::{Result, Store, StoreError};

/// The dataset name of the bundled GLOTIP table.
pub const GLOTIP_DATASET: &str = "glotip";

/// Receives what an import finds, as it finds it (so that a report of
/// millions of rejected rows never sits in memory).
pub trait ImportSink {
    /// A row that was rejected (not stored).
    fn rejected(&mut self, e: &RowError);
    /// A note about a row that was stored.
    fn warning(&mut self, w: &RowError);
    /// `rows` rows read so far (called every few thousand rows).
    fn progress(&mut self, rows: u64);
    /// Makes sure everything received so far is written, before the import
    /// commits: an error rolls the import back (a report of rejected rows
    /// that cannot be written must not lose them while the rest is stored).
    ///
    /// # Errors
    /// What writing failed with.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An [`ImportSink`] that ignores everything (seeding, tests).
#[derive(Debug, Default)]
pub struct NullSink {
    /// Rejected rows seen.
    pub rejected: u64,
    /// Warnings seen.
    pub warnings: u64,
}

impl ImportSink for NullSink {
    fn rejected(&mut self, _: &RowError) {
        self.rejected += 1;
    }
    fn warning(&mut self, _: &RowError) {
        self.warnings += 1;
    }
    fn progress(&mut self, _: u64) {}
}

/// Why a data hub import stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum DatahubError {
    /// The database failed (the transaction was rolled back).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// `--strict`: the first rejected row rejects the whole file; or a row
    /// error that is fatal to the file ([`RowError::fatal`]), strict or not.
    #[error("{0}; the whole file is rejected, nothing was imported")]
    Strict(RowError),
    /// The file cannot be read to its end (wrong encoding, a truncated last
    /// line, a corrupt worksheet, broken JSON): the whole file is rejected
    /// ([`RowError::fatal`]).
    #[error("{0}; the file is rejected, nothing was imported")]
    File(RowError),
    /// The file has no row that could be stored: importing it would empty
    /// the dataset or source it replaces.
    #[error("{file}: {}; nothing was imported", if *.rejected == 0 { "no data rows".to_owned() } else { format!("no valid rows ({} rejected)", .rejected) })]
    NoRows {
        /// The file.
        file: String,
        /// Rows read and rejected.
        rejected: u64,
    },
    /// The sink (the report of rejected rows) could not be written; the
    /// import was rolled back.
    #[error("writing the report of rejected rows failed: {0}; nothing was imported")]
    Report(std::io::Error),
    /// A re-import would silently shrink what it replaces
    /// ([`palermo_model::replacement::check_replacement`]); the import was
    /// rolled back. [`ImportMode::force`] accepts it.
    #[error("{file}: re-importing {name:?} refused: {shrink}; nothing was imported")]
    Shrink {
        /// Dataset or source name.
        name: String,
        /// The file.
        file: String,
        /// The counts.
        shrink: palermo_model::replacement::Shrink,
    },
}

/// How an import treats rejected rows and a replacement that shrinks what
/// it replaces. `false.into()` is the default; `true.into()` is strict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportMode {
    /// The first rejected row rejects the whole file.
    pub strict: bool,
    /// Replace even when the new version rejects more than 1% of its rows
    /// or keeps fewer than half of the rows it replaces
    /// ([`palermo_model::replacement`]).
    pub force: bool,
}

impl From<bool> for ImportMode {
    /// Strict or not, never forced.
    fn from(strict: bool) -> Self {
        Self {
            strict,
            force: false,
        }
    }
}

/// Refuses, unless `mode.force`, a replacement that would shrink what it
/// replaces.
pub(crate) fn check_shrink(
    s: &ImportSummary,
    mode: ImportMode,
) -> std::result::Result<(), DatahubError> {
    if mode.force {
        return Ok(());
    }
    palermo_model::replacement::check_replacement(s.replaced, s.rows_read, s.stored, s.rejected)
        .map_err(|shrink| DatahubError::Shrink {
            name: s.name.clone(),
            file: s.file.clone(),
            shrink,
        })
}

impl DatahubError {
    /// The error for a row that stopped the import: [`DatahubError::File`]
    /// if it is fatal, else [`DatahubError::Strict`].
    pub(crate) fn from_row(e: RowError) -> Self {
        if e.fatal {
            Self::File(e)
        } else {
            Self::Strict(e)
        }
    }
}

impl From<sqlx::Error> for DatahubError {
    fn from(e: sqlx::Error) -> Self {
        Self::Store(StoreError::Database(e))
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// Dataset or source name.
    pub name: String,
    /// The file as named by the user.
    pub file: String,
    /// Rows read (stored + rejected).
    pub rows_read: u64,
    /// Rows stored.
    pub stored: u64,
    /// Rows rejected (written to the sink).
    pub rejected: u64,
    /// Rows stored with a warning.
    pub warnings: u64,
    /// Rows of the previous import of the same name that were replaced.
    pub replaced: u64,
    /// Keys published more than once (statistics only), with their lines.
    pub conflicts: Vec<Conflict>,
    /// Whether `conflicts` lists them all: `false` when the file repeats
    /// more than [`MAX_LISTED_LINES`] lines (then [`Store::stat_conflicts`]
    /// lists all, from the database).
    pub conflicts_complete: bool,
}

fn category_parts(c: &Category) -> (&'static str, Option<&str>) {
    match c {
        Category::Total => ("total", None),
        Category::Form(f) => ("form", Some(f.slug())),
        Category::Country(iso) => ("country", Some(iso.as_str())),
        Category::Nationals => ("nationals", None),
        Category::Abroad => ("abroad", None),
        Category::Unresolved => ("unresolved", None),
    }
}

fn corrupt(column: &'static str, value: &str) -> StoreError {
    StoreError::Corrupt {
        table: "stat_cells",
        column,
        value: value.to_owned(),
    }
}

/// Column `c` of a stored cell, decoded with `try_get`: a value of another
/// type than the schema's (a file edited by hand, a disk error) is a
/// [`StoreError::Corrupt`] naming the column, never a panic.
fn col<'r, T>(r: &'r sqlx::sqlite::SqliteRow, c: &'static str) -> Result<T>
where
    T: sqlx::Decode<'r, Sqlite> + sqlx::Type<Sqlite>,
{
    r.try_get(c)
        .map_err(|_| corrupt(c, "(a value of another type than the column's)"))
}

fn record_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<StatRecord> {
    let ind: String = col(r, "indicator")?;
    let dim: String = col(r, "dimension")?;
    let sex: String = col(r, "sex")?;
    let age: String = col(r, "age")?;
    let kind: String = col(r, "category_kind")?;
    let cval: Option<String> = col(r, "category_value")?;
    let category = match (kind.as_str(), cval) {
        ("total", _) => Category::Total,
        ("form", Some(f)) => Category::Form(
            FormOfExploitation::parse(&f).ok_or_else(|| corrupt("category_value", &f))?,
        ),
        ("country", Some(c)) => Category::Country(c),
        ("nationals", _) => Category::Nationals,
        ("abroad", _) => Category::Abroad,
        ("unresolved", _) => Category::Unresolved,
        _ => return Err(corrupt("category_kind", &kind)),
    };
    let year: i64 = col(r, "year")?;
    let min: i64 = col(r, "value_min")?;
    let max: i64 = col(r, "value_max")?;
    let line: i64 = col(r, "source_line")?;
    Ok(StatRecord {
        area: col(r, "area")?,
        iso3: col(r, "iso3")?,
        area_name: col(r, "area_name")?,
        region: col(r, "region")?,
        subregion: col(r, "subregion")?,
        indicator: Indicator::parse(&ind).ok_or_else(|| corrupt("indicator", &ind))?,
        dimension: Dimension::parse(&dim).ok_or_else(|| corrupt("dimension", &dim))?,
        category,
        category_label: col(r, "category_label")?,
        sex: Sex::parse(&sex).ok_or_else(|| corrupt("sex", &sex))?,
        age: AgeGroup::parse(&age).ok_or_else(|| corrupt("age", &age))?,
        year: i32::try_from(year).map_err(|_| corrupt("year", &year.to_string()))?,
        value: Count {
            min: min.max(0) as u64,
            max: max.max(0) as u64,
        },
        value_text: col(r, "value_text")?,
        source_line: line.max(0) as u64,
    })
}

const STAT_COLUMNS: [&str; 19] = [
    "dataset",
    "source_line",
    "area",
    "iso3",
    "area_name",
    "region",
    "subregion",
    "indicator",
    "dimension",
    "category_kind",
    "category_value",
    "category_label",
    "sex",
    "age",
    "year",
    "value_min",
    "value_max",
    "value_text",
    "key_hash",
];

/// Appends `r` (with its key hash) to `rows` as the values of
/// [`STAT_COLUMNS`]. The texts are moved, not copied.
fn push_cell(rows: &mut Rows, dataset: &str, r: StatRecord, hash: u64) {
    let (kind, val) = category_parts(&r.category);
    let val = val.map(str::to_owned);
    rows.text(dataset.to_owned());
    rows.int(r.source_line as i64);
    rows.text(r.area);
    rows.opt_text(r.iso3);
    rows.text(r.area_name);
    rows.text(r.region);
    rows.text(r.subregion);
    rows.slug(r.indicator.slug());
    rows.slug(r.dimension.slug());
    rows.slug(kind);
    rows.opt_text(val);
    rows.text(r.category_label);
    rows.slug(r.sex.slug());
    rows.slug(r.age.slug());
    rows.int(i64::from(r.year));
    rows.int(i64::try_from(r.value.min).unwrap_or(i64::MAX));
    rows.int(i64::try_from(r.value.max).unwrap_or(i64::MAX));
    rows.text(r.value_text);
    // Stored as the same 64 bits, read as a signed integer.
    rows.int(hash as i64);
    rows.end_row();
}

/// Reads the conflicts (keys published more than once) of `dataset`: the
/// cells whose key hash occurs more than once are read back and compared on
/// their full keys (all cells of the dataset, if any was stored without a
/// hash). With `limit`, at most that many cells are read, a key's cells
/// together; the flag says whether all were.
async fn conflicts_in<'e, E>(
    exec: E,
    dataset: &str,
    limit: Option<usize>,
) -> Result<(Vec<Conflict>, bool)>
where
    E: sqlx::Executor<'e, Database = Sqlite>,
{
    // One more than the limit tells whether anything was left out.
    let limit = limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX - 1) + 1);
    let mut rows = sqlx::query(
        "SELECT * FROM stat_cells WHERE dataset = ?1 AND ( \
           EXISTS (SELECT 1 FROM stat_cells WHERE dataset = ?1 AND key_hash IS NULL) \
           OR key_hash IN (SELECT key_hash FROM stat_cells WHERE dataset = ?1 \
                           GROUP BY key_hash HAVING COUNT(*) > 1)) \
         ORDER BY key_hash, source_line LIMIT ?2",
    )
    .bind(dataset)
    .bind(limit)
    .fetch_all(exec)
    .await?;
    let complete = limit < 0 || (rows.len() as i64) < limit;
    if !complete {
        rows.pop();
    }
    Ok((conflicts_among(&rows)?, complete))
}

/// The conflicts among `rows` (cells), compared on their full keys.
fn conflicts_among(rows: &[sqlx::sqlite::SqliteRow]) -> Result<Vec<Conflict>> {
    let records = rows
        .iter()
        .map(record_from_row)
        .collect::<Result<Vec<_>>>()?;
    Ok(find_conflicts(&records))
}

/// The most distinct keys [`RepeatedKeys`] tracks (at most 72 MiB of hash
/// table, 107 MiB while it grows); beyond that, the conflicts are found by
/// SQL after the import.
const MAX_TRACKED_KEYS: usize = 1 << 21;

/// The most source lines an import summary lists conflicts from (a file
/// repeating millions of keys must not fill memory with them).
pub const MAX_LISTED_LINES: usize = 100_000;

/// Finds, while an import streams, the source lines of cells whose key hash
/// was seen before: a hash table of key hash → first line (16 bytes a
/// distinct key, bounded by [`MAX_TRACKED_KEYS`]).
#[derive(Debug, Default)]
struct RepeatedKeys {
    /// Key hash → the first line with it; `None` once the bound was passed.
    seen: Option<std::collections::HashMap<u64, u64>>,
    /// Lines whose key hash occurs more than once (with repeats), up to
    /// [`MAX_LISTED_LINES`].
    lines: Vec<u64>,
    /// Whether `lines` holds every repeated line.
    complete: bool,
}

impl RepeatedKeys {
    fn new() -> Self {
        Self {
            seen: Some(std::collections::HashMap::new()),
            lines: Vec::new(),
            complete: true,
        }
    }

    fn observe(&mut self, hash: u64, line: u64) {
        let Some(seen) = &mut self.seen else { return };
        if let Some(&first) = seen.get(&hash) {
            if self.lines.len() < MAX_LISTED_LINES {
                self.lines.extend([first, line]);
            } else {
                self.complete = false;
            }
        } else if seen.len() >= MAX_TRACKED_KEYS {
            self.seen = None;
            self.lines = Vec::new();
        } else {
            seen.insert(hash, line);
        }
    }

    /// The conflicts of `dataset` (all of whose lines were observed), and
    /// whether they are all listed: the candidate cells are read back by
    /// primary key and compared on their full keys (equal hashes of
    /// different keys are no conflict).
    async fn conflicts(
        mut self,
        tx: &mut Transaction<'_, Sqlite>,
        dataset: &str,
    ) -> Result<(Vec<Conflict>, bool)> {
        if self.seen.is_none() {
            return conflicts_in(&mut **tx, dataset, Some(MAX_LISTED_LINES)).await;
        }
        if self.lines.is_empty() {
            return Ok((Vec::new(), true));
        }
        self.lines.sort_unstable();
        self.lines.dedup();
        let lines = serde_json::to_string(&self.lines)
            .map_err(|e| corrupt("source_line", &e.to_string()))?;
        let rows = sqlx::query(
            "SELECT * FROM stat_cells WHERE dataset = ?1 AND source_line IN (SELECT value FROM json_each(?2))"
        )
        .bind(dataset)
        .bind(lines)
        .fetch_all(&mut **tx)
        .await?;
        Ok((conflicts_among(&rows)?, self.complete))
    }
}

/// Reads up to `size` rows into `out`, sending warnings and rejected rows
/// to `sink` and counting them in `s`. A fatal row error (the file cannot be
/// read further) is returned as the error; with `strict`, so is the first
/// rejected row.
pub(crate) fn fill_batch<T, I>(
    rows: &mut I,
    out: &mut Vec<T>,
    size: usize,
    strict: bool,
    sink: &mut (dyn ImportSink + Send),
    s: &mut ImportSummary,
) -> std::result::Result<(), RowError>
where
    I: Iterator<Item = std::result::Result<Parsed<T>, RowError>>,
{
    while out.len() < size {
        let Some(row) = rows.next() else { break };
        s.rows_read += 1;
        if s.rows_read.is_multiple_of(4096) {
            sink.progress(s.rows_read);
        }
        match row {
            Ok(p) => {
                for w in &p.warnings {
                    sink.warning(w);
                }
                if !p.warnings.is_empty() {
                    s.warnings += 1;
                }
                out.push(p.value);
            }
            Err(e) => {
                // A fatal error (wrong encoding, a truncated file, broken
                // JSON, identifying keys) rejects the whole file, strict or
                // not.
                if strict || e.fatal {
                    return Err(e);
                }
                s.rejected += 1;
                sink.rejected(&e);
            }
        }
    }
    Ok(())
}

/// Stores `rows` as `dataset` inside `tx` (replacing the dataset's previous
/// cells). Rejected rows and warnings go to `sink`.
pub(crate) async fn import_in_tx<I>(
    tx: &mut Transaction<'_, Sqlite>,
    dataset: &str,
    file: &str,
    rows: I,
    mode: ImportMode,
    sink: &mut (dyn ImportSink + Send),
) -> std::result::Result<ImportSummary, DatahubError>
where
    I: Iterator<Item = std::result::Result<Parsed<StatRecord>, RowError>>,
{
    let strict = mode.strict;
    let replaced = sqlx::query("DELETE FROM stat_cells WHERE dataset = ?")
        .bind(dataset)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    sqlx::query(
        "INSERT INTO stat_datasets (dataset, file, rows_read, rows_stored, rows_rejected, generation) \
         VALUES (?, ?, 0, 0, 0, 0) ON CONFLICT (dataset) DO UPDATE SET file = excluded.file",
    )
    .bind(dataset)
    .bind(file)
    .execute(&mut **tx)
    .await?;
    let mut s = ImportSummary {
        name: dataset.to_owned(),
        file: file.to_owned(),
        rows_read: 0,
        stored: 0,
        rejected: 0,
        warnings: 0,
        replaced,
        conflicts: Vec::new(),
        conflicts_complete: true,
    };
    let mut rows = rows;
    let mut repeated = RepeatedKeys::new();
    let bulk = BulkInsert::new("stat_cells", &STAT_COLUMNS);
    // Each record's key is hashed (for the conflicts) as it is bound. A
    // dataset's source lines are unique: the import deleted the dataset's
    // cells first.
    let stored = import_records(
        tx,
        &bulk,
        &mut rows,
        strict,
        sink,
        &mut s,
        |cells, r: StatRecord| {
            let hash = r.key_hash();
            repeated.observe(hash, r.source_line);
            push_cell(cells, dataset, r, hash);
        },
    )
    .await?;
    s.stored = stored;
    check_shrink(&s, mode)?;
    sqlx::query(
        "UPDATE stat_datasets SET rows_read = ?, rows_stored = ?, rows_rejected = ?, \
         generation = (SELECT COALESCE(MAX(generation), 0) + 1 FROM stat_datasets), \
         imported_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE dataset = ?",
    )
    .bind(s.rows_read as i64)
    .bind(s.stored as i64)
    .bind(s.rejected as i64)
    .bind(dataset)
    .execute(&mut **tx)
    .await?;
    (s.conflicts, s.conflicts_complete) = repeated.conflicts(tx, dataset).await?;
    sink.flush().map_err(DatahubError::Report)?;
    Ok(s)
}

/// `(rows_read, rows_stored, rows_rejected)` of a `stat_datasets` or
/// `case_sources` row.
pub(crate) fn row_counts(r: &sqlx::sqlite::SqliteRow) -> (u64, u64, u64) {
    let n = |c: &str| r.get::<i64, _>(c).max(0) as u64;
    (n("rows_read"), n("rows_stored"), n("rows_rejected"))
}

/// A statistics dataset as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatDataset {
    /// Name (`glotip` for the bundled table).
    pub dataset: String,
    /// File it was read from.
    pub file: String,
    /// Rows read, stored, rejected.
    pub rows: (u64, u64, u64),
    /// When (UTC, ISO 8601).
    pub imported_at: String,
}

impl Store {
    /// Imports statistics rows as `dataset` in one transaction: the
    /// dataset's previous cells are replaced (so re-importing the same file
    /// changes nothing), rejected rows go to `sink`, and with `strict` the
    /// first rejected row rolls everything back. A re-import that would
    /// shrink the dataset is refused unless `mode` forces it. On any error
    /// nothing is changed. `mode` is an [`ImportMode`] (or a `bool`:
    /// strict or not).
    ///
    /// # Errors
    /// [`DatahubError::Strict`] with the first bad row;
    /// [`DatahubError::File`] when the file cannot be read to its end;
    /// [`DatahubError::NoRows`] when no row could be stored;
    /// [`DatahubError::Shrink`] when the re-import would shrink the dataset;
    /// [`DatahubError::Report`] when `sink` cannot be flushed; database
    /// errors.
    pub async fn import_statistics<I>(
        &self,
        dataset: &str,
        file: &str,
        rows: I,
        mode: impl Into<ImportMode>,
        sink: &mut (dyn ImportSink + Send),
    ) -> std::result::Result<ImportSummary, DatahubError>
    where
        I: Iterator<Item = std::result::Result<Parsed<StatRecord>, RowError>>,
    {
        let mode = mode.into();
        self.check_writable()?;
        let mut tx = self.pool().begin().await?;
        let s = import_in_tx(&mut tx, dataset, file, rows, mode, sink).await?;
        tx.commit().await?;
        Ok(s)
    }

    /// Seeds the bundled GLOTIP table as dataset `glotip` unless it was
    /// seeded before or a table was imported under that name (seeding
    /// happens once and never overwrites an import).
    ///
    /// Not part of [`Store::open`]: `palermo serve` runs it in the background
    /// after the server starts (so the first page does not wait), and the
    /// `stats` and `cases` commands before they read or write statistics.
    ///
    /// # Errors
    /// Database errors; a defect in the bundled file.
    pub async fn seed_statistics(&self) -> Result<()> {
        // Seeded before, or a GLOTIP table imported under the same name.
        let seeded: Option<(String,)> = sqlx::query_as(
            "SELECT dataset FROM seed_state WHERE dataset = 'glotip' \
             UNION ALL SELECT dataset FROM stat_datasets WHERE dataset = 'glotip'",
        )
        .fetch_optional(self.pool())
        .await?;
        if seeded.is_some() {
            return Ok(());
        }
        if self.read_only {
            tracing::warn!(
                "the bundled GLOTIP statistics are not loaded: the database is read-only"
            );
            return Ok(());
        }
        let index = self.country_index().await?;
        let reader = GlotipReader::new(
            BUNDLED_NAME,
            bundled_reader(),
            &index,
            GlotipOptions::default(),
        )
        .map_err(|e| StoreError::Corrupt {
            table: "bundled",
            column: "glotip",
            value: e.to_string(),
        })?;
        let mut tx = self.pool().begin().await?;
        let mut sink = NullSink::default();
        match import_in_tx(
            &mut tx,
            GLOTIP_DATASET,
            BUNDLED_NAME,
            reader,
            ImportMode::default(),
            &mut sink,
        )
        .await
        {
            Ok(_) => {}
            Err(DatahubError::Store(e)) => return Err(e),
            Err(e) => {
                return Err(StoreError::Corrupt {
                    table: "bundled",
                    column: "glotip",
                    value: e.to_string(),
                })
            }
        }
        sqlx::query("INSERT INTO seed_state (dataset) VALUES ('glotip')")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A number that changes whenever statistics are imported (for caches).
    ///
    /// # Errors
    /// Database errors.
    pub async fn statistics_generation(&self) -> Result<i64> {
        let (g,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(generation), 0) FROM stat_datasets")
            .fetch_one(self.pool())
            .await?;
        Ok(g)
    }

    /// Every stored cell (of `dataset`, or of all datasets), in dataset and
    /// line order.
    ///
    /// # Errors
    /// Database errors; corrupt stored values.
    ///
    /// The rows are streamed (`fetch`, not `fetch_all`): each is decoded as it
    /// arrives from SQLite's worker and dropped, so a load holds the records
    /// it returns and a few rows in flight, never every SQLite row besides
    /// (46,556 rows for the bundled table, read again after every import by
    /// the server's data hub).
    pub async fn stat_records(&self, dataset: Option<&str>) -> Result<Vec<StatRecord>> {
        use futures_util::TryStreamExt;
        let mut rows = sqlx::query(
            "SELECT source_line, area, iso3, area_name, region, subregion, indicator, dimension, \
             category_kind, category_value, category_label, sex, age, year, value_min, value_max, \
             value_text FROM stat_cells WHERE (?1 IS NULL OR dataset = ?1) \
             ORDER BY dataset, source_line",
        )
        .bind(dataset)
        .fetch(self.pool());
        let mut records = Vec::new();
        while let Some(row) = rows.try_next().await? {
            records.push(record_from_row(&row)?);
        }
        Ok(records)
    }

    /// The stored cells of one indicator and dimension (of `dataset`, or of
    /// all), optionally limited to a year range: what one indicator query
    /// reads.
    ///
    /// # Errors
    /// Database errors; corrupt stored values.
    pub async fn stat_records_for(
        &self,
        dataset: Option<&str>,
        indicator: Indicator,
        dimension: Dimension,
        from: Option<i32>,
        to: Option<i32>,
    ) -> Result<Vec<StatRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM stat_cells WHERE (?1 IS NULL OR dataset = ?1) AND indicator = ?2 \
             AND dimension = ?3 AND year >= ?4 AND year <= ?5 ORDER BY dataset, source_line",
        )
        .bind(dataset)
        .bind(indicator.slug())
        .bind(dimension.slug())
        .bind(i64::from(from.unwrap_or(i32::MIN)))
        .bind(i64::from(to.unwrap_or(i32::MAX)))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(record_from_row).collect()
    }

    /// Keys of `dataset` published more than once.
    ///
    /// # Errors
    /// Database errors.
    pub async fn stat_conflicts(&self, dataset: &str) -> Result<Vec<Conflict>> {
        Ok(conflicts_in(self.pool(), dataset, None).await?.0)
    }

    /// The statistics datasets stored.
    ///
    /// # Errors
    /// Database errors.
    pub async fn stat_datasets(&self) -> Result<Vec<StatDataset>> {
        let rows = sqlx::query(
            "SELECT dataset, file, rows_read, rows_stored, rows_rejected, imported_at \
             FROM stat_datasets ORDER BY dataset",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| StatDataset {
                dataset: r.get("dataset"),
                file: r.get("file"),
                rows: row_counts(r),
                imported_at: r.get("imported_at"),
            })
            .collect())
    }
}

impl Store {
    /// The whole population table, for rates per 100,000.
    ///
    /// # Errors
    /// Database errors.
    pub async fn population_table(&self) -> Result<palermo_model::indicator::PopulationTable> {
        let rows = sqlx::query("SELECT iso3, year, population FROM population")
            .fetch_all(self.pool())
            .await?;
        let mut t = palermo_model::indicator::PopulationTable::new();
        for r in rows {
            let iso3: String = r.get("iso3");
            t.insert(
                &iso3,
                r.get::<i64, _>("year") as i32,
                r.get::<i64, _>("population").max(0) as u64,
            );
        }
        Ok(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The conflicts found while the import streams (hash table of key
    /// hashes) are those that SQL finds in the stored cells (integer GROUP
    /// BY, or full keys for cells stored without a hash) and those that the
    /// model finds comparing every full key: 336 in the bundled table.
    #[tokio::test]
    async fn conflicts_found_while_streaming_equal_those_found_in_the_store() {
        let store = Store::open_in_memory().await.unwrap();
        let index = store.country_index().await.unwrap();
        let reader = GlotipReader::new(
            BUNDLED_NAME,
            bundled_reader(),
            &index,
            GlotipOptions::default(),
        )
        .unwrap();
        let mut sink = NullSink::default();
        let s = store
            .import_statistics("t", "t.csv", reader, false, &mut sink)
            .await
            .unwrap();
        assert_eq!(s.conflicts.len(), 336);
        let records = store.stat_records(Some("t")).await.unwrap();
        assert_eq!(s.conflicts, find_conflicts(&records));
        assert_eq!(s.conflicts, store.stat_conflicts("t").await.unwrap());
        // Cells stored before key hashes existed are compared in full.
        sqlx::query("UPDATE stat_cells SET key_hash = NULL WHERE source_line % 2 = 0")
            .execute(store.pool())
            .await
            .unwrap();
        assert_eq!(s.conflicts, store.stat_conflicts("t").await.unwrap());
    }

    /// A file that repeats every key (the bundled table three times over)
    /// lists conflicts from at most MAX_LISTED_LINES lines and says so; the
    /// SQL listing with the same limit does likewise; without a limit it
    /// lists every line of the three copies.
    #[tokio::test]
    async fn a_file_repeating_every_key_lists_a_bounded_number_of_conflicts() {
        let store = Store::open_in_memory().await.unwrap();
        let index = store.country_index().await.unwrap();
        let read = || {
            GlotipReader::new(
                BUNDLED_NAME,
                bundled_reader(),
                &index,
                GlotipOptions::default(),
            )
            .unwrap()
        };
        // Lines renumbered so that the three copies are distinct lines.
        let rows = (0..3u64).flat_map(|copy| {
            read().map(move |r| {
                r.map(|mut p| {
                    p.value.source_line += copy * 100_000;
                    p
                })
            })
        });
        let mut sink = NullSink::default();
        let s = store
            .import_statistics("t3", "t3.csv", rows, false, &mut sink)
            .await
            .unwrap();
        assert_eq!(s.stored, 3 * 46_556);
        assert!(!s.conflicts_complete);
        let listed: usize = s.conflicts.iter().map(|c| c.occurrences.len()).sum();
        assert!(listed <= MAX_LISTED_LINES, "{listed}");
        assert!(s.conflicts.len() > 10_000);
        let (sql, complete) = conflicts_in(store.pool(), "t3", Some(MAX_LISTED_LINES))
            .await
            .unwrap();
        assert!(!complete);
        assert!(sql.iter().map(|c| c.occurrences.len()).sum::<usize>() <= MAX_LISTED_LINES);
        // Every key of the table occurs at least three times now.
        let all = store.stat_conflicts("t3").await.unwrap();
        assert!(all.iter().all(|c| c.occurrences.len() >= 3));
        assert_eq!(
            all.iter().map(|c| c.occurrences.len()).sum::<usize>(),
            3 * 46_556
        );
    }

    /// A stored value of another type than its column's (here a year
    /// written as text by hand) is an error naming the column, not a panic
    /// of the server that reads the statistics (`Row::get` panicked).
    #[tokio::test]
    async fn a_value_of_the_wrong_type_is_an_error_not_a_panic() {
        let store = Store::open_in_memory().await.unwrap();
        store.seed_statistics().await.unwrap();
        sqlx::query(
            "UPDATE stat_cells SET year = 'x' WHERE source_line = \
             (SELECT MIN(source_line) FROM stat_cells)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        match store.stat_records(None).await {
            Err(StoreError::Corrupt { column, value, .. }) => {
                assert_eq!(column, "year");
                assert!(!value.contains('x'), "the value is not repeated: {value}");
            }
            other => panic!("expected a corrupt year, got {:?}", other.map(|v| v.len())),
        }
    }

    #[test]
    fn repeated_keys_give_up_at_their_bound_and_leave_it_to_sql() {
        let mut r = RepeatedKeys::new();
        r.observe(7, 1);
        r.observe(7, 5);
        r.observe(7, 9);
        assert_eq!(r.lines, vec![1, 5, 1, 9]);
        let mut full = RepeatedKeys::new();
        for h in 0..MAX_TRACKED_KEYS as u64 {
            full.observe(h, h);
        }
        assert!(full.seen.is_some());
        full.observe(u64::MAX, 0);
        assert!(full.seen.is_none() && full.lines.is_empty());
    }
}
