//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod febrl_like;

use std::path::{Path, PathBuf};

use palermo_linkage::{Clk, Encoder, Schema};

/// The bundled subset (see tests/data/README.md).
pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The full shared data: `$PALERMO_LINKAGE_DATA` or `../shared/data/linkage`
/// beside the repository.
pub fn shared(name: &str) -> PathBuf {
    let dir = std::env::var_os("PALERMO_LINKAGE_DATA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/linkage"),
        PathBuf::from,
    );
    dir.join(name)
}

pub fn read_secret(p: &Path) -> Vec<u8> {
    let mut s = std::fs::read(p).unwrap();
    while s.last() == Some(&b'\n') || s.last() == Some(&b'\r') {
        s.pop();
    }
    s
}

pub fn encode_csv(csv_path: &Path, schema_path: &Path, secret_path: &Path) -> Vec<Clk> {
    let schema = Schema::from_json_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let enc = Encoder::new(schema, &read_secret(secret_path)).unwrap();
    let mut rdr = csv::Reader::from_path(csv_path).unwrap();
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_owned).collect();
    enc.check_header(&header).unwrap();
    rdr.records()
        .enumerate()
        .map(|(i, r)| {
            let r = r.unwrap();
            let fields: Vec<&str> = r.iter().collect();
            enc.encode(&fields, i, true).unwrap()
        })
        .collect()
}

pub fn read_clks_b64(p: &Path) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
    v["clks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

pub fn assert_same(ours: &[Clk], theirs: &[String], what: &str) {
    assert_eq!(ours.len(), theirs.len(), "{what}: record count");
    let bad: Vec<usize> = ours
        .iter()
        .zip(theirs)
        .enumerate()
        .filter(|(_, (o, t))| o.to_base64() != **t)
        .map(|(i, _)| i)
        .collect();
    assert!(
        bad.is_empty(),
        "{what}: {} of {} CLKs differ, first at records {:?}",
        bad.len(),
        ours.len(),
        &bad[..bad.len().min(10)]
    );
}
