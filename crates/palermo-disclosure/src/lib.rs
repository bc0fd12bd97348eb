//! Statistical disclosure control: what may be published from case records.
//!
//! Every public output built from case records (web page, API, CSV export)
//! goes through [`protect`] or [`public_case_table`] first. The rules:
//!
//! * **Primary suppression**: a cell counting fewer than *k* victims
//!   (default [`DEFAULT_K`] = 10) is not published; its value is withheld
//!   (`null`) and it is marked `suppressed`. *k* is never below
//!   [`MIN_K`]: a cell of one is a single person.
//! * **Secondary suppression**: when the table's total is published, a lone
//!   suppressed cell could be recovered by subtraction, and so could a small
//!   group of them. More cells (the smallest published ones) are withheld
//!   until at least two are and the withheld cells add up to at least *k*;
//!   if that cannot be done, the total is withheld too.
//! * A total below *k* is withheld.
//! * **Public queries** ([`public`]): what the public may ask of case
//!   records is a [`public::PublicCaseQuery`], one table of one stored
//!   release; it cannot hold a threshold, a filter or a second grouping.
//! * **Releases** ([`release`]): the public never sees tables computed on
//!   request. The data holder makes a *release*, a frozen set of one-way
//!   tables (total, year, sex, age, form, country, citizenship) computed
//!   from the records at one moment and protected by one method, drawn once
//!   and stored; the web and API serve stored releases only.
//! * **Cell-key noise** ([`cellkey`], the default method): each published
//!   count gets a small noise, −2 to +2, that is a fixed function of the
//!   records in the cell (their content) and the database's secret. The
//!   same records give the same table bit for bit, whatever the import
//!   count or the release number, so nothing can be averaged away.
//! * **Differential privacy** ([`dp`], `--method dp --epsilon E`): discrete
//!   Laplace noise on every count from OpenDP, post-processed to
//!   non-negative integers with consistent margins; every release's ε is
//!   written to a privacy-budget ledger per source and a release beyond
//!   the data holder's budget is refused ([`release::check_budget`]).
//!
//! The national statistics (GLOTIP) keep UNODC's own `"<5"` suppression and
//! do not pass through here.
//!
//! The crate is pure: no I/O, no global state; cell-key tables are
//! deterministic (the secret is the caller's). Differentially private
//! releases draw their noise from OpenDP's sampler once, when the release
//! is made; the stored release is then frozen.

pub mod cellkey;
pub mod dp;
pub mod public;
pub mod release;

pub use cellkey::{noise, perturbed_case_table, record_digest, record_key, MAX_NOISE};

use palermo_model::case::CaseRecord;
use palermo_model::indicator::{case_counts, CaseFilter, GroupBy, GroupKeys};
use serde::{Deserialize, Serialize};

/// The default small-cell threshold *k*.
pub const DEFAULT_K: u64 = 10;

/// The smallest threshold accepted; lower values are raised to it.
pub const MIN_K: u64 = 3;

/// A published cell: its keys and its count, or `None` when withheld.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectedCell<K> {
    /// The cell's grouping keys.
    #[serde(flatten)]
    pub keys: K,
    /// The count (victims), or `None` when suppressed.
    pub value: Option<u64>,
    /// Whether the value is withheld.
    pub suppressed: bool,
}

/// A table that may be published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectedTable<K> {
    /// The threshold applied.
    pub k: u64,
    /// The cells, in the order given.
    pub cells: Vec<ProtectedCell<K>>,
    /// The table's total (victims), or `None` when withheld or not given.
    pub total: Option<u64>,
    /// Cells withheld because they are below *k*.
    pub primary_suppressed: usize,
    /// Cells withheld so that the others cannot be recovered by subtraction.
    pub secondary_suppressed: usize,
    /// The largest noise added to a published value (0: exact counts; 2:
    /// cell-key perturbation, [`perturbed_case_table`]; for differential
    /// privacy the noise is unbounded, and this is 0: see the release's
    /// method).
    pub max_noise: u64,
}

/// Applies small-cell suppression with threshold `k` (raised to [`MIN_K`]
/// if lower) to `cells`, whose total (if it is to be published) is `total`.
///
/// For a multi-response table (cells may overlap, e.g. forms of
/// exploitation) pass the number of victims as `total` all the same: the
/// secondary suppression then only withholds more than strictly needed.
pub fn protect<K>(cells: Vec<(K, u64)>, total: Option<u64>, k: u64) -> ProtectedTable<K> {
    let k = k.max(MIN_K);
    let mut hidden: Vec<bool> = cells.iter().map(|(_, v)| *v < k).collect();
    let primary = hidden.iter().filter(|h| **h).count();
    let mut total = total.filter(|t| *t >= k);
    let mut secondary = 0;
    if total.is_some() {
        loop {
            let n_hidden = hidden.iter().filter(|h| **h).count();
            if n_hidden == 0 {
                break;
            }
            let sum_hidden: u64 = cells
                .iter()
                .zip(&hidden)
                .filter(|(_, h)| **h)
                .map(|((_, v), _)| *v)
                .sum();
            if n_hidden >= 2 && sum_hidden >= k {
                break;
            }
            // Withhold the smallest published cell.
            let next = cells
                .iter()
                .enumerate()
                .filter(|(i, _)| !hidden[*i])
                .min_by_key(|(i, (_, v))| (*v, *i))
                .map(|(i, _)| i);
            match next {
                Some(i) => {
                    hidden[i] = true;
                    secondary += 1;
                }
                None => {
                    total = None;
                    break;
                }
            }
        }
    }
    let cells = cells
        .into_iter()
        .zip(hidden)
        .map(|((keys, v), h)| ProtectedCell {
            keys,
            value: if h { None } else { Some(v) },
            suppressed: h,
        })
        .collect();
    ProtectedTable {
        k,
        cells,
        total,
        primary_suppressed: primary,
        secondary_suppressed: secondary,
        max_noise: 0,
    }
}

/// The only way case-record counts reach a public output: counts `records`
/// matching `filter`, grouped by `by`, and protects them with threshold `k`.
/// The total is the number of matching victims.
pub fn public_case_table<'a, I>(
    records: I,
    filter: &CaseFilter,
    by: &[GroupBy],
    k: u64,
) -> ProtectedTable<GroupKeys>
where
    I: IntoIterator<Item = &'a CaseRecord> + Clone,
{
    let total: u64 = case_counts(records.clone(), filter, &[])
        .iter()
        .map(|c| c.count)
        .sum();
    let cells = case_counts(records, filter, by)
        .into_iter()
        .map(|c| (c.keys, c.count))
        .collect();
    protect(cells, Some(total), k)
}

/// Protects precomputed counts (for callers that count in the store) in the
/// same way as [`public_case_table`].
pub fn protect_counts(
    counts: Vec<palermo_model::indicator::CaseCount>,
    total: u64,
    k: u64,
) -> ProtectedTable<GroupKeys> {
    protect(
        counts.into_iter().map(|c| (c.keys, c.count)).collect(),
        Some(total),
        k,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primary_and_secondary() {
        let t = protect(
            vec![("a", 50), ("b", 3), ("c", 20), ("d", 12)],
            Some(85),
            10,
        );
        let vals: Vec<Option<u64>> = t.cells.iter().map(|c| c.value).collect();
        // b is small; d (the smallest other) is withheld too: 3 + 12 >= 10.
        assert_eq!(vals, vec![Some(50), None, Some(20), None]);
        assert_eq!((t.primary_suppressed, t.secondary_suppressed), (1, 1));
        assert_eq!(t.total, Some(85));
    }

    #[test]
    fn small_total_is_withheld() {
        let t = protect(vec![("a", 4), ("b", 3)], Some(7), 10);
        assert_eq!(t.total, None);
        assert!(t.cells.iter().all(|c| c.suppressed));
    }

    #[test]
    fn k_has_a_floor() {
        let t = protect(vec![("a", 1), ("b", 2), ("c", 3)], None, 1);
        assert_eq!(t.k, MIN_K);
        assert_eq!(t.cells.iter().filter(|c| c.suppressed).count(), 2);
    }

    #[test]
    fn serialises_withheld_as_null() {
        let t = protect(
            vec![(
                GroupKeys {
                    year: Some(2020),
                    ..GroupKeys::default()
                },
                1,
            )],
            None,
            10,
        );
        assert_eq!(t.cells[0].keys.year, Some(2020));
        let j = serde_json::to_value(&t.cells[0]).unwrap();
        assert_eq!(j["value"], serde_json::Value::Null);
        assert_eq!(j["suppressed"], true);
    }
}
