//! Per-field length limits from the standards (issue #10, "Smaller"): one
//! 256-byte limit for every field let a 200-byte data source name be stored
//! and refused a record that ticks every HTCDS method of control (its 16
//! labels joined are 305 bytes). Each field kind now has its own limit,
//! taken from HTCDS 2.0's field definitions and the CTDC codebooks
//! (`palermo_import::rows::FieldKind`), and a value beyond it is refused
//! with its line, field and the limit, never the value.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_import::ctdc::{parse_bytes, CaseOptions};
use palermo_import::htcds::{HtcdsCsvReader, HtcdsJsonReader};
use palermo_model::case::Flag;
use palermo_model::CountryIndex;

fn idx() -> CountryIndex {
    palermo_import::bundled::reference_data().unwrap().index()
}

/// HTCDS 2.0 (`HTCDS_Field_Standards_2.0.csv`, IOM, CC BY 4.0): the value
/// labels of the multiselect picklist `vic_MethodsOfControl`, in the
/// standard's order (16 values, 305 bytes joined by `;`).
const METHODS_OF_CONTROL: [&str; 16] = [
    "Physical threats",
    "Threats of law enforcement",
    "Threatens children/family",
    "Debt bondage",
    "False promises",
    "Physical abuse",
    "Sexual abuse",
    "Takes earnings",
    "Restricts financial access",
    "Restricts medical care",
    "Withholds necessities",
    "Psychological abuse",
    "Psychoactive substance",
    "Excessive working hours",
    "Withholds documents",
    "Other",
];

/// The same source: the labels of `vic_TypeOfExploitation` (11 values, 171
/// bytes joined).
const TYPES_OF_EXPLOITATION: [&str; 11] = [
    "Forced labour",
    "Sexual exploitation",
    "Child labour",
    "Forced marriage",
    "Servitude",
    "Forced military (by non-state actors)",
    "Organ removal",
    "Forced begging",
    "Forced adoption",
    "Surrogacy",
    "Other",
];

fn htcds_csv(header: &str, row: &str) -> Vec<Result<palermo_model::case::CaseRecord, String>> {
    let text = format!("{header}\n{row}\n");
    let index = idx();
    HtcdsCsvReader::new("h.csv", text.as_bytes(), &index, CaseOptions::new("ngo"))
        .unwrap()
        .map(|r| r.map(|p| p.value).map_err(|e| e.to_string()))
        .collect()
}

#[test]
fn every_value_of_a_multiselect_fits_in_its_field() {
    let methods = METHODS_OF_CONTROL.join(";");
    let forms = TYPES_OF_EXPLOITATION.join(";");
    assert_eq!((methods.len(), forms.len()), (305, 171));
    let got = htcds_csv(
        "prs_Gender,vic_TypeOfExploitation,vic_MethodsOfControl,prs_Citizenship",
        &format!("Transgender Masculine,{forms},{methods},MDA;ROU;UKR"),
    );
    let rec = got[0].as_ref().unwrap();
    assert_eq!(rec.means.withhold_documents, Flag::Yes);
    assert_eq!(rec.means.debt_bondage_earnings, Flag::Yes);
    assert_eq!(rec.forms.forced_marriage, Flag::Yes);
    assert_eq!(rec.citizenship.as_deref(), Some("MDA"));
    // and in JSON, as arrays
    let json = serde_json::json!([{
        "prs_Gender": "Feminine",
        "vic_TypeOfExploitation": TYPES_OF_EXPLOITATION,
        "vic_MethodsOfControl": METHODS_OF_CONTROL,
    }])
    .to_string();
    let index = idx();
    let recs: Vec<_> =
        HtcdsJsonReader::new("h.json", json.as_bytes(), &index, CaseOptions::new("ngo"))
            .unwrap()
            .collect();
    let rec = &recs[0].as_ref().map_err(ToString::to_string).unwrap().value;
    assert_eq!(rec.means.other, Flag::Yes);
}

/// Each kind refuses a value one byte beyond its limit, naming line, field
/// and limit, and never the value.
#[test]
fn a_value_beyond_its_kinds_limit_is_refused_without_the_value() {
    let secret = "Q";
    // CTDC: a free-text data source name of 65 bytes (limit 64), a gender
    // of 33 (limit 32, the longest code 31: "Trans/Transgender/NonConforming"),
    // a year of 5 digits (limit 4), a binary variable of 4 (limit 3: "-99").
    let header = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,Datasource,isForcedLabour";
    let cases = [
        (
            format!("2019,Woman,9--17,MDA,ROU,{},1", secret.repeat(65)),
            "Datasource",
            65,
            64,
        ),
        (
            format!("2019,{},9--17,MDA,ROU,NGO,1", secret.repeat(33)),
            "gender",
            33,
            32,
        ),
        (
            "20190,Woman,9--17,MDA,ROU,NGO,1".to_owned(),
            "yearOfRegistration",
            5,
            4,
        ),
        (
            "2019,Woman,9--17,MDA,ROU,NGO,1111".to_owned(),
            "isForcedLabour",
            4,
            3,
        ),
        (
            "2019,Woman,9--17,MDAQ,ROU,NGO,1".to_owned(),
            "citizenship",
            4,
            3,
        ),
    ];
    for (row, field, len, max) in cases {
        let text = format!("{header}\n2019,Woman,9--17,MDA,ROU,NGO,1\n{row}\n");
        let (ok, bad) = parse_bytes("c.csv", text.as_bytes(), &idx(), "t").unwrap();
        assert_eq!(ok.len(), 1, "{field}");
        let msg = bad[0].to_string();
        assert!(
            msg.starts_with(&format!(
                "c.csv: line 3, field {field}: a value of {len} bytes"
            )) && msg.contains(&format!("at most {max} bytes")),
            "{msg}"
        );
        assert!(
            !msg.contains("QQ") && !msg.contains("MDAQ") && !msg.contains("20190"),
            "{msg}"
        );
    }
    // A data source name within the limit is kept.
    let text = format!("{header}\n2019,Woman,9--17,MDA,ROU,{},1\n", "N".repeat(64));
    let (ok, bad) = parse_bytes("c.csv", text.as_bytes(), &idx(), "t").unwrap();
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok[0].data_source.as_deref().map(str::len), Some(64));

    // HTCDS: an age of 4 bytes (limit 3), a date of 11 (limit 10), a
    // multiselect of every method of control with one more byte (limit 320
    // reached with padding), in CSV and JSON.
    let header = "prs_Gender,vic_TypeOfExploitation,vic_AgeWhenTrafficked,cas_IncomingReferralDate";
    for (row, field, len, max) in [
        (
            "Feminine,Other,1000,2020-01-01",
            "vic_AgeWhenTrafficked",
            4,
            3,
        ),
        (
            "Feminine,Other,17,2020-01-011",
            "cas_IncomingReferralDate",
            11,
            10,
        ),
    ] {
        let got = htcds_csv(header, row);
        let msg = got[0].as_ref().unwrap_err();
        assert!(
            msg.starts_with(&format!(
                "h.csv: line 2, field {field}: a value of {len} bytes"
            )) && msg.contains(&format!("at most {max} bytes")),
            "{msg}"
        );
    }
    let long = format!("Other;{}", "Q".repeat(400));
    let index = idx();
    let json =
        format!("{{\"prs_Gender\": \"Feminine\", \"vic_TypeOfExploitation\": \"{long}\"}}\n");
    let recs: Vec<_> =
        HtcdsJsonReader::new("h.json", json.as_bytes(), &index, CaseOptions::new("ngo"))
            .unwrap()
            .collect();
    let msg = recs[0].as_ref().unwrap_err().to_string();
    assert!(
        msg.contains("field vic_TypeOfExploitation: a value of 406 bytes")
            && msg.contains("at most 320 bytes"),
        "{msg}"
    );
    assert!(!msg.contains("QQ"), "{msg}");
}
