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
//! * **Cell-key perturbation** (public web and API tables,
//!   [`perturbed_case_table`]): each published count gets a small
//!   deterministic noise, −2 to +2. Every record has a secret key
//!   ([`record_key`]: keyed BLAKE2b of its source and line under the
//!   database's own secret); a cell's key is the sum of its records' keys
//!   mod 2^32, shifted by a key of the data's release (it changes with every
//!   import), and the noise is read off [`noise`]'s table at that key. So
//!   the same query on the same data always gives the same figures
//!   (repeating it averages nothing away), one record more gives its cells
//!   unrelated noise, and an import redraws the noise of every cell: two
//!   tables compared before and after an agency's import move everywhere,
//!   not only in the cells of the new records. What remains is a
//!   statistical hint, not a certainty: a new record's cell moves by 1
//!   plus the difference of two noises, the others by that difference
//!   alone. The method of the Australian
//!   Bureau of Statistics' TableBuilder: Fraser & Wooton (2005), "A proposed
//!   method for confidentialising tabular output to protect against
//!   differencing"; Thompson, Broadfoot & Elazar (2013), "Methodology for
//!   the automatic confidentialisation of statistical outputs from remote
//!   servers at the Australian Bureau of Statistics".
//!
//! The national statistics (GLOTIP) keep UNODC's own `"<5"` suppression and
//! do not pass through here.
//!
//! The crate is pure: no I/O, no global state, deterministic (the secret is
//! the caller's).

use blake2::digest::{KeyInit, Mac};
use palermo_model::case::CaseRecord;
use palermo_model::indicator::{case_counts, case_counts_keyed, CaseFilter, GroupBy, GroupKeys};
use serde::Serialize;

/// The default small-cell threshold *k*.
pub const DEFAULT_K: u64 = 10;

/// The smallest threshold accepted; lower values are raised to it.
pub const MIN_K: u64 = 3;

/// A published cell: its keys and its count, or `None` when withheld.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// cell-key perturbation, [`perturbed_case_table`]).
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

/// A record's key for the cell-key method: the first four bytes (little
/// endian) of BLAKE2b-512 keyed with `secret` (at most 64 bytes; longer
/// secrets are cut) over the source's name, a zero byte and the line (u64,
/// little endian). Without the secret, keys cannot be computed.
pub fn record_key(secret: &[u8], source: &str, source_line: u64) -> u32 {
    let key = &secret[..secret.len().min(64)];
    let Ok(mut mac) = <blake2::Blake2bMac512 as KeyInit>::new_from_slice(key) else {
        // Unreachable: BLAKE2b takes keys of 0 to 64 bytes.
        return 0;
    };
    mac.update(source.as_bytes());
    mac.update(&[0]);
    mac.update(&source_line.to_le_bytes());
    let out = mac.finalize().into_bytes();
    u32::from_le_bytes([out[0], out[1], out[2], out[3]])
}

/// The noise for a cell of key `cell_key`: the cell key, read as a uniform
/// number u in [0, 1), falls in one of five bands of the perturbation
/// table: −2 (u < 0.05), −1 (< 0.25), 0 (< 0.75), +1 (< 0.95), +2. Mean 0,
/// variance 0.8.
pub fn noise(cell_key: u32) -> i64 {
    // Band edges in units of 2^-32.
    const EDGES: [(u64, i64); 4] = [
        (214_748_365, -2),   // 0.05
        (1_073_741_824, -1), // 0.25
        (3_221_225_472, 0),  // 0.75
        (4_080_218_931, 1),  // 0.95
    ];
    let u = u64::from(cell_key);
    EDGES
        .iter()
        .find(|(edge, _)| u < *edge)
        .map_or(2, |(_, n)| *n)
}

/// The largest |noise|.
pub const MAX_NOISE: u64 = 2;

/// Adds the cell-key noise to a published count, never below `k` (a
/// published cell below *k* would say it is near the threshold).
fn perturb(count: u64, cell_key: u32, k: u64) -> u64 {
    count.saturating_add_signed(noise(cell_key)).max(k)
}

/// The public form of a case table: [`public_case_table`]'s suppression
/// with threshold `k` on the true counts, then cell-key perturbation of
/// every published value and of the total (records keyed by
/// [`record_key`] under `secret`; every cell key shifted by the key of
/// `release`, a number that changes whenever the records do, such as the
/// store's import generation). For the public web and API; the data
/// holder's CLI on the database file shows exact counts.
pub fn perturbed_case_table<'a, I>(
    records: I,
    filter: &CaseFilter,
    by: &[GroupBy],
    k: u64,
    secret: &[u8],
    release: u64,
) -> ProtectedTable<GroupKeys>
where
    I: IntoIterator<Item = &'a CaseRecord> + Clone,
{
    // A source name no import can have (it holds a NUL byte).
    let shift = record_key(secret, "\0release", release);
    let key = |r: &CaseRecord| record_key(secret, &r.source, r.source_line);
    let totals = case_counts_keyed(records.clone(), filter, &[], key);
    let total: u64 = totals.iter().map(|c| c.count).sum();
    let total_key = totals.first().map_or(0, |c| c.cell_key).wrapping_add(shift);
    let counts = case_counts_keyed(records, filter, by, key);
    let keys: Vec<u32> = counts
        .iter()
        .map(|c| c.cell_key.wrapping_add(shift))
        .collect();
    let mut t = protect(
        counts.into_iter().map(|c| (c.keys, c.count)).collect(),
        Some(total),
        k,
    );
    for (cell, key) in t.cells.iter_mut().zip(keys) {
        cell.value = cell.value.map(|v| perturb(v, key, t.k));
    }
    t.total = t.total.map(|v| perturb(v, total_key, t.k));
    t.max_noise = MAX_NOISE;
    t
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

    /// The perturbation table's bands have the probabilities it states:
    /// counted over an even grid of 2^20 cell keys.
    #[test]
    fn noise_follows_its_table() {
        let mut n = [0u64; 5];
        let steps = 1u64 << 20;
        for i in 0..steps {
            let key = u32::try_from(i << 12).unwrap();
            n[usize::try_from(noise(key) + 2).unwrap()] += 1;
        }
        let p: Vec<f64> = n.iter().map(|c| *c as f64 / steps as f64).collect();
        for (got, want) in p.iter().zip([0.05, 0.20, 0.50, 0.20, 0.05]) {
            assert!((got - want).abs() < 1e-4, "{p:?}");
        }
        let mean: f64 = p.iter().zip(-2..=2).map(|(q, v)| q * f64::from(v)).sum();
        assert!(mean.abs() < 1e-4);
    }

    /// Keyed BLAKE2b-512 (RFC 7693): the key changes every record's key; a
    /// record's key does not depend on the others.
    #[test]
    fn record_keys_need_the_secret() {
        let a = record_key(b"secret one", "shelter", 7);
        assert_eq!(a, record_key(b"secret one", "shelter", 7));
        assert_ne!(a, record_key(b"secret two", "shelter", 7));
        assert_ne!(a, record_key(b"secret one", "shelter", 8));
        assert_ne!(a, record_key(b"secret one", "shelte", 7));
    }

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
