//! The bundled reference data the data hub's readers need: the country index
//! (ISO 3166-1 / UN M49 plus the alias table of UN and UNODC spellings), the
//! World Bank population table, and the bundled GLOTIP table.
//!
//! The files are compiled into the binary from `data/` (see
//! `data/PROVENANCE.md`), so the readers work on a fresh machine.

use std::io::Read;

use palermo_model::country::is_un_member;
use palermo_model::indicator::PopulationTable;
use palermo_model::{Country, CountryIndex};

/// `data/countries/iso3166_m49_all.csv` (lukes/ISO-3166-Countries-with-Regional-Codes).
pub const ISO3166_CSV: &str = include_str!("../../../data/countries/iso3166_m49_all.csv");
/// `data/countries/country_aliases.csv` (alias, iso3, source).
pub const ALIASES_CSV: &str = include_str!("../../../data/countries/country_aliases.csv");
/// `data/countries/population_wb_sp_pop_totl_2000_2024.csv` (World Bank SP.POP.TOTL).
pub const POPULATION_CSV: &str = include_str!("../../../data/countries/population_wb_sp_pop_totl_2000_2024.csv");
/// `data/glotip/unodc_glotip_data_portal.csv.gz`: UNODC's GLOTIP country data
/// (46,556 rows, 2003–2021, last updated 2023-01-24), gzip-compressed.
pub const GLOTIP_CSV_GZ: &[u8] = include_bytes!("../../../data/glotip/unodc_glotip_data_portal.csv.gz");
/// The name the bundled GLOTIP table is reported under.
pub const GLOTIP_BUNDLED_NAME: &str = "data/glotip/unodc_glotip_data_portal.csv.gz";

/// Why a bundled table could not be read (a build defect, not user input).
#[derive(Debug, thiserror::Error)]
#[error("bundled reference data: {0}")]
pub struct ReferenceError(String);

/// Parses the ISO 3166 / M49 table into countries.
pub fn parse_countries(csv_text: &str) -> Result<Vec<Country>, ReferenceError> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| ReferenceError(format!("countries line {}: {e}", i + 2)))?;
        let get = |j: usize| rec.get(j).unwrap_or("").to_owned();
        let iso3 = get(2);
        out.push(Country {
            m49: get(3).parse().map_err(|_| ReferenceError(format!("countries line {}: bad M49 code", i + 2)))?,
            un_member: is_un_member(&iso3),
            iso3,
            iso2: get(1),
            name: get(0),
            region: get(5),
            sub_region: get(6),
            intermediate_region: get(7),
        });
    }
    Ok(out)
}

/// Parses `alias,iso3,source` rows.
pub fn parse_aliases(csv_text: &str) -> Result<Vec<(String, String)>, ReferenceError> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| ReferenceError(format!("aliases line {}: {e}", i + 2)))?;
        out.push((rec.get(0).unwrap_or("").to_owned(), rec.get(1).unwrap_or("").to_owned()));
    }
    Ok(out)
}

/// The country index built from the bundled tables.
pub fn bundled_country_index() -> Result<CountryIndex, ReferenceError> {
    Ok(CountryIndex::new(parse_countries(ISO3166_CSV)?, &parse_aliases(ALIASES_CSV)?))
}

/// Parses the World Bank population table (`Country Name,Country Code,Year,Value`),
/// keeping rows whose code is in `index` (aggregates such as `WLD` are skipped).
pub fn parse_population(csv_text: &str, index: &CountryIndex) -> Result<PopulationTable, ReferenceError> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let mut t = PopulationTable::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| ReferenceError(format!("population line {}: {e}", i + 2)))?;
        let code = rec.get(1).unwrap_or("");
        if index.by_code(code).is_none() {
            continue;
        }
        let year: i32 = rec.get(2).unwrap_or("").parse().map_err(|_| ReferenceError(format!("population line {}: bad year", i + 2)))?;
        // Values are integers, sometimes written as floats ("1234.0").
        let v: f64 = rec.get(3).unwrap_or("").parse().map_err(|_| ReferenceError(format!("population line {}: bad value", i + 2)))?;
        t.insert(code, year, v.round() as u64);
    }
    Ok(t)
}

/// The bundled population table.
pub fn bundled_population(index: &CountryIndex) -> Result<PopulationTable, ReferenceError> {
    parse_population(POPULATION_CSV, index)
}

/// A reader over the decompressed bundled GLOTIP CSV.
pub fn bundled_glotip_reader() -> impl Read {
    flate2::read::GzDecoder::new(GLOTIP_CSV_GZ)
}
