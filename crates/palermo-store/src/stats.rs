//! National statistics (GLOTIP cells): atomic, idempotent import, seeding of
//! the bundled table, and reading back for the indicators.
//!
//! Also home of what the data hub's imports share with [`crate::cases`]:
//! the [`ImportSink`] that receives rejected rows, warnings and progress, and
//! [`DatahubError`].

use palermo_import::glotip::{bundled_reader, GlotipOptions, GlotipReader, BUNDLED_NAME};
use palermo_import::rows::{Parsed, RowError};
use palermo_model::stats::{
    AgeGroup, Category, Conflict, Count, Dimension, FormOfExploitation, Indicator, Sex, StatKey,
    StatRecord,
};
use sqlx::{Row, Sqlite, Transaction};

use crate::{Result, Store, StoreError};

/// The dataset name of the bundled GLOTIP table.
pub const GLOTIP_DATASET: &str = "glotip";

/// Rows per multi-row INSERT.
const BATCH: usize = 2000;

/// Receives what an import finds, as it finds it (so that a report of
/// millions of rejected rows never sits in memory).
pub trait ImportSink {
    /// A row that was rejected (not stored).
    fn rejected(&mut self, e: &RowError);
    /// A note about a row that was stored.
    fn warning(&mut self, w: &RowError);
    /// `rows` rows read so far (called every few thousand rows).
    fn progress(&mut self, rows: u64);
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
    /// `--strict`: the first rejected row rejects the whole file.
    #[error("{0}; --strict: the whole file is rejected, nothing was imported")]
    Strict(RowError),
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

fn record_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<StatRecord> {
    let ind: String = r.get("indicator");
    let dim: String = r.get("dimension");
    let sex: String = r.get("sex");
    let age: String = r.get("age");
    let kind: String = r.get("category_kind");
    let cval: Option<String> = r.get("category_value");
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
    let min: i64 = r.get("value_min");
    let max: i64 = r.get("value_max");
    let line: i64 = r.get("source_line");
    Ok(StatRecord {
        area: r.get("area"),
        iso3: r.get("iso3"),
        area_name: r.get("area_name"),
        region: r.get("region"),
        subregion: r.get("subregion"),
        indicator: Indicator::parse(&ind).ok_or_else(|| corrupt("indicator", &ind))?,
        dimension: Dimension::parse(&dim).ok_or_else(|| corrupt("dimension", &dim))?,
        category,
        category_label: r.get("category_label"),
        sex: Sex::parse(&sex).ok_or_else(|| corrupt("sex", &sex))?,
        age: AgeGroup::parse(&age).ok_or_else(|| corrupt("age", &age))?,
        year: r.get::<i64, _>("year") as i32,
        value: Count {
            min: min.max(0) as u64,
            max: max.max(0) as u64,
        },
        value_text: r.get("value_text"),
        source_line: line.max(0) as u64,
    })
}

/// A value in a JSON row for [`bulk_rows`].
pub(crate) enum J<'a> {
    /// Text.
    S(&'a str),
    /// Text or NULL.
    OS(Option<&'a str>),
    /// Integer.
    I(i64),
    /// Integer or NULL.
    OI(Option<i64>),
}

/// Appends one row (a JSON array) to `buf`, which holds a JSON array of
/// rows. Rows reach SQLite as one bound text per batch, unpacked there with
/// `json_each`: far fewer round trips than one bound value per column.
pub(crate) fn bulk_rows(buf: &mut Vec<u8>, row: &[J<'_>]) {
    buf.push(if buf.is_empty() { b'[' } else { b',' });
    buf.push(b'[');
    for (i, v) in row.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        match v {
            J::S(s) | J::OS(Some(s)) => {
                // Writing a &str to a Vec cannot fail.
                let _ = serde_json::to_writer(&mut *buf, s);
            }
            J::I(n) | J::OI(Some(n)) => buf.extend_from_slice(n.to_string().as_bytes()),
            J::OS(None) | J::OI(None) => buf.extend_from_slice(b"null"),
        }
    }
    buf.push(b']');
}

async fn insert_batch(
    tx: &mut Transaction<'_, Sqlite>,
    dataset: &str,
    batch: &[StatRecord],
) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let mut buf = Vec::with_capacity(batch.len() * 200);
    for r in batch {
        let (kind, val) = category_parts(&r.category);
        bulk_rows(
            &mut buf,
            &[
                J::I(r.source_line as i64),
                J::S(&r.area),
                J::OS(r.iso3.as_deref()),
                J::S(&r.area_name),
                J::S(&r.region),
                J::S(&r.subregion),
                J::S(r.indicator.slug()),
                J::S(r.dimension.slug()),
                J::S(kind),
                J::OS(val),
                J::S(&r.category_label),
                J::S(r.sex.slug()),
                J::S(r.age.slug()),
                J::I(i64::from(r.year)),
                J::I(i64::try_from(r.value.min).unwrap_or(i64::MAX)),
                J::I(i64::try_from(r.value.max).unwrap_or(i64::MAX)),
                J::S(&r.value_text),
            ],
        );
    }
    buf.push(b']');
    // Duplicate source lines cannot happen within one file; a second import
    // of the same dataset deleted the old rows first.
    sqlx::query(
        "INSERT INTO stat_cells (dataset, source_line, area, iso3, area_name, region, subregion, \
         indicator, dimension, category_kind, category_value, category_label, sex, age, year, \
         value_min, value_max, value_text) \
         SELECT ?1, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, \
         value->>7, value->>8, value->>9, value->>10, value->>11, value->>12, value->>13, \
         value->>14, value->>15, value->>16 FROM json_each(?2)",
    )
    .bind(dataset)
    .bind(
        String::from_utf8(buf)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Reads the conflicts (keys published more than once) of `dataset`.
async fn conflicts_in<'e, E>(exec: E, dataset: &str) -> Result<Vec<Conflict>>
where
    E: sqlx::Executor<'e, Database = Sqlite>,
{
    let rows = sqlx::query(
        "SELECT area, indicator, dimension, category_label, sex, age, year, \
         GROUP_CONCAT(source_line || char(31) || value_text, char(30)) AS occ \
         FROM stat_cells WHERE dataset = ? \
         GROUP BY area, indicator, dimension, category_label, sex, age, year \
         HAVING COUNT(*) > 1 ORDER BY MIN(source_line)",
    )
    .bind(dataset)
    .fetch_all(exec)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let ind: String = r.get("indicator");
        let dim: String = r.get("dimension");
        let sex: String = r.get("sex");
        let age: String = r.get("age");
        let occ: String = r.get("occ");
        let mut occurrences: Vec<(u64, String)> = occ
            .split('\u{1e}')
            .filter_map(|o| {
                let (l, t) = o.split_once('\u{1f}')?;
                Some((l.parse().ok()?, t.to_owned()))
            })
            .collect();
        occurrences.sort();
        let values_differ = occurrences.iter().any(|(_, t)| *t != occurrences[0].1);
        out.push(Conflict {
            key: StatKey {
                area: r.get("area"),
                indicator: Indicator::parse(&ind).ok_or_else(|| corrupt("indicator", &ind))?,
                dimension: Dimension::parse(&dim).ok_or_else(|| corrupt("dimension", &dim))?,
                category: r.get("category_label"),
                sex: Sex::parse(&sex).ok_or_else(|| corrupt("sex", &sex))?,
                age: AgeGroup::parse(&age).ok_or_else(|| corrupt("age", &age))?,
                year: r.get::<i64, _>("year") as i32,
            },
            occurrences,
            values_differ,
        });
    }
    Ok(out)
}

/// Reads up to `size` rows into `out`, sending warnings and rejected rows
/// to `sink` and counting them in `s`. With `strict`, the first rejected row
/// is returned as the error.
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
                if strict {
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
    strict: bool,
    sink: &mut (dyn ImportSink + Send),
) -> std::result::Result<ImportSummary, DatahubError>
where
    I: Iterator<Item = std::result::Result<Parsed<StatRecord>, RowError>>,
{
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
    };
    let mut rows = rows;
    let mut pending: Vec<StatRecord> = Vec::with_capacity(BATCH);
    fill_batch(&mut rows, &mut pending, BATCH, strict, sink, &mut s)
        .map_err(DatahubError::Strict)?;
    while !pending.is_empty() {
        // Insert this batch (on SQLite's worker thread) while the next one
        // is read and validated here.
        let mut next = Vec::with_capacity(BATCH);
        let (inserted, filled) = tokio::join!(insert_batch(tx, dataset, &pending), async {
            fill_batch(&mut rows, &mut next, BATCH, strict, sink, &mut s)
        });
        inserted?;
        filled.map_err(DatahubError::Strict)?;
        s.stored += pending.len() as u64;
        pending = next;
    }
    sink.progress(s.rows_read);
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
    s.conflicts = conflicts_in(&mut **tx, dataset).await?;
    Ok(s)
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
    /// first rejected row rolls everything back. On any error nothing is
    /// changed.
    ///
    /// # Errors
    /// [`DatahubError::Strict`] with the first bad row; database errors.
    pub async fn import_statistics<I>(
        &self,
        dataset: &str,
        file: &str,
        rows: I,
        strict: bool,
        sink: &mut (dyn ImportSink + Send),
    ) -> std::result::Result<ImportSummary, DatahubError>
    where
        I: Iterator<Item = std::result::Result<Parsed<StatRecord>, RowError>>,
    {
        let mut tx = self.pool().begin().await?;
        let s = import_in_tx(&mut tx, dataset, file, rows, strict, sink).await?;
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
            false,
            &mut sink,
        )
        .await
        {
            Ok(_) => {}
            Err(DatahubError::Store(e)) => return Err(e),
            Err(DatahubError::Strict(e)) => {
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
    pub async fn stat_records(&self, dataset: Option<&str>) -> Result<Vec<StatRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM stat_cells WHERE (?1 IS NULL OR dataset = ?1) ORDER BY dataset, source_line",
        )
        .bind(dataset)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(record_from_row).collect()
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
        conflicts_in(self.pool(), dataset).await
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
                rows: (
                    r.get::<i64, _>("rows_read").max(0) as u64,
                    r.get::<i64, _>("rows_stored").max(0) as u64,
                    r.get::<i64, _>("rows_rejected").max(0) as u64,
                ),
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
