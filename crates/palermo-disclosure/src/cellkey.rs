//! The cell-key method of the Australian Bureau of Statistics' TableBuilder
//! (Fraser & Wooton 2005, "A proposed method for confidentialising tabular
//! output to protect against differencing"; Thompson, Broadfoot & Elazar
//! 2013, "Methodology for the automatic confidentialisation of statistical
//! outputs from remote servers at the Australian Bureau of Statistics").
//!
//! Every record has a secret key, [`record_key`]: keyed BLAKE2b of the
//! record's **content** (canonically serialised, [`record_digest`]) under
//! the database's own secret. A cell's key is the sum of its records' keys
//! mod 2^32, and its noise is read off the perturbation table ([`noise`])
//! at that key. The noise is therefore a fixed function of the records in
//! the cell and the secret, and of nothing else (not of line numbers,
//! import counts or release numbers):
//!
//! * the same records always give the same table, bit for bit, however
//!   often they are imported or released: asking again, or re-importing
//!   and releasing again, teaches nothing (nothing to average away);
//! * one record more, less or changed gives new noise to the cells that
//!   record is in, and only to those.
//!
//! The second property is what the method is for *within* one release
//! (overlapping cells cannot be differenced); *between* two releases whose
//! records differ by one, the cells that moved are that record's cells.
//! Releases are therefore frozen and made only when the data holder asks,
//! and [`crate::release::check_cell_key_increment`] refuses a cell-key
//! release whose records differ from an earlier release's by fewer than k.

use blake2::digest::{KeyInit, Mac};
use palermo_model::case::CaseRecord;
use palermo_model::indicator::{
    case_age, case_counts_weighted, case_sex, CaseFilter, GroupBy, GroupKeys,
};
use palermo_model::stats::FormOfExploitation;

use crate::{protect, ProtectedTable};

/// Version tag of the canonical serialisation (changing it changes every
/// key, hence every later cell-key table: never change it for existing
/// data). v2: only what the public tables show (v1 covered every field, so
/// editing an unpublished field redrew the noise and could be averaged).
const CANONICAL_TAG: &[u8] = b"palermo/case-record/published/v2";

fn put_str(mac: &mut blake2::Blake2bMac512, s: Option<&str>) {
    match s {
        None => mac.update(&[0]),
        Some(s) => {
            mac.update(&[1]);
            mac.update(&(s.len() as u64).to_le_bytes());
            mac.update(s.as_bytes());
        }
    }
}

/// A record's 64-bit digest: the first eight bytes (little endian) of
/// BLAKE2b-512 (RFC 7693) keyed with `secret` (at most 64 bytes; longer
/// secrets are cut) over the record **as the public tables see it**: a
/// version tag, then the year, the published sex (female, male, other,
/// unknown), the published age group (child, adult, unknown), citizenship,
/// country of exploitation (each with a presence byte; texts
/// length-prefixed) and whether it counts under each of the three published
/// forms of exploitation (sexual, forced labour, other). Nothing that no
/// table shows enters it (data source, means of control, recruiter, the
/// age band within its group, sub-forms within "other"), nor the source's
/// name or the record's line: editing an unpublished field, re-importing or
/// reordering a file leaves every digest, hence every cell's noise and the
/// differencing count ([`crate::release::changed_records`]), unchanged, so
/// that a data holder's routine re-imports cannot be averaged.
///
/// Without the secret, digests cannot be computed.
pub fn record_digest(secret: &[u8], r: &CaseRecord) -> u64 {
    let key = &secret[..secret.len().min(64)];
    let Ok(mut mac) = <blake2::Blake2bMac512 as KeyInit>::new_from_slice(key) else {
        // Unreachable: BLAKE2b takes keys of 0 to 64 bytes.
        return 0;
    };
    mac.update(&(CANONICAL_TAG.len() as u64).to_le_bytes());
    mac.update(CANONICAL_TAG);
    match r.year {
        None => mac.update(&[0]),
        Some(y) => {
            mac.update(&[1]);
            mac.update(&y.to_le_bytes());
        }
    }
    put_str(&mut mac, Some(case_sex(r.sex).slug()));
    put_str(&mut mac, Some(case_age(r).slug()));
    put_str(&mut mac, r.citizenship.as_deref());
    put_str(&mut mac, r.country_of_exploitation.as_deref());
    mac.update(&PUBLISHED_FORMS.map(|g| u8::from(r.forms.in_glotip_group(g))));
    let out = mac.finalize().into_bytes();
    u64::from_le_bytes([
        out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7],
    ])
}

/// The forms of exploitation the public form table shows (GLOTIP's groups).
const PUBLISHED_FORMS: [FormOfExploitation; 3] = [
    FormOfExploitation::Sexual,
    FormOfExploitation::ForcedLabour,
    FormOfExploitation::Other,
];

/// A record's key for the cell-key method: the low 32 bits of
/// [`record_digest`] (the first four bytes of the keyed BLAKE2b output).
pub fn record_key(secret: &[u8], r: &CaseRecord) -> u32 {
    // Truncation intended: the key is the digest's first four bytes.
    (record_digest(secret, r) & 0xFFFF_FFFF) as u32
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

/// The cell-key form of a case table: [`crate::public_case_table`]'s
/// suppression with threshold `k` on the true counts, then cell-key
/// perturbation of every published value and of the total (records keyed
/// by [`record_key`] under `secret`).
///
/// A pure function of the records' contents and `secret`: the order of the
/// records, their sources and lines do not matter.
pub fn perturbed_case_table<'a, I>(
    records: I,
    filter: &CaseFilter,
    by: &[GroupBy],
    k: u64,
    secret: &[u8],
) -> ProtectedTable<GroupKeys>
where
    I: IntoIterator<Item = &'a CaseRecord> + Clone,
{
    let weighted: Vec<(&CaseRecord, u64)> = records.into_iter().map(|r| (r, 1)).collect();
    perturbed_case_table_weighted(weighted.iter().copied(), filter, by, k, secret, &[])
}

/// [`perturbed_case_table`] of records that each stand for `weight`
/// records with the same published fields (a store's `GROUP BY` over them):
/// the same table as of the records themselves, since a record's key
/// depends on its published fields only ([`record_digest`]), so identical
/// records add identical keys ([`case_counts_weighted`]).
///
/// Over a fixed, public list of `categories` (none: `&[]`): every key of
/// it that no record falls in gets a cell of 0 (withheld, as every cell
/// below *k* is), so that which cells a table lists says nothing about
/// which categories hold a victim (QA found a citizenship's first victim
/// disclosed by its cell appearing, withheld, in the next release). Cells
/// come in `categories`' order, then any category outside the list.
pub fn perturbed_case_table_weighted<'a, I>(
    records: I,
    filter: &CaseFilter,
    by: &[GroupBy],
    k: u64,
    secret: &[u8],
    categories: &[GroupKeys],
) -> ProtectedTable<GroupKeys>
where
    I: IntoIterator<Item = (&'a CaseRecord, u64)> + Clone,
{
    let key = |r: &CaseRecord| record_key(secret, r);
    let totals = case_counts_weighted(records.clone(), filter, &[], key);
    let total: u64 = totals.iter().map(|c| c.count).sum();
    let total_key = totals.first().map_or(0, |c| c.cell_key);
    let mut counts = case_counts_weighted(records, filter, by, key);
    if !categories.is_empty() {
        let rank = |keys: &GroupKeys| {
            categories
                .iter()
                .position(|c| c == keys)
                .unwrap_or(categories.len())
        };
        for c in categories {
            if !counts.iter().any(|x| &x.keys == c) {
                counts.push(palermo_model::indicator::CaseCount {
                    keys: c.clone(),
                    count: 0,
                    cell_key: 0,
                });
            }
        }
        counts.sort_by_key(|c| rank(&c.keys));
    }
    let keys: Vec<u32> = counts.iter().map(|c| c.cell_key).collect();
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

    /// Keyed BLAKE2b-512 over the content the tables show: the secret and
    /// every published field change the key; the source, the line and the
    /// unpublished fields do not (QA's averaging attack flipped a means of
    /// control 30 times and averaged the releases back to exact counts).
    #[test]
    fn record_keys_follow_the_content_and_the_secret() {
        use palermo_model::case::Flag;
        let mut r = CaseRecord::empty("shelter", 7);
        r.year = Some(2020);
        r.citizenship = Some("MDA".into());
        let a = record_key(b"secret one", &r);
        assert_eq!(a, record_key(b"secret one", &r.clone()));
        assert_ne!(a, record_key(b"secret two", &r));
        let mut moved = r.clone();
        moved.source = "police".into();
        moved.source_line = 9_999;
        assert_eq!(a, record_key(b"secret one", &moved));
        let mut changed = r.clone();
        changed.year = Some(2021);
        assert_ne!(a, record_key(b"secret one", &changed));
        let mut changed = r.clone();
        changed.forms.other = Flag::Yes;
        assert_ne!(a, record_key(b"secret one", &changed));
        let mut unpublished = r.clone();
        unpublished.means.threats = Flag::Yes;
        unpublished.recruiter.family = Flag::Yes;
        unpublished.data_source = Some("Hotline".into());
        assert_eq!(a, record_key(b"secret one", &unpublished));
        // Field boundaries are delimited: "MD"+"A…" is not "MDA"+"…".
        let mut x = CaseRecord::empty("s", 1);
        x.citizenship = Some("MDAROU".into());
        let mut y = CaseRecord::empty("s", 1);
        y.citizenship = Some("MDA".into());
        y.country_of_exploitation = Some("ROU".into());
        assert_ne!(record_key(b"k", &x), record_key(b"k", &y));
        assert_eq!(u64::from(a), record_digest(b"secret one", &r) & 0xFFFF_FFFF);
    }
}
