//! Utility of releases: for a CTDC-layout file, the mean absolute error of
//! the published counts against the exact ones and the share of cells
//! withheld, under cell-key noise and under differential privacy at
//! ε = 0.5, 1 and 2 (k = 10 throughout). Run by `bench/publication.sh`.
//!
//!     cargo run -p palermo-disclosure --example utility -- FILE [REPEATS]
//!
//! The exact counts are `public_case_table` with k = 1 (every cell, no
//! suppression): what the data holder's CLI shows. DP releases are drawn
//! REPEATS times (default 20) and their figures averaged; cell-key tables
//! are drawn once (the same records always give the same table).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::HashMap;

use palermo_disclosure::dp::{DpCategories, GROUPINGS};
use palermo_disclosure::release::{make_release, Epsilon, ReleaseSpec, ReleaseTables};
use palermo_disclosure::{protect, DEFAULT_K};
use palermo_import::ctdc::{CaseOptions, CtdcReader};
use palermo_model::indicator::{case_counts, CaseFilter, GroupKeys};

/// Scores a release against the exact counts over the cells that are not
/// empty in the exact tables: (MAE of the published ones, share withheld,
/// published, cells), and the number of cells the release publishes where
/// the exact count is 0 (spurious cells; DP tables have every public
/// category, cell-key tables only the non-empty ones).
fn score(
    rel: &ReleaseTables,
    exact: &[HashMap<GroupKeys, u64>],
) -> (f64, f64, usize, usize, usize) {
    let (mut err, mut published, mut cells, mut withheld, mut spurious) = (0.0, 0, 0, 0, 0);
    for (t, ex) in rel.tables.iter().zip(exact) {
        let by_keys: HashMap<&GroupKeys, Option<u64>> =
            t.table.cells.iter().map(|c| (&c.keys, c.value)).collect();
        for (keys, x) in ex {
            cells += 1;
            match by_keys.get(keys).copied().flatten() {
                Some(v) => {
                    err += v.abs_diff(*x) as f64;
                    published += 1;
                }
                None => withheld += 1,
            }
        }
        spurious += t
            .table
            .cells
            .iter()
            .filter(|c| c.value.is_some() && !ex.contains_key(&c.keys))
            .count();
    }
    (
        err / published.max(1) as f64,
        withheld as f64 / cells.max(1) as f64,
        published,
        cells,
        spurious,
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("FILE");
    let repeats: u32 = args.next().map_or(20, |r| r.parse().unwrap());
    let bytes = std::fs::read(&file).unwrap();
    let index = palermo_import::bundled::reference_data().unwrap().index();
    let records: Vec<_> =
        CtdcReader::new(&file, bytes.as_slice(), &index, CaseOptions::new("bench"))
            .unwrap()
            .filter_map(|r| r.ok().map(|p| p.value))
            .collect();
    let countries: Vec<String> = index.countries().iter().map(|c| c.iso3.clone()).collect();
    let cats = DpCategories {
        years: 2000..=2026,
        countries,
    };
    let f = CaseFilter::default();
    let exact: Vec<HashMap<GroupKeys, u64>> = GROUPINGS
        .iter()
        .map(|by| {
            case_counts(&records, &f, &[*by])
                .into_iter()
                .map(|c| (c.keys, c.count))
                .collect()
        })
        .collect();
    let exact_cells: usize = exact.iter().map(HashMap::len).sum();
    let exact_k: usize = GROUPINGS
        .iter()
        .map(|by| {
            let t = protect(
                case_counts(&records, &f, &[*by])
                    .into_iter()
                    .map(|c| (c.keys, c.count))
                    .collect(),
                Some(records.len() as u64),
                DEFAULT_K,
            );
            t.primary_suppressed + t.secondary_suppressed
        })
        .sum();
    println!(
        "file: {file}, {} records, {exact_cells} non-empty cells in the six one-way tables",
        records.len()
    );
    println!("| method | MAE of published cells | non-empty cells withheld | published / non-empty | spurious cells |");
    println!("|---|---|---|---|---|");
    println!(
        "| exact, k = 10 (data holder's CLI) | 0 | {:.1} % | {} / {exact_cells} | 0 |",
        100.0 * exact_k as f64 / exact_cells as f64,
        exact_cells - exact_k
    );
    let secret = [7u8; 32];
    let ck = make_release(
        &ReleaseSpec::CellKey { k: DEFAULT_K },
        &records,
        &secret,
        &cats,
    )
    .unwrap();
    let (mae, w, p, n, sp) = score(&ck, &exact);
    println!(
        "| cell-key (±2) | {mae:.2} | {:.1} % | {p} / {n} | {sp} |",
        100.0 * w
    );
    for eps in [0.5, 1.0, 2.0] {
        let spec = ReleaseSpec::Dp {
            k: DEFAULT_K,
            epsilon: Epsilon::new(eps).unwrap(),
        };
        let (mut m, mut ww, mut pp, mut nn, mut ss) = (0.0, 0.0, 0.0, 0, 0.0);
        for _ in 0..repeats {
            let rel = make_release(&spec, &records, &secret, &cats).unwrap();
            let (mae, w, p, n, sp) = score(&rel, &exact);
            ss += sp as f64;
            m += mae;
            ww += w;
            pp += p as f64;
            nn = n;
        }
        let r = f64::from(repeats);
        println!(
            "| DP ε = {eps} (mean of {repeats}) | {:.2} | {:.1} % | {:.0} / {nn} | {:.1} |",
            m / r,
            100.0 * ww / r,
            pp / r,
            ss / r
        );
    }
}
