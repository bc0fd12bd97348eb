//! Bad GLOTIP input: each case gives a message naming the line and field.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::type_complexity)]

use palermo_import::glotip::{parse_bytes, GlotipOptions, GlotipReader};

use palermo_import::rows::FileError;

const HEADER: &str = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n";
const GOOD: &str = "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\"1,282\",GLOTIP\n";

fn errors_of(body: &str) -> Vec<String> {
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    let text = format!("{HEADER}{body}");
    let (_, bad, _) = parse_bytes("t.csv", text.as_bytes(), &idx).unwrap();
    bad.iter().map(|e| e.with_value().to_string()).collect()
}

fn file_error(bytes: &[u8]) -> String {
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    match parse_bytes("t.csv", bytes, &idx) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("expected a file error"),
    }
}

#[test]
fn good_row_reads() {
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    let text = format!("{HEADER}{GOOD}");
    let (ok, bad, warn) = parse_bytes("t.csv", text.as_bytes(), &idx).unwrap();
    assert!(bad.is_empty() && warn.is_empty());
    assert_eq!(ok[0].value.min, 1282);
    assert_eq!(ok[0].iso3.as_deref(), Some("MDA"));
    assert_eq!(ok[0].source_line, 2);
}

#[test]
fn check() {
    let cases: &[(&str, &str)] = &[
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,12a,GLOTIP\n",
            "t.csv: line 2, field txtVALUE (\"12a\"): \"12a\" is not a count",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2190,Counts,3,GLOTIP\n",
            "t.csv: line 2, field Year (\"2190\"): impossible year",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,1899,Counts,3,GLOTIP\n",
            "field Year (\"1899\"): impossible year",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Victims of smuggling,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n",
            "line 2, field Indicator (\"Victims of smuggling\"): unknown indicator; expected one of",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,F,Total,2019,Counts,3,GLOTIP\n",
            "",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Children,2019,Counts,3,GLOTIP\n",
            "",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Elderly,2019,Counts,3,GLOTIP\n",
            "field Age (\"Elderly\"): unknown age group",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,by form of exploitation,Begging,Total,Total,2019,Counts,3,GLOTIP\n",
            "field Category (\"Begging\"): unknown form of exploitation",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,,GLOTIP\n",
            "field txtVALUE (\"\"): empty value",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Percent,3,GLOTIP\n",
            "field Unit of measurement (\"Percent\"): unknown unit",
        ),
        (
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\nMDA,Republic of Moldova,Europe,Eastern Europe,Detected traff",
            "t.csv: line 3: 5 fields, the header has 13 (truncated last line?)",
        ),
    ];
    for (body, want) in cases {
        let errs = errors_of(body);
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
}

#[test]
fn latin1_is_reported_with_line_and_field() {
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(b"CIV,C\xf4te d'Ivoire,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n");
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    let (_, bad, _) = parse_bytes("t.csv", &bytes, &idx).unwrap();
    let msg = bad[0].to_string();
    assert!(msg.contains("line 2, field Country"), "{msg}");
    assert!(msg.contains("not valid UTF-8 (byte 0xF4"), "{msg}");
    assert!(msg.contains("Latin-1"), "{msg}");
}

#[test]
fn file_level_errors() {
    let semi = HEADER.replace(',', ";");
    assert!(file_error(semi.as_bytes())
        .contains("line 1: wrong delimiter: the header splits on ';', expected ','"));
    let missing = "Iso3_code,Country,Indicator,Year,txtVALUE\n";
    let e = file_error(missing.as_bytes());
    assert!(
        e.contains("missing required column(s) Region, Subregion, Dimension, Category, Sex, Age"),
        "{e}"
    );
    assert!(file_error(&[0xFF, 0xFE, b'I', 0]).contains("UTF-16"));
    assert!(file_error(b"").contains("empty"));
    assert!(file_error(b"PK\x03\x04\x00\x00").contains("NUL bytes"));
}

#[test]
fn unknown_country_is_kept_and_reported() {
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    let text = format!("{HEADER},Atlantis,Europe,Northern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,<5,GLOTIP\n");
    let (ok, bad, warn) = parse_bytes("t.csv", text.as_bytes(), &idx).unwrap();
    assert!(bad.is_empty());
    assert_eq!(ok[0].area, "Atlantis");
    assert!(ok[0].iso3.is_none());
    assert!(
        warn[0]
            .with_value()
            .to_string()
            .contains("line 2, field Country (\"Atlantis\"): unknown country"),
        "{}",
        warn[0]
    );
    let opts = GlotipOptions { max_year: 2018 };
    let text = format!("{HEADER}{GOOD}");
    let mut r = GlotipReader::new("t.csv", text.as_bytes(), &idx, opts).unwrap();
    assert!(r
        .next()
        .unwrap()
        .unwrap_err()
        .to_string()
        .contains("GLOTIP data cover 2000 to 2018"));
    let _ = FileError::Empty {
        file: String::new(),
    };
}
