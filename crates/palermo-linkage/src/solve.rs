//! Turning candidate pairs into matches: anonlink's greedy solver.
//!
//! Candidates are visited by decreasing similarity. Each record belongs to
//! at most one group. Two groups merge when enough of the pairs between
//! them have been seen (all of them, for the plain greedy solver), and —
//! when `one_per_list` holds — when they share no list. With two lists this
//! is the classic one-to-one greedy assignment; with k lists it builds
//! clusters holding at most one record per list.

use std::collections::HashMap;

/// A record: (list index, record index in that list).
pub type RecordId = (u32, u32);

/// A candidate pair between two lists.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Dice coefficient.
    pub sim: f64,
    /// First record.
    pub r0: RecordId,
    /// Second record.
    pub r1: RecordId,
}

/// Sorts candidates as anonlink merges them: similarity descending, then
/// list of the first record, list of the second, record of the first,
/// record of the second.
pub fn sort_candidates(c: &mut [Candidate]) {
    c.sort_unstable_by(|x, y| {
        y.sim
            .total_cmp(&x.sim)
            .then(x.r0.0.cmp(&y.r0.0))
            .then(x.r1.0.cmp(&y.r1.0))
            .then(x.r0.1.cmp(&y.r0.1))
            .then(x.r1.1.cmp(&y.r1.1))
    });
}

/// Settings of the solver.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SolverOptions {
    /// Share of the pairs between two groups that must be candidates for
    /// them to merge: 1.0 is anonlink's `greedy_solve`; lower values are its
    /// `probabilistic_greedy_solve`.
    pub merge_threshold: f64,
    /// Never put two records of the same list in one group.
    pub one_per_list: bool,
}

impl Default for SolverOptions {
    fn default() -> Self {
        SolverOptions {
            merge_threshold: 1.0,
            one_per_list: true,
        }
    }
}

/// Groups records from candidates already sorted by [`sort_candidates`].
/// Returns the groups of two or more records, each sorted, in order of
/// their smallest record.
pub fn greedy_solve(candidates: &[Candidate], opts: SolverOptions) -> Vec<Vec<RecordId>> {
    let mut group_of: HashMap<RecordId, usize> = HashMap::new();
    let mut groups: Vec<Vec<RecordId>> = Vec::new();
    // Sparse symmetric matrix of pairs seen between two groups.
    let mut matchable: HashMap<usize, HashMap<usize, u64>> = HashMap::new();
    let mt = opts.merge_threshold;

    for c in candidates {
        let (mut i0, mut i1) = (c.r0, c.r1);
        if i0 == i1 {
            continue;
        }
        match (group_of.get(&i0).copied(), group_of.get(&i1).copied()) {
            (Some(g0), Some(g1)) => {
                if g0 == g1 {
                    continue;
                }
                let seen = matchable
                    .get(&g0)
                    .and_then(|m| m.get(&g1))
                    .copied()
                    .unwrap_or(0);
                let overlap = seen + 1;
                let total = (groups[g0].len() * groups[g1].len()) as f64;
                let lists_ok = !opts.one_per_list
                    || groups[g0]
                        .iter()
                        .all(|a| groups[g1].iter().all(|b| a.0 != b.0));
                if overlap as f64 >= mt * total && lists_ok {
                    let (big, small) = if groups[g0].len() < groups[g1].len() {
                        (g1, g0)
                    } else {
                        (g0, g1)
                    };
                    let moved = std::mem::take(&mut groups[small]);
                    for r in &moved {
                        group_of.insert(*r, big);
                    }
                    groups[big].extend(moved);
                    if let Some(m) = matchable.get_mut(&big) {
                        m.remove(&small);
                    }
                    let small_row = matchable.remove(&small).unwrap_or_default();
                    for (j, cnt) in small_row {
                        if j == big {
                            continue;
                        }
                        *matchable.entry(big).or_default().entry(j).or_insert(0) += cnt;
                        let row = matchable.entry(j).or_default();
                        *row.entry(big).or_insert(0) += cnt;
                        row.remove(&small);
                    }
                    if matchable.get(&big).is_some_and(HashMap::is_empty) {
                        matchable.remove(&big);
                    }
                } else {
                    *matchable.entry(g0).or_default().entry(g1).or_insert(0) += 1;
                    *matchable.entry(g1).or_default().entry(g0).or_insert(0) += 1;
                }
            }
            (g0, g1) if g0.is_some() || g1.is_some() => {
                let g0 = match (g0, g1) {
                    (Some(g), None) => g,
                    (None, Some(g)) => {
                        std::mem::swap(&mut i0, &mut i1);
                        g
                    }
                    _ => continue,
                };
                let total = groups[g0].len() as f64;
                let lists_ok = !opts.one_per_list || groups[g0].iter().all(|m| m.0 != i1.0);
                if 1.0 >= mt * total && lists_ok {
                    groups[g0].push(i1);
                    group_of.insert(i1, g0);
                } else {
                    let g1 = groups.len();
                    groups.push(vec![i1]);
                    group_of.insert(i1, g1);
                    matchable.entry(g1).or_default().insert(g0, 1);
                    matchable.entry(g0).or_default().insert(g1, 1);
                }
            }
            _ => {
                if !opts.one_per_list || i0.0 != i1.0 {
                    let g = groups.len();
                    groups.push(vec![i0, i1]);
                    group_of.insert(i0, g);
                    group_of.insert(i1, g);
                }
            }
        }
    }
    let mut out: Vec<Vec<RecordId>> = groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(sim: f64, a: u32, b: u32) -> Candidate {
        Candidate {
            sim,
            r0: (0, a),
            r1: (1, b),
        }
    }

    #[test]
    fn two_lists_is_one_to_one_greedy() {
        let mut cands = vec![c(0.9, 0, 0), c(0.95, 1, 0), c(0.85, 0, 1), c(0.8, 1, 1)];
        sort_candidates(&mut cands);
        let g = greedy_solve(&cands, SolverOptions::default());
        assert_eq!(g, vec![vec![(0, 0), (1, 1)], vec![(0, 1), (1, 0)]]);
    }

    #[test]
    fn three_lists_need_every_pair() {
        // a0-b0 and b0-c0 and a0-c0 all candidates: one cluster of three.
        let mut cands = vec![
            Candidate {
                sim: 0.9,
                r0: (0, 0),
                r1: (1, 0),
            },
            Candidate {
                sim: 0.88,
                r0: (1, 0),
                r1: (2, 0),
            },
            Candidate {
                sim: 0.86,
                r0: (0, 0),
                r1: (2, 0),
            },
            // a1-b1, b1-c1 but not a1-c1: c1 cannot join.
            Candidate {
                sim: 0.9,
                r0: (0, 1),
                r1: (1, 1),
            },
            Candidate {
                sim: 0.85,
                r0: (1, 1),
                r1: (2, 1),
            },
        ];
        sort_candidates(&mut cands);
        let g = greedy_solve(&cands, SolverOptions::default());
        assert_eq!(g, vec![vec![(0, 0), (1, 0), (2, 0)], vec![(0, 1), (1, 1)]]);
    }
}
