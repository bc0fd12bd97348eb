//! Treaty status: snapshots and the current status of every participant.

use std::collections::HashMap;

use palermo_model::date::iso;
use palermo_model::treaty::Consent;
use palermo_model::{ConsentType, Instrument, ParticipantStatus};
use serde::Serialize;
use sqlx::{Row, Sqlite, Transaction};
use time::Date;

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

/// What an import changed against the status it replaced.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StatusDiff {
    /// Participants that signed since the previous snapshot.
    pub new_signatures: Vec<String>,
    /// Participants that became parties, with the kind and date of consent.
    pub new_parties: Vec<(String, ConsentType, String)>,
    /// Participants whose dates or kind of consent changed otherwise.
    pub changed: Vec<String>,
    /// Participants present before and absent now.
    pub removed: Vec<String>,
    /// Participants listed under another name than before (same ISO 3166
    /// code; e.g. Swaziland → Eswatini), as (old name, new name).
    pub renamed: Vec<(String, String)>,
    /// Participants whose status is unchanged.
    pub unchanged: usize,
    /// Whether the snapshot was recorded (false when nothing changed and the
    /// as-of date is not newer: the import was a no-op).
    pub recorded: bool,
}

impl StatusDiff {
    /// Whether the import changed nothing.
    pub fn is_empty(&self) -> bool {
        self.new_signatures.is_empty()
            && self.new_parties.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && self.renamed.is_empty()
    }
}

/// Replaces an instrument's status with `rows`, recording the snapshot.
pub(crate) async fn replace_status(
    tx: &mut Transaction<'_, Sqlite>,
    instrument: Instrument,
    as_of: Date,
    source: &str,
    rows: &[ParticipantStatus],
) -> Result<()> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO treaty_snapshots (instrument, as_of, source) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(instrument.code())
    .bind(iso(as_of))
    .bind(source)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM treaty_status WHERE instrument = ?")
        .bind(instrument.code())
        .execute(&mut **tx)
        .await?;
    for r in rows {
        sqlx::query(
            "INSERT INTO treaty_status (instrument, participant, iso3, signature_date, \
             consent_date, consent_type, snapshot_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(instrument.code())
        .bind(&r.participant)
        .bind(&r.iso3)
        .bind(r.signature.map(iso))
        .bind(r.consent.map(|c| iso(c.date)))
        .bind(r.consent.map(|c| c.kind.as_str()))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

fn status_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<ParticipantStatus> {
    let code: String = r.get("instrument");
    let instrument = code
        .parse::<Instrument>()
        .map_err(|_| StoreError::Corrupt {
            table: "treaty_status",
            column: "instrument",
            value: code.clone(),
        })?;
    let consent_date = parse_date("treaty_status", "consent_date", r.get("consent_date"))?;
    let consent_type: Option<String> = r.get("consent_type");
    let consent = match (consent_date, consent_type) {
        (Some(date), Some(t)) => Some(Consent {
            date,
            kind: t.parse().map_err(|_| StoreError::Corrupt {
                table: "treaty_status",
                column: "consent_type",
                value: t,
            })?,
        }),
        _ => None,
    };
    Ok(ParticipantStatus {
        instrument,
        participant: r.get("participant"),
        iso3: r.get("iso3"),
        signature: parse_date("treaty_status", "signature_date", r.get("signature_date"))?,
        consent,
    })
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
        let rows = sqlx::query(
            "SELECT instrument, participant, iso3, signature_date, consent_date, consent_type \
             FROM treaty_status WHERE (?1 IS NULL OR instrument = ?1) \
             ORDER BY CASE instrument WHEN 'untoc' THEN 0 WHEN 'tip' THEN 1 WHEN 'som' THEN 2 \
             ELSE 3 END, participant",
        )
        .bind(instrument.map(Instrument::code))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(status_from_row).collect()
    }

    /// Status of one country under every instrument it acted on.
    ///
    /// # Errors
    /// Database errors, or a corrupt stored value.
    pub async fn treaty_status_of_country(&self, iso3: &str) -> Result<Vec<ParticipantStatus>> {
        let rows = sqlx::query(
            "SELECT instrument, participant, iso3, signature_date, consent_date, consent_type \
             FROM treaty_status WHERE iso3 = ?",
        )
        .bind(iso3)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(status_from_row).collect()
    }

    /// The snapshot that an instrument's current status comes from.
    ///
    /// # Errors
    /// Database errors, or a corrupt stored value.
    pub async fn treaty_snapshot(&self, instrument: Instrument) -> Result<Option<SnapshotInfo>> {
        let row: Option<(String, String, String)> = sqlx::query_as(
            "SELECT as_of, source, imported_at FROM treaty_snapshots WHERE instrument = ? \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(instrument.code())
        .fetch_optional(self.pool())
        .await?;
        row.map(|(as_of, source, imported_at)| {
            Ok(SnapshotInfo {
                instrument,
                as_of: parse_date("treaty_snapshots", "as_of", Some(as_of))?.ok_or(
                    StoreError::Corrupt {
                        table: "treaty_snapshots",
                        column: "as_of",
                        value: String::new(),
                    },
                )?,
                source,
                imported_at,
            })
        })
        .transpose()
    }

    /// Loads a status snapshot for `instrument` as at `as_of`, atomically,
    /// and returns what changed against the current status.
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
        let current = self.treaty_status(Some(instrument)).await?;
        let previous = self.treaty_snapshot(instrument).await?;
        if let Some(p) = &previous {
            if as_of < p.as_of {
                return Err(StoreError::Rejected(format!(
                    "the current {} data are as at {}; this snapshot is older ({}), so it \
                     cannot replace them",
                    instrument.info().short_name,
                    iso(p.as_of),
                    iso(as_of)
                )));
            }
        }
        let mut diff = diff_status(&current, rows);
        if !diff.removed.is_empty() && !options.allow_removals {
            let shown: Vec<&str> = diff.removed.iter().take(5).map(String::as_str).collect();
            return Err(StoreError::Rejected(format!(
                "this snapshot omits {} participant(s) that the current data list ({}{}); a UN \
                 status table never drops a participant, so the file is probably truncated or \
                 for another instrument (use --allow-removals if the omission is intended)",
                diff.removed.len(),
                shown.join(", "),
                if diff.removed.len() > shown.len() {
                    ", …"
                } else {
                    ""
                }
            )));
        }
        let newer = previous.as_ref().is_none_or(|p| as_of > p.as_of);
        if !options.dry_run && (!diff.is_empty() || newer) {
            let mut tx = self.pool().begin().await?;
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

/// Compares two status tables of the same instrument.
pub fn diff_status(before: &[ParticipantStatus], after: &[ParticipantStatus]) -> StatusDiff {
    let key = |r: &ParticipantStatus| r.iso3.clone().unwrap_or_else(|| r.participant.clone());
    let old: HashMap<String, &ParticipantStatus> = before.iter().map(|r| (key(r), r)).collect();
    let mut diff = StatusDiff::default();
    let mut seen = std::collections::HashSet::new();
    for r in after {
        let k = key(r);
        seen.insert(k.clone());
        match old.get(&k) {
            None => {
                if r.signature.is_some() {
                    diff.new_signatures.push(r.participant.clone());
                }
                if let Some(c) = r.consent {
                    diff.new_parties
                        .push((r.participant.clone(), c.kind, iso(c.date)));
                }
            }
            Some(o) => {
                if o.participant != r.participant {
                    diff.renamed
                        .push((o.participant.clone(), r.participant.clone()));
                }
                let mut changed = false;
                match (o.signature, r.signature) {
                    (None, Some(_)) => diff.new_signatures.push(r.participant.clone()),
                    (a, b) if a != b => changed = true,
                    _ => {}
                }
                match (o.consent, r.consent) {
                    (None, Some(c)) => {
                        diff.new_parties
                            .push((r.participant.clone(), c.kind, iso(c.date)))
                    }
                    (a, b) if a != b => changed = true,
                    _ => {}
                }
                if changed {
                    diff.changed.push(r.participant.clone());
                } else if o.signature == r.signature && o.consent == r.consent {
                    diff.unchanged += 1;
                }
            }
        }
    }
    for r in before {
        if !seen.contains(&key(r)) {
            diff.removed.push(r.participant.clone());
        }
    }
    diff
}
