//! Unknown columns (issue #10, "Smaller"): below the 1,000-column bound a
//! column that is no CTDC or HTCDS field was ignored silently (a misspelt
//! `gendre` lost a variable without a word). The readers now list them, by
//! position and header, once per file; the fields of both CTDC layouts and
//! of HTCDS 2.0 that Palermo does not read are fields, not unknown.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_import::ctdc::{CaseOptions, CtdcReader};
use palermo_import::htcds::{HtcdsCsvReader, HtcdsJsonReader};
use palermo_import::rows::unknown_columns_warning;
use palermo_model::CountryIndex;

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");
const K_ANON: &str = include_str!("data/ctdc_global_k_anon_dataset_excerpt.csv");

fn idx() -> CountryIndex {
    palermo_import::bundled::reference_data().unwrap().index()
}

#[test]
fn both_ctdc_layouts_have_no_unknown_column() {
    let index = idx();
    for (name, text) in [("2024.csv", SAMPLE), ("k-anon.csv", K_ANON)] {
        let r = CtdcReader::new(name, text.as_bytes(), &index, CaseOptions::new("t")).unwrap();
        assert_eq!(r.unknown_columns(), &[] as &[(usize, String)], "{name}");
    }
}

#[test]
fn unknown_ctdc_columns_are_listed_by_position_and_header() {
    let index = idx();
    let text = "yearOfRegistration,gendre,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,notes\n2019,x,Woman,9--17,MDA,ROU,,Maria\n";
    let r = CtdcReader::new("c.csv", text.as_bytes(), &index, CaseOptions::new("t")).unwrap();
    assert_eq!(
        r.unknown_columns(),
        &[(2, "gendre".to_owned()), (8, "notes".to_owned())]
    );
    let w = unknown_columns_warning("c.csv", "CTDC", r.unknown_columns()).unwrap();
    assert_eq!(
        w,
        "c.csv: columns 2 (gendre), 8 (notes) of the header are no CTDC fields; they are ignored"
    );
    assert!(!w.contains("Maria"));
}

#[test]
fn unknown_htcds_columns_and_keys_are_listed() {
    let index = idx();
    // HTCDS fields Palermo does not read (with or without their prefix) are
    // fields of the standard.
    let text = "prs_Gender,vic_TypeOfExploitation,prs_MaritalStatus,Vulnerabilities,cas_Status,vic_Mood,x\nFeminine,Other,,,,,\n";
    let r = HtcdsCsvReader::new("h.csv", text.as_bytes(), &index, CaseOptions::new("t")).unwrap();
    assert_eq!(
        r.unknown_columns(),
        &[(6, "vic_Mood".to_owned()), (7, "x".to_owned())]
    );
    // JSON: the first record's keys, as a CSV header
    let json = r#"[{"prs_Gender": "Feminine", "vic_TypeOfExploitation": "Other", "cas_Status": "Open", "mood": "sad"}]"#;
    let r = HtcdsJsonReader::new("h.json", json.as_bytes(), &index, CaseOptions::new("t")).unwrap();
    assert_eq!(r.unknown_columns(), &[(4, "mood".to_owned())]);
}

/// The warning is bounded: at most 20 columns listed, each header cut to
/// 40 characters, the rest counted.
#[test]
fn the_warning_is_bounded() {
    let cols: Vec<(usize, String)> = (1..=500)
        .map(|i| (i, format!("{}{i}", "h".repeat(100))))
        .collect();
    let w = unknown_columns_warning("f.csv", "HTCDS", &cols).unwrap();
    assert!(w.len() < 1_500, "{}", w.len());
    assert!(w.contains("and 480 more"), "{w}");
    assert!(!w.contains(&"h".repeat(41)), "{w}");
    assert_eq!(unknown_columns_warning("f.csv", "HTCDS", &[]), None);
}
