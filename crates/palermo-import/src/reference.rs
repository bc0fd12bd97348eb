//! Reference data: countries (ISO 3166-1 with UN M49 regions), population
//! (World Bank SP.POP.TOTL) and country-name aliases.
//!
//! Formats are those of the bundled files (see `data/PROVENANCE.md`):
//! * countries: `name,alpha-2,alpha-3,country-code,iso_3166-2,region,sub-region,intermediate-region,…`
//!   (github.com/lukes/ISO-3166-Countries-with-Regional-Codes, `all/all.csv`);
//! * population: `Country Name,Country Code,Year,Value` (github.com/datasets/population);
//! * aliases: `alias,iso3,source` (Palermo's own).

use std::collections::HashSet;
use std::io::Read;

use palermo_model::country::is_un_member;
use palermo_model::{Country, PopulationRecord};

use crate::{csv_error, line_of, ImportError, RowError};

/// Column positions found by header name.
fn find_columns(
    file: &str,
    headers: &csv::StringRecord,
    wanted: &[&str],
) -> Result<Vec<usize>, ImportError> {
    wanted
        .iter()
        .map(|w| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(w))
                .ok_or_else(|| {
                    ImportError::File(RowError {
                        file: file.to_string(),
                        line: 1,
                        column: Some((*w).to_string()),
                        reason: format!("missing required column {w:?}"),
                    })
                })
        })
        .collect()
}

fn reader<R: Read>(r: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(r)
}

/// Reads the ISO 3166 / M49 country table.
///
/// # Errors
/// A missing column, a malformed row, a code of the wrong shape or a
/// duplicate alpha-3 code; every bad row is reported.
pub fn read_countries<R: Read>(file: &str, r: R) -> Result<Vec<Country>, ImportError> {
    let mut rdr = reader(r);
    let headers = rdr
        .headers()
        .map_err(|e| ImportError::File(csv_error(file, &e)))?
        .clone();
    let cols = find_columns(
        file,
        &headers,
        &[
            "name",
            "alpha-2",
            "alpha-3",
            "country-code",
            "region",
            "sub-region",
            "intermediate-region",
        ],
    )?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(csv_error(file, &e));
                continue;
            }
        };
        let line = line_of(&rec);
        let get = |i: usize| rec.get(cols[i]).unwrap_or("").trim().to_string();
        let err = |column: &str, reason: String| RowError {
            file: file.to_string(),
            line,
            column: Some(column.to_string()),
            reason,
        };
        let iso3 = get(2);
        let iso2 = get(1);
        if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.push(err(
                "alpha-3",
                format!("{iso3:?} is not an ISO 3166-1 alpha-3 code"),
            ));
            continue;
        }
        if iso2.len() != 2 || !iso2.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.push(err(
                "alpha-2",
                format!("{iso2:?} is not an ISO 3166-1 alpha-2 code"),
            ));
            continue;
        }
        let Ok(m49) = get(3).parse::<u16>() else {
            errors.push(err(
                "country-code",
                format!("{:?} is not a numeric code", get(3)),
            ));
            continue;
        };
        if !seen.insert(iso3.clone()) {
            errors.push(err("alpha-3", format!("duplicate code {iso3}")));
            continue;
        }
        out.push(Country {
            un_member: is_un_member(&iso3),
            iso3,
            iso2,
            m49,
            name: get(0),
            region: get(4),
            sub_region: get(5),
            intermediate_region: get(6),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(ImportError::Rows {
            file: file.to_string(),
            errors,
        })
    }
}

/// Reads the World Bank population table, keeping rows whose code is in
/// `known_iso3` (aggregates such as `WLD` or `EUU` are skipped, not errors).
///
/// Returns `(iso3, record)` pairs.
///
/// # Errors
/// A missing column or a row whose year or value is not a whole number.
pub fn read_population<R: Read>(
    file: &str,
    r: R,
    known_iso3: &HashSet<String>,
) -> Result<Vec<(String, PopulationRecord)>, ImportError> {
    let mut rdr = reader(r);
    let headers = rdr
        .headers()
        .map_err(|e| ImportError::File(csv_error(file, &e)))?
        .clone();
    let cols = find_columns(file, &headers, &["Country Code", "Year", "Value"])?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(csv_error(file, &e));
                continue;
            }
        };
        let line = line_of(&rec);
        let code = rec.get(cols[0]).unwrap_or("").trim();
        if !known_iso3.contains(code) {
            continue;
        }
        let year = rec.get(cols[1]).unwrap_or("").trim().parse::<i32>();
        // Values are whole numbers, sometimes written with a ".0".
        let value = rec.get(cols[2]).unwrap_or("").trim().parse::<f64>();
        match (year, value) {
            (Ok(year), Ok(v)) if v.is_finite() && v >= 0.0 && v.fract() == 0.0 => out.push((
                code.to_string(),
                PopulationRecord {
                    year,
                    population: v as u64,
                },
            )),
            _ => errors.push(RowError {
                file: file.to_string(),
                line,
                column: Some("Value".into()),
                reason: "year or value is not a whole number".into(),
            }),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(ImportError::Rows {
            file: file.to_string(),
            errors,
        })
    }
}

/// Reads the alias table (`alias,iso3,source`) into `(alias, iso3)` pairs.
///
/// # Errors
/// A missing column or a malformed row.
pub fn read_aliases<R: Read>(file: &str, r: R) -> Result<Vec<(String, String)>, ImportError> {
    let mut rdr = reader(r);
    let headers = rdr
        .headers()
        .map_err(|e| ImportError::File(csv_error(file, &e)))?
        .clone();
    let cols = find_columns(file, &headers, &["alias", "iso3"])?;
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| ImportError::File(csv_error(file, &e)))?;
        out.push((
            rec.get(cols[0]).unwrap_or("").trim().to_string(),
            rec.get(cols[1]).unwrap_or("").trim().to_string(),
        ));
    }
    Ok(out)
}
