//! The crate graph is part of the architecture: ARCHITECTURE.md's "Crate
//! dependencies" table lists the only crates each workspace crate may use, and
//! this test holds `cargo metadata` to it (both ways: nothing unlisted is used,
//! nothing listed is unused), so that a pure crate cannot quietly take an async
//! runtime or a database driver and the table stays true.

#![allow(clippy::expect_used)] // a test helper that cannot read its input must fail loudly

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

type Deps = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn names(cell: &str) -> BTreeSet<String> {
    cell.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "—" && *s != "-")
        .map(String::from)
        .collect()
}

/// The table between the `dependencies:begin` and `dependencies:end` markers.
fn documented() -> Deps {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let start = text
        .find("<!-- dependencies:begin -->")
        .expect("ARCHITECTURE.md has no dependencies:begin marker");
    let end = text
        .find("<!-- dependencies:end -->")
        .expect("ARCHITECTURE.md has no dependencies:end marker");
    let mut deps = Deps::new();
    for line in text[start..end]
        .lines()
        .filter(|l| l.starts_with("| palermo-"))
    {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(
            cells.len(),
            3,
            "ARCHITECTURE.md: a row needs 3 cells: {line}"
        );
        deps.insert(cells[0].to_string(), (names(cells[1]), names(cells[2])));
    }
    deps
}

fn actual() -> Deps {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata JSON");
    let mut deps = Deps::new();
    for package in meta["packages"].as_array().expect("packages") {
        let name = package["name"].as_str().expect("name").to_string();
        let entry = deps.entry(name).or_default();
        for dep in package["dependencies"].as_array().expect("dependencies") {
            let dep_name = dep["name"].as_str().expect("dependency name").to_string();
            match dep["kind"].as_str() {
                Some("dev") => entry.1.insert(dep_name),
                _ => entry.0.insert(dep_name),
            };
        }
    }
    deps
}

#[test]
fn crates_use_only_the_dependencies_architecture_md_names() {
    let documented = documented();
    let actual = actual();
    let mut problems = Vec::new();
    for (krate, (normal, dev)) in &actual {
        let Some((doc_normal, doc_dev)) = documented.get(krate) else {
            problems.push(format!(
                "{krate}: not in ARCHITECTURE.md's crate dependencies table"
            ));
            continue;
        };
        for (kind, used, allowed) in [
            ("dependency", normal, doc_normal),
            ("dev-dependency", dev, doc_dev),
        ] {
            for d in used.difference(allowed) {
                problems.push(format!(
                    "{krate}: {kind} {d} is not named in ARCHITECTURE.md"
                ));
            }
            for d in allowed.difference(used) {
                problems.push(format!(
                    "{krate}: ARCHITECTURE.md names {kind} {d}, which it does not use"
                ));
            }
        }
    }
    for krate in documented.keys().filter(|k| !actual.contains_key(*k)) {
        problems.push(format!(
            "ARCHITECTURE.md names {krate}, which is not a workspace crate"
        ));
    }
    assert!(
        problems.is_empty(),
        "crate graph differs from ARCHITECTURE.md:\n{}",
        problems.join("\n")
    );
}

#[test]
fn pure_crates_take_no_runtime_database_or_http() {
    let forbidden = [
        "tokio",
        "sqlx",
        "axum",
        "hyper",
        "askama",
        "tower",
        "tower-http",
        "reqwest",
    ];
    let actual = actual();
    for krate in [
        "palermo-model",
        "palermo-mse",
        "palermo-linkage",
        "palermo-disclosure",
    ] {
        let (normal, _) = actual
            .get(krate)
            .unwrap_or_else(|| panic!("{krate} missing"));
        for f in forbidden {
            assert!(
                !normal.contains(f),
                "{krate} is pure (no I/O) but depends on {f}"
            );
        }
    }
}
