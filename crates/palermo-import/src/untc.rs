//! Treaty status tables: who signed an instrument and who consented to be
//! bound, and when.
//!
//! Two layouts are read:
//!
//! * **UNTC**: the UN Treaty Collection's status table as published
//!   (treaties.un.org, *Multilateral Treaties Deposited with the
//!   Secretary-General*, chapter XVIII): three columns, `Participant`,
//!   `Signature` and a consent column headed like
//!   `Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)`
//!   (the column order inside that header varies). Dates are written
//!   `21 Aug 2002`, followed by the kind of consent: `a` accession, `A`
//!   acceptance, `AA` approval, `d` succession, `c` formal confirmation,
//!   nothing for ratification. Participant names may carry footnote numbers
//!   (`Denmark 3,4`, `China¹`), which are removed.
//! * **Palermo CSV**: `participant,iso3,signature_date,consent_date,consent_type`
//!   with ISO 8601 dates (`2002-08-21`) and the consent type spelled out
//!   (`ratification`, `acceptance`, `approval`, `accession`, `succession`,
//!   `formal_confirmation`). `iso3` is empty only for an organisation without
//!   one (the European Union).
//!
//! Every row is checked ([`ParticipantStatus::validate`]); the reader returns
//! all rows or every error, so that an import can be atomic.

use std::collections::HashMap;
use std::io::Read;

use palermo_model::country::normalize_name;
use palermo_model::date::{parse_iso, parse_untc};
use palermo_model::treaty::Consent;
use palermo_model::{ConsentType, CountryIndex, Instrument, ParticipantStatus};
use time::Date;

use crate::{csv_error, line_of, ImportError, RowError};

/// The layout of a status table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFormat {
    /// The UN Treaty Collection's published table.
    Untc,
    /// Palermo's own documented CSV.
    Palermo,
}

/// A status table read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusTable {
    /// The layout it was read in.
    pub format: StatusFormat,
    /// One row per participant, in file order.
    pub rows: Vec<ParticipantStatus>,
    /// Oddities that do not invalidate a row (e.g. a ratification with no
    /// signature on record), with their line.
    pub warnings: Vec<RowError>,
}

/// Regional economic integration organisations that take part in the
/// instruments without an ISO 3166 code (article 36(2) of the Convention).
pub const ORGANISATIONS: [&str; 2] = ["European Union", "European Community"];

/// Removes footnote marks from a participant name: trailing digits, commas
/// and superscript digits (`"Denmark 3,4"` → `"Denmark"`).
pub fn strip_footnotes(name: &str) -> String {
    let is_mark = |c: char| {
        c.is_ascii_digit() || matches!(c, ',' | ' ' | '\u{a0}' | '¹' | '²' | '³' | '⁰'..='⁹' | '*')
    };
    name.trim().trim_end_matches(is_mark).trim().to_string()
}

/// Parses a UNTC date cell: a date, an optional consent suffix, and any
/// trailing footnote numbers. Returns `(date, suffix)`. UNTC's status tables
/// sometimes glue the suffix to the year (`"20 Jun 2013a"`, `"3 Mar 2004 AA"`
/// elsewhere): a year followed by letters is read as the year and its suffix.
fn parse_untc_cell(cell: &str) -> Result<(Date, String), String> {
    let mut tokens: Vec<&str> = cell.split_whitespace().collect();
    if let Some(third) = tokens.get(2).copied() {
        let digits = third.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 4 && third.len() > 4 && third[4..].chars().all(|c| c.is_ascii_alphabetic()) {
            tokens.splice(2..3, [&third[..4], &third[4..]]);
        }
    }
    if tokens.len() < 3 {
        return Err(format!("{cell:?} is not a date like \"21 Aug 2002\""));
    }
    let date_text = tokens[..3].join(" ");
    let date = parse_untc(&date_text)
        .ok_or_else(|| format!("{date_text:?} is not a valid date like \"21 Aug 2002\""))?;
    let mut suffix = String::new();
    for t in &tokens[3..] {
        if t.chars().all(|c| c.is_ascii_digit() || c == ',') {
            continue; // footnote
        }
        if !suffix.is_empty() {
            return Err(format!("unexpected text {t:?} after the date in {cell:?}"));
        }
        suffix = (*t).to_string();
    }
    Ok((date, suffix))
}

fn detect(headers: &csv::StringRecord) -> Option<StatusFormat> {
    let h: Vec<String> = headers
        .iter()
        .map(|s| s.trim().to_ascii_lowercase())
        .collect();
    if h.iter().any(|c| c == "consent_date") && h.iter().any(|c| c == "participant") {
        return Some(StatusFormat::Palermo);
    }
    let consent = h
        .iter()
        .any(|c| c.contains("ratification") || c.contains("accession"));
    if h.len() == 3 && h[0].starts_with("participant") && h[1].starts_with("signature") && consent {
        return Some(StatusFormat::Untc);
    }
    None
}

/// Reads a status table for `instrument` as it stood on `as_of`.
///
/// `format` forces a layout; `None` detects it from the header. Country
/// names are resolved through `countries` (ISO names and aliases); the
/// organisations in [`ORGANISATIONS`] take part without a code.
///
/// # Errors
/// [`ImportError::File`] for an unreadable file or an unknown header;
/// [`ImportError::Rows`] with every bad row otherwise: wrong column count,
/// impossible or malformed date, unknown suffix or consent type, unknown
/// country, duplicate participant, ratification before signature, a date
/// before adoption or after `as_of`.
pub fn read_status<R: Read>(
    file: &str,
    r: R,
    instrument: Instrument,
    as_of: Date,
    format: Option<StatusFormat>,
    countries: &CountryIndex,
) -> Result<StatusTable, ImportError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(r);
    let headers = rdr
        .headers()
        .map_err(|e| ImportError::File(csv_error(file, &e)))?
        .clone();
    let detected = detect(&headers);
    let format = match (format, detected) {
        (Some(f), Some(d)) if f == d => f,
        (None, Some(d)) => d,
        _ => {
            return Err(ImportError::File(RowError {
                file: file.to_string(),
                line: 1,
                column: None,
                reason: format!(
                    "unrecognised header {:?}: expected the UN Treaty Collection layout \
                     (Participant, Signature, Ratification/Accession…) or Palermo's CSV \
                     (participant, iso3, signature_date, consent_date, consent_type)",
                    headers.iter().collect::<Vec<_>>()
                ),
            }))
        }
    };
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let palermo_cols = (
        col("participant"),
        col("iso3"),
        col("signature_date"),
        col("consent_date"),
        col("consent_type"),
    );

    let (participant_col, signature_col, consent_col) = match format {
        StatusFormat::Untc => (
            headers.get(0).unwrap_or("Participant").to_string(),
            headers.get(1).unwrap_or("Signature").to_string(),
            headers.get(2).unwrap_or("Ratification").to_string(),
        ),
        StatusFormat::Palermo => (
            "participant".to_string(),
            "signature_date".to_string(),
            "consent_date".to_string(),
        ),
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut data_rows = 0usize;

    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(csv_error(file, &e));
                continue;
            }
        };
        let line = line_of(&rec);
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        data_rows += 1;
        let err = |column: &str, reason: String| RowError {
            file: file.to_string(),
            line,
            column: Some(column.to_string()),
            reason,
        };
        let parsed = match format {
            StatusFormat::Untc => parse_untc_row(&rec, &headers, instrument, countries),
            StatusFormat::Palermo => parse_palermo_row(&rec, palermo_cols, instrument, countries),
        };
        let row = match parsed {
            Ok(row) => row,
            Err((column, reason)) => {
                errors.push(err(&column, reason));
                continue;
            }
        };
        let key = row
            .iso3
            .clone()
            .unwrap_or_else(|| normalize_name(&row.participant));
        if let Some(first) = seen.get(&key) {
            errors.push(err(
                &participant_col,
                format!(
                    "duplicate row for {:?} (first at line {first})",
                    row.participant
                ),
            ));
            continue;
        }
        seen.insert(key, line);
        if let Err(e) = row.validate(as_of) {
            let col = if e.concerns_signature() {
                &signature_col
            } else {
                &consent_col
            };
            errors.push(err(col, e.to_string()));
            continue;
        }
        for w in row.warnings() {
            warnings.push(err(&consent_col, w));
        }
        rows.push(row);
    }
    if data_rows == 0 && errors.is_empty() {
        return Err(ImportError::File(RowError {
            file: file.to_string(),
            line: 1,
            column: None,
            reason: "the file has a header but no participant rows".into(),
        }));
    }
    if errors.is_empty() {
        Ok(StatusTable {
            format,
            rows,
            warnings,
        })
    } else {
        Err(ImportError::Rows {
            file: file.to_string(),
            errors,
        })
    }
}

type CellError = (String, String);

/// Positions of participant, iso3, signature_date, consent_date, consent_type.
type PalermoColumns = (
    Option<usize>,
    Option<usize>,
    Option<usize>,
    Option<usize>,
    Option<usize>,
);

fn resolve_participant(name: &str, countries: &CountryIndex) -> Result<Option<String>, String> {
    if ORGANISATIONS
        .iter()
        .any(|o| normalize_name(o) == normalize_name(name))
    {
        return Ok(None);
    }
    countries
        .resolve(name)
        .map(|c| Some(c.iso3.clone()))
        .ok_or_else(|| {
            format!(
                "unknown participant {name:?}: not a country in the reference data (add an alias \
             to data/countries/country_aliases.csv) nor a regional economic integration \
             organisation"
            )
        })
}

fn parse_untc_row(
    rec: &csv::StringRecord,
    headers: &csv::StringRecord,
    instrument: Instrument,
    countries: &CountryIndex,
) -> Result<ParticipantStatus, CellError> {
    let h = |i: usize| headers.get(i).unwrap_or("").to_string();
    let participant = strip_footnotes(rec.get(0).unwrap_or(""));
    if participant.is_empty() {
        return Err((h(0), "empty participant name".into()));
    }
    let iso3 = resolve_participant(&participant, countries).map_err(|e| (h(0), e))?;
    let sig_cell = rec.get(1).unwrap_or("").trim();
    let signature = if sig_cell.is_empty() {
        None
    } else {
        let (d, suffix) = parse_untc_cell(sig_cell).map_err(|e| (h(1), e))?;
        // "d" marks a succession to a signature; any other mark is an error.
        if !(suffix.is_empty() || suffix == "d") {
            return Err((
                h(1),
                format!("unexpected mark {suffix:?} after the signature date"),
            ));
        }
        Some(d)
    };
    let consent_cell = rec.get(2).unwrap_or("").trim();
    let consent = if consent_cell.is_empty() {
        None
    } else {
        let (date, suffix) = parse_untc_cell(consent_cell).map_err(|e| (h(2), e))?;
        let kind = ConsentType::from_untc_suffix(&suffix).ok_or_else(|| {
            (
                h(2),
                format!(
                    "unknown mark {suffix:?} after the date: expected a (accession), A \
                     (acceptance), AA (approval), d (succession), c (formal confirmation) \
                     or none (ratification)"
                ),
            )
        })?;
        Some(Consent { date, kind })
    };
    Ok(ParticipantStatus {
        instrument,
        participant,
        iso3,
        signature,
        consent,
    })
}

fn parse_palermo_row(
    rec: &csv::StringRecord,
    cols: PalermoColumns,
    instrument: Instrument,
    countries: &CountryIndex,
) -> Result<ParticipantStatus, CellError> {
    let get = |c: Option<usize>| c.and_then(|i| rec.get(i)).unwrap_or("").trim();
    let participant = get(cols.0).to_string();
    if participant.is_empty() {
        return Err(("participant".into(), "empty participant name".into()));
    }
    let code = get(cols.1);
    let iso3 = if code.is_empty() {
        resolve_participant(&participant, countries).map_err(|e| ("participant".into(), e))?
    } else {
        let c = countries
            .by_code(&code.to_ascii_uppercase())
            .ok_or_else(|| ("iso3".to_string(), format!("unknown country code {code:?}")))?;
        // A name that resolves to another country contradicts the code.
        if let Some(named) = countries.resolve(&participant) {
            if named.iso3 != c.iso3 {
                return Err((
                    "iso3".into(),
                    format!(
                        "participant {participant:?} is {} ({}) but iso3 is {} ({})",
                        named.name, named.iso3, c.iso3, c.name
                    ),
                ));
            }
        }
        Some(c.iso3.clone())
    };
    let date = |name: &str, c: Option<usize>| -> Result<Option<Date>, CellError> {
        let s = get(c);
        if s.is_empty() {
            return Ok(None);
        }
        parse_iso(s).map(Some).ok_or_else(|| {
            (
                name.to_string(),
                format!("{s:?} is not a valid date YYYY-MM-DD"),
            )
        })
    };
    let signature = date("signature_date", cols.2)?;
    let consent_date = date("consent_date", cols.3)?;
    let kind_text = get(cols.4);
    let consent = match (consent_date, kind_text.is_empty()) {
        (None, true) => None,
        (Some(date), false) => {
            let kind = kind_text
                .parse::<ConsentType>()
                .map_err(|e| ("consent_type".into(), e))?;
            Some(Consent { date, kind })
        }
        (Some(_), true) => {
            return Err((
                "consent_type".into(),
                "a consent_date needs a consent_type".into(),
            ))
        }
        (None, false) => {
            return Err((
                "consent_date".into(),
                "a consent_type needs a consent_date".into(),
            ))
        }
    };
    Ok(ParticipantStatus {
        instrument,
        participant,
        iso3,
        signature,
        consent,
    })
}

/// Writes rows in Palermo's CSV layout (the inverse of the Palermo reader).
///
/// # Errors
/// Only I/O errors from `w`.
pub fn write_palermo_csv<W: std::io::Write>(
    w: W,
    rows: &[ParticipantStatus],
) -> Result<(), csv::Error> {
    let mut wtr = csv::Writer::from_writer(w);
    wtr.write_record([
        "participant",
        "iso3",
        "signature_date",
        "consent_date",
        "consent_type",
    ])?;
    for r in rows {
        let d = |d: Option<Date>| d.map(palermo_model::date::iso).unwrap_or_default();
        wtr.write_record([
            r.participant.as_str(),
            r.iso3.as_deref().unwrap_or(""),
            &d(r.signature),
            &d(r.consent.map(|c| c.date)),
            r.consent.map(|c| c.kind.as_str()).unwrap_or(""),
        ])?;
    }
    wtr.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnotes_are_stripped() {
        assert_eq!(strip_footnotes("Denmark 3,4"), "Denmark");
        assert_eq!(strip_footnotes("China¹"), "China");
        assert_eq!(strip_footnotes("Netherlands5"), "Netherlands");
        assert_eq!(
            strip_footnotes("  Bolivia (Plurinational State of) "),
            "Bolivia (Plurinational State of)"
        );
    }

    #[test]
    fn untc_cells() {
        let (d, s) = parse_untc_cell("8 Feb 2008 a").unwrap();
        assert_eq!(palermo_model::date::iso(d), "2008-02-08");
        assert_eq!(s, "a");
        let (_, s) = parse_untc_cell("21 May 2004 AA 7").unwrap();
        assert_eq!(s, "AA");
        assert!(parse_untc_cell("31 Jun 2004").is_err());
        assert!(parse_untc_cell("2004").is_err());
        assert!(parse_untc_cell("1 Jun 2004 a b").is_err());
        // Glued to the year, as in UNTC's tables ("20 Jun 2013a").
        let (d, s) = parse_untc_cell("20 Jun 2013a").unwrap();
        assert_eq!(
            (palermo_model::date::iso(d).as_str(), s.as_str()),
            ("2013-06-20", "a")
        );
        let (_, s) = parse_untc_cell("21 May 2004AA 7").unwrap();
        assert_eq!(s, "AA");
        assert!(parse_untc_cell("1 Jun 20044").is_err());
        assert!(parse_untc_cell("1 Jun 2004a b").is_err());
    }
}
