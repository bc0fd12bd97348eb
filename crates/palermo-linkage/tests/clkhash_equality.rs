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
fn encode_all_equals_record_by_record_and_reports_every_bad_record() {
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
    rows[3].pop();
    let e = enc.encode_all(&rows, true, &|_| {}).unwrap_err();
    assert_eq!(e.total, 3);
    assert!(
        matches!(e.errors[0], EncodeError::FieldCount { record: 3, .. }),
        "{e}"
    );
    assert!(
        matches!(e.errors[1], EncodeError::Value { record: 40, ref column, .. } if column == "date_of_birth"),
        "{e}"
    );
    assert!(
        matches!(e.errors[2], EncodeError::Value { record: 120, ref column, .. } if column == "postcode"),
        "{e}"
    );
    assert!(
        !e.to_string().contains("1999x") && !e.to_string().contains("not a number"),
        "{e}"
    );
    // more than the limit, across parallel chunks: the first ones in
    // record order, and the total
    for r in rows.iter_mut().skip(100) {
        r[7] = "x".to_owned();
    }
    let e = enc.encode_all(&rows, true, &|_| {}).unwrap_err();
    assert_eq!(e.total, 2 + 50);
    assert_eq!(e.errors.len(), palermo_linkage::encode::MAX_REPORTED_ERRORS);
    let recs: Vec<usize> = e
        .errors
        .iter()
        .map(|e| match e {
            EncodeError::Value { record, .. } | EncodeError::FieldCount { record, .. } => *record,
            _ => usize::MAX,
        })
        .collect();
    assert_eq!(recs[..3], [3, 40, 100]);
    assert!(recs.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn identical_clks_are_grouped() {
    use palermo_linkage::{identical_groups, Clk};
    let c = |b: u8| Clk::from_bytes(&[b, 0], 16);
    let clks = [c(1), c(2), c(1), c(3), c(2), c(1)];
    assert_eq!(identical_groups(&clks), vec![vec![0, 2, 5], vec![1, 4]]);
    assert!(identical_groups(&[c(1), c(2)]).is_empty());
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
