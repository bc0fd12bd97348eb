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
            "t.csv: line 2, field txtVALUE (\"12a\"): not a count",
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
    // A wrong encoding rejects the file, not one row.
    assert!(bad[0].fatal);
}

/// What stops reading midway rejects the whole file (`fatal`): a truncated
/// last line, a field that is not UTF-8, a read error. What concerns one
/// row only (an unknown code, an impossible year, a line with too many
/// fields) does not.
#[test]
fn file_level_conditions_are_fatal_row_errors_are_not() {
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    let read = |text: &[u8]| {
        let (ok, bad, _) = parse_bytes("t.csv", text, &idx).unwrap();
        (ok.len(), bad)
    };
    // The last line cut off after 5 of 13 fields.
    let text =
        format!("{HEADER}{GOOD}{GOOD}MDA,Republic of Moldova,Europe,Eastern Europe,Detected");
    let (ok, bad) = read(text.as_bytes());
    assert_eq!(ok, 2);
    assert_eq!(bad.len(), 1);
    assert!(bad[0].fatal, "{}", bad[0]);
    assert_eq!(bad[0].line, 4);
    assert!(bad[0].reason.contains("truncated last line"), "{}", bad[0]);
    // Latin-1 in the middle of a file.
    let mut bytes = format!("{HEADER}{GOOD}").into_bytes();
    bytes.extend_from_slice(b"CIV,C\xf4te d'Ivoire,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n");
    bytes.extend_from_slice(GOOD.as_bytes());
    let (_, bad) = read(&bytes);
    assert_eq!(bad.len(), 1);
    assert!(bad[0].fatal && bad[0].line == 3, "{}", bad[0]);
    // Ordinary row errors, and a long last line, are not fatal.
    let long_last = GOOD.replace('\n', ",extra");
    let text = format!("{HEADER}{GOOD}{}{long_last}", GOOD.replace("2019", "1850"));
    let (ok, bad) = read(text.as_bytes());
    assert_eq!(ok, 1);
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(bad.iter().all(|e| !e.fatal), "{bad:?}");
    assert!(!bad[1].reason.contains("truncated"), "{}", bad[1]);
}

/// A source that fails after `good` bytes (a network drive gone, a bad
/// disk sector).
struct FailsAfter(std::io::Cursor<Vec<u8>>);

impl std::io::Read for FailsAfter {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.0.read(buf)? {
            0 => Err(std::io::Error::other("device gone")),
            n => Ok(n),
        }
    }
}

#[test]
fn a_read_error_midway_rejects_the_file() {
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    // More than the 64 KiB read ahead to check the header.
    let text = format!("{HEADER}{}", GOOD.repeat(1000));
    let src = FailsAfter(std::io::Cursor::new(text.into_bytes()));
    let (_, bad, _) = GlotipReader::new("t.csv", src, &idx, GlotipOptions::default())
        .unwrap()
        .read_all();
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(bad[0].fatal, "{}", bad[0]);
    assert!(bad[0].reason.contains("device gone"), "{}", bad[0]);
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

/// QA: a column named twice was accepted (the second one's values used).
#[test]
fn a_column_named_twice_rejects_the_file() {
    let idx = palermo_import::bundled::reference_data().unwrap().index();
    let text = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source,Year\n";
    let e = GlotipReader::new("t.csv", text.as_bytes(), &idx, GlotipOptions::default())
        .err()
        .unwrap();
    assert_eq!(
        e.to_string(),
        "t.csv: line 1: columns 10 and 14 of the header have the same name"
    );
}
