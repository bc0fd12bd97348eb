//! `palermo linkage encode | match | report` end to end, and its errors.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../palermo-linkage/tests/data")
        .join(name)
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("palermo-linkage-cli-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

fn palermo(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn p(x: &Path) -> &str {
    x.to_str().unwrap()
}

#[test]
fn encode_match_report_pipeline() {
    let (a, b) = (tmp("a.json"), tmp("b.json"));
    for (csv, out) in [("febrl4_A_150.csv", &a), ("febrl4_B_sub.csv", &b)] {
        let o = palermo(&[
            "linkage",
            "encode",
            p(&data(csv)),
            "--schema",
            p(&data("schema_febrl_blake.json")),
            "--secret-file",
            p(&data("secret_demo.txt")),
            "-o",
            p(out),
            "-q",
        ]);
        assert!(o.status.success(), "{}", text(&o));
        let all = text(&o);
        assert!(
            all.contains("warning: the CLKs set"),
            "density warning: {all}"
        );
        assert!(!all.contains("not for real data"), "the secret leaked");
    }
    // Bit for bit with clkhash.
    let ours: serde_json::Value = serde_json::from_slice(&std::fs::read(&a).unwrap()).unwrap();
    let theirs: serde_json::Value =
        serde_json::from_slice(&std::fs::read(data("clks_febrl4_A_150_blake.json")).unwrap())
            .unwrap();
    assert_eq!(ours, theirs);

    let (m, ch) = (tmp("m.csv"), tmp("ch.csv"));
    let o = palermo(&[
        "linkage",
        "match",
        p(&a),
        p(&b),
        "--threshold",
        "0.8",
        "-o",
        p(&m),
        "--capture-histories",
        p(&ch),
        "--names",
        "police,ngo",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let matches = std::fs::read_to_string(&m).unwrap();
    assert!(matches.starts_with("file_a,index_a,file_b,index_b,similarity\n"));
    let n = matches.lines().count() - 1;
    assert!((147..=150).contains(&n), "{n} matches");
    let ch = std::fs::read_to_string(&ch).unwrap();
    let mut lines = ch.lines();
    assert_eq!(lines.next(), Some("police,ngo,count"));
    let rows: Vec<(String, u64)> = lines
        .map(|l| {
            let (pat, c) = l.rsplit_once(',').unwrap();
            (pat.to_owned(), c.parse().unwrap())
        })
        .collect();
    assert_eq!(rows.iter().find(|r| r.0 == "1,1").unwrap().1 as usize, n);
    assert_eq!(rows.iter().map(|r| r.1).sum::<u64>() as usize, 350 - n);

    let o = palermo(&[
        "linkage",
        "report",
        p(&a),
        p(&b),
        "-t",
        "0.8",
        "--bins",
        "10",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let r = String::from_utf8_lossy(&o.stdout);
    assert!(r.contains("candidates") && r.contains("← threshold"), "{r}");
}

fn write(name: &str, content: &str) -> PathBuf {
    let f = tmp(name);
    std::fs::write(&f, content).unwrap();
    f
}

fn encode_err(csv: &Path, schema: &Path, secret: &Path) -> String {
    let o = palermo(&[
        "linkage",
        "encode",
        p(csv),
        "--schema",
        p(schema),
        "--secret-file",
        p(secret),
        "-o",
        p(&tmp("x.json")),
        "-q",
    ]);
    assert!(!o.status.success());
    text(&o)
}

#[test]
fn bad_inputs_name_file_record_and_reason() {
    let schema = data("schema_febrl_blake.json");
    let secret = data("secret_demo.txt");
    let csv = data("febrl4_A_150.csv");

    let short = write("short.txt", "tooshort\n");
    let e = encode_err(&csv, &schema, &short);
    assert!(e.contains("short.txt") && e.contains("at least 16"), "{e}");

    let header = write("hdr.csv", "rec_id,given,surname\nx,y,z\n");
    let e = encode_err(&header, &schema, &secret);
    assert!(e.contains("hdr.csv") && e.contains("header"), "{e}");

    let original = std::fs::read_to_string(&csv).unwrap();
    let mut lines: Vec<String> = original.lines().map(str::to_owned).collect();
    // Record 2: a postcode that is no integer.
    let mut f: Vec<String> = lines[3].split(',').map(str::to_owned).collect();
    f[7] = "SECRETVALUE".to_owned();
    lines[3] = f.join(",");
    let bad = write("bad.csv", &(lines.join("\n") + "\n"));
    let e = encode_err(&bad, &schema, &secret);
    assert!(e.contains("bad.csv, line 4, column 'postcode'"), "{e}");
    assert!(
        !e.contains("SECRETVALUE"),
        "an identifier leaked into the error: {e}"
    );

    let empty = write(
        "empty.csv",
        &(original.lines().next().unwrap().to_owned() + "\n"),
    );
    let e = encode_err(&empty, &schema, &secret);
    assert!(e.contains("empty"), "{e}");

    let bad_schema = write(
        "schema.json",
        r#"{"version":3,"clkConfig":{"l":1000,"kdf":{"type":"HKDF"}},"features":[{"identifier":"a","format":{"type":"string"},"hashing":{"comparison":{"type":"ngram","n":2},"strategy":{"bitsPerToken":20}}}]}"#,
    );
    let e = encode_err(&csv, &bad_schema, &secret);
    assert!(
        e.contains("schema.json") && e.contains("power of two"),
        "{e}"
    );

    // CLK files.
    let a = write("ok.json", r#"{"clks": ["AAAAAA==", "AAAAAA=="]}"#);
    for (name, content, want) in [
        ("b64.json", r#"{"clks": ["AAAAAA==", "%%%"]}"#, "record 1"),
        ("len.json", r#"{"clks": ["AAAAAA==", "AAAA"]}"#, "record 1"),
        ("none.json", r#"{"clks": []}"#, "empty"),
        ("junk.json", "not json", "not a CLK file"),
    ] {
        let f = write(name, content);
        let o = palermo(&["linkage", "match", p(&a), p(&f)]);
        assert!(!o.status.success());
        let e = text(&o);
        assert!(e.contains(name) && e.contains(want), "{name}: {e}");
    }
}

/// encode → match (three lists) → mse is one pipeline.
#[test]
fn three_lists_feed_palermo_mse() {
    let (a, b) = (tmp("m3a.json"), tmp("m3b.json"));
    for (csv, out) in [("febrl4_A_150.csv", &a), ("febrl4_B_sub.csv", &b)] {
        let o = palermo(&[
            "linkage",
            "encode",
            p(&data(csv)),
            "--schema",
            p(&data("schema_febrl_blake.json")),
            "--secret-file",
            p(&data("secret_demo.txt")),
            "-o",
            p(out),
            "-q",
        ]);
        assert!(o.status.success(), "{}", text(&o));
    }
    // A third list: 60 people of A and 40 of B's others, as another agency saw them.
    let ca: serde_json::Value = serde_json::from_slice(&std::fs::read(&a).unwrap()).unwrap();
    let cb: serde_json::Value = serde_json::from_slice(&std::fs::read(&b).unwrap()).unwrap();
    let mut third: Vec<serde_json::Value> = ca["clks"].as_array().unwrap()[..60].to_vec();
    third.extend(cb["clks"].as_array().unwrap()[160..].iter().cloned());
    let c = write(
        "m3c.json",
        &serde_json::json!({ "clks": third }).to_string(),
    );
    let ch = tmp("m3.csv");
    let o = palermo(&[
        "linkage",
        "match",
        p(&a),
        p(&b),
        p(&c),
        "-t",
        "0.8",
        "-o",
        p(&tmp("m3m.csv")),
        "--capture-histories",
        p(&ch),
        "--names",
        "A,B,C",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let table = std::fs::read_to_string(&ch).unwrap();
    assert!(table.starts_with("A,B,C,count\n"), "{table}");
    assert!(table.lines().any(|l| l.starts_with("1,1,1,")), "{table}");
    let o = palermo(&["mse", p(&ch)]);
    assert!(
        o.status.success(),
        "palermo mse rejected the capture histories: {}",
        text(&o)
    );
}

/// The header and `n` records of the FEBRL sample, with `edit` applied to
/// the fields of record i (0-based).
fn febrl_with(name: &str, n: usize, edit: impl Fn(usize, &mut Vec<String>)) -> PathBuf {
    let original = std::fs::read_to_string(data("febrl4_A_150.csv")).unwrap();
    let mut out = vec![original.lines().next().unwrap().to_owned()];
    for (i, l) in original.lines().skip(1).take(n).enumerate() {
        let mut f: Vec<String> = l.split(',').map(str::to_owned).collect();
        edit(i, &mut f);
        out.push(f.join(","));
    }
    write(name, &(out.join("\n") + "\n"))
}

#[test]
fn encode_reports_every_bad_record_with_line_and_column_never_the_value() {
    // records 2, 5 and 9 (lines 4, 7, 11) are bad in three ways
    let bad = febrl_with("three_bad.csv", 20, |i, f| match i {
        2 => f[7] = "SECRET-POSTCODE".into(),
        5 => f[9] = "SECRET-DOB".into(),
        9 => {
            f.pop();
        }
        _ => {}
    });
    let _ = std::fs::remove_file(tmp("x.json"));
    let e = encode_err(
        &bad,
        &data("schema_febrl_blake.json"),
        &data("secret_demo.txt"),
    );
    for want in [
        "three_bad.csv, line 4, column 'postcode'",
        "three_bad.csv, line 7, column 'date_of_birth'",
        "three_bad.csv, line 11: has 10 fields, the schema has 11",
        "three_bad.csv: 3 bad records; no CLK was written",
    ] {
        assert!(e.contains(want), "{want} in {e}");
    }
    assert!(!e.contains("SECRET"), "a value leaked: {e}");
    assert!(
        !tmp("x.json").exists(),
        "CLKs were written despite bad records"
    );

    // beyond the limit: the first 20 and a count
    let many = febrl_with("many_bad.csv", 60, |i, f| {
        if i % 2 == 0 {
            f[7] = "x".into();
        }
    });
    let e = encode_err(
        &many,
        &data("schema_febrl_blake.json"),
        &data("secret_demo.txt"),
    );
    assert_eq!(e.matches("column 'postcode'").count(), 20, "{e}");
    assert!(e.contains("… and 10 more bad records"), "{e}");
    assert!(e.contains("30 bad records"), "{e}");
}

#[test]
fn encode_warns_when_records_share_one_clk() {
    // records 3, 4, 8 and 12 (lines 5, 6, 10, 14): a placeholder person,
    // "unknown" names and no address or date; they differ only in the
    // ignored rec_id and soc_sec_id, so their CLKs are identical
    let f = febrl_with("placeholders.csv", 15, |i, f| {
        if [3, 4, 8, 12].contains(&i) {
            for (j, v) in f.iter_mut().enumerate() {
                if j != 0 && j != 10 {
                    *v = if j <= 2 {
                        "unknown".into()
                    } else {
                        String::new()
                    };
                }
            }
            f[7] = "0".into();
        }
    });
    let encode = |csv: &Path| {
        palermo(&[
            "linkage",
            "encode",
            p(csv),
            "--schema",
            p(&data("schema_febrl_blake.json")),
            "--secret-file",
            p(&data("secret_demo.txt")),
            "-o",
            p(&tmp("placeholders.json")),
            "-q",
        ])
    };
    let o = encode(&f);
    let e = text(&o);
    assert!(o.status.success(), "{e}");
    assert!(
        e.contains("warning: ")
            && e.contains("4 of 15 records share their CLK with another record (1 group"),
        "{e}"
    );
    assert!(
        e.contains("4 records with one CLK: line 5, line 6, line 10, line 14"),
        "{e}"
    );
    // and none for the sample itself
    let o = encode(&febrl_with("clean.csv", 15, |_, _| {}));
    assert!(o.status.success());
    assert!(!text(&o).contains("share their CLK"), "{}", text(&o));
}
