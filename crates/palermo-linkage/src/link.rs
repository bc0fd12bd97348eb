//! The matching as one library call: CLK lists in, clusters and counts out.
//!
//! This is what a linkage project on the web will call: every agency's CLKs
//! go in; what comes out can be reduced to counts (overlaps per pair of
//! lists, capture histories, the similarity histogram) so that nobody sees
//! another agency's CLKs and only counts leave the matching.

use std::collections::{BTreeMap, HashMap};

use crate::blocking::{lsh_candidate_pairs, LshParams};
use crate::candidates::{candidate_pairs_prepared, Prepared, ScanStats};
use crate::clk::ClkSet;
use crate::similarity::Kernel;
use crate::solve::{greedy_solve, sort_candidates, Candidate, RecordId, SolverOptions};

/// Why linking could not start.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LinkError {
    /// Fewer than two lists.
    #[error("linking needs at least two lists, {0} given")]
    TooFewLists(usize),
    /// A list is empty.
    #[error("list {0} is empty")]
    EmptyList(usize),
    /// CLK lengths differ between lists.
    #[error("list {list} holds CLKs of {found} bits, list 0 holds {expected}: were they encoded with the same schema?")]
    LengthMismatch {
        /// The list.
        list: usize,
        /// Its CLK length.
        found: usize,
        /// The first list's CLK length.
        expected: usize,
    },
    /// The threshold is not in (0, 1].
    #[error("the threshold must be above 0 and at most 1, not {0}")]
    Threshold(f64),
    /// Bad solver settings.
    #[error("the merge threshold must be above 0 and at most 1, not {0}")]
    MergeThreshold(f64),
}

/// How candidate pairs are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Blocking {
    /// Every pair inside the popcount window: exact.
    #[default]
    None,
    /// Hamming LSH on sampled bits: faster on large lists, may miss pairs.
    Lsh(LshParams),
}

/// Settings of [`link`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkOptions {
    /// Dice coefficient a pair needs to be a candidate.
    pub threshold: f64,
    /// Solver settings.
    pub solver: SolverOptions,
    /// Candidate generation.
    pub blocking: Blocking,
    /// Popcount kernel (`Kernel::detect()` for the fastest).
    pub kernel: Kernel,
}

impl LinkOptions {
    /// Greedy solver, no blocking, fastest kernel.
    pub fn new(threshold: f64) -> LinkOptions {
        LinkOptions {
            threshold,
            solver: SolverOptions::default(),
            blocking: Blocking::None,
            kernel: Kernel::detect(),
        }
    }
}

/// A matched pair inside a cluster.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MatchedPair {
    /// First record (lower list index).
    pub r0: RecordId,
    /// Second record.
    pub r1: RecordId,
    /// Their Dice coefficient, when they were a candidate pair.
    pub sim: Option<f64>,
}

/// Matches between one pair of lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairCount {
    /// First list.
    pub list_a: usize,
    /// Second list.
    pub list_b: usize,
    /// Candidate pairs at the threshold.
    pub candidates: u64,
    /// Matched pairs (records of the two lists in the same cluster).
    pub matches: u64,
}

/// The result of linking k lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Linkage {
    /// Number of lists.
    pub lists: usize,
    /// Records per list.
    pub sizes: Vec<usize>,
    /// Clusters of two or more records, at most one per list (with the
    /// default solver), each sorted by list.
    pub clusters: Vec<Vec<RecordId>>,
    /// Every pair of records within a cluster.
    pub matched_pairs: Vec<MatchedPair>,
    /// Per pair of lists: candidates and matches.
    pub pair_counts: Vec<PairCount>,
    /// Work done by candidate generation, summed over pairs of lists.
    pub stats: ScanStats,
}

impl Linkage {
    /// Capture histories: for each pattern of lists (one flag per list),
    /// how many individuals — clusters and unmatched records — have it.
    /// Patterns with no individual are left out; the all-absent pattern is
    /// never present. Sorted by pattern.
    pub fn capture_histories(&self) -> Vec<(Vec<bool>, u64)> {
        let mut counts: BTreeMap<Vec<bool>, u64> = BTreeMap::new();
        let mut in_cluster: Vec<Vec<bool>> = self.sizes.iter().map(|&n| vec![false; n]).collect();
        for c in &self.clusters {
            let mut pat = vec![false; self.lists];
            for &(l, r) in c {
                pat[l as usize] = true;
                in_cluster[l as usize][r as usize] = true;
            }
            *counts.entry(pat).or_insert(0) += 1;
        }
        for (l, flags) in in_cluster.iter().enumerate() {
            let single = flags.iter().filter(|&&f| !f).count() as u64;
            if single > 0 {
                let mut pat = vec![false; self.lists];
                pat[l] = true;
                *counts.entry(pat).or_insert(0) += single;
            }
        }
        // Order like published MSE tables: by pattern, lists as binary digits.
        let mut v: Vec<(Vec<bool>, u64)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.0.cmp(&a.0));
        v
    }

    /// Individuals observed: clusters plus unmatched records.
    pub fn individuals(&self) -> u64 {
        self.capture_histories().iter().map(|(_, c)| c).sum()
    }
}

/// Links `lists`: candidate pairs between every pair of lists, then the
/// solver, then clusters and counts.
pub fn link(lists: &[ClkSet], opts: &LinkOptions) -> Result<Linkage, LinkError> {
    let (cands, pair_counts_c, stats) = all_candidates(lists, opts)?;
    if !(opts.solver.merge_threshold > 0.0 && opts.solver.merge_threshold <= 1.0) {
        return Err(LinkError::MergeThreshold(opts.solver.merge_threshold));
    }
    let clusters = greedy_solve(&cands, opts.solver);
    let sims: HashMap<(RecordId, RecordId), f64> = {
        let mut clustered: HashMap<RecordId, usize> = HashMap::new();
        for (i, c) in clusters.iter().enumerate() {
            for r in c {
                clustered.insert(*r, i);
            }
        }
        cands
            .iter()
            .filter(|c| {
                clustered.contains_key(&c.r0) && clustered.get(&c.r0) == clustered.get(&c.r1)
            })
            .map(|c| ((c.r0, c.r1), c.sim))
            .collect()
    };
    let k = lists.len();
    let mut matches = vec![vec![0u64; k]; k];
    let mut matched_pairs = Vec::new();
    for c in &clusters {
        for (i, &r0) in c.iter().enumerate() {
            for &r1 in &c[i + 1..] {
                let sim = sims.get(&(r0, r1)).or_else(|| sims.get(&(r1, r0))).copied();
                matched_pairs.push(MatchedPair { r0, r1, sim });
                matches[r0.0 as usize][r1.0 as usize] += 1;
            }
        }
    }
    let pair_counts = pair_counts_c
        .into_iter()
        .map(|(la, lb, n)| PairCount {
            list_a: la,
            list_b: lb,
            candidates: n,
            matches: matches[la][lb] + matches[lb][la],
        })
        .collect();
    Ok(Linkage {
        lists: k,
        sizes: lists.iter().map(ClkSet::len).collect(),
        clusters,
        matched_pairs,
        pair_counts,
        stats,
    })
}

type AllCandidates = (Vec<Candidate>, Vec<(usize, usize, u64)>, ScanStats);

/// Candidate pairs between every pair of lists, sorted for the solver.
pub fn all_candidates(lists: &[ClkSet], opts: &LinkOptions) -> Result<AllCandidates, LinkError> {
    check_lists(lists)?;
    let t = opts.threshold;
    if !(t > 0.0 && t <= 1.0) {
        return Err(LinkError::Threshold(t));
    }
    let mut cands = Vec::new();
    let mut counts = Vec::new();
    let mut stats = ScanStats::default();
    let prepared: Vec<Option<Prepared>> = lists
        .iter()
        .enumerate()
        .map(|(i, l)| (i > 0 && opts.blocking == Blocking::None).then(|| Prepared::new(l)))
        .collect();
    for i in 0..lists.len() {
        for j in i + 1..lists.len() {
            let (pairs, s) = match (&opts.blocking, &prepared[j]) {
                (Blocking::None, Some(p)) => candidate_pairs_prepared(&lists[i], p, t, opts.kernel),
                (Blocking::Lsh(params), _) => {
                    lsh_candidate_pairs(&lists[i], &lists[j], t, params, opts.kernel)
                }
                (Blocking::None, None) => {
                    crate::candidates::candidate_pairs(&lists[i], &lists[j], t, opts.kernel)
                }
            };
            stats += s;
            counts.push((i, j, pairs.len() as u64));
            cands.extend(pairs.into_iter().map(|p| Candidate {
                sim: p.sim,
                r0: (i as u32, p.a),
                r1: (j as u32, p.b),
            }));
        }
    }
    sort_candidates(&mut cands);
    Ok((cands, counts, stats))
}

/// Checks that there are two or more non-empty lists of equal CLK length.
pub fn check_lists(lists: &[ClkSet]) -> Result<(), LinkError> {
    if lists.len() < 2 {
        return Err(LinkError::TooFewLists(lists.len()));
    }
    for (i, l) in lists.iter().enumerate() {
        if l.is_empty() {
            return Err(LinkError::EmptyList(i));
        }
        if l.bits() != lists[0].bits() {
            return Err(LinkError::LengthMismatch {
                list: i,
                found: l.bits(),
                expected: lists[0].bits(),
            });
        }
    }
    Ok(())
}
