//! Bit-for-bit equality with the CLKs clkhash 0.18.3 produced.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

#[test]
fn bundled_subset_blake_matches_clkhash() {
    let secret = data("secret_demo.txt");
    let a = encode_csv(
        &data("febrl4_A_150.csv"),
        &data("schema_febrl_blake.json"),
        &secret,
    );
    assert_same(
        &a,
        &read_clks_b64(&data("clks_febrl4_A_150_blake.json")),
        "A blake",
    );
    let b = encode_csv(
        &data("febrl4_B_sub.csv"),
        &data("schema_febrl_blake.json"),
        &secret,
    );
    assert_same(
        &b,
        &read_clks_b64(&data("clks_febrl4_B_sub_blake.json")),
        "B blake",
    );
}

#[test]
fn bundled_subset_doublehash_matches_clkhash() {
    let secret = data("secret_demo.txt");
    let a = encode_csv(
        &data("febrl4_A_150.csv"),
        &data("schema_febrl_doublehash.json"),
        &secret,
    );
    assert_same(
        &a,
        &read_clks_b64(&data("clks_febrl4_A_150_doublehash.json")),
        "A doublehash",
    );
    let b = encode_csv(
        &data("febrl4_B_sub.csv"),
        &data("schema_febrl_doublehash.json"),
        &secret,
    );
    assert_same(
        &b,
        &read_clks_b64(&data("clks_febrl4_B_sub_doublehash.json")),
        "B doublehash",
    );
}

/// All 2 × 5,000 records, both schemas. Needs the shared data:
/// `cargo test -p palermo-linkage -- --ignored` with `../shared` beside the
/// repository or `PALERMO_LINKAGE_DATA` pointing at it.
#[test]
#[ignore = "reads ../shared/data/linkage"]
fn full_febrl4_matches_clkhash() {
    let secret = shared("secret_demo.txt");
    for side in ["A", "B"] {
        for hash in ["blake", "doublehash"] {
            let ours = encode_csv(
                &shared(&format!("febrl4_{side}.csv")),
                &shared(&format!("schema_febrl_{hash}.json")),
                &secret,
            );
            let theirs = read_clks_b64(&shared(&format!("clks_febrl4_{side}_{hash}.json")));
            assert_same(&ours, &theirs, &format!("{side} {hash}"));
        }
    }
}
