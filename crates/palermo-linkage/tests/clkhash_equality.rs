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

#[test]
fn encode_all_equals_record_by_record_and_reports_the_first_error() {
    use palermo_linkage::{EncodeError, Encoder, Schema};
    let schema = Schema::from_json_str(
        &std::fs::read_to_string(data("schema_febrl_doublehash.json")).unwrap(),
    )
    .unwrap();
    let enc = Encoder::new(schema, &read_secret(&data("secret_demo.txt"))).unwrap();
    let mut rdr = csv::Reader::from_path(data("febrl4_A_150.csv")).unwrap();
    let mut rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let all = enc.encode_all(&rows, true, &|_| {}).unwrap();
    assert_same(
        &all,
        &read_clks_b64(&data("clks_febrl4_A_150_doublehash.json")),
        "encode_all",
    );
    rows[120][7] = "not a number".to_owned();
    rows[40][9] = "1999x".to_owned();
    let e = enc.encode_all(&rows, true, &|_| {}).unwrap_err();
    assert!(
        matches!(e, EncodeError::Value { record: 40, ref column, .. } if column == "date_of_birth"),
        "{e}"
    );
    rows[3].pop();
    let e = enc.encode_all(&rows, true, &|_| {}).unwrap_err();
    assert!(
        matches!(e, EncodeError::FieldCount { record: 3, .. }),
        "{e}"
    );
}

/// Every format, comparison, hash, KDF option and schema version, against
/// clkhash 0.18.3 (tests/data/edge/README).
#[test]
fn edge_cases_match_clkhash() {
    let secret = data("edge/secret.txt");
    for (schema, theirs) in [
        ("edge/schema.json", "edge/clkhash.json"),
        ("edge/v1.json", "edge/clkhash_v1.json"),
        ("edge/v2.json", "edge/clkhash_v2.json"),
    ] {
        let ours = encode_csv(&data("edge/data.csv"), &data(schema), &secret);
        assert_same(&ours, &read_clks_b64(&data(theirs)), schema);
    }
}
