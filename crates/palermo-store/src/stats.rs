//! National statistics (GLOTIP cells): atomic, idempotent import, seeding of
//! the bundled table, and reading back for the indicators.
//!
//! Also home of what the data hub's imports share with [`crate::cases`]:
//! the [`ImportSink`] that receives rejected rows, warnings and progress, and
//! [`DatahubError`].

use palermo_import::glotip::{
    bundled_reader, GlotipOptions, GlotipReader, BUNDLED_AS_OF, BUNDLED_NAME,
};
use palermo_import::rows::{Parsed, RowError};
pub use palermo_model::stats::MAX_LISTED_LINES;
use palermo_model::stats::{
    find_conflicts, AgeGroup, Category, Conflict, Count, Dimension, FormOfExploitation, Indicator,
    RepeatedKeys, Sex, StatRecord,
};

use crate::bulk::{import_records, BulkInsert, Rows};
use crate::db::{now_utc, query, Conn, Row, Tx};
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

fn record_from_row(r: &Row) -> Result<StatRecord> {
    let ind: String = r.get("indicator")?;
    let dim: String = r.get("dimension")?;
    let sex: String = r.get("sex")?;
    let age: String = r.get("age")?;
    let kind: String = r.get("category_kind")?;
    let cval: Option<String> = r.get("category_value")?;
    let category = match (kind.as_str(), cval) {
        ("total", _) => Category::Total,
        ("form", Some(f)) => Category::Form(
            FormOfExploitation::parse(&f).ok_or_else(|| r.corrupt("category_value"))?,
        ),
        ("country", Some(c)) => Category::Country(c),
        ("nationals", _) => Category::Nationals,
        ("abroad", _) => Category::Abroad,
        ("unresolved", _) => Category::Unresolved,
        _ => return Err(r.corrupt("category_kind")),
    };
    let min = r.get_u64("value_min")?;
    let max = r.get_u64("value_max")?;
    Ok(StatRecord {
        area: r.get("area")?,
        iso3: r.get("iso3")?,
        area_name: r.get("area_name")?,
        region: r.get("region")?,
        subregion: r.get("subregion")?,
        indicator: Indicator::parse(&ind).ok_or_else(|| r.corrupt("indicator"))?,
        dimension: Dimension::parse(&dim).ok_or_else(|| r.corrupt("dimension"))?,
        category,
        category_label: r.get("category_label")?,
        sex: Sex::parse(&sex).ok_or_else(|| r.corrupt("sex"))?,
        age: AgeGroup::parse(&age).ok_or_else(|| r.corrupt("age"))?,
        year: i32::try_from(r.get::<i64>("year")?).map_err(|_| r.corrupt("year"))?,
        value: Count { min, max },
        value_text: r.get("value_text")?,
        source_line: r.get_u64("source_line")?,
    })
}

/// The columns a [`StatRecord`] is read from (never `SELECT *`).
const READ_COLUMNS: &str = "source_line, area, iso3, area_name, region, subregion, indicator, \
     dimension, category_kind, category_value, category_label, sex, age, year, value_min, \
     value_max, value_text";

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
async fn conflicts_in(
    conn: &mut Conn<'_>,
    dataset: &str,
    limit: Option<usize>,
) -> Result<(Vec<Conflict>, bool)> {
    // One more than the limit tells whether anything was left out.
    let limit = limit.map_or(i64::MAX, |n| i64::try_from(n).unwrap_or(i64::MAX - 1) + 1);
    let mut rows = conn
        .fetch_all(
            query(
                "stat_cells",
                format!(
                    "SELECT {READ_COLUMNS} FROM stat_cells WHERE dataset = $1 AND ( \
                       EXISTS (SELECT 1 FROM stat_cells WHERE dataset = $1 AND key_hash IS NULL) \
                       OR key_hash IN (SELECT key_hash FROM stat_cells WHERE dataset = $1 \
                                       GROUP BY key_hash HAVING COUNT(*) > 1)) \
                     ORDER BY key_hash, source_line LIMIT $2"
                ),
            )
            .bind(dataset)
            .bind(limit),
        )
        .await?;
    let complete = limit == i64::MAX || (rows.len() as i64) < limit;
    if !complete {
        rows.pop();
    }
    Ok((conflicts_among(&rows)?, complete))
}

/// The conflicts among `rows` (cells), compared on their full keys.
fn conflicts_among(rows: &[Row]) -> Result<Vec<Conflict>> {
    let records = rows
        .iter()
        .map(record_from_row)
        .collect::<Result<Vec<_>>>()?;
    Ok(find_conflicts(&records))
}

/// The conflicts of `dataset` after an import that observed every line
/// with `repeated`, and whether they are all listed: the candidate cells
/// are read back by primary key and compared on their full keys (equal
/// hashes of different keys are no conflict); when `repeated` gave up (too
/// many distinct keys), SQL finds them.
async fn repeated_conflicts(
    repeated: RepeatedKeys,
    tx: &mut Tx,
    dataset: &str,
) -> Result<(Vec<Conflict>, bool)> {
    let Some((lines, complete)) = repeated.into_lines() else {
        return conflicts_in(&mut tx.conn(), dataset, Some(MAX_LISTED_LINES)).await;
    };
    let mut rows = Vec::new();
    // A bounded IN list a statement: both backends' parameter limits are
    // far above it.
    for chunk in lines.chunks(1000) {
        let placeholders: Vec<String> = (2..chunk.len() + 2).map(|i| format!("${i}")).collect();
        let mut q = query(
            "stat_cells",
            format!(
                "SELECT {READ_COLUMNS} FROM stat_cells WHERE dataset = $1 AND source_line IN ({})",
                placeholders.join(",")
            ),
        )
        .bind(dataset);
        for &line in chunk {
            q = q.bind(i64::try_from(line).unwrap_or(i64::MAX));
        }
        rows.extend(tx.fetch_all(q).await?);
    }
    Ok((conflicts_among(&rows)?, complete))
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
    tx: &mut Tx,
    (dataset, file, as_of): (&str, &str, Option<time::Date>),
    rows: I,
    mode: ImportMode,
    sink: &mut (dyn ImportSink + Send),
) -> std::result::Result<ImportSummary, DatahubError>
where
    I: Iterator<Item = std::result::Result<Parsed<StatRecord>, RowError>>,
{
    let strict = mode.strict;
    // The dataset's row first, then its cells: on PostgreSQL the upsert
    // locks the row until commit, on top of the write lock.
    tx.execute(
        query(
            "stat_datasets",
            "INSERT INTO stat_datasets (dataset, file, rows_read, rows_stored, rows_rejected, generation, imported_at) \
             VALUES ($1, $2, 0, 0, 0, 0, $3) ON CONFLICT (dataset) DO UPDATE SET file = excluded.file",
        )
        .bind(dataset)
        .bind(file)
        .bind(now_utc()),
    )
    .await?;
    let replaced = tx
        .execute(query("stat_cells", "DELETE FROM stat_cells WHERE dataset = $1").bind(dataset))
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
    let bulk = BulkInsert::new(tx.backend(), "stat_cells", &STAT_COLUMNS);
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
    tx.execute(
        query(
            "stat_datasets",
            "UPDATE stat_datasets SET rows_read = $1, rows_stored = $2, rows_rejected = $3, \
             generation = (SELECT COALESCE(MAX(generation), 0) + 1 FROM stat_datasets), \
             imported_at = $4, as_of = $5 WHERE dataset = $6",
        )
        .bind(s.rows_read as i64)
        .bind(s.stored as i64)
        .bind(s.rejected as i64)
        .bind(now_utc())
        .bind(as_of.map(palermo_model::date::iso))
        .bind(dataset),
    )
    .await?;
    (s.conflicts, s.conflicts_complete) = repeated_conflicts(repeated, tx, dataset).await?;
    sink.flush().map_err(DatahubError::Report)?;
    Ok(s)
}

/// `(rows_read, rows_stored, rows_rejected)` of a `stat_datasets` or
/// `case_sources` row.
pub(crate) fn row_counts(r: &Row) -> Result<(u64, u64, u64)> {
    Ok((
        r.get_u64("rows_read")?,
        r.get_u64("rows_stored")?,
        r.get_u64("rows_rejected")?,
    ))
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
    /// The date of the data (ISO 8601, `YYYY-MM-DD`) as the import stated
    /// it (`--as-of`; the bundled file's date for the seeded table), or
    /// `None` when it did not.
    pub as_of: Option<String>,
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
        self.import_statistics_as_of((dataset, file, None), rows, mode, sink)
            .await
    }

    /// [`Store::import_statistics`] stating the date of the data
    /// (`as_of`, stored with the dataset and shown with every output of
    /// it; `None`: not stated).
    ///
    /// # Errors
    /// As [`Store::import_statistics`].
    pub async fn import_statistics_as_of<I>(
        &self,
        (dataset, file, as_of): (&str, &str, Option<time::Date>),
        rows: I,
        mode: impl Into<ImportMode>,
        sink: &mut (dyn ImportSink + Send),
    ) -> std::result::Result<ImportSummary, DatahubError>
    where
        I: Iterator<Item = std::result::Result<Parsed<StatRecord>, RowError>>,
    {
        let mode = mode.into();
        self.check_writable()?;
        let mut tx = self.pool().begin_write().await?;
        let s = import_in_tx(&mut tx, (dataset, file, as_of), rows, mode, sink).await?;
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
        const SEEDED: &str = "SELECT dataset FROM seed_state WHERE dataset = 'glotip' \
             UNION ALL SELECT dataset FROM stat_datasets WHERE dataset = 'glotip'";
        if self
            .pool()
            .fetch_optional(query("seed_state", SEEDED))
            .await?
            .is_some()
        {
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
        .map_err(|e| StoreError::BundledStatistics(e.to_string()))?;
        let mut tx = self.pool().begin_write().await?;
        // Checked again under the write lock: another process (another
        // server instance) may have seeded meanwhile.
        if tx
            .fetch_optional(query("seed_state", SEEDED))
            .await?
            .is_some()
        {
            return Ok(());
        }
        let mut sink = NullSink::default();
        match import_in_tx(
            &mut tx,
            (GLOTIP_DATASET, BUNDLED_NAME, Some(BUNDLED_AS_OF)),
            reader,
            ImportMode::default(),
            &mut sink,
        )
        .await
        {
            Ok(_) => {}
            Err(DatahubError::Store(e)) => return Err(e),
            Err(e) => return Err(StoreError::BundledStatistics(e.to_string())),
        }
        tx.execute(query(
            "seed_state",
            "INSERT INTO seed_state (dataset) VALUES ('glotip')",
        ))
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A number that changes whenever statistics are imported (for caches).
    ///
    /// # Errors
    /// Database errors.
    pub async fn statistics_generation(&self) -> Result<i64> {
        self.pool()
            .fetch_one(query(
                "stat_datasets",
                "SELECT COALESCE(MAX(generation), 0) AS generation FROM stat_datasets",
            ))
            .await?
            .get("generation")
    }

    /// The statistics cells whose dataset is not stored: 0 unless the
    /// database was written around the store. On SQLite the foreign key of
    /// migration 0003 makes them impossible; on PostgreSQL migration 0011
    /// dropped it (its check on every cell was a third to a half of an
    /// import) and the store's one writer of cells writes the dataset's row
    /// first in the same transaction, so this count is how the invariant is
    /// watched (`palermo db status`; `db copy` refuses a source with any).
    ///
    /// # Errors
    /// Database errors.
    pub async fn orphan_cells(&self) -> Result<u64> {
        self.pool()
            .fetch_one(query(
                "stat_cells",
                "SELECT COUNT(*) AS n FROM stat_cells c WHERE NOT EXISTS \
                 (SELECT 1 FROM stat_datasets d WHERE d.dataset = c.dataset)",
            ))
            .await?
            .get_u64("n")
    }

    /// Every statistics dataset's name and generation (the number its last
    /// import was given: unique, larger for a later import), in the order
    /// [`Store::stat_records`] returns their cells (by dataset), so that a
    /// cache can read again only the datasets whose generation moved. The
    /// largest generation is [`Store::statistics_generation`].
    ///
    /// # Errors
    /// Database errors.
    pub async fn stat_generations(&self) -> Result<Vec<(String, i64)>> {
        let rows = self
            .pool()
            .fetch_all(query(
                "stat_datasets",
                "SELECT dataset, generation FROM stat_datasets ORDER BY dataset",
            ))
            .await?;
        rows.iter()
            .map(|r| Ok((r.get("dataset")?, r.get("generation")?)))
            .collect()
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
        let mut records = Vec::new();
        let mut c = self.pool().acquire().await?;
        // Row by row: never every database row besides the records.
        c.conn()
            .for_each(
                query(
                    "stat_cells",
                    format!(
                        "SELECT {READ_COLUMNS} FROM stat_cells WHERE ($1 IS NULL OR dataset = $1) \
                         ORDER BY dataset, source_line"
                    ),
                )
                .bind(dataset),
                |row| {
                    records.push(record_from_row(&row)?);
                    Ok(())
                },
            )
            .await?;
        // The whole table went through this connection's page cache: a
        // server reloading after every import would keep a cache of it in
        // each pooled connection.
        c.conn().release_memory().await?;
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
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "stat_cells",
                    format!(
                        "SELECT {READ_COLUMNS} FROM stat_cells WHERE ($1 IS NULL OR dataset = $1) \
                         AND indicator = $2 AND dimension = $3 AND year >= $4 AND year <= $5 \
                         ORDER BY dataset, source_line"
                    ),
                )
                .bind(dataset)
                .bind(indicator.slug())
                .bind(dimension.slug())
                .bind(i64::from(from.unwrap_or(i32::MIN)))
                .bind(i64::from(to.unwrap_or(i32::MAX))),
            )
            .await?;
        rows.iter().map(record_from_row).collect()
    }

    /// Keys of `dataset` published more than once.
    ///
    /// # Errors
    /// Database errors.
    pub async fn stat_conflicts(&self, dataset: &str) -> Result<Vec<Conflict>> {
        let mut c = self.pool().acquire().await?;
        Ok(conflicts_in(&mut c.conn(), dataset, None).await?.0)
    }

    /// The statistics datasets stored.
    ///
    /// # Errors
    /// Database errors.
    pub async fn stat_datasets(&self) -> Result<Vec<StatDataset>> {
        let rows = self
            .pool()
            .fetch_all(query(
                "stat_datasets",
                "SELECT dataset, file, rows_read, rows_stored, rows_rejected, imported_at, as_of \
                 FROM stat_datasets ORDER BY dataset",
            ))
            .await?;
        rows.iter()
            .map(|r| {
                Ok(StatDataset {
                    dataset: r.get("dataset")?,
                    file: r.get("file")?,
                    rows: row_counts(r)?,
                    imported_at: r.get("imported_at")?,
                    as_of: r.get("as_of")?,
                })
            })
            .collect()
    }
}

impl Store {
    /// The whole population table, for rates per 100,000.
    ///
    /// # Errors
    /// Database errors.
    pub async fn population_table(&self) -> Result<palermo_model::indicator::PopulationTable> {
        let rows = self
            .pool()
            .fetch_all(query(
                "population",
                "SELECT iso3, year, population FROM population",
            ))
            .await?;
        let mut t = palermo_model::indicator::PopulationTable::new();
        for r in rows {
            let iso3: String = r.get("iso3")?;
            let year = i32::try_from(r.get::<i64>("year")?).map_err(|_| r.corrupt("year"))?;
            t.insert(&iso3, year, r.get_u64("population")?);
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
        store
            .pool()
            .execute(query(
                "stat_cells",
                "UPDATE stat_cells SET key_hash = NULL WHERE source_line % 2 = 0",
            ))
            .await
            .unwrap();
        assert_eq!(s.conflicts, store.stat_conflicts("t").await.unwrap());
    }

    /// The dataset rule on both backends (SQLite's foreign key of 0003;
    /// PostgreSQL's triggers of 0011 and the store's order of writes): an
    /// import stores its dataset's row with its cells, a dataset with cells
    /// cannot be renamed or (PostgreSQL) truncated, deleting a dataset
    /// deletes its cells, and no orphan cell is left
    /// ([`Store::orphan_cells`], which counts one written around the store
    /// on PostgreSQL). SQLite also refuses a bulk load of orphan cells.
    #[tokio::test]
    async fn no_cell_names_a_dataset_that_is_not_stored() {
        for t in crate::testing::stores().await {
            let b = t.backend;
            let index = t.country_index().await.unwrap();
            let reader = GlotipReader::new(
                BUNDLED_NAME,
                bundled_reader(),
                &index,
                GlotipOptions::default(),
            )
            .unwrap()
            .take(20);
            let mut sink = NullSink::default();
            t.import_statistics("d", "d.csv", reader, false, &mut sink)
                .await
                .unwrap();
            let cells = |dataset: &'static str| {
                let store = t.store.clone();
                async move {
                    store
                        .pool()
                        .fetch_one(
                            query(
                                "stat_cells",
                                "SELECT COUNT(*) AS n FROM stat_cells WHERE dataset = $1",
                            )
                            .bind(dataset),
                        )
                        .await
                        .unwrap()
                        .get::<i64>("n")
                        .unwrap()
                }
            };
            assert_eq!(cells("d").await, 20, "{b}");
            // A bulk load (COPY on PostgreSQL) of cells naming no dataset.
            let records = t.stat_records(Some("d")).await.unwrap();
            let mut tx = t.pool().begin_write().await.unwrap();
            let bulk = BulkInsert::new(tx.backend(), "stat_cells", &STAT_COLUMNS);
            let mut rows = bulk.rows();
            for r in records {
                let h = r.key_hash();
                push_cell(&mut rows, "nope", r, h);
            }
            let loaded = bulk.execute(&mut tx, rows).await;
            drop(tx);
            // SQLite's foreign key refuses them; PostgreSQL has none (0011):
            // its store writes cells only after their dataset's row.
            assert_eq!(
                loaded.is_err(),
                b == "sqlite",
                "{b}: a bulk load of orphan cells"
            );
            let r = t
                .pool()
                .execute(query(
                    "stat_datasets",
                    "UPDATE stat_datasets SET dataset = 'e' WHERE dataset = 'd'",
                ))
                .await;
            assert!(r.is_err(), "{b}: a dataset with cells was renamed");
            if b == "postgres" {
                let r = t
                    .pool()
                    .execute(query("stat_datasets", "TRUNCATE stat_datasets"))
                    .await;
                assert!(r.is_err(), "{b}: TRUNCATE stat_datasets passed");
            }
            assert_eq!(cells("nope").await, 0, "{b}");
            assert_eq!(cells("d").await, 20, "{b}");
            // Written around the store (PostgreSQL only: SQLite refuses),
            // an orphan is counted, and `db copy` refuses to copy it.
            if b == "postgres" {
                t.pool()
                    .execute(query(
                        "stat_cells",
                        format!(
                            "INSERT INTO stat_cells ({}) SELECT 'nope', {} FROM stat_cells \
                             WHERE dataset = 'd' AND source_line = 2",
                            STAT_COLUMNS.join(", "),
                            STAT_COLUMNS[1..].join(", ")
                        ),
                    ))
                    .await
                    .unwrap();
                assert_eq!(t.orphan_cells().await.unwrap(), 1);
                let target = Store::open_in_memory().await.unwrap();
                match t.copy_to(&target).await {
                    Err(StoreError::Rejected(m)) => assert!(m.contains("orphan"), "{m}"),
                    other => panic!("an orphan was copied: {other:?}"),
                }
                t.pool()
                    .execute(query(
                        "stat_cells",
                        "DELETE FROM stat_cells WHERE dataset = 'nope'",
                    ))
                    .await
                    .unwrap();
            }
            // Deleting the dataset deletes its cells (ON DELETE CASCADE).
            t.pool()
                .execute(query(
                    "stat_datasets",
                    "DELETE FROM stat_datasets WHERE dataset = 'd'",
                ))
                .await
                .unwrap();
            assert_eq!(cells("d").await, 0, "{b}");
            assert_eq!(t.orphan_cells().await.unwrap(), 0, "{b}");
        }
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
        let mut c = store.pool().acquire().await.unwrap();
        let (sql, complete) = conflicts_in(&mut c.conn(), "t3", Some(MAX_LISTED_LINES))
            .await
            .unwrap();
        drop(c);
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
}
