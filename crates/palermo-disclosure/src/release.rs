//! Releases: the only form in which tables built from case records reach
//! the public.
//!
//! A release is a frozen, versioned set of one-way tables (the total, and
//! victims by year, sex, age group, form of exploitation, country of
//! exploitation and citizenship) computed from all pooled records at one
//! moment and protected by one [`Method`], with its noise drawn once. It is
//! stored as made and served unchanged; an import changes nothing public
//! until the data holder makes the next release. This is how statistical
//! offices publish (tables at chosen points, from a frozen snapshot, never
//! recomputed on request), and what makes both methods hold:
//!
//! * with **cell-key noise** the same records give the same release bit
//!   for bit, so repeating releases teaches nothing; two releases whose
//!   records differ by a few show those records' cells moving, so
//!   [`check_cell_key_increment`] refuses a release that differs from an
//!   earlier one by 1 to k − 1 records (0 is allowed: it is the same
//!   release again);
//! * with **differential privacy** every release draws new noise and costs
//!   ε; the ledger adds every release's ε per source and
//!   [`check_budget`] refuses one that would exceed the data holder's
//!   budget, so repeating releases (or differencing them) can learn about
//!   any one record no more than the budget allows.
//!
//! The number of records a release is made from is published only rounded
//! ([`published_count`]).

use palermo_model::case::CaseRecord;
use palermo_model::indicator::{CaseFilter, GroupBy, GroupKeys};
use serde::{Deserialize, Serialize};

use crate::cellkey::{perturbed_case_table_weighted, record_digest, MAX_NOISE};
use crate::dp::{
    categories, consistent_counts, noisy_tables_weighted, DpCategories, DpError, DpParameters,
    GROUPINGS,
};
use crate::{ProtectedCell, ProtectedTable, MIN_K};

/// How a release was protected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "name", rename_all = "kebab-case")]
pub enum Method {
    /// Small-cell suppression at `k` and cell-key noise of at most
    /// `max_noise` ([`crate::cellkey`]).
    CellKey {
        /// Small-cell threshold.
        k: u64,
        /// Largest |noise| of a published count.
        max_noise: u64,
    },
    /// Differential privacy ([`crate::dp`]): discrete Laplace noise from
    /// OpenDP; cells below `k` after post-processing are withheld (for
    /// readability: it is post-processing, not needed for the guarantee).
    DifferentialPrivacy {
        /// Threshold under which a noisy count is shown as "fewer than k".
        k: u64,
        /// The noise's parameters and privacy loss.
        #[serde(flatten)]
        parameters: DpParameters,
        /// The mechanism, named for readers.
        mechanism: String,
    },
}

impl Method {
    /// The method's short name: `cell-key` or `dp`.
    pub const fn slug(&self) -> &'static str {
        match self {
            Self::CellKey { .. } => "cell-key",
            Self::DifferentialPrivacy { .. } => "dp",
        }
    }

    /// ε and δ of a differentially private release.
    pub fn epsilon_delta(&self) -> Option<(f64, f64)> {
        match self {
            Self::CellKey { .. } => None,
            Self::DifferentialPrivacy { parameters, .. } => {
                Some((parameters.epsilon, parameters.delta))
            }
        }
    }

    /// One sentence for readers: what protects the figures.
    pub fn describe(&self) -> String {
        match self {
            Self::CellKey { k, max_noise } => format!(
                "cell-key noise: counts below {k} withheld (and enough others that none can be worked out from the total); every published count carries a fixed noise of at most ±{max_noise}, the same for the same records"
            ),
            Self::DifferentialPrivacy { k, parameters, .. } => format!(
                "differential privacy: ε = {}, δ = {} (discrete Laplace noise on every count, drawn once by OpenDP; counts made non-negative whole numbers whose tables add up to the same total); noisy counts below {k} shown as fewer than {k}",
                fmt_eps(parameters.epsilon),
                parameters.delta
            ),
        }
    }
}

/// ε as shown: up to four significant decimals, no trailing zeros.
pub fn fmt_eps(e: f64) -> String {
    let s = format!("{e:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

/// A published number of records: rounded to the nearest multiple of
/// [`COUNT_ROUNDING`] from the release's *protected* total (never from the
/// exact count), or withheld when that total is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedCount {
    /// The rounded number, or `None` when withheld.
    pub value: Option<u64>,
    /// As shown: "about 2000" or "fewer than 10".
    pub text: String,
    /// How it was rounded, for readers.
    pub rounding: String,
}

/// Record counts are published rounded to a multiple of this.
pub const COUNT_ROUNDING: u64 = 10;

/// The published form of a release's record count, from its protected
/// total (`None` when withheld) and threshold `k`.
pub fn published_count(protected_total: Option<u64>, k: u64) -> PublishedCount {
    let rounding = format!(
        "the release's protected total, rounded to the nearest {COUNT_ROUNDING}; never the exact count"
    );
    match protected_total {
        Some(t) if t >= k => {
            let r = (t + COUNT_ROUNDING / 2) / COUNT_ROUNDING * COUNT_ROUNDING;
            PublishedCount {
                value: Some(r),
                text: format!("about {r}"),
                rounding,
            }
        }
        _ => PublishedCount {
            value: None,
            text: format!("fewer than {k}"),
            rounding,
        },
    }
}

/// One one-way table of a release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OneWayTable {
    /// The grouping.
    pub by: GroupBy,
    /// The protected table.
    pub table: ProtectedTable<GroupKeys>,
}

/// The tables of a release, as stored and served.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReleaseTables {
    /// How the tables were protected.
    pub method: Method,
    /// The number of records, as published.
    pub records: PublishedCount,
    /// The total (one cell with no keys).
    pub total: ProtectedTable<GroupKeys>,
    /// The one-way tables, in the order of [`GROUPINGS`].
    pub tables: Vec<OneWayTable>,
}

impl ReleaseTables {
    /// The table grouped by `by` (`None`: the total).
    pub fn table(&self, by: Option<GroupBy>) -> Option<&ProtectedTable<GroupKeys>> {
        match by {
            None => Some(&self.total),
            Some(b) => self.tables.iter().find(|t| t.by == b).map(|t| &t.table),
        }
    }
}

/// What the data holder asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReleaseSpec {
    /// Cell-key noise with threshold k.
    CellKey {
        /// Small-cell threshold (raised to [`MIN_K`]).
        k: u64,
    },
    /// Differential privacy at ε (δ = 0).
    Dp {
        /// Threshold under which noisy counts are withheld.
        k: u64,
        /// Total privacy loss of the release.
        epsilon: Epsilon,
    },
}

impl ReleaseSpec {
    /// The threshold k (at least [`MIN_K`]).
    pub fn k(&self) -> u64 {
        match self {
            Self::CellKey { k } | Self::Dp { k, .. } => (*k).max(MIN_K),
        }
    }
}

/// A privacy-loss parameter ε (of a release, or a source's total budget):
/// a number from [`MIN_EPSILON`] to [`MAX_EPSILON`].
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Epsilon(f64);

/// The smallest ε accepted: below it every count of a release of a few
/// thousand records is noise (the discrete Laplace scale of one table would
/// exceed 600 at ε/6), and the value prints as 0.
pub const MIN_EPSILON: f64 = 0.01;

/// The largest ε accepted, for a release or a budget: about the total the
/// US Census Bureau spent on its 2020 redistricting data (ρ = 2.63 zCDP,
/// roughly ε = 18), the largest in use by a statistical office. Beyond it
/// the bound e^ε on what one record can change is astronomical and the
/// "DP" counts are the exact ones (QA published exact tables at ε = 50);
/// already above about 5 for one release the counts are nearly exact.
pub const MAX_EPSILON: f64 = 20.0;

impl Epsilon {
    /// `e` if it is a number from [`MIN_EPSILON`] to [`MAX_EPSILON`].
    ///
    /// # Errors
    /// [`ReleaseError::Epsilon`] otherwise (not a number, not finite, or
    /// out of that range).
    pub fn new(e: f64) -> Result<Self, ReleaseError> {
        if e.is_finite() && (MIN_EPSILON..=MAX_EPSILON).contains(&e) {
            Ok(Self(e))
        } else {
            Err(ReleaseError::Epsilon)
        }
    }

    /// The value.
    pub const fn get(self) -> f64 {
        self.0
    }
}

impl std::str::FromStr for Epsilon {
    type Err = ReleaseError;

    /// Parses a decimal number ("0.5", "1", "2e-1").
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim()
            .parse::<f64>()
            .map_err(|_| ReleaseError::Epsilon)
            .and_then(Self::new)
    }
}

/// Why a release is refused. Nothing is stored then.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReleaseError {
    /// No case records are stored.
    #[error("there are no case records to release; import some with `palermo cases import` first")]
    NoRecords,
    /// ε is not a number from [`MIN_EPSILON`] to [`MAX_EPSILON`].
    #[error("epsilon must be a number from 0.01 to 20 (such as 0.5, 1 or 2): below 0.01 every count is noise, above 20 it protects nothing")]
    Epsilon,
    /// A budget must be positive and finite.
    #[error("a privacy budget must be a positive finite number of epsilon")]
    Budget,
    /// A source has no budget: a differentially private release is refused.
    #[error("source {case_source:?} has no privacy budget; the data holder sets one with `palermo cases budget set --epsilon TOTAL`")]
    NoBudget {
        /// The source.
        case_source: String,
    },
    /// The release would exceed a source's budget.
    #[error("a release at epsilon = {} would exceed the privacy budget of source {case_source:?}: budget {}, spent {}, remaining {}", fmt_eps(*asked), fmt_eps(*budget), fmt_eps(*spent), fmt_eps(*remaining))]
    BudgetExceeded {
        /// The source.
        case_source: String,
        /// ε asked for.
        asked: f64,
        /// The source's budget.
        budget: f64,
        /// ε already spent by the source's releases.
        spent: f64,
        /// Budget less spent.
        remaining: f64,
    },
    /// A source under a budget is released with differential privacy only.
    #[error("source {case_source:?} has a privacy budget: its records are released only with `--method dp --epsilon E` (a cell-key release has no ε and would void the budget's guarantee)")]
    CellKeyUnderBudget {
        /// The source.
        case_source: String,
    },
    /// Too few records differ from an earlier release.
    #[error("only {changed} record(s) differ from release {release}: a cell-key release must differ from every earlier release by none or at least k = {k} records, since comparing the two releases would single out the records that changed; wait for more records, or release with `--method dp --epsilon E`")]
    TooFewChanges {
        /// The earlier release.
        release: i64,
        /// Records added, removed or changed since it.
        changed: u64,
        /// The threshold.
        k: u64,
    },
    /// The differentially private tables could not be made.
    #[error("{0}")]
    Dp(#[from] DpError),
}

/// The sorted multiset of the records' digests ([`record_digest`]): what a
/// release keeps (in the data holder's database, never published) to count
/// how many records later releases differ by.
pub fn record_digests(secret: &[u8], records: &[CaseRecord]) -> Vec<u64> {
    let mut d: Vec<u64> = records.iter().map(|r| record_digest(secret, r)).collect();
    d.sort_unstable();
    d
}

/// [`record_digests`] of records that each stand for `weight` records with
/// the same published fields: each digest `weight` times (a digest depends
/// on the published fields only), so the same multiset as of the records
/// themselves.
pub fn record_digests_weighted(secret: &[u8], records: &[(&CaseRecord, u64)]) -> Vec<u64> {
    let mut d: Vec<u64> = Vec::new();
    for (r, weight) in records {
        let w = usize::try_from(*weight).unwrap_or(usize::MAX);
        d.extend(std::iter::repeat_n(record_digest(secret, r), w));
    }
    d.sort_unstable();
    d
}

/// How many records two sorted multisets of digests differ by, as the
/// public tables see them: the larger of the records added and the records
/// removed (a record whose published fields changed counts once, as a
/// removal and an addition; an edit of unpublished fields does not count,
/// [`crate::cellkey::record_digest`]).
pub fn changed_records(a: &[u64], b: &[u64]) -> u64 {
    let (mut i, mut j, mut only_a, mut only_b) = (0, 0, 0u64, 0u64);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                only_a += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                only_b += 1;
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    only_a += (a.len() - i) as u64;
    only_b += (b.len() - j) as u64;
    only_a.max(only_b)
}

/// The differencing rule of cell-key releases: against every earlier
/// release (withdrawn ones too: they were public), the records must differ
/// by none or by at least `k`.
///
/// # Errors
/// [`ReleaseError::TooFewChanges`] naming the first release too close.
pub fn check_cell_key_increment<'a>(
    now: &[u64],
    earlier: impl IntoIterator<Item = (i64, &'a [u64])>,
    k: u64,
) -> Result<(), ReleaseError> {
    for (release, digests) in earlier {
        let changed = changed_records(now, digests);
        if changed > 0 && changed < k {
            return Err(ReleaseError::TooFewChanges {
                release,
                changed,
                k,
            });
        }
    }
    Ok(())
}

/// A source's line of the privacy-budget ledger.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetLine {
    /// The source.
    pub source: String,
    /// The data holder's budget (total ε), if set.
    pub budget: Option<f64>,
    /// ε spent by the source's releases so far (withdrawn ones included:
    /// what was published cannot be taken back).
    pub spent: f64,
}

impl BudgetLine {
    /// Budget less spent (`None` without a budget).
    pub fn remaining(&self) -> Option<f64> {
        self.budget.map(|b| (b - self.spent).max(0.0))
    }
}

/// Whether a release of `spec` may be made from records of the sources in
/// `lines`: a DP release needs every source's budget to cover ε (basic
/// composition: a source's spent ε is the sum of its releases'); a
/// cell-key release is refused for a source under a budget.
///
/// # Errors
/// [`ReleaseError::NoBudget`], [`ReleaseError::BudgetExceeded`] (with the
/// remaining budget), [`ReleaseError::CellKeyUnderBudget`].
pub fn check_budget(spec: &ReleaseSpec, lines: &[BudgetLine]) -> Result<(), ReleaseError> {
    for l in lines {
        match (spec, l.budget) {
            (ReleaseSpec::CellKey { .. }, Some(_)) => {
                return Err(ReleaseError::CellKeyUnderBudget {
                    case_source: l.source.clone(),
                })
            }
            (ReleaseSpec::CellKey { .. }, None) => {}
            (ReleaseSpec::Dp { .. }, None) => {
                return Err(ReleaseError::NoBudget {
                    case_source: l.source.clone(),
                })
            }
            (ReleaseSpec::Dp { epsilon, .. }, Some(budget)) => {
                // A relative tolerance of 1e-9 for sums of decimal ε.
                if l.spent + epsilon.get() > budget * (1.0 + 1e-9) {
                    return Err(ReleaseError::BudgetExceeded {
                        case_source: l.source.clone(),
                        asked: epsilon.get(),
                        budget,
                        spent: l.spent,
                        remaining: (budget - l.spent).max(0.0),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Makes the tables of a release of `records` as `spec` asks: cell-key
/// tables under `secret`, or differentially private tables over the
/// public categories `cats` (OpenDP draws the noise now, once).
///
/// # Errors
/// [`ReleaseError::NoRecords`] for no records; the DP errors.
pub fn make_release(
    spec: &ReleaseSpec,
    records: &[CaseRecord],
    secret: &[u8],
    cats: &DpCategories,
) -> Result<ReleaseTables, ReleaseError> {
    let weighted: Vec<(&CaseRecord, u64)> = records.iter().map(|r| (r, 1)).collect();
    make_release_weighted(spec, &weighted, secret, cats)
}

/// [`make_release`] of records that each stand for `weight` records with
/// the same published fields (what the store's `GROUP BY` over those
/// fields gives, so that a release of millions of records never holds them
/// in memory): the same tables as of the records themselves, bit for bit
/// with cell-key noise (a record's key depends on its published fields
/// only), and the same noisy counts' distribution with differential
/// privacy (OpenDP is given the same categories, [`noisy_tables_weighted`]).
///
/// # Errors
/// As [`make_release`].
pub fn make_release_weighted(
    spec: &ReleaseSpec,
    records: &[(&CaseRecord, u64)],
    secret: &[u8],
    cats: &DpCategories,
) -> Result<ReleaseTables, ReleaseError> {
    if records.iter().all(|(_, w)| *w == 0) {
        return Err(ReleaseError::NoRecords);
    }
    let k = spec.k();
    match spec {
        ReleaseSpec::CellKey { .. } => {
            let f = CaseFilter::default();
            let all = records.iter().copied();
            let total = perturbed_case_table_weighted(all.clone(), &f, &[], k, secret, &[]);
            let tables = GROUPINGS
                .iter()
                .map(|by| OneWayTable {
                    by: *by,
                    table: perturbed_case_table_weighted(
                        all.clone(),
                        &f,
                        &[*by],
                        k,
                        secret,
                        &categories(*by, cats)
                            .into_iter()
                            .map(|(_, keys)| keys)
                            .collect::<Vec<_>>(),
                    ),
                })
                .collect();
            Ok(ReleaseTables {
                method: Method::CellKey {
                    k,
                    max_noise: MAX_NOISE,
                },
                records: published_count(total.total, k),
                total,
                tables,
            })
        }
        ReleaseSpec::Dp { epsilon, .. } => {
            let (noisy, parameters) = noisy_tables_weighted(records, epsilon.get(), cats)?;
            let (total, counts) = consistent_counts(&noisy);
            let shown_total = (total >= k).then_some(total);
            let table = |keys: Vec<GroupKeys>, values: Vec<u64>| {
                let cells: Vec<ProtectedCell<GroupKeys>> = keys
                    .into_iter()
                    .zip(values)
                    .map(|(keys, v)| ProtectedCell {
                        keys,
                        value: (v >= k).then_some(v),
                        suppressed: v < k,
                    })
                    .collect();
                let primary = cells.iter().filter(|c| c.suppressed).count();
                ProtectedTable {
                    k,
                    cells,
                    total: shown_total,
                    primary_suppressed: primary,
                    secondary_suppressed: 0,
                    max_noise: 0,
                }
            };
            let tables = noisy
                .into_iter()
                .zip(counts)
                .map(|(t, c)| OneWayTable {
                    by: t.by,
                    table: table(t.keys, c),
                })
                .collect();
            Ok(ReleaseTables {
                method: Method::DifferentialPrivacy {
                    k,
                    parameters,
                    mechanism: "discrete Laplace (OpenDP 0.16: make_count_by_categories, make_laplace), pure ε-DP, basic composition over six tables".into(),
                },
                records: published_count(shown_total, k),
                total: table(vec![GroupKeys::default()], vec![total]),
                tables,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_differ_by_the_larger_of_added_and_removed() {
        assert_eq!(changed_records(&[1, 2, 2, 5], &[1, 2, 2, 5]), 0);
        assert_eq!(changed_records(&[1, 2, 2, 5], &[1, 2, 5]), 1);
        // One record changed (2 → 3): it counts once.
        assert_eq!(changed_records(&[1, 2, 5], &[1, 3, 5]), 1);
        assert_eq!(changed_records(&[1, 2, 5, 7], &[1, 3, 5, 8, 9]), 3);
        assert_eq!(changed_records(&[], &[4, 4]), 2);
    }

    #[test]
    fn increments_below_k_are_refused() {
        let a: Vec<u64> = (0..100).collect();
        let b: Vec<u64> = (0..101).collect();
        let c: Vec<u64> = (0..110).collect();
        let earlier = [(1, a.as_slice())];
        assert_eq!(
            check_cell_key_increment(&b, earlier, 10),
            Err(ReleaseError::TooFewChanges {
                release: 1,
                changed: 1,
                k: 10
            })
        );
        assert!(check_cell_key_increment(&a, earlier, 10).is_ok());
        assert!(check_cell_key_increment(&c, earlier, 10).is_ok());
        // Against every earlier release, not only the last.
        let earlier = [(1, a.as_slice()), (2, c.as_slice())];
        assert!(check_cell_key_increment(&b, earlier, 10).is_err());
    }

    #[test]
    fn budget_rules() {
        let e = |x| ReleaseSpec::Dp {
            k: 10,
            epsilon: Epsilon::new(x).unwrap(),
        };
        let line = |budget, spent| BudgetLine {
            source: "police".into(),
            budget,
            spent,
        };
        assert!(check_budget(&e(1.0), &[line(Some(3.0), 2.0)]).is_ok());
        // 0.1 + 0.2 + 0.7 = 1 in decimals, 1.0000000000000002 in floats.
        assert!(check_budget(&e(0.7), &[line(Some(1.0), 0.1 + 0.2)]).is_ok());
        let err = check_budget(&e(1.5), &[line(Some(3.0), 2.0)]).unwrap_err();
        assert!(err.to_string().contains("remaining 1"), "{err}");
        assert!(matches!(
            check_budget(&e(1.0), &[line(None, 0.0)]),
            Err(ReleaseError::NoBudget { .. })
        ));
        assert!(matches!(
            check_budget(&ReleaseSpec::CellKey { k: 10 }, &[line(Some(1.0), 0.0)]),
            Err(ReleaseError::CellKeyUnderBudget { .. })
        ));
        for bad in [
            "0", "-1", "nan", "inf", "", "one", "1e-300", "0.009", "20.5", "50", "1e300",
        ] {
            assert_eq!(bad.parse::<Epsilon>(), Err(ReleaseError::Epsilon), "{bad}");
        }
        for good in ["0.01", "0.5", "1", "2", "20"] {
            assert!(good.parse::<Epsilon>().is_ok(), "{good}");
        }
    }

    #[test]
    fn counts_are_published_rounded() {
        assert_eq!(published_count(Some(2007), 10).value, Some(2010));
        assert_eq!(published_count(Some(2004), 10).value, Some(2000));
        assert_eq!(published_count(Some(2005), 10).text, "about 2010");
        assert_eq!(published_count(None, 10).text, "fewer than 10");
        assert_eq!(published_count(Some(9), 10).value, None);
    }
}
