//! `palermo cases import` of HTCDS values off the standard's picklist
//! (issue #13 item 10): the rows are stored, one warning per value names
//! line and field in the data holder's report, and the terminal never
//! shows the value as written.
//! Value names and labels are HTCDS 2.0's (`HTCDS_Field_Standards_2.0.csv`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{cases_import, stderr, stdout, Dir};

#[test]
fn labels_case_differences_and_forced_criminality_are_stored_with_warnings() {
    let d = Dir::new("htcds-picklist");
    d.file(
        "h.csv",
        "prs_Gender,vic_TypeOfExploitation\n\
         Feminine,SexualExploitation\n\
         Transgender Feminine,Forced labour\n\
         masculine,ForcedCriminality\n",
    );
    let out = cases_import(&d.0, "h.csv", "ngo", "htcds-csv", &[]);
    let terminal = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{terminal}");
    for written in [
        "Transgender Feminine",
        "Forced labour",
        "masculine",
        "Criminality",
    ] {
        assert!(
            !terminal.contains(written),
            "the value as written leaked: {terminal}"
        );
    }
    // The data holder's report: one warning per value off the picklist.
    let report = std::fs::read_to_string(d.0.join("h.csv.rejected.csv")).unwrap();
    let mut rd = csv::Reader::from_reader(report.as_bytes());
    let rows: Vec<(String, String, String, String)> = rd
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[0].to_owned(),
                r[2].to_owned(),
                r[3].to_owned(),
                r[5].to_owned(),
            )
        })
        .collect();
    let got: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(k, l, f, _)| (k.as_str(), l.as_str(), f.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("warning", "3", "prs_Gender"),
            ("warning", "3", "vic_TypeOfExploitation"),
            ("warning", "4", "prs_Gender"),
            ("warning", "4", "vic_TypeOfExploitation"),
        ],
        "{report}"
    );
    assert!(
        rows[0].3.ends_with("read as TransgenderFeminine"),
        "{report}"
    );
    assert!(rows[1].3.ends_with("read as ForcedLabour"), "{report}");
    assert!(rows[2].3.ends_with("read as Masculine"), "{report}");
    assert!(
        rows[3].3.contains("outside the HTCDS 2.0 picklist"),
        "{report}"
    );
}
