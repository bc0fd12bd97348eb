//! Differentially private one-way tables of case records, with OpenDP.
//!
//! The mechanism is OpenDP's (the OpenDP project, Harvard; crate `opendp`
//! 0.16, MIT): for each grouping, `make_count_by_categories` over a public,
//! data-independent list of categories, chained with `make_laplace`, the
//! discrete Laplace (geometric) mechanism on integer counts with pure
//! ε-differential privacy (Ghosh, Roughgarden & Sundararajan 2012;
//! Canonne, Kamath & Steinke 2020 for the exact sampler). Nothing here
//! draws or shapes noise: this module chooses the categories, the scale of
//! each table and the neighbouring relation, asks OpenDP for the privacy
//! loss of each table (`Measurement::map`), and post-processes OpenDP's
//! output (which cannot weaken the guarantee, Dwork & Roth 2014, Prop. 2.1).
//!
//! * **Neighbours**: two sets of records differing by one record added or
//!   removed (OpenDP's `SymmetricDistance` of 1). One record is in one cell
//!   of the year, sex, age, country and citizenship tables, and in up to
//!   three cells of the form table (multi-response: sexual, forced labour,
//!   other), whose input distance is therefore 3.
//! * **Budget split**: ε is split evenly over the six tables; the total is
//!   post-processing of them (no extra loss). By basic (sequential)
//!   composition the release's loss is the sum of the six, as OpenDP maps
//!   them, and never more than the ε asked for.
//! * **Categories** are public and fixed before the data are seen: years of
//!   a range the caller gives (and "unknown"), the four sexes, the three
//!   age groups, the three forms, and for country and citizenship the list
//!   of ISO 3166-1 codes the caller gives (and "unknown"). A value outside
//!   the list is counted as unknown; a category with no record still gets a
//!   noisy count, so that which categories appear says nothing.
//! * **Post-processing** ([`consistent_counts`]): the total is the
//!   inverse-variance weighted mean of the sums of the five exhaustive
//!   tables; each exhaustive table is projected onto the non-negative
//!   vectors with that sum (Euclidean projection onto the simplex, Wang &
//!   Carreira-Perpiñán 2013) and rounded to integers that keep the sum
//!   (largest remainder); the form table is clamped to [0, total].
//!
//! Randomness: OpenDP is built without its `use-openssl` feature (which
//! compiles a vendored OpenSSL); it then draws from `rand` 0.7's
//! `thread_rng` (ChaCha20 seeded from the operating system), which OpenDP's
//! documentation does not vouch for as it does for OpenSSL's generator.
//! Build with the feature `palermo-disclosure/openssl` to use OpenSSL's.

use std::ops::RangeInclusive;

use opendp::combinators::make_chain_mt;
use opendp::domains::{AtomDomain, VectorDomain};
use opendp::measurements::make_laplace;
use opendp::measures::MaxDivergence;
use opendp::metrics::{L1Distance, SymmetricDistance};
use opendp::transformations::make_count_by_categories;
use palermo_model::case::CaseRecord;
use palermo_model::indicator::{case_age, case_sex, GroupBy, GroupKeys};
use palermo_model::stats::{AgeGroup, FormOfExploitation, Sex};
use serde::{Deserialize, Serialize};

/// The groupings of a release, in the order they are published.
pub const GROUPINGS: [GroupBy; 6] = [
    GroupBy::Year,
    GroupBy::Sex,
    GroupBy::Age,
    GroupBy::Form,
    GroupBy::Country,
    GroupBy::Citizenship,
];

/// The public categories of a differentially private release: chosen
/// without looking at the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DpCategories {
    /// Years with their own cell; other years (and none) count as unknown.
    pub years: RangeInclusive<i32>,
    /// ISO 3166-1 alpha-3 codes with their own country and citizenship
    /// cells; other values (and none) count as unknown.
    pub countries: Vec<String>,
}

/// Why a differentially private table could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DpError {
    /// ε is not a positive finite number.
    #[error("epsilon must be a positive finite number")]
    Epsilon,
    /// OpenDP refused the measurement (its message).
    #[error("OpenDP: {0}")]
    OpenDp(String),
    /// OpenDP mapped the tables to a larger loss than asked for.
    #[error("OpenDP accounts {spent} for the tables, more than epsilon = {asked}")]
    Accounting {
        /// ε asked for.
        asked: f64,
        /// ε OpenDP accounts.
        spent: f64,
    },
}

fn opendp_err(e: opendp::error::Error) -> DpError {
    DpError::OpenDp(e.to_string())
}

/// One table's noisy counts, as OpenDP drew them.
#[derive(Debug, Clone, PartialEq)]
pub struct NoisyTable {
    /// The grouping.
    pub by: GroupBy,
    /// The cells' keys, in category order.
    pub keys: Vec<GroupKeys>,
    /// OpenDP's noisy counts (may be negative).
    pub noisy: Vec<i64>,
    /// The discrete Laplace scale used (counts).
    pub scale: f64,
    /// The table's privacy loss as OpenDP maps it.
    pub epsilon: f64,
}

/// The parameters of a release's noise, for its page and API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DpParameters {
    /// ε of the release, as asked for and charged to the budget.
    pub epsilon: f64,
    /// ε as OpenDP accounts it (the sum of its map over the tables; at
    /// most `epsilon`).
    pub opendp_epsilon: f64,
    /// δ (0: pure differential privacy).
    pub delta: f64,
    /// ε of each table.
    pub epsilon_per_table: f64,
    /// The discrete Laplace scale of each table, by grouping.
    pub scales: Vec<(GroupBy, f64)>,
}

/// The labels (category name, keys) of a table's public categories.
pub(crate) fn categories(by: GroupBy, cats: &DpCategories) -> Vec<(String, GroupKeys)> {
    let k = GroupKeys::default;
    match by {
        GroupBy::Year => cats
            .years
            .clone()
            .map(|y| {
                (
                    y.to_string(),
                    GroupKeys {
                        year: Some(y),
                        ..k()
                    },
                )
            })
            .chain([("unknown".to_owned(), k())])
            .collect(),
        GroupBy::Sex => [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown]
            .iter()
            .map(|s| {
                (
                    s.slug().to_owned(),
                    GroupKeys {
                        sex: Some(*s),
                        ..k()
                    },
                )
            })
            .collect(),
        GroupBy::Age => [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown]
            .iter()
            .map(|a| {
                (
                    a.slug().to_owned(),
                    GroupKeys {
                        age: Some(*a),
                        ..k()
                    },
                )
            })
            .collect(),
        GroupBy::Form => FORMS
            .iter()
            .map(|f| {
                (
                    f.slug().to_owned(),
                    GroupKeys {
                        form: Some(*f),
                        ..k()
                    },
                )
            })
            .collect(),
        GroupBy::Country | GroupBy::Citizenship | GroupBy::Region => cats
            .countries
            .iter()
            .map(String::as_str)
            .chain(["unknown"])
            .map(|c| {
                let mut keys = k();
                if by == GroupBy::Citizenship {
                    keys.citizenship = Some(c.to_owned());
                } else {
                    keys.country = Some(c.to_owned());
                }
                (c.to_owned(), keys)
            })
            .collect(),
    }
}

const FORMS: [FormOfExploitation; 3] = [
    FormOfExploitation::Sexual,
    FormOfExploitation::ForcedLabour,
    FormOfExploitation::Other,
];

/// The rows a record contributes to a table: one label (up to three for
/// forms), mapped to "unknown" when outside the public categories.
fn labels(r: &CaseRecord, by: GroupBy, cats: &DpCategories, out: &mut Vec<String>) {
    let in_list = |c: &Option<String>| {
        c.as_ref()
            .filter(|c| cats.countries.iter().any(|x| x == *c))
            .cloned()
            .unwrap_or_else(|| "unknown".to_owned())
    };
    match by {
        GroupBy::Year => out.push(
            r.year
                .filter(|y| cats.years.contains(y))
                .map_or_else(|| "unknown".to_owned(), |y| y.to_string()),
        ),
        GroupBy::Sex => out.push(case_sex(r.sex).slug().to_owned()),
        GroupBy::Age => out.push(case_age(r).slug().to_owned()),
        GroupBy::Form => {
            for f in FORMS {
                if r.forms.in_glotip_group(f) {
                    out.push(f.slug().to_owned());
                }
            }
        }
        GroupBy::Country | GroupBy::Region => out.push(in_list(&r.country_of_exploitation)),
        GroupBy::Citizenship => out.push(in_list(&r.citizenship)),
    }
}

/// The data OpenDP counts for the table `by`: each record's category
/// number (its position in `cat`, the table's public categories; up to
/// three for forms), `weight` times. A label outside `cat` (none is:
/// [`labels`] maps those to "unknown") gets the number past the last, which
/// OpenDP counts nowhere, as it would the label.
fn category_rows(
    records: &[(&CaseRecord, u64)],
    by: GroupBy,
    cats: &DpCategories,
    cat: &[(String, GroupKeys)],
) -> Vec<u32> {
    let number: std::collections::HashMap<&str, u32> = cat
        .iter()
        .zip(0u32..)
        .map(|((n, _), i)| (n.as_str(), i))
        .collect();
    let outside = u32::try_from(cat.len()).unwrap_or(u32::MAX);
    let mut rows: Vec<u32> = Vec::new();
    let mut labelled = Vec::with_capacity(3);
    for (r, weight) in records {
        labelled.clear();
        labels(r, by, cats, &mut labelled);
        for l in &labelled {
            let n = number.get(l.as_str()).copied().unwrap_or(outside);
            let w = usize::try_from(*weight).unwrap_or(usize::MAX);
            rows.extend(std::iter::repeat_n(n, w));
        }
    }
    rows
}

/// How many rows of a table one record can add or remove.
const fn rows_per_record(by: GroupBy) -> u32 {
    match by {
        GroupBy::Form => 3,
        _ => 1,
    }
}

/// The six noisy tables of [`GROUPINGS`] at total privacy loss `epsilon`
/// (pure ε-DP, δ = 0), drawn by OpenDP. Each table gets ε/6; its discrete
/// Laplace scale is (rows per record)/(ε/6), raised by a part in 10^9 so
/// that OpenDP's conservative rounding stays within ε.
///
/// # Errors
/// [`DpError::Epsilon`] for an ε that is not positive and finite; OpenDP's
/// refusal of a measurement; an accounting above ε.
pub fn noisy_tables(
    records: &[CaseRecord],
    epsilon: f64,
    cats: &DpCategories,
) -> Result<(Vec<NoisyTable>, DpParameters), DpError> {
    let weighted: Vec<(&CaseRecord, u64)> = records.iter().map(|r| (r, 1)).collect();
    noisy_tables_weighted(&weighted, epsilon, cats)
}

/// [`noisy_tables`] of records that each stand for `weight` records with
/// the same published fields (a store's `GROUP BY` over them). OpenDP's
/// measurement is the same and is given the same data: each record's
/// category, repeated `weight` times (as a category number, four bytes a
/// record, rather than its label), so the noisy counts have the same
/// distribution as [`noisy_tables`] of the records themselves.
///
/// # Errors
/// As [`noisy_tables`].
pub fn noisy_tables_weighted(
    records: &[(&CaseRecord, u64)],
    epsilon: f64,
    cats: &DpCategories,
) -> Result<(Vec<NoisyTable>, DpParameters), DpError> {
    if !(epsilon.is_finite() && epsilon > 0.0) {
        return Err(DpError::Epsilon);
    }
    let per_table = epsilon / GROUPINGS.len() as f64;
    let mut tables = Vec::new();
    let mut spent = 0.0;
    for by in GROUPINGS {
        let cat = categories(by, cats);
        let outside = u32::try_from(cat.len()).unwrap_or(u32::MAX);
        let rows = category_rows(records, by, cats, &cat);
        let d_in = rows_per_record(by);
        let scale = f64::from(d_in) / per_table * (1.0 + 1e-9);
        let count = make_count_by_categories::<L1Distance<i64>, u32, i64>(
            VectorDomain::new(AtomDomain::default()),
            SymmetricDistance,
            (0..outside).collect(),
            false,
        )
        .map_err(opendp_err)?;
        let laplace = make_laplace::<_, _, MaxDivergence>(
            count.output_domain.clone(),
            count.output_metric.clone(),
            scale,
            None,
        )
        .map_err(opendp_err)?;
        let m = make_chain_mt(&laplace, &count).map_err(opendp_err)?;
        let eps = m.map(&d_in).map_err(opendp_err)?;
        let noisy = m.invoke(&rows).map_err(opendp_err)?;
        spent += eps;
        tables.push(NoisyTable {
            by,
            keys: cat.into_iter().map(|(_, k)| k).collect(),
            noisy,
            scale,
            epsilon: eps,
        });
    }
    if spent > epsilon {
        return Err(DpError::Accounting {
            asked: epsilon,
            spent,
        });
    }
    let params = DpParameters {
        epsilon,
        opendp_epsilon: spent,
        delta: 0.0,
        epsilon_per_table: per_table,
        scales: tables.iter().map(|t| (t.by, t.scale)).collect(),
    };
    Ok((tables, params))
}

/// Euclidean projection of `x` onto {y ≥ 0, Σy = total} (Wang &
/// Carreira-Perpiñán 2013, "Projection onto the probability simplex",
/// Algorithm 1, scaled by `total`).
fn project_to_simplex(x: &[f64], total: f64) -> Vec<f64> {
    if x.is_empty() {
        return Vec::new();
    }
    if total <= 0.0 {
        return vec![0.0; x.len()];
    }
    let mut u: Vec<f64> = x.to_vec();
    u.sort_by(|a, b| b.total_cmp(a));
    let mut cum = 0.0;
    let mut theta = 0.0;
    for (j, v) in u.iter().enumerate() {
        cum += v;
        let t = (cum - total) / (j + 1) as f64;
        if v - t > 0.0 {
            theta = t;
        }
    }
    x.iter().map(|v| (v - theta).max(0.0)).collect()
}

/// Rounds non-negative `y` summing to `total` to integers summing to
/// `total`: floors, then one more to the largest remainders (ties: first).
fn round_keeping_sum(y: &[f64], total: u64) -> Vec<u64> {
    // Values are finite and within [0, total] here; `as` saturates anyway.
    let mut out: Vec<u64> = y.iter().map(|v| v.floor().max(0.0) as u64).collect();
    let mut rest = total.saturating_sub(out.iter().sum());
    let mut order: Vec<usize> = (0..y.len()).collect();
    order.sort_by(|a, b| {
        let fa = y[*a] - y[*a].floor();
        let fb = y[*b] - y[*b].floor();
        fb.total_cmp(&fa).then(a.cmp(b))
    });
    for i in order {
        if rest == 0 {
            break;
        }
        out[i] += 1;
        rest -= 1;
    }
    out
}

/// Post-processing of [`noisy_tables`]: the estimated total (victims) and
/// each table's non-negative integer counts, in the tables' order. The
/// exhaustive tables (all but form) sum to the total exactly; the form
/// table's cells lie in [0, total].
pub fn consistent_counts(tables: &[NoisyTable]) -> (u64, Vec<Vec<u64>>) {
    // Inverse-variance weights: a table of m cells of scale s has a sum of
    // variance about m · 2s² (discrete Laplace variance ≈ 2s²).
    let (mut num, mut den) = (0.0, 0.0);
    for t in tables.iter().filter(|t| t.by != GroupBy::Form) {
        let sum: f64 = t.noisy.iter().map(|v| *v as f64).sum();
        let var = t.noisy.len().max(1) as f64 * 2.0 * t.scale * t.scale;
        num += sum / var;
        den += 1.0 / var;
    }
    let total_f = if den > 0.0 {
        (num / den).round().max(0.0)
    } else {
        0.0
    };
    // Finite and non-negative; saturating conversion.
    let total = total_f as u64;
    let counts = tables
        .iter()
        .map(|t| {
            let x: Vec<f64> = t.noisy.iter().map(|v| *v as f64).collect();
            if t.by == GroupBy::Form {
                x.iter()
                    .map(|v| v.clamp(0.0, total_f).round() as u64)
                    .collect()
            } else {
                round_keeping_sum(&project_to_simplex(&x, total_f), total)
            }
        })
        .collect();
    (total, counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Projection onto the simplex, by hand: (3, 1, −2) onto sum 3: θ =
    /// (3 + 1 − 3)/2 = 0.5 with both positive entries kept → (2.5, 0.5, 0).
    #[test]
    fn projection_by_hand() {
        let y = project_to_simplex(&[3.0, 1.0, -2.0], 3.0);
        assert_eq!(y, vec![2.5, 0.5, 0.0]);
        // Already on the simplex: unchanged.
        assert_eq!(project_to_simplex(&[1.0, 2.0], 3.0), vec![1.0, 2.0]);
        // (2.5, 0.5, 0) to integers summing to 3: floors (2, 0, 0), the
        // one left goes to the larger remainder (tie: the first).
        assert_eq!(round_keeping_sum(&y, 3), vec![3, 0, 0]);
        assert_eq!(round_keeping_sum(&[1.4, 1.6, 0.0], 3), vec![1, 2, 0]);
    }

    #[test]
    fn epsilon_must_be_positive_and_finite() {
        let cats = DpCategories {
            years: 2020..=2021,
            countries: vec!["MDA".into()],
        };
        for e in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(noisy_tables(&[], e, &cats).unwrap_err(), DpError::Epsilon);
        }
    }

    /// Records grouped by their published fields, each with its count, give
    /// OpenDP the same data as the records one by one (the multiset of
    /// category numbers of every table), on records of every published
    /// shape: years in and outside the categories, no year, each sex, age
    /// band, citizenship, country and combination of forms.
    #[test]
    fn grouped_records_give_opendp_the_same_rows() {
        use palermo_model::case::{AgeBand, CaseSex, Flag};
        let cats = DpCategories {
            years: 2018..=2021,
            countries: vec!["MDA".into(), "ROU".into()],
        };
        let mut records = Vec::new();
        let sexes = [
            CaseSex::Female,
            CaseSex::Male,
            CaseSex::TransOrNonConforming,
            CaseSex::Unknown,
        ];
        let places = [None, Some("MDA"), Some("ROU"), Some("UKR")];
        for i in 0..600u32 {
            let mut r = CaseRecord::empty("s", u64::from(i));
            r.year = [None, Some(2017), Some(2019), Some(2021)][(i % 4) as usize];
            r.sex = sexes[(i / 4 % 4) as usize];
            r.age =
                [None, AgeBand::parse("9--17"), AgeBand::parse("30--38")][(i / 16 % 3) as usize];
            r.citizenship = places[(i / 48 % 4) as usize].map(str::to_owned);
            r.country_of_exploitation = places[(i / 7 % 4) as usize].map(str::to_owned);
            if i % 3 == 0 {
                r.forms.sexual = Flag::Yes;
            }
            if i % 5 == 0 {
                r.forms.forced_labour = Flag::Yes;
            }
            if i % 11 == 0 {
                r.forms.forced_marriage = Flag::Yes;
            }
            records.push(r);
        }
        // Grouped by hand on what the tables publish.
        let mut groups: Vec<(CaseRecord, u64)> = Vec::new();
        for r in &records {
            let same = |g: &CaseRecord| {
                GROUPINGS.iter().all(|by| {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    labels(g, *by, &cats, &mut a);
                    labels(r, *by, &cats, &mut b);
                    a == b
                }) && g.year == r.year
            };
            match groups.iter_mut().find(|(g, _)| same(g)) {
                Some((_, n)) => *n += 1,
                None => groups.push((r.clone(), 1)),
            }
        }
        assert!(groups.len() < records.len() && groups.iter().any(|(_, n)| *n > 1));
        let one: Vec<(&CaseRecord, u64)> = records.iter().map(|r| (r, 1)).collect();
        let grouped: Vec<(&CaseRecord, u64)> = groups.iter().map(|(r, n)| (r, *n)).collect();
        for by in GROUPINGS {
            let cat = categories(by, &cats);
            let mut a = category_rows(&one, by, &cats, &cat);
            let mut b = category_rows(&grouped, by, &cats, &cat);
            // One row a record; for forms one per form recorded (none
            // for a record without a form).
            assert!(by == GroupBy::Form || a.len() == records.len(), "{by:?}");
            assert!(!a.is_empty(), "{by:?}");
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "{by:?}");
        }
    }

    /// OpenDP's accounting: ε/6 a table whatever its rows per record, the
    /// form table's scale three times the others', the sum within ε.
    #[test]
    fn opendp_accounts_the_split() {
        let cats = DpCategories {
            years: 2020..=2021,
            countries: vec!["MDA".into(), "ROU".into()],
        };
        let r = CaseRecord::empty("s", 2);
        let (tables, p) = noisy_tables(&[r], 1.2, &cats).unwrap();
        assert_eq!(tables.len(), 6);
        for t in &tables {
            assert!((t.epsilon - 0.2).abs() < 1e-6, "{t:?}");
            let want = f64::from(rows_per_record(t.by)) / 0.2;
            assert!((t.scale - want).abs() < 1e-6, "{t:?}");
        }
        assert_eq!(p.epsilon, 1.2);
        assert!(p.opendp_epsilon <= 1.2 && p.opendp_epsilon > 1.2 - 1e-6);
        // Categories are the public ones: 2 years + unknown, 2 countries + unknown.
        assert_eq!(tables[0].keys.len(), 3);
        assert_eq!(tables[4].keys.len(), 3);
        let (total, counts) = consistent_counts(&tables);
        for (t, c) in tables.iter().zip(&counts) {
            if t.by != GroupBy::Form {
                assert_eq!(c.iter().sum::<u64>(), total);
            }
        }
    }
}
