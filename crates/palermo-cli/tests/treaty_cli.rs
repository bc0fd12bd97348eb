//! `palermo treaty …` end to end through the binary: status output, imports
//! that report what changed, idempotence, and bad input rejected with a
//! message naming file, line, column and reason while the database stays
//! unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

mod common;

use common::{palermo, stderr, stdout, Dir};

fn status_json(dir: &Path, instrument: &str) -> serde_json::Value {
    let o = palermo(
        dir,
        &[
            "treaty",
            "status",
            "--instrument",
            instrument,
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn status_json_has_the_documented_keys_and_source_counts() {
    let d = Dir::new("status");
    let v = status_json(&d.0, "untoc");
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 185);
    assert_eq!(rows.iter().filter(|r| r["party"] == true).count(), 179);
    for key in [
        "participant",
        "iso3",
        "instrument",
        "signature_date",
        "consent_date",
        "consent_type",
        "party",
    ] {
        assert!(rows[0].get(key).is_some(), "{key}");
    }
    // The database file was created in the working directory.
    assert!(d.0.join("palermo.db").exists());
    // --as-of answers from the action dates (UNODC: 124 TIP parties on 2008-09-26).
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "status",
            "--instrument",
            "tip",
            "--as-of",
            "2008-09-26",
            "--format",
            "csv",
        ],
    );
    let text = stdout(&o);
    assert_eq!(text.lines().filter(|l| l.contains(",true,")).count(), 124);
    assert!(
        text.lines().skip(1).all(|l| l.ends_with(",2008-09-26")),
        "as_of column"
    );
    // A date after the snapshot is shown as the snapshot's date, never as fact.
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "status",
            "--instrument",
            "tip",
            "--as-of",
            "2030-01-01",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["as_of"] == "2014-07-10"));
    // --not-party lists UN Member States that are not parties.
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "status",
            "--instrument",
            "tip",
            "--not-party",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let n = v.as_array().unwrap().len();
    // 193 Member States, of which 158 are parties (159 minus the European Union).
    assert_eq!(n, 193 - 158);
}

const HEADER: &str = "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\n";

#[test]
fn import_reports_changes_and_is_idempotent() {
    let d = Dir::new("import");
    let o = palermo(&d.0, &["treaty", "export", "--instrument", "tip"]);
    assert!(o.status.success());
    let current = stdout(&o);
    let same = d.file("same.csv", &current);
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            same.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2014-07-10",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("No changes"), "{}", stdout(&o));
    assert!(stdout(&o).contains("Nothing recorded"));

    // A newer snapshot in the UNTC layout: Korea ratifies (footnote marks on
    // names are stripped), a new accession by Yemen.
    let mut untc = String::from(HEADER);
    let v = status_json(&d.0, "tip");
    for r in v.as_array().unwrap() {
        let name = r["participant"].as_str().unwrap();
        let date = |k: &str| {
            r[k].as_str()
                .map(|s| {
                    let d = palermo_model::date::parse_iso(s).unwrap();
                    format!(
                        "{} {} {}",
                        d.day(),
                        &format!("{}", d.month())[..3],
                        d.year()
                    )
                })
                .unwrap_or_default()
        };
        let sig = date("signature_date");
        let mut consent = date("consent_date");
        let suffix = match r["consent_type"].as_str() {
            Some("accession") => " a",
            Some("approval") => " AA",
            Some("acceptance") => " A",
            Some("succession") => " d",
            _ => "",
        };
        consent.push_str(if consent.is_empty() { "" } else { suffix });
        let name = match name {
            "Republic of Korea" => "Republic of Korea 4,5".to_string(),
            // Renamed in 2018 (same ISO 3166 code SWZ): a rename, not "no change".
            "Swaziland" => "Eswatini".to_string(),
            _ => name.to_string(),
        };
        if name.starts_with("Republic of Korea") {
            consent = "5 Nov 2015".into();
        }
        untc.push_str(&format!("\"{name}\",{sig},{consent}\n"));
    }
    // UNTC's tables sometimes glue the consent mark to the year.
    untc.push_str("Yemen,,8 Jan 2016a\n");
    let newer = d.file("newer.csv", &untc);
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            newer.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2016-06-30",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("new party: Republic of Korea (ratification, 2015-11-05)"),
        "{out}"
    );
    assert!(
        out.contains("new party: Yemen (accession, 2016-01-08)"),
        "{out}"
    );
    assert!(!out.contains("new signature: Yemen"));
    assert!(out.contains("renamed: Swaziland → Eswatini"), "{out}");
    assert!(out.contains(", 1 renamed,"), "{out}");
    assert!(out.contains("0 new signatures, 2 new parties"), "{out}");
    let v = status_json(&d.0, "tip");
    assert_eq!(
        v.as_array()
            .unwrap()
            .iter()
            .filter(|r| r["party"] == true)
            .count(),
        161
    );
    let o = palermo(&d.0, &["treaty", "status", "--instrument", "tip"]);
    assert!(stdout(&o).contains("status as at 2016-06-30"));

    // Importing it again changes nothing.
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            newer.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2016-06-30",
        ],
    );
    assert!(stdout(&o).contains("No changes"), "{}", stdout(&o));
}

/// Each bad file is rejected with file, line, column and reason, and the
/// database is unchanged.
#[test]
fn bad_input_is_rejected_and_the_database_is_unchanged() {
    let d = Dir::new("bad");
    let before = status_json(&d.0, "som");
    let cases: [(&str, String, &str, &[&str]); 7] = [
        (
            "unknown_code.csv",
            "participant,iso3,signature_date,consent_date,consent_type\nAtlantis,ATL,2001-01-01,,\n".into(),
            "palermo",
            &["unknown_code.csv:2", "iso3", "unknown country code \"ATL\""],
        ),
        (
            "unknown_name.csv",
            format!("{HEADER}Albania,12 Dec 2000,21 Aug 2002\nAtlantis,12 Dec 2000,\n"),
            "untc",
            &["unknown_name.csv:3", "Participant", "unknown participant \"Atlantis\""],
        ),
        (
            "impossible_date.csv",
            format!("{HEADER}Albania,12 Dec 2000,30 Feb 2002\n"),
            "untc",
            &["impossible_date.csv:2", "Ratification", "\"30 Feb 2002\" is not a valid date"],
        ),
        (
            "ratification_before_signature.csv",
            format!("{HEADER}Albania,12 Dec 2002,21 Aug 2002\n"),
            "untc",
            &["ratification_before_signature.csv:2", "ratification dated 2002-08-21 is before the signature dated 2002-12-12"],
        ),
        (
            "duplicate.csv",
            format!("{HEADER}Albania,12 Dec 2000,21 Aug 2002\nAlbania,12 Dec 2000,21 Aug 2002\n"),
            "untc",
            &["duplicate.csv:3", "duplicate row for \"Albania\" (first at line 2)"],
        ),
        (
            "columns.csv",
            format!("{HEADER}Albania,12 Dec 2000\n"),
            "untc",
            &["columns.csv:2", "wrong number of columns: 2, expected 3"],
        ),
        (
            "bad_mark.csv",
            format!("{HEADER}Albania,12 Dec 2000,21 Aug 2002 x\n"),
            "untc",
            &["bad_mark.csv:2", "unknown mark \"x\""],
        ),
    ];
    for (name, text, format, expected) in cases {
        let f = d.file(name, &text);
        let o = palermo(
            &d.0,
            &[
                "treaty",
                "import",
                f.to_str().unwrap(),
                "--instrument",
                "som",
                "--as-of",
                "2020-01-01",
                "--format",
                format,
            ],
        );
        assert!(!o.status.success(), "{name} was accepted");
        let err = stderr(&o);
        for e in expected {
            assert!(err.contains(e), "{name}: expected {e:?} in:\n{err}");
        }
        assert!(err.contains("nothing was imported"), "{name}: {err}");
        assert_eq!(
            status_json(&d.0, "som"),
            before,
            "{name} changed the database"
        );
    }
    // A header that is neither layout.
    let f = d.file("header.csv", "a,b,c\n1,2,3\n");
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            f.to_str().unwrap(),
            "--instrument",
            "som",
            "--as-of",
            "2020-01-01",
        ],
    );
    assert!(
        stderr(&o).contains("header.csv:1: unrecognised header"),
        "{}",
        stderr(&o)
    );
    // Not UTF-8.
    let p = d.0.join("latin1.csv");
    std::fs::write(
        &p,
        [HEADER.as_bytes(), b"C\xf4te d'Ivoire,,25 Oct 2012 a\n"].concat(),
    )
    .unwrap();
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            p.to_str().unwrap(),
            "--instrument",
            "som",
            "--as-of",
            "2020-01-01",
        ],
    );
    assert!(
        stderr(&o).contains("latin1.csv:2") && stderr(&o).contains("not valid UTF-8"),
        "{}",
        stderr(&o)
    );
    assert_eq!(status_json(&d.0, "som"), before);
}

#[test]
fn unknown_instrument_and_region_are_clear_errors() {
    let d = Dir::new("args");
    let o = palermo(&d.0, &["treaty", "status", "--instrument", "kyoto"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("unknown instrument \"kyoto\""),
        "{}",
        stderr(&o)
    );
    let o = palermo(&d.0, &["treaty", "status", "--region", "Atlantis"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("unknown region"), "{}", stderr(&o));
}

/// Files that would silently lose data are refused: an empty table, a
/// truncated one (participants missing), an older snapshot, a name that
/// contradicts its code.
#[test]
fn imports_that_would_lose_data_are_refused() {
    let d = Dir::new("lose");
    let before = status_json(&d.0, "tip");
    let o = palermo(&d.0, &["treaty", "export", "--instrument", "tip"]);
    let export = stdout(&o);

    let header_only = d.file("header_only.csv", HEADER);
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            header_only.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2015-01-01",
        ],
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("header_only.csv:1: the file has a header but no participant rows"),
        "{}",
        stderr(&o)
    );

    let truncated: String = export.lines().take(150).map(|l| format!("{l}\n")).collect();
    let t = d.file("truncated.csv", &truncated);
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            t.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2015-01-01",
        ],
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("omits 18 participant(s)"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("nothing was imported"));
    assert_eq!(status_json(&d.0, "tip"), before);
    // A dry run says what would change and writes nothing.
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            t.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2015-01-01",
            "--allow-removals",
            "--dry-run",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Dry run: nothing was written."));
    assert!(stdout(&o).contains("18 removed"), "{}", stdout(&o));
    assert_eq!(status_json(&d.0, "tip"), before);

    // An older (partial, 2008) snapshot cannot replace the 2014 data.
    let old = d.file(
        "old.csv",
        &format!("{HEADER}Albania,12 Dec 2000,21 Aug 2002\n"),
    );
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            old.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2008-07-17",
        ],
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("this snapshot is older (2008-07-17)"),
        "{}",
        stderr(&o)
    );
    assert_eq!(status_json(&d.0, "tip"), before);

    let mismatch = d.file(
        "mismatch.csv",
        "participant,iso3,signature_date,consent_date,consent_type\nAlbania,FRA,2000-12-12,2002-08-21,ratification\n",
    );
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            mismatch.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2015-01-01",
            "--allow-removals",
        ],
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("mismatch.csv:2: column \"iso3\": participant \"Albania\" is Albania (ALB) but iso3 is FRA"), "{}", stderr(&o));

    let early = d.file(
        "early.csv",
        &format!("{HEADER}Albania,12 Dec 1999,21 Aug 2002\n"),
    );
    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            early.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2015-01-01",
        ],
    );
    assert!(stderr(&o).contains("early.csv:2: column \"Signature\": signature dated 1999-12-12 is before the instrument was adopted"), "{}", stderr(&o));
    assert_eq!(status_json(&d.0, "tip"), before);

    let o = palermo(
        &d.0,
        &[
            "treaty",
            "import",
            d.0.to_str().unwrap(),
            "--instrument",
            "tip",
            "--as-of",
            "2015-01-01",
        ],
    );
    assert!(stderr(&o).contains("not a file"), "{}", stderr(&o));
}
