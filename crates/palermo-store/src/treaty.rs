//! Treaty status: snapshots and the current status of every participant.
//! The diff and the rules of a replacement are the model's
//! ([`palermo_model::snapshot`]); they are applied here inside the
//! transaction that writes.

use palermo_model::date::iso;
use palermo_model::snapshot::{check_snapshot, diff_status, should_record};
use palermo_model::treaty::Consent;
use palermo_model::{Instrument, ParticipantStatus};
use serde::Serialize;
use time::Date;

pub use palermo_model::snapshot::StatusDiff;

use crate::bulk::insert_all;
use crate::db::{query, Conn, Row, Tx};
use crate::{parse_date, Result, Store, StoreError};

/// The snapshot an instrument's current status comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnapshotInfo {
    /// The instrument.
    pub instrument: Instrument,
    /// "Status as at" date of the snapshot.
    pub as_of: Date,
    /// Where it came from (file, publisher).
    pub source: String,
    /// When it was loaded (UTC, RFC 3339).
    pub imported_at: String,
}

static STATUS_INSERT: [&str; 7] = [
    "instrument",
    "participant",
    "iso3",
    "signature_date",
    "consent_date",
    "consent_type",
    "snapshot_id",
];

/// Replaces an instrument's status with `rows`, recording the snapshot.
pub(crate) async fn replace_status(
    tx: &mut Tx,
    instrument: Instrument,
    as_of: Date,
    source: &str,
    rows: &[ParticipantStatus],
) -> Result<()> {
    let id: i64 = tx
        .fetch_one(
            query(
                "treaty_snapshots",
                "INSERT INTO treaty_snapshots (instrument, as_of, source) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(instrument.code())
            .bind(iso(as_of))
            .bind(source),
        )
        .await?
        .get("id")?;
    tx.execute(
        query(
            "treaty_status",
            "DELETE FROM treaty_status WHERE instrument = $1",
        )
        .bind(instrument.code()),
    )
    .await?;
    insert_all(tx, "treaty_status", &STATUS_INSERT, rows, |b, r| {
        b.slug(instrument.code());
        b.text(r.participant.clone());
        b.opt_text(r.iso3.clone());
        b.opt_text(r.signature.map(iso));
        b.opt_text(r.consent.map(|c| iso(c.date)));
        b.opt_slug(r.consent.map(|c| c.kind.as_str()));
        b.int(id);
    })
    .await
}

fn status_from_row(r: &Row) -> Result<ParticipantStatus> {
    let code: String = r.get("instrument")?;
    let instrument = code
        .parse::<Instrument>()
        .map_err(|_| r.corrupt("instrument"))?;
    let consent_date = parse_date("treaty_status", "consent_date", r.get("consent_date")?)?;
    let consent_type: Option<String> = r.get("consent_type")?;
    let consent = match (consent_date, consent_type) {
        (Some(date), Some(t)) => Some(Consent {
            date,
            kind: t.parse().map_err(|_| r.corrupt("consent_type"))?,
        }),
        _ => None,
    };
    Ok(ParticipantStatus {
        instrument,
        participant: r.get("participant")?,
        iso3: r.get("iso3")?,
        signature: parse_date("treaty_status", "signature_date", r.get("signature_date")?)?,
        consent,
    })
}

/// The current status of `instrument` (or all), on `conn`.
async fn status_on(
    conn: &mut Conn<'_>,
    instrument: Option<Instrument>,
) -> Result<Vec<ParticipantStatus>> {
    let rows = conn
        .fetch_all(
            query(
                "treaty_status",
                "SELECT instrument, participant, iso3, signature_date, consent_date, consent_type \
                 FROM treaty_status WHERE ($1 IS NULL OR instrument = $1) \
                 ORDER BY CASE instrument WHEN 'untoc' THEN 0 WHEN 'tip' THEN 1 WHEN 'som' THEN 2 \
                 ELSE 3 END, participant",
            )
            .bind(instrument.map(Instrument::code)),
        )
        .await?;
    rows.iter().map(status_from_row).collect()
}

/// The snapshot of `instrument`'s current status, on `conn`.
async fn snapshot_on(conn: &mut Conn<'_>, instrument: Instrument) -> Result<Option<SnapshotInfo>> {
    let row = conn
        .fetch_optional(
            query(
                "treaty_snapshots",
                "SELECT as_of, source, imported_at FROM treaty_snapshots WHERE instrument = $1 \
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(instrument.code()),
        )
        .await?;
    row.map(|r| {
        Ok(SnapshotInfo {
            instrument,
            as_of: parse_date("treaty_snapshots", "as_of", Some(r.get("as_of")?))?
                .ok_or_else(|| r.corrupt("as_of"))?,
            source: r.get("source")?,
            imported_at: r.get("imported_at")?,
        })
    })
    .transpose()
}

/// What importing `rows` would change, checked against the current status
/// read on `conn`, and whether it is to be recorded.
async fn plan(
    conn: &mut Conn<'_>,
    instrument: Instrument,
    as_of: Date,
    rows: &[ParticipantStatus],
    options: TreatyImportOptions,
) -> Result<(StatusDiff, bool)> {
    let current = status_on(conn, Some(instrument)).await?;
    let previous = snapshot_on(conn, instrument).await?.map(|p| p.as_of);
    let diff = diff_status(&current, rows);
    check_snapshot(instrument, previous, as_of, &diff, options.allow_removals)
        .map_err(|e| StoreError::Rejected(e.to_string()))?;
    let record = should_record(previous, as_of, &diff);
    Ok((diff, record))
}

impl Store {
    /// Current status of every participant, for one instrument or all,
    /// ordered by instrument then participant name.
    ///
    /// # Errors
    /// Database errors, or a corrupt stored value.
    pub async fn treaty_status(
        &self,
        instrument: Option<Instrument>,
    ) -> Result<Vec<ParticipantStatus>> {
        status_on(&mut self.pool().acquire().await?.conn(), instrument).await
    }

    /// Status of one country under every instrument it acted on.
    ///
    /// # Errors
    /// Database errors, or a corrupt stored value.
    pub async fn treaty_status_of_country(&self, iso3: &str) -> Result<Vec<ParticipantStatus>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "treaty_status",
                    "SELECT instrument, participant, iso3, signature_date, consent_date, consent_type \
                     FROM treaty_status WHERE iso3 = $1",
                )
                .bind(iso3),
            )
            .await?;
        rows.iter().map(status_from_row).collect()
    }

    /// The snapshot that an instrument's current status comes from.
    ///
    /// # Errors
    /// Database errors, or a corrupt stored value.
    pub async fn treaty_snapshot(&self, instrument: Instrument) -> Result<Option<SnapshotInfo>> {
        snapshot_on(&mut self.pool().acquire().await?.conn(), instrument).await
    }

    /// Loads a status snapshot for `instrument` as at `as_of`, atomically,
    /// and returns what changed against the current status.
    ///
    /// The current status is read, compared and checked
    /// ([`palermo_model::snapshot::check_snapshot`]) inside the write
    /// transaction, which holds the write lock: a concurrent import waits,
    /// then is checked against this one's result, so the stored status is
    /// always one whole snapshot.
    ///
    /// Idempotent: importing the same rows again changes nothing and records
    /// nothing (unless `as_of` is newer than the current snapshot's, which is
    /// then recorded).
    ///
    /// # Errors
    /// [`StoreError::Rejected`] when the snapshot is older than the current
    /// one, or omits participants that the current data list (a UN status
    /// table never drops a participant, so such a file is probably
    /// truncated or for another instrument) unless
    /// [`TreatyImportOptions::allow_removals`]; database errors. In every
    /// error case the database is unchanged.
    pub async fn import_treaty_status(
        &self,
        instrument: Instrument,
        as_of: Date,
        source: &str,
        rows: &[ParticipantStatus],
        options: TreatyImportOptions,
    ) -> Result<StatusDiff> {
        if options.dry_run {
            let mut c = self.pool().acquire().await?;
            return Ok(plan(&mut c.conn(), instrument, as_of, rows, options)
                .await?
                .0);
        }
        self.check_writable()?;
        let mut tx = self.pool().begin_write().await?;
        let (mut diff, record) = plan(&mut tx.conn(), instrument, as_of, rows, options).await?;
        if record {
            replace_status(&mut tx, instrument, as_of, source, rows).await?;
            tx.commit().await?;
            diff.recorded = true;
        }
        Ok(diff)
    }
}

/// Options of [`Store::import_treaty_status`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TreatyImportOptions {
    /// Accept a snapshot that omits participants the current data list.
    pub allow_removals: bool,
    /// Compute and return the changes without writing anything.
    pub dry_run: bool,
}
