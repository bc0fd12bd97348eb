//! Releases of case-record tables and the privacy-budget ledger (issue #9).
//!
//! A release is made in one transaction that reads the records (counted
//! by the database per combination of their published fields,
//! `cases::published_groups`, never loaded one by one), the budgets and
//! the earlier releases, applies `palermo-disclosure`'s rules
//! ([`check_budget`], [`check_cell_key_increment`]), makes the tables
//! ([`make_release`]: cell-key noise, or OpenDP's draw), and stores them
//! frozen with the ledger's lines. A refused release stores nothing.

use palermo_disclosure::dp::DpCategories;
use palermo_disclosure::release::{
    check_budget, check_cell_key_increment, make_release_weighted, record_digests_weighted,
    BudgetLine, ReleaseError, ReleaseSpec, ReleaseTables,
};
use palermo_model::case::CaseRecord;

use crate::accounts::{append, AuditContext};
use crate::cases::published_groups;
use crate::db::{now_utc, query, Conn, Row, Tx};
use crate::{Result, Store, StoreError};

/// A release's facts (without its tables).
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseInfo {
    /// Release number (1, 2, …).
    pub id: i64,
    /// When it was made (UTC, ISO 8601).
    pub created_at: String,
    /// The data holder's note.
    pub note: Option<String>,
    /// `cell-key` or `dp`.
    pub method: String,
    /// Small-cell threshold.
    pub k: u64,
    /// ε and δ of a differentially private release.
    pub epsilon: Option<f64>,
    /// δ of a differentially private release.
    pub delta: Option<f64>,
    /// The published (rounded) record count; `None` when withheld.
    pub records_published: Option<u64>,
    /// When it was withdrawn, if it was.
    pub withdrawn_at: Option<String>,
}

/// A stored release with its frozen tables.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRelease {
    /// Its facts.
    pub info: ReleaseInfo,
    /// Its tables, as made.
    pub tables: ReleaseTables,
}

const INFO_COLUMNS: &str =
    "id, created_at, note, method, k, epsilon, delta, records_published, withdrawn_at";

fn info_from_row(r: &Row) -> Result<ReleaseInfo> {
    let published: Option<i64> = r.get("records_published")?;
    Ok(ReleaseInfo {
        id: r.get("id")?,
        created_at: r.get("created_at")?,
        note: r.get("note")?,
        method: r.get("method")?,
        k: r.get_u64("k")?,
        epsilon: r.get("epsilon")?,
        delta: r.get("delta")?,
        records_published: published
            .map(|v| u64::try_from(v).map_err(|_| r.corrupt("records_published")))
            .transpose()?,
        withdrawn_at: r.get("withdrawn_at")?,
    })
}

fn digests_to_blob(d: &[u64]) -> Vec<u8> {
    d.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn digests_from_blob(b: &[u8]) -> Vec<u64> {
    b.chunks_exact(8)
        .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
        .collect()
}

/// Release `id`'s facts, if it exists.
async fn info_by_id(tx: &mut Tx, id: i64) -> Result<Option<ReleaseInfo>> {
    let row = tx
        .fetch_optional(
            query(
                "case_releases",
                format!("SELECT {INFO_COLUMNS} FROM case_releases WHERE id = $1"),
            )
            .bind(id),
        )
        .await?;
    row.map(|r| info_from_row(&r)).transpose()
}

fn rejected(e: ReleaseError) -> StoreError {
    StoreError::Rejected(e.to_string())
}

/// The ledger's lines of `sources` (budget and ε spent), on `conn` (a
/// transaction's or the pool's).
async fn budget_lines(conn: &mut Conn<'_>, only_records: bool) -> Result<Vec<BudgetLine>> {
    // The sources that have records (a release's sources), or every source
    // stored or under a budget.
    let sql = if only_records {
        "SELECT s.source AS source, b.epsilon AS budget, \
                COALESCE((SELECT SUM(l.epsilon) FROM privacy_ledger l WHERE l.source = s.source), 0.0) AS spent \
         FROM (SELECT DISTINCT source FROM case_records) s \
         LEFT JOIN privacy_budgets b ON b.source = s.source ORDER BY s.source"
    } else {
        "SELECT s.source AS source, b.epsilon AS budget, \
                COALESCE((SELECT SUM(l.epsilon) FROM privacy_ledger l WHERE l.source = s.source), 0.0) AS spent \
         FROM (SELECT source FROM case_sources UNION SELECT source FROM privacy_budgets) s \
         LEFT JOIN privacy_budgets b ON b.source = s.source ORDER BY s.source"
    };
    let rows = conn.fetch_all(query("privacy_ledger", sql)).await?;
    rows.iter()
        .map(|r| {
            Ok(BudgetLine {
                source: r.get("source")?,
                budget: r.get("budget")?,
                spent: r.get("spent")?,
            })
        })
        .collect()
}

impl Store {
    /// Makes and stores a release of all pooled case records as `spec`
    /// asks, with the data holder's `note`; `cats` are the public
    /// categories of a differentially private release. One transaction:
    /// the rules are checked on the data the tables are made from, and the
    /// audit entry (`release.create`, by `ctx`) is written in it.
    ///
    /// # Errors
    /// [`StoreError::Rejected`] with the rule's reason (no records, no or
    /// exceeded budget with the remaining ε, a cell-key release too close
    /// to an earlier one, a cell-key release of a source under a budget);
    /// database errors. Nothing is stored then.
    pub async fn create_case_release(
        &self,
        spec: &ReleaseSpec,
        note: Option<&str>,
        cats: &DpCategories,
        ctx: &AuditContext,
    ) -> Result<ReleaseInfo> {
        let mut tx = self.pool().begin_write().await?;
        let lines = budget_lines(&mut tx.conn(), true).await?;
        check_budget(spec, &lines).map_err(rejected)?;
        let secret: Vec<u8> = tx
            .fetch_one(query(
                "disclosure_secret",
                "SELECT secret FROM disclosure_secret WHERE id = 1",
            ))
            .await?
            .get("secret")?;
        // Aggregated by the database: one entry per combination of the
        // published fields, never one per record.
        let groups = published_groups(&mut tx.conn()).await?;
        let records: Vec<(&CaseRecord, u64)> = groups.iter().map(|(r, n)| (r, *n)).collect();
        if records.is_empty() {
            return Err(rejected(ReleaseError::NoRecords));
        }
        let digests = record_digests_weighted(&secret, &records);
        if let ReleaseSpec::CellKey { .. } = spec {
            let earlier = tx
                .fetch_all(query(
                    "case_releases",
                    "SELECT id, digests FROM case_releases ORDER BY id",
                ))
                .await?;
            let earlier: Vec<(i64, Vec<u64>)> = earlier
                .iter()
                .map(|r| {
                    Ok((
                        r.get::<i64>("id")?,
                        digests_from_blob(&r.get::<Vec<u8>>("digests")?),
                    ))
                })
                .collect::<Result<_>>()?;
            check_cell_key_increment(
                &digests,
                earlier.iter().map(|(id, d)| (*id, d.as_slice())),
                spec.k(),
            )
            .map_err(rejected)?;
        }
        let tables = make_release_weighted(spec, &records, &secret, cats).map_err(rejected)?;
        drop(records);
        drop(groups);
        let json = serde_json::to_string(&tables)
            .map_err(|e| StoreError::Rejected(format!("release tables: {e}")))?;
        let (eps, delta) = tables.method.epsilon_delta().unzip();
        let id: i64 = tx
            .fetch_one(
                query(
                    "case_releases",
                    "INSERT INTO case_releases (note, method, k, epsilon, delta, records_published, tables, digests, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(note)
                .bind(tables.method.slug())
                .bind(spec.k() as i64)
                .bind(eps)
                .bind(delta)
                .bind(tables.records.value.map(|v| v as i64))
                .bind(json)
                .bind(digests_to_blob(&digests))
                .bind(now_utc()),
            )
            .await?
            .get("id")?;
        if let (Some(e), Some(d)) = (eps, delta) {
            // The ledger charges what was asked for (OpenDP's accounting,
            // `opendp_epsilon`, is at most that).
            let asked = e;
            for l in &lines {
                tx.execute(
                    query(
                        "privacy_ledger",
                        "INSERT INTO privacy_ledger (release_id, source, epsilon, delta) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(id)
                    .bind(&l.source)
                    .bind(asked)
                    .bind(d),
                )
                .await?;
            }
        }
        let info = info_by_id(&mut tx, id)
            .await?
            .ok_or_else(|| StoreError::Rejected(format!("release {id} was not stored")))?;
        append(
            &mut tx,
            ctx.event("release.create", &format!("release:{id}")),
        )
        .await?;
        tx.commit().await?;
        Ok(info)
    }

    /// Every release, newest first (withdrawn ones included, marked).
    ///
    /// # Errors
    /// Database errors.
    pub async fn case_releases(&self) -> Result<Vec<ReleaseInfo>> {
        let rows = self
            .pool()
            .fetch_all(query(
                "case_releases",
                format!("SELECT {INFO_COLUMNS} FROM case_releases ORDER BY id DESC"),
            ))
            .await?;
        rows.iter().map(info_from_row).collect()
    }

    /// Release `id` with its tables (withdrawn or not), if it exists.
    ///
    /// # Errors
    /// Database errors; tables that do not parse.
    pub async fn case_release(&self, id: i64) -> Result<Option<StoredRelease>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "case_releases",
                    format!("SELECT {INFO_COLUMNS}, tables FROM case_releases WHERE id = $1"),
                )
                .bind(id),
            )
            .await?;
        row.map(|r| stored_from_row(&r)).transpose()
    }

    /// The latest release not withdrawn, with its tables.
    ///
    /// # Errors
    /// Database errors; tables that do not parse.
    pub async fn latest_case_release(&self) -> Result<Option<StoredRelease>> {
        let row = self
            .pool()
            .fetch_optional(query(
                "case_releases",
                format!(
                    "SELECT {INFO_COLUMNS}, tables FROM case_releases WHERE withdrawn_at IS NULL ORDER BY id DESC LIMIT 1"
                ),
            ))
            .await?;
        row.map(|r| stored_from_row(&r)).transpose()
    }

    /// Withdraws release `id`: it is no longer served. Its ε stays spent.
    /// Records `release.withdraw` (by `ctx`) in the same transaction.
    ///
    /// # Errors
    /// [`StoreError::Rejected`] for an unknown or already withdrawn
    /// release (nothing changes); database errors.
    pub async fn withdraw_case_release(&self, id: i64, ctx: &AuditContext) -> Result<ReleaseInfo> {
        let mut tx = self.pool().begin_write().await?;
        let Some(info) = info_by_id(&mut tx, id).await? else {
            return Err(StoreError::Rejected(format!(
                "there is no release {id}; `palermo cases release list` shows them"
            )));
        };
        if let Some(at) = &info.withdrawn_at {
            return Err(StoreError::Rejected(format!(
                "release {id} was already withdrawn on {at}"
            )));
        }
        tx.execute(
            query(
                "case_releases",
                "UPDATE case_releases SET withdrawn_at = $1 WHERE id = $2",
            )
            .bind(now_utc())
            .bind(id),
        )
        .await?;
        let info = info_by_id(&mut tx, id)
            .await?
            .ok_or_else(|| StoreError::Rejected(format!("there is no release {id}")))?;
        append(
            &mut tx,
            ctx.event("release.withdraw", &format!("release:{id}")),
        )
        .await?;
        tx.commit().await?;
        Ok(info)
    }

    /// Sets the privacy budget (total ε) of `source`, or of every stored
    /// source when `None`.
    ///
    /// # Errors
    /// [`StoreError::Rejected`] for an ε that is not positive and finite,
    /// an unknown source, or no source at all (nothing changes).
    pub async fn set_privacy_budget(&self, source: Option<&str>, epsilon: f64) -> Result<()> {
        if !(epsilon.is_finite() && epsilon > 0.0) {
            return Err(rejected(ReleaseError::Budget));
        }
        let mut tx = self.pool().begin_write().await?;
        let rows = match source {
            Some(s) => {
                tx.fetch_all(
                    query(
                        "case_sources",
                        "SELECT source FROM case_sources WHERE source = $1",
                    )
                    .bind(s),
                )
                .await?
            }
            None => {
                tx.fetch_all(query(
                    "case_sources",
                    "SELECT source FROM case_sources ORDER BY source",
                ))
                .await?
            }
        };
        let sources = rows
            .iter()
            .map(|r| r.get("source"))
            .collect::<Result<Vec<String>>>()?;
        if sources.is_empty() {
            return Err(StoreError::Rejected(match source {
                Some(_) => "there is no case-record source of that name; `palermo cases sources` lists them".into(),
                None => "there are no case-record sources yet; import one with `palermo cases import` first".into(),
            }));
        }
        for s in &sources {
            tx.execute(
                query(
                    "privacy_budgets",
                    "INSERT INTO privacy_budgets (source, epsilon, set_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (source) DO UPDATE SET epsilon = excluded.epsilon, \
                     set_at = excluded.set_at",
                )
                .bind(s)
                .bind(epsilon)
                .bind(now_utc()),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The ledger: each source's budget and ε spent.
    ///
    /// # Errors
    /// Database errors.
    pub async fn privacy_budgets(&self) -> Result<Vec<BudgetLine>> {
        budget_lines(&mut self.pool().acquire().await?.conn(), false).await
    }
}

fn stored_from_row(r: &Row) -> Result<StoredRelease> {
    let info = info_from_row(r)?;
    let json: String = r.get("tables")?;
    let tables = serde_json::from_str(&json).map_err(|_| r.corrupt("tables"))?;
    Ok(StoredRelease { info, tables })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use palermo_disclosure::dp::DpCategories;
    use palermo_disclosure::release::{make_release, record_digests, ReleaseSpec};
    use palermo_import::ctdc::{CaseOptions, CtdcReader};

    use super::digests_from_blob;
    use crate::accounts::AuditContext;
    use crate::db::query;
    use crate::stats::NullSink;
    use crate::testing::stores;

    const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

    /// A release made from the database's aggregates is the release the
    /// records themselves give (every record loaded, `make_release`, the
    /// path before the aggregation): the same tables bit for bit, the same
    /// record digests, on each backend. Two sources, one of them imported
    /// from the first 500 rows, so that identical records are many.
    #[test]
    fn a_release_from_the_aggregates_is_the_release_of_the_records() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            for t in stores().await {
                let store = &t.store;
                let idx = store.country_index().await.unwrap();
                let head: String = SAMPLE.lines().take(501).map(|l| format!("{l}\n")).collect();
                for (source, text) in [("shelter", SAMPLE), ("police", head.as_str())] {
                    let rows =
                        CtdcReader::new("s.csv", text.as_bytes(), &idx, CaseOptions::new(source))
                            .unwrap();
                    store
                        .import_cases(
                            source,
                            "s.csv",
                            "ctdc",
                            rows,
                            false,
                            &mut NullSink::default(),
                            &crate::cases::ImportBy::cli(&AuditContext::cli(0)),
                        )
                        .await
                        .unwrap();
                }
                let records = store.case_records(None).await.unwrap();
                assert_eq!(records.len(), 2500, "{}", t.backend);
                let cats = DpCategories {
                    years: 2000..=2024,
                    countries: vec!["MDA".into(), "UKR".into(), "USA".into()],
                };
                let spec = ReleaseSpec::CellKey { k: 10 };
                let info = store
                    .create_case_release(&spec, None, &cats, &AuditContext::cli(0))
                    .await
                    .unwrap();
                let stored = store.case_release(info.id).await.unwrap().unwrap();
                let mut c = store.pool().acquire().await.unwrap();
                let row = c
                    .conn()
                    .fetch_one(query(
                        "disclosure_secret",
                        "SELECT secret FROM disclosure_secret WHERE id = 1",
                    ))
                    .await
                    .unwrap();
                let secret: Vec<u8> = row.get("secret").unwrap();
                let row = c
                    .conn()
                    .fetch_one(
                        query(
                            "case_releases",
                            "SELECT digests FROM case_releases WHERE id = $1",
                        )
                        .bind(info.id),
                    )
                    .await
                    .unwrap();
                let digests = digests_from_blob(&row.get::<Vec<u8>>("digests").unwrap());
                let want = make_release(&spec, &records, &secret, &cats).unwrap();
                assert_eq!(stored.tables, want, "{}", t.backend);
                assert_eq!(digests, record_digests(&secret, &records), "{}", t.backend);
                // Not vacuous: published cells, some withheld, noise.
                let year = want
                    .table(Some(palermo_model::indicator::GroupBy::Year))
                    .unwrap();
                assert!(year.cells.iter().any(|c| c.value.is_some()));
                assert!(year.cells.iter().any(|c| c.suppressed));
            }
        });
    }
}
