//! `palermo mse` end to end: JSON keys, the reference's figures, errors.

#![allow(clippy::unwrap_used)]

use std::process::Command;

const UK: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../palermo-mse/tests/data/UKdat.csv"
);

fn palermo(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn json_output_has_the_required_keys_and_the_reference_figures() {
    let o = palermo(&[
        "mse",
        UK,
        "--format",
        "json",
        "--bootstrap",
        "200",
        "--seed",
        "7",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let est = v["estimate"].as_f64().unwrap();
    assert!((est - 11417.991).abs() < 1e-3);
    assert_eq!(v["observed"], 2744);
    let terms: Vec<&str> = v["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(
        terms,
        ["PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO"]
    );
    assert!(v["empty_overlaps"].as_array().unwrap().is_empty());
    let ivs = v["intervals"].as_array().unwrap();
    let methods: Vec<&str> = ivs.iter().map(|i| i["method"].as_str().unwrap()).collect();
    assert_eq!(methods, ["wald", "profile", "bca"]);
    for i in ivs {
        assert_eq!(i["level"], 0.95);
        assert!(i["lower"].as_f64().unwrap() < est && est < i["upper"].as_f64().unwrap());
    }
    assert!((ivs[0]["lower"].as_f64().unwrap() - 9977.283).abs() < 1e-3);
    let models = v["models"].as_array().unwrap();
    assert_eq!(models.len(), 8);
    assert!(models[7]["selected"].as_bool().unwrap());
    assert!(!v["comparison"].as_array().unwrap().is_empty());
}

#[test]
fn table_output_and_fixed_terms() {
    let o = palermo(&[
        "mse",
        UK,
        "--method",
        "fixed",
        "--terms",
        "LA:NG,PF:NCA",
        "--no-profile",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = String::from_utf8(o.stdout).unwrap();
    assert!(s.contains("main effects + LA:NG + PF:NCA"), "{s}");
    assert!(s.contains("lognormal-Wald"));
}

#[test]
fn errors_name_the_file_the_line_and_the_reason() {
    let dir = std::env::temp_dir().join(format!("palermo-mse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "A,B,count\n1,0,3\n0,1,-2\n1,1,1\n").unwrap();
    let o = palermo(&["mse", bad.to_str().unwrap()]);
    assert!(!o.status.success());
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("bad.csv") && e.contains("line 3") && e.contains("negative"),
        "{e}"
    );
    let o = palermo(&["mse", UK, "--method", "fixed", "--terms", "LA:XX"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no list named"));
    let o = palermo(&["mse", UK, "--terms", "LA:NG"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("--method fixed"));
    let missing = palermo(&["mse", "/nonexistent/x.csv"]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/x.csv"));
}

#[test]
fn a_list_that_captures_everybody_gives_the_observed_total_and_no_upper_limit() {
    let dir = std::env::temp_dir().join(format!("palermo-mse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("census.csv");
    // A holds all 42 observed: Lincoln–Petersen 42·12/12 = 42
    std::fs::write(&f, "A,B,count\n1,0,30\n1,1,12\n").unwrap();
    let o = palermo(&["mse", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = String::from_utf8(o.stdout).unwrap();
    assert!(s.contains("Estimate:        42 people"), "{s}");
    assert!(s.contains("42 – no upper limit"), "{s}");
    assert!(
        s.contains("warning: list \"A\" captures every observed person"),
        "{s}"
    );
}

#[test]
fn every_bad_row_is_reported_in_one_run_and_merges_are_said() {
    let dir = std::env::temp_dir().join(format!("palermo-mse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("three_bad.csv");
    std::fs::write(&bad, "A,B,count\n1,0,3\n0,1,-2\n1,1,1\n1,x,4\n0,1,1.5\n").unwrap();
    let o = palermo(&["mse", bad.to_str().unwrap()]);
    assert!(!o.status.success());
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("3 errors"), "{e}");
    for want in [
        "three_bad.csv: line 3, column \"count\": the count is negative",
        "three_bad.csv: line 5, column \"B\": the capture indicator is not 0 or 1",
        "three_bad.csv: line 6, column \"count\": the count is not a whole number",
    ] {
        assert!(e.contains(want), "{want} in {e}");
    }
    let merged = dir.join("merged.csv");
    std::fs::write(&merged, "A,B,count\n1,0,3\n0,1,2\n1,1,1\n1,0,4\n").unwrap();
    let o = palermo(&[
        "mse",
        merged.to_str().unwrap(),
        "--format",
        "json",
        "--no-profile",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["observed"], 10);
    assert!(
        v["warnings"][0].as_str().unwrap()
            == "lines 2, 5 give the same capture history; their counts were summed",
        "{}",
        v["warnings"]
    );
}

/// A random k-list capture-history table written to a temporary file.
fn random_table_file(k: usize, n: u64, name: &str) -> std::path::PathBuf {
    let counts = palermo_mse::interval::simulate_independent(n, &vec![0.3; k], 7, 0);
    let mut csv: String = (0..k).map(|i| format!("L{i},")).collect();
    csv.push_str("count\n");
    for (w, &c) in counts.iter().enumerate().skip(1) {
        if c > 0 {
            for i in 0..k {
                csv.push_str(if w >> i & 1 == 1 { "1," } else { "0," });
            }
            csv.push_str(&format!("{c}\n"));
        }
    }
    let dir = std::env::temp_dir().join(format!("palermo-mse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, csv).unwrap();
    path
}

#[test]
fn fifteen_lists_main_effects_finish_promptly() {
    let f = random_table_file(15, 3000, "k15.csv");
    let start = std::time::Instant::now();
    let o = palermo(&[
        "mse",
        f.to_str().unwrap(),
        "--method",
        "main",
        "--no-profile",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // was minutes (the comparison ran stepwise AIC over 105 pairs)
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
    assert!(String::from_utf8_lossy(&o.stdout).contains("stepwise AIC is left out"));
}

#[test]
fn time_limit_stops_with_a_clear_error() {
    let f = random_table_file(12, 3000, "k12.csv");
    let start = std::time::Instant::now();
    let o = palermo(&[
        "mse",
        f.to_str().unwrap(),
        "--bootstrap",
        "100000",
        "--time-limit",
        "0.5",
    ]);
    assert!(!o.status.success());
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("k12.csv") && e.contains("time limit of 0.5 s"),
        "{e}"
    );
}
