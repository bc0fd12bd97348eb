//! Case records: the CTDC 2024 layout (Palermo's synthetic sample), the older
//! k-anonymised layout, HTCDS CSV and JSON, and every bad-input case.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::type_complexity)]

use palermo_import::ctdc::{parse_bytes, CaseOptions, CtdcReader};
use palermo_import::htcds::{HtcdsCsvReader, HtcdsJsonReader};
use palermo_import::rows::RowError;

use palermo_model::case::{AgeBand, CaseRecord, CaseSex, Flag};
use palermo_model::CountryIndex;

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");
const K_ANON: &str = include_str!("data/ctdc_global_k_anon_dataset_excerpt.csv");
const CTDC_HEADER: &str = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isForcedLabour,isSexualExploit,isOtherExploit,meansThreats\n";

fn idx() -> CountryIndex {
    palermo_import::bundled::reference_data().unwrap().index()
}

#[test]
fn synthetic_ctdc_sample_imports() {
    let (ok, bad) = parse_bytes("sample.csv", SAMPLE.as_bytes(), &idx(), "CTDC-synthetic").unwrap();
    assert!(bad.is_empty(), "{:?}", &bad[..bad.len().min(3)]);
    assert_eq!(ok.len(), 2000);
    let r = &ok[0];
    assert_eq!(r.year, Some(2009));
    assert_eq!(r.sex, CaseSex::Unknown);
    assert_eq!(r.age, Some(AgeBand::A30to38));
    assert_eq!(r.citizenship.as_deref(), Some("DEU"));
    assert_eq!(r.country_of_exploitation.as_deref(), Some("MEX"));
    assert_eq!(r.forms.forced_labour, Flag::Yes);
    assert_eq!(r.forms.sexual, Flag::Yes);
    // A 1 in the group recodes the group's empty cells to "no"…
    assert_eq!(r.forms.other, Flag::No);
    // …but forms the layout has no column for stay unknown.
    assert_eq!(r.forms.forced_marriage, Flag::Unknown);
    // Means of control all empty: unknown, not "no".
    assert_eq!(r.means.threats, Flag::Unknown);
    assert_eq!(r.recruiter.family, Flag::Yes);
    assert_eq!(r.recruiter.friend, Flag::No);
    assert_eq!(r.source, "CTDC-synthetic");
    assert_eq!(r.source_line, 2);
}

#[test]
fn older_k_anonymised_layout_imports() {
    let (ok, bad) = parse_bytes("k.csv", K_ANON.as_bytes(), &idx(), "CTDC").unwrap();
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 6);
    let r = &ok[0];
    assert_eq!(r.year, Some(2002));
    assert_eq!(r.sex, CaseSex::Female);
    assert_eq!(r.age, Some(AgeBand::A18to20));
    assert_eq!(r.data_source.as_deref(), Some("Case Management"));
    assert_eq!(r.citizenship.as_deref(), Some("COL"));
    assert_eq!(r.forms.sexual, Flag::Yes);
    assert_eq!(r.forms.forced_labour, Flag::No);
}

fn ctdc_errors(body: &str) -> Vec<String> {
    let text = format!("{CTDC_HEADER}{body}");
    let (_, bad) = parse_bytes("c.csv", text.as_bytes(), &idx(), "t").unwrap();
    bad.iter().map(|e| e.with_value().to_string()).collect()
}

/// Issue #13 item 9: CTDC's citizenship `00` means "unknown": the record is
/// kept, its citizenship unknown (it used to be rejected as an unknown
/// country code). Other two-digit codes are still refused.
#[test]
fn ctdc_citizenship_00_is_unknown() {
    let text = format!("{CTDC_HEADER}2019,Woman,9--17,00,ROU,,1,,\n2019,Woman,9--17,MDA,00,,1,,\n");
    let (ok, bad) = parse_bytes("c.csv", text.as_bytes(), &idx(), "t").unwrap();
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].citizenship, None);
    assert_eq!(ok[0].country_of_exploitation.as_deref(), Some("ROU"));
    assert_eq!(ok[1].country_of_exploitation, None);
    assert_eq!(ctdc_errors("2019,Woman,9--17,01,ROU,,1,,\n").len(), 1);
}

#[test]
fn ctdc_bad_rows() {
    let cases: &[(&str, &str)] = &[
        ("2019,Woman,9--17,MDA,ROU,,1,,\n", ""),
        (
            "2019,Woman,9--17,XXX,ROU,,1,,\n",
            "c.csv: line 2, field citizenship (\"XXX\"): unknown country code",
        ),
        (
            "2019,Robot,9--17,MDA,ROU,,1,,\n",
            "line 2, field gender (\"Robot\"): unknown gender",
        ),
        (
            "2019,Woman,17--19,MDA,ROU,,1,,\n",
            "line 2, field ageBroad (\"17--19\"): unknown age band",
        ),
        ("2099,Woman,9--17,MDA,ROU,,1,,\n", ""),
        (
            "1850,Woman,9--17,MDA,ROU,,1,,\n",
            "line 2, field yearOfRegistration (\"1850\"): impossible year of registration",
        ),
        (
            "2019,Woman,9--17,MDA,ROU,,yes,,\n",
            "line 2, field isSexualExploit (\"yes\"): expected 1, 0 or empty",
        ),
        (
            "2019,Woman,9--17,MDA,ROU,,1,,\n2019,Woman,9--1",
            "line 3: 3 fields, the header has 9 (truncated last line?)",
        ),
    ];
    for (body, want) in cases {
        let errs = ctdc_errors(body);
        if want.is_empty() {
            assert!(errs.is_empty(), "{body}: {errs:?}");
        } else {
            assert_eq!(errs.len(), 1, "{body}: {errs:?}");
            assert!(
                errs[0].contains(want),
                "{body}:\n got  {}\n want {want}",
                errs[0]
            );
        }
    }
    let opts = CaseOptions {
        source: "t".into(),
        max_year: 2024,
    };
    let text = format!("{CTDC_HEADER}2099,Woman,9--17,MDA,ROU,,1,,\n");
    let index = idx();
    let mut r = CtdcReader::new("c.csv", text.as_bytes(), &index, opts).unwrap();
    assert!(r
        .next()
        .unwrap()
        .unwrap_err()
        .to_string()
        .contains("expected 1990 to 2024"));
}

#[test]
fn ctdc_file_errors() {
    let index = idx();
    let tab = CTDC_HEADER.replace(',', "\t");
    let e = CtdcReader::new("c.tsv", tab.as_bytes(), &index, CaseOptions::new("t"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("c.tsv: line 1: wrong delimiter: the header splits on '\\t', expected ','"),
        "{e}"
    );
    let e = CtdcReader::new(
        "c.csv",
        "yearOfRegistration,gender\n2019,Man\n".as_bytes(),
        &index,
        CaseOptions::new("t"),
    )
    .err()
    .unwrap()
    .to_string();
    assert!(
        e.contains("missing required column(s) ageBroad, citizenship, CountryOfExploitation"),
        "{e}"
    );
    let mut latin = CTDC_HEADER.as_bytes().to_vec();
    latin.extend_from_slice(b"2019,Woman,9--17,MDA,ROU,,1,,\n2019,F\xe9minin,9--17,MDA,ROU,,1,,\n");
    let (ok, bad) = parse_bytes("c.csv", &latin, &index, "t").unwrap();
    assert_eq!(ok.len(), 1);
    assert!(
        bad[0].to_string().contains("line 3, field gender"),
        "{}",
        bad[0]
    );
    assert!(bad[0].to_string().contains("not valid UTF-8"), "{}", bad[0]);
}

const HT_HEADER: &str = "prs_Gender,vic_AgeWhenTrafficked,prs_Citizenship,vic_TypeOfExploitation,vic_MethodsOfControl,vic_RelationshipToTrafficker,vic_LocationOfExploitation,cas_IncomingReferralDate\n";

fn htcds(body: &str) -> (Vec<CaseRecord>, Vec<String>) {
    let text = format!("{HT_HEADER}{body}");
    let index = idx();
    let r = HtcdsCsvReader::new("h.csv", text.as_bytes(), &index, CaseOptions::new("ngo")).unwrap();
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for x in r {
        match x {
            Ok(p) => ok.push(p.value),
            Err(e) => bad.push(e.with_value().to_string()),
        }
    }
    (ok, bad)
}

#[test]
fn htcds_csv() {
    let (ok, bad) = htcds(
        "Feminine,16,MD,SexualExploitation;ForcedMarriage,FalsePromises,Acquainted,TR,2021-03-04\n",
    );
    assert!(bad.is_empty(), "{bad:?}");
    let r = &ok[0];
    assert_eq!(r.sex, CaseSex::Female);
    assert_eq!(r.age, Some(AgeBand::A9to17));
    assert_eq!(r.citizenship.as_deref(), Some("MDA"));
    assert_eq!(r.country_of_exploitation.as_deref(), Some("TUR"));
    assert_eq!(r.year, Some(2021));
    assert_eq!(r.forms.forced_marriage, Flag::Yes);
    assert_eq!(r.forms.forced_labour, Flag::No);
    assert_eq!(r.means.false_promises, Flag::Yes);
    assert_eq!(r.means.threats, Flag::No);
    assert_eq!(r.recruiter.friend, Flag::Yes);
    // Empty multiselects are unknown.
    let (ok, _) = htcds("Masculine,,,,,,,\n");
    assert_eq!(ok[0].forms.sexual, Flag::Unknown);
    assert_eq!(ok[0].age, None);

    let (_, bad) = htcds("Feminine,130,MD,SexualExploitation,,,TR,2021-03-04\n");
    assert!(
        bad[0].contains("h.csv: line 2, field vic_AgeWhenTrafficked (\"130\"): impossible age"),
        "{bad:?}"
    );
    let (_, bad) = htcds("Feminine,-1,MD,SexualExploitation,,,TR,2021-03-04\n");
    assert!(bad[0].contains("impossible age"), "{bad:?}");
    let (_, bad) = htcds("Feminine,16,MD,Smuggling,,,TR,2021-03-04\n");
    assert!(
        bad[0]
            .contains("field vic_TypeOfExploitation (\"Smuggling\"): unknown type of exploitation"),
        "{bad:?}"
    );
    let (_, bad) = htcds("Feminine,16,MD,SexualExploitation,,,TR,2021-02-30\n");
    assert!(
        bad[0].contains("field cas_IncomingReferralDate (\"2021-02-30\"): not a date"),
        "{bad:?}"
    );
    let (_, bad) = htcds("Feminine,16,ZZ,SexualExploitation,,,TR,2021-03-04\n");
    assert!(
        bad[0].contains("field prs_Citizenship (\"ZZ\"): unknown country code"),
        "{bad:?}"
    );
}

#[test]
fn htcds_refuses_identifiers() {
    let index = idx();
    let text = "prs_FirstName,prs_Birthdate,prs_Gender,vic_TypeOfExploitation\nAna,2001-01-01,Feminine,Other\n";
    let e = HtcdsCsvReader::new("h.csv", text.as_bytes(), &index, CaseOptions::new("ngo"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("column(s) prs_FirstName, prs_Birthdate identify persons"),
        "{e}"
    );
}

#[test]
fn htcds_json_array_and_lines() {
    let index = idx();
    let arr = r#"[
  {"Gender": "Masculine", "AgeWhenTrafficked": 30, "Citizenship": ["UA"], "TypeOfExploitation": ["ForcedLabour"], "LocationOfExploitation": "PL", "RegistrationYear": 2020},
  {"Gender": "Feminine", "AgeWhenTrafficked": 200, "TypeOfExploitation": "Other"}
]"#;
    let r =
        HtcdsJsonReader::new("h.json", arr.as_bytes(), &index, CaseOptions::new("ngo")).unwrap();
    let out: Vec<_> = r.collect();
    assert_eq!(out.len(), 2);
    let a = out[0].as_ref().unwrap();
    assert_eq!(a.value.citizenship.as_deref(), Some("UKR"));
    assert_eq!(a.value.year, Some(2020));
    assert_eq!(a.value.age, Some(AgeBand::A30to38));
    let e = out[1].as_ref().unwrap_err().with_value().to_string();
    assert!(
        e.contains("h.json: record 2 (line 3), field AgeWhenTrafficked (\"200\"): impossible age"),
        "{e}"
    );

    let lines = "{\"Gender\": \"Feminine\", \"TypeOfExploitation\": \"SexualExploitation\"}\n{\"Gender\": \"Feminine\", \"TypeOf";
    let r =
        HtcdsJsonReader::new("h.jsonl", lines.as_bytes(), &index, CaseOptions::new("ngo")).unwrap();
    let out: Vec<_> = r.collect();
    assert_eq!(out.len(), 2);
    assert!(out[0].is_ok());
    let e = out[1].as_ref().unwrap_err().with_value().to_string();
    assert!(
        e.contains(
            "h.jsonl: record 2 (line 2): the file ends inside an object (truncated last record?)"
        ),
        "{e}"
    );
    assert!(out[1].as_ref().unwrap_err().fatal);
    let e = HtcdsJsonReader::new(
        "h.json",
        "name,x\n".as_bytes(),
        &index,
        CaseOptions::new("ngo"),
    )
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains("expected a JSON array"), "{e}");
}

fn json(text: &str) -> Vec<Result<palermo_import::rows::Parsed<CaseRecord>, RowError>> {
    let index = idx();
    HtcdsJsonReader::new("h.json", text.as_bytes(), &index, CaseOptions::new("ngo"))
        .unwrap()
        .collect()
}

/// `json.dump` and `JSON.stringify` write an array on one line: each record
/// gets its own number (its stored source line), and messages name it.
#[test]
fn htcds_json_records_on_one_line_are_numbered() {
    let out = json(
        r#"[{"prs_Gender":"Female","vic_TypeOfExploitation":"SexualExploitation","RegistrationYear":2019},{"prs_Gender":"Male","vic_TypeOfExploitation":"ForcedLabour","RegistrationYear":2019},{"prs_Gender":"Robot"}]"#,
    );
    assert_eq!(out.len(), 3);
    let lines: Vec<u64> = out[..2]
        .iter()
        .map(|r| r.as_ref().unwrap().value.source_line)
        .collect();
    assert_eq!(lines, vec![1, 2]);
    assert_eq!(out[1].as_ref().unwrap().value.sex, CaseSex::Male);
    let e = out[2].as_ref().unwrap_err();
    assert_eq!(
        (e.record.map(|n| n.get()), e.line, e.fatal),
        (Some(3), 1, false)
    );
    assert!(
        e.to_string()
            .starts_with("h.json: record 3 (line 1), field prs_Gender"),
        "{e}"
    );
}

/// Broken JSON is a file-level error naming the line and what is wrong;
/// an element that is not an object is never skipped.
#[test]
fn broken_json_rejects_the_file() {
    let rec = r#"{"prs_Gender":"Female","vic_TypeOfExploitation":"Other"}"#;
    let cases = [
        (
            format!("[{rec},\n{rec}\n"),
            3,
            "the file ends before the array's closing ']'",
        ),
        (
            format!("[{rec}\n{rec}]"),
            2,
            "missing ',' between record 1 and record 2",
        ),
        (
            format!("[{rec},{rec}]\n{rec}"),
            2,
            "found an object after the array's closing ']'",
        ),
        (
            format!("[{rec},{rec}] x"),
            1,
            "after the array's closing ']'",
        ),
        (format!("[{rec},]"), 1, "trailing comma"),
        (
            format!("[{rec},,{rec}]"),
            1,
            "record 2: expected a JSON object, found a comma",
        ),
        (
            "[1,2,3]".to_owned(),
            1,
            "record 1: expected a JSON object, found a number",
        ),
        (
            format!("[{rec},\n\"x\"]"),
            2,
            "record 2: expected a JSON object, found a string",
        ),
        (
            format!("{rec}\n[{rec}]"),
            2,
            "record 2: expected a JSON object, found an array",
        ),
        (
            format!("[{rec},\n{{\"prs_Gender\": \"Female\" \"x\": 1}}]"),
            2,
            "not valid JSON",
        ),
    ];
    for (text, line, want) in &cases {
        let out = json(text);
        let e = out
            .iter()
            .find_map(|r| r.as_ref().err())
            .unwrap_or_else(|| panic!("{text}: no error"));
        assert!(e.fatal, "{text}: {e}");
        assert!(
            e.to_string().contains(want),
            "{text}:\n got  {e}\n want {want}"
        );
        assert_eq!(e.line, *line, "{text}: {e}");
        // Nothing after a fatal error.
        assert!(out.last().unwrap().is_err(), "{text}");
    }
    // Well-formed: an empty array, white space around it.
    assert!(json(" [ ] \n").is_empty());
    assert_eq!(json(&format!("[\n {rec} ,\n {rec}\n]\n")).len(), 2);
}

/// The file error of a reader that was expected to refuse its input.
fn refused<T>(r: Result<T, palermo_import::rows::FileError>) -> String {
    match r {
        Err(e) => e.to_string(),
        Ok(_) => panic!("the file was accepted"),
    }
}

/// QA: the CTDC reader refused no identifying column.
#[test]
fn ctdc_refuses_identifying_columns() {
    let index = idx();
    let text = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,prs_FirstName,prs_Birthdate\n\
                2019,Woman,9--17,MDA,ROU,Ana,2001-01-01\n";
    let e = refused(CtdcReader::new(
        "c.csv",
        text.as_bytes(),
        &index,
        CaseOptions::new("ngo"),
    ));
    assert!(
        e.contains("c.csv: line 1: column(s) prs_FirstName, prs_Birthdate identify persons"),
        "{e}"
    );
    assert!(!e.contains("Ana") && !e.contains("2001-01-01"), "{e}");
    // Semicolon layout, other spellings.
    let text = ";yearOfRegistration;gender;ageBroad;citizenship;CountryOfExploitation;Date of Birth;last_name\n";
    let e = refused(CtdcReader::new(
        "c.csv",
        text.as_bytes(),
        &index,
        CaseOptions::new("ngo"),
    ));
    assert!(
        e.contains("column(s) Date of Birth, last_name identify persons"),
        "{e}"
    );
}

/// QA: the HTCDS reader accepted these; each is refused, alone.
#[test]
fn htcds_csv_refuses_every_identifying_column() {
    let index = idx();
    for col in [
        "LastName",
        "DateOfBirth",
        "DOB",
        "PassportNumber",
        "Address",
        "Phone",
        "prs_MailingState",
        "prs_MailingCountry",
        "hte_Street",
        "hte_City",
        "hte_Latitude",
        "hte_Longitude",
        "prs_MiddleName",
        "prs_Salutation",
        "prs_IdentityNumber",
        "org_ShippingStreet",
    ] {
        let text = format!("prs_Gender,vic_TypeOfExploitation,{col}\nFeminine,Other,x\n");
        let e = refused(HtcdsCsvReader::new(
            "h.csv",
            text.as_bytes(),
            &index,
            CaseOptions::new("ngo"),
        ));
        assert!(
            e.contains(&format!("h.csv: line 1: column(s) {col} identify persons")),
            "{col}: {e}"
        );
    }
    // hte_Country (the country of an event) is not identifying.
    let text = "prs_Gender,vic_TypeOfExploitation,hte_Country\nFeminine,Other,MD\n";
    assert!(HtcdsCsvReader::new("h.csv", text.as_bytes(), &index, CaseOptions::new("ngo")).is_ok());
}

/// JSON: the first object's keys refuse the file on opening; a later object
/// with one is fatal (the whole file is rejected, not only its row).
#[test]
fn htcds_json_refuses_identifying_keys() {
    let index = idx();
    let arr = r#"[{"Gender": "Feminine", "TypeOfExploitation": "Other", "hte_Street": "Calle Mayor 1", "DOB": "2001-01-01"}]"#;
    let e = refused(HtcdsJsonReader::new(
        "h.json",
        arr.as_bytes(),
        &index,
        CaseOptions::new("ngo"),
    ));
    assert!(
        e.contains("h.json: line 1: column(s) DOB, hte_Street identify persons"),
        "{e}"
    );
    assert!(!e.contains("Calle") && !e.contains("2001"), "{e}");

    let lines = "{\"Gender\": \"Feminine\", \"TypeOfExploitation\": \"Other\"}\n\
                 {\"Gender\": \"Feminine\", \"TypeOfExploitation\": \"Other\", \"prs_FirstName\": \"Ana\"}\n";
    let r =
        HtcdsJsonReader::new("h.json", lines.as_bytes(), &index, CaseOptions::new("ngo")).unwrap();
    let out: Vec<_> = r.collect();
    assert!(out[0].is_ok());
    let e = out[1].as_ref().unwrap_err();
    assert!(e.fatal);
    assert_eq!(e.field.as_deref(), Some("prs_FirstName"));
    assert!(e.value.is_none());
    assert!(e
        .to_string()
        .contains("h.json: record 2 (line 2), field prs_FirstName: identifies a person"));
}

/// QA: `{}` was stored as a victim record with no field. An object with no
/// HTCDS field is a rejected row (named by its record number), the others
/// are read.
#[test]
fn htcds_json_empty_objects_are_rejected_rows() {
    let out = json(
        r#"[{}, {"prs_Gender":"Female","vic_TypeOfExploitation":"SexualExploitation"}, {"Nombre":"x"}]"#,
    );
    assert_eq!(out.len(), 3);
    let e = out[0].as_ref().unwrap_err();
    assert!(!e.fatal);
    assert!(
        e.to_string()
            .starts_with("h.json: record 1 (line 1): no HTCDS field in this record"),
        "{e}"
    );
    assert!(out[1].is_ok());
    let e = out[2].as_ref().unwrap_err();
    assert_eq!(e.record.map(std::num::NonZeroU64::get), Some(3));
}

/// QA: one HTCDS field under two spellings (`prs_Gender` and `Gender`) was
/// accepted, and one of the values silently dropped. It is refused: the
/// CSV file at its header (positions named), the JSON record (both names).
#[test]
fn one_field_under_two_names_is_refused() {
    let index = idx();
    let csv = "prs_Gender,Gender,vic_TypeOfExploitation\nFeminine,Masculine,SexualExploitation\n";
    let e = refused(HtcdsCsvReader::new(
        "h.csv",
        csv.as_bytes(),
        &index,
        CaseOptions::new("ngo"),
    ));
    assert!(
        e.contains("columns 1 and 2 of the header name the same HTCDS field"),
        "{e}"
    );
    assert!(!e.contains("Feminine") && !e.contains("Masculine"), "{e}");
    for rec in [
        r#"{"prs_Gender":"Female","Gender":"Male","vic_TypeOfExploitation":"SexualExploitation"}"#,
        r#"{"Gender":"Male","prs_Gender":"Female","vic_TypeOfExploitation":"SexualExploitation"}"#,
    ] {
        let rows = json(&format!("[{rec}]"));
        assert_eq!(rows.len(), 1);
        let err = rows[0].as_ref().map(|_| ()).unwrap_err().to_string();
        assert!(
            err.contains("the same HTCDS field under two names"),
            "{err}"
        );
        assert!(!err.contains("Male") && !err.contains("Female"), "{err}");
    }
}
