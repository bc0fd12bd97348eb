//! Proportion of replicate estimates below N̂ on externally resampled tables
//! (rows in the order of the dataset's input rows).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a developer tool: panics are its error messages
use palermo_mse::{parse_table, select, CaptureTable, Selection};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let data = std::fs::read_to_string(&a[1]).unwrap();
    let reps = std::fs::read_to_string(&a[2]).unwrap();
    let t0 = parse_table(&data).unwrap();
    let sel = Selection::Stepwise { threshold: 0.02 };
    let pe = select(&t0, &sel, false).unwrap().fit.estimate;
    let mut lines = data.lines();
    let k = lines.next().unwrap().split(',').count() - 1;
    let masks: Vec<u32> = lines
        .map(|l| {
            let f: Vec<u32> = l.split(',').map(|x| x.parse().unwrap()).collect();
            (0..k).filter(|&i| f[i] == 1).map(|i| 1u32 << i).sum()
        })
        .collect();
    let (mut below, mut n) = (0, 0);
    for l in reps.lines().skip(1) {
        let f: Vec<u64> = l.split(',').map(|x| x.parse().unwrap()).collect();
        let t = CaptureTable::new(
            t0.names().to_vec(),
            masks.iter().zip(&f).map(|(&m, &c)| (m, c)),
        )
        .unwrap();
        if select(&t, &sel, false).unwrap().fit.estimate < pe {
            below += 1;
        }
        n += 1;
    }
    println!("{below} of {n} below: {}", below as f64 / n as f64);
}
