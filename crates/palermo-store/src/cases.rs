//! Victim case records (HTCDS / CTDC): atomic, idempotent import per source,
//! and reading back. Raw records leave the store only through
//! [`Store::case_records`], which the CLI uses on the database file, and
//! inside [`Store::create_case_release`], where `palermo-disclosure` makes
//! a release from them; the public sees only stored releases.

use crate::accounts::{append, AuditContext};
use crate::bulk::{import_records, BulkInsert, Rows};
use crate::db::{now_utc, query, Conn, Row};
use crate::stats::{row_counts, DatahubError, ImportSink, ImportSummary};
use crate::{Result, Store, StoreError};
use palermo_import::rows::{Parsed, RowError};
use palermo_model::case::{
    AgeBand, CaseRecord, CaseSex, Flag, Forms, MeansOfControl, RecruiterRelation,
};
use palermo_model::stats::FormOfExploitation as F;

const FORMS: [F; 7] = [
    F::Sexual,
    F::ForcedLabour,
    F::ForcedMarriage,
    F::Slavery,
    F::OrganRemoval,
    F::ForcedCriminality,
    F::Other,
];

/// Packs flags into (yes bits, no bits).
fn pack(flags: &[Flag]) -> (i64, i64) {
    let mut yes = 0i64;
    let mut no = 0i64;
    for (i, f) in flags.iter().enumerate() {
        match f {
            Flag::Yes => yes |= 1 << i,
            Flag::No => no |= 1 << i,
            Flag::Unknown => {}
        }
    }
    (yes, no)
}

fn unpack(yes: i64, no: i64, i: usize) -> Flag {
    if yes & (1 << i) != 0 {
        Flag::Yes
    } else if no & (1 << i) != 0 {
        Flag::No
    } else {
        Flag::Unknown
    }
}

fn sex_str(s: CaseSex) -> &'static str {
    s.slug()
}

fn sex_from(s: &str) -> Option<CaseSex> {
    Some(match s {
        "female" => CaseSex::Female,
        "male" => CaseSex::Male,
        "other" => CaseSex::TransOrNonConforming,
        "unknown" => CaseSex::Unknown,
        _ => return None,
    })
}

const CASE_COLUMNS: [&str; 14] = [
    "source",
    "source_line",
    "data_source",
    "year",
    "sex",
    "age",
    "citizenship",
    "country_of_exploitation",
    "forms_yes",
    "forms_no",
    "means_yes",
    "means_no",
    "recruiter_yes",
    "recruiter_no",
];

/// Appends `r` to `rows` as the values of [`CASE_COLUMNS`] (texts moved,
/// not copied).
fn push_case(rows: &mut Rows, r: CaseRecord) {
    let mut forms = [Flag::Unknown; 7];
    for (slot, f) in forms.iter_mut().zip(FORMS) {
        *slot = r.forms.get(f);
    }
    let (fy, fnn) = pack(&forms);
    let (my, mn) = pack(&r.means.flags());
    let (ry, rn) = pack(&r.recruiter.flags());
    rows.text(r.source);
    rows.int(r.source_line as i64);
    rows.opt_text(r.data_source);
    rows.opt_int(r.year.map(i64::from));
    rows.slug(sex_str(r.sex));
    rows.opt_slug(r.age.map(AgeBand::label));
    rows.opt_text(r.citizenship);
    rows.opt_text(r.country_of_exploitation);
    for n in [fy, fnn, my, mn, ry, rn] {
        rows.int(n);
    }
    rows.end_row();
}

/// The columns a [`CaseRecord`] is read from (never `SELECT *`).
pub(crate) const READ_COLUMNS: &str = "source, source_line, data_source, year, sex, age, \
     citizenship, country_of_exploitation, forms_yes, forms_no, means_yes, means_no, \
     recruiter_yes, recruiter_no";

pub(crate) fn record_from_row(r: &Row) -> Result<CaseRecord> {
    let sex: String = r.get("sex")?;
    let age: Option<String> = r.get("age")?;
    let (fy, fno): (i64, i64) = (r.get("forms_yes")?, r.get("forms_no")?);
    let (my, mn): (i64, i64) = (r.get("means_yes")?, r.get("means_no")?);
    let (ry, rn): (i64, i64) = (r.get("recruiter_yes")?, r.get("recruiter_no")?);
    let mut forms = Forms::default();
    for (i, f) in FORMS.iter().enumerate() {
        forms.set(*f, unpack(fy, fno, i));
    }
    let means = MeansOfControl {
        debt_bondage_earnings: unpack(my, mn, 0),
        threats: unpack(my, mn, 1),
        abuse: unpack(my, mn, 2),
        false_promises: unpack(my, mn, 3),
        drugs_alcohol: unpack(my, mn, 4),
        deny_basic_needs: unpack(my, mn, 5),
        excessive_work_hours: unpack(my, mn, 6),
        withhold_documents: unpack(my, mn, 7),
        other: unpack(my, mn, 8),
    };
    let recruiter = RecruiterRelation {
        intimate_partner: unpack(ry, rn, 0),
        friend: unpack(ry, rn, 1),
        family: unpack(ry, rn, 2),
        other: unpack(ry, rn, 3),
    };
    Ok(CaseRecord {
        source: r.get("source")?,
        data_source: r.get("data_source")?,
        year: r
            .get::<Option<i64>>("year")?
            .map(|y| i32::try_from(y).map_err(|_| r.corrupt("year")))
            .transpose()?,
        sex: sex_from(&sex).ok_or_else(|| r.corrupt("sex"))?,
        age: match age {
            None => None,
            Some(a) => Some(AgeBand::parse(&a).ok_or_else(|| r.corrupt("age"))?),
        },
        citizenship: r.get("citizenship")?,
        country_of_exploitation: r.get("country_of_exploitation")?,
        forms,
        means,
        recruiter,
        source_line: r.get_u64("source_line")?,
    })
}

/// The columns of `case_records` that the public tables read, hence all
/// that a record's published digest covers
/// (`palermo_disclosure::cellkey::record_digest`: year, sex, age group,
/// citizenship, country of exploitation, the forms recorded `Yes`).
const PUBLISHED_COLUMNS: &str = "year, sex, age, citizenship, country_of_exploitation, forms_yes";

/// Every stored case record as the public tables see it, aggregated by the
/// database (`GROUP BY` over [`PUBLISHED_COLUMNS`], both backends): one
/// record per distinct combination of those fields (its other fields
/// empty, its forms the `Yes` flags) with the number of records that have
/// it. Streamed, so that the memory held is one entry per combination,
/// never one per record.
pub(crate) async fn published_groups(conn: &mut Conn<'_>) -> Result<Vec<(CaseRecord, u64)>> {
    let mut out = Vec::new();
    conn.for_each(
        query(
            "case_records",
            format!(
                "SELECT {PUBLISHED_COLUMNS}, COUNT(*) AS n FROM case_records \
                 GROUP BY {PUBLISHED_COLUMNS}"
            ),
        ),
        |r| {
            let sex: String = r.get("sex")?;
            let age: Option<String> = r.get("age")?;
            let yes: i64 = r.get("forms_yes")?;
            let mut forms = Forms::default();
            for (i, f) in FORMS.iter().enumerate() {
                forms.set(*f, unpack(yes, 0, i));
            }
            let mut rec = CaseRecord::empty("", 0);
            rec.year = r
                .get::<Option<i64>>("year")?
                .map(|y| i32::try_from(y).map_err(|_| r.corrupt("year")))
                .transpose()?;
            rec.sex = sex_from(&sex).ok_or_else(|| r.corrupt("sex"))?;
            rec.age = match age {
                None => None,
                Some(a) => Some(AgeBand::parse(&a).ok_or_else(|| r.corrupt("age"))?),
            };
            rec.citizenship = r.get("citizenship")?;
            rec.country_of_exploitation = r.get("country_of_exploitation")?;
            rec.forms = forms;
            out.push((rec, r.get_u64("n")?));
            Ok(())
        },
    )
    .await?;
    Ok(out)
}

/// A case-record source as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSource {
    /// Name (`--source`).
    pub source: String,
    /// File it was read from.
    pub file: String,
    /// Format (`ctdc`, `htcds-csv`, `htcds-json`).
    pub format: String,
    /// Rows read, stored, rejected.
    pub rows: (u64, u64, u64),
    /// When (UTC, ISO 8601).
    pub imported_at: String,
    /// The organisation that imported it through the web or the API
    /// (`palermo_access::Organisation`'s text); `None` for the CLI's.
    pub organisation: Option<String>,
    /// Its identifier in URLs (128 random bits, hex); `None` for a source
    /// imported before Palermo gave sources one (until it is re-imported).
    pub public_id: Option<String>,
}

/// Who imports case records: the organisation that will hold them and
/// what the audit entry of the import records (who, when, from where).
#[derive(Debug, Clone, Copy)]
pub struct ImportBy<'a> {
    /// The owning organisation (`palermo_access::Organisation`'s text), or
    /// `None` for the data holder on the database file (the CLI).
    pub organisation: Option<&'a str>,
    /// The audit context.
    pub audit: &'a AuditContext,
}

impl<'a> ImportBy<'a> {
    /// The data holder on the database file: no organisation.
    pub fn cli(audit: &'a AuditContext) -> Self {
        Self {
            organisation: None,
            audit,
        }
    }
}

/// A new identifier for URLs: 128 random bits, hex (not guessable, so
/// that counting never leads into another organisation's data).
pub(crate) fn new_public_id() -> Result<String> {
    palermo_access::random::bytes::<16>()
        .map(|b| palermo_access::random::hex(&b))
        .map_err(|e| StoreError::Rejected(e.to_string()))
}

const SOURCE_COLUMNS: &str = "source, file, format, rows_read, rows_stored, rows_rejected, \
     imported_at, organisation, public_id";

fn source_from_row(r: &Row) -> Result<CaseSource> {
    Ok(CaseSource {
        source: r.get("source")?,
        file: r.get("file")?,
        format: r.get("format")?,
        rows: row_counts(r)?,
        imported_at: r.get("imported_at")?,
        organisation: r.get("organisation")?,
        public_id: r.get("public_id")?,
    })
}

impl Store {
    /// Imports case records as `source` in one transaction: the source's
    /// previous records are replaced (re-importing the same file changes
    /// nothing), rejected rows go to `sink`, and with `strict` the first
    /// rejected row rolls everything back. On any error nothing changes.
    /// The source belongs to `by.organisation` (none: the CLI's); a source
    /// held by another organisation (or by none, when one is given) is
    /// never replaced. The import's audit entry (`cases.import`, the
    /// source's public id and the counts, never a record) is written in
    /// the same transaction.
    ///
    /// # Errors
    /// As [`Store::import_statistics`]; [`StoreError::Rejected`] for a
    /// source held by another organisation.
    #[allow(clippy::too_many_arguments)]
    pub async fn import_cases<I>(
        &self,
        source: &str,
        file: &str,
        format: &str,
        rows: I,
        mode: impl Into<crate::stats::ImportMode>,
        sink: &mut (dyn ImportSink + Send),
        by: &ImportBy<'_>,
    ) -> std::result::Result<ImportSummary, DatahubError>
    where
        I: Iterator<Item = std::result::Result<Parsed<CaseRecord>, RowError>>,
    {
        let mode = mode.into();
        self.check_writable()?;
        let strict = mode.strict;
        let mut tx = self.pool().begin_write().await?;
        // Inside the write lock: no other import changes the owner between
        // this check and the commit.
        let held = tx
            .fetch_optional(
                query(
                    "case_sources",
                    "SELECT organisation FROM case_sources WHERE source = $1",
                )
                .bind(source),
            )
            .await?;
        if let Some(row) = held {
            let owner: Option<String> = row.get("organisation")?;
            if owner.as_deref() != by.organisation {
                return Err(StoreError::Rejected(
                    "a source of this name is held by another organisation; choose another name"
                        .into(),
                )
                .into());
            }
        }
        // The source's row first, then its records (see
        // `stats::import_in_tx`).
        let public_id: String = tx
            .fetch_one(
                query(
                    "case_sources",
                    "INSERT INTO case_sources (source, file, format, rows_read, rows_stored, rows_rejected, generation, imported_at, organisation, public_id) \
                 VALUES ($1, $2, $3, 0, 0, 0, 0, $4, $5, $6) ON CONFLICT (source) DO UPDATE SET file = excluded.file, format = excluded.format, \
                 public_id = COALESCE(case_sources.public_id, excluded.public_id) RETURNING public_id",
                )
                .bind(source)
                .bind(file)
                .bind(format)
                .bind(now_utc())
                .bind(by.organisation)
                .bind(new_public_id()?),
            )
            .await?
            .get("public_id")?;
        let replaced = tx
            .execute(
                query("case_records", "DELETE FROM case_records WHERE source = $1").bind(source),
            )
            .await?;
        let mut s = ImportSummary {
            name: source.to_owned(),
            file: file.to_owned(),
            rows_read: 0,
            stored: 0,
            rejected: 0,
            warnings: 0,
            replaced,
            conflicts: Vec::new(),
            conflicts_complete: true,
        };
        let mut rows = rows.map(|r| {
            r.map(|mut p| {
                p.value.source = source.to_owned();
                p
            })
        });
        let bulk = BulkInsert::new(tx.backend(), "case_records", &CASE_COLUMNS);
        let stored =
            import_records(&mut tx, &bulk, &mut rows, strict, sink, &mut s, push_case).await?;
        s.stored = stored;
        crate::stats::check_shrink(&s, mode)?;
        tx.execute(
            query(
                "case_sources",
                "UPDATE case_sources SET rows_read = $1, rows_stored = $2, rows_rejected = $3, \
                 generation = (SELECT COALESCE(MAX(generation), 0) + 1 FROM case_sources), \
                 imported_at = $4 WHERE source = $5",
            )
            .bind(s.rows_read as i64)
            .bind(s.stored as i64)
            .bind(s.rejected as i64)
            .bind(now_utc())
            .bind(source),
        )
        .await?;
        sink.flush().map_err(DatahubError::Report)?;
        append(
            &mut tx,
            by.audit.event(
                "cases.import",
                &format!(
                    "case-source:{public_id} ({} stored, {} rejected)",
                    s.stored, s.rejected
                ),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(s)
    }

    /// Every stored case record (of `source`, or of all), in source and
    /// line order. Raw records: for the CLI on the database file and for
    /// `palermo-disclosure`, never for a public output as they are.
    ///
    /// # Errors
    /// Database errors; corrupt stored values.
    pub async fn case_records(&self, source: Option<&str>) -> Result<Vec<CaseRecord>> {
        let mut out = Vec::new();
        // Row by row: never all database rows and all records at once.
        self.pool()
            .acquire()
            .await?
            .conn()
            .for_each(
                query(
                    "case_records",
                    format!(
                        "SELECT {READ_COLUMNS} FROM case_records WHERE ($1 IS NULL OR source = $1) \
                         ORDER BY source, source_line"
                    ),
                )
                .bind(source),
                |row| {
                    out.push(record_from_row(&row)?);
                    Ok(())
                },
            )
            .await?;
        Ok(out)
    }

    /// The case-record sources stored.
    ///
    /// # Errors
    /// Database errors.
    pub async fn case_sources(&self) -> Result<Vec<CaseSource>> {
        let rows = self
            .pool()
            .fetch_all(query(
                "case_sources",
                format!("SELECT {SOURCE_COLUMNS} FROM case_sources ORDER BY source"),
            ))
            .await?;
        rows.iter().map(source_from_row).collect()
    }

    /// The case-record sources held by `organisation`
    /// (`palermo_access::Organisation`'s text), by name.
    ///
    /// # Errors
    /// Database errors.
    pub async fn case_sources_of(&self, organisation: &str) -> Result<Vec<CaseSource>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "case_sources",
                    format!(
                        "SELECT {SOURCE_COLUMNS} FROM case_sources WHERE organisation = $1 \
                         ORDER BY source"
                    ),
                )
                .bind(organisation),
            )
            .await?;
        rows.iter().map(source_from_row).collect()
    }

    /// The source with public id `public_id` if `organisation` holds it,
    /// with its records in line order; `None` when there is no such source
    /// *or* another organisation holds it (the caller answers both alike,
    /// so that existence does not leak).
    ///
    /// # Errors
    /// Database errors; corrupt stored values.
    pub async fn case_source_of(
        &self,
        public_id: &str,
        organisation: &str,
    ) -> Result<Option<(CaseSource, Vec<CaseRecord>)>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "case_sources",
                    format!(
                        "SELECT {SOURCE_COLUMNS} FROM case_sources \
                         WHERE public_id = $1 AND organisation = $2"
                    ),
                )
                .bind(public_id)
                .bind(organisation),
            )
            .await?;
        let Some(source) = row.as_ref().map(source_from_row).transpose()? else {
            return Ok(None);
        };
        let records = self.case_records(Some(&source.source)).await?;
        Ok(Some((source, records)))
    }
}
