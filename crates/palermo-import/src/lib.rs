//! Readers for the outside formats Palermo takes in.
//!
//! Each reader turns bytes into [`palermo_model`] values plus row-level errors
//! that name the file, line, column and reason ([`RowError`]). Readers never
//! touch the database: the store persists what they return.
//!
//! * [`reference`]: the bundled reference data (ISO 3166 / UN M49 countries,
//!   World Bank population, country-name aliases).
//! * [`untc`]: treaty status tables, in the UN Treaty Collection's layout or
//!   in Palermo's own CSV.
//! * [`bundled`]: the reference data and treaty snapshot compiled into the
//!   binary, so that `palermo serve` works from an empty directory.
//! * [`glotip`]: UNODC's GLOTIP country data (CSV), and the bundled table.
//! * [`ctdc`]: CTDC victim case microdata (2024 synthetic layout and the
//!   older k-anonymised layout).
//! * [`htcds`]: case records under the Human Trafficking Case Data Standard
//!   2.0 (CSV or JSON).
//! * [`cases`]: the one entry to the case-record readers ([`cases::CaseFormat`],
//!   [`cases::CaseReader`]), for the CLI and the web alike.
//! * [`identifying`]: the columns that identify persons; case-record files
//!   holding one are refused whole.
//! * [`rows`]: the data hub readers' row-level errors (with the offending
//!   value) and file-level errors.

pub mod bundled;
pub mod cases;
pub mod ctdc;
pub mod glotip;
pub mod gzip;
pub mod htcds;
pub mod identifying;
pub mod reference;
pub mod rows;
pub mod untc;
pub mod xlsx;

use std::fmt;

/// One rejected row (or header) of an input file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowError {
    /// The file as the user named it (or the name of a bundled resource).
    pub file: String,
    /// 1-based line number in the file (the header is line 1).
    pub line: u64,
    /// The column (field) name, if the error concerns one.
    pub column: Option<String>,
    /// Why the row was rejected, in plain words.
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(
                f,
                "{}:{}: column {:?}: {}",
                self.file, self.line, c, self.reason
            ),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.reason),
        }
    }
}

/// A file that could not be read as a whole, or whose rows had errors.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Some rows were invalid; nothing from the file should be stored.
    #[error("{} invalid row(s) in {file}; first: {}", errors.len(), errors.first().map(ToString::to_string).unwrap_or_default())]
    Rows {
        /// The file.
        file: String,
        /// Every row error found (the whole file is checked).
        errors: Vec<RowError>,
    },
    /// The file as a whole is unusable (unreadable, wrong header, not UTF-8).
    #[error("{0}")]
    File(RowError),
}

impl ImportError {
    /// All row errors (one for a whole-file error).
    pub fn errors(&self) -> Vec<RowError> {
        match self {
            Self::Rows { errors, .. } => errors.clone(),
            Self::File(e) => vec![e.clone()],
        }
    }
}

/// Line number (1-based) of a CSV record, for error messages.
pub(crate) fn line_of(rec: &csv::StringRecord) -> u64 {
    rec.position().map(|p| p.line()).unwrap_or(0)
}

/// Turns a CSV library error into a row error for `file`.
pub(crate) fn csv_error(file: &str, e: &csv::Error) -> RowError {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    let reason = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "the file is not valid UTF-8 (save it as UTF-8)".to_string(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("wrong number of columns: {len}, expected {expected_len}")
        }
        _ => e.to_string(),
    };
    RowError {
        file: file.to_string(),
        line,
        column: None,
        reason,
    }
}

/// Entry points for the fuzz targets under `fuzz/` (and the test that runs
/// their kept corpus): each reads arbitrary bytes to the end, discarding
/// results. None may panic.
#[doc(hidden)]
pub mod fuzzing {
    use std::sync::OnceLock;

    use palermo_model::CountryIndex;

    use crate::ctdc::{CaseOptions, CtdcReader};
    use crate::glotip::{GlotipOptions, GlotipReader};
    use crate::htcds::{HtcdsCsvReader, HtcdsJsonReader};

    fn index() -> &'static CountryIndex {
        static INDEX: OnceLock<CountryIndex> = OnceLock::new();
        INDEX.get_or_init(|| {
            crate::bundled::reference_data()
                .map(|r| r.index())
                .unwrap_or_default()
        })
    }

    /// GLOTIP CSV.
    pub fn glotip_csv(data: &[u8]) {
        if let Ok(r) = GlotipReader::new("fuzz", data, index(), GlotipOptions::default()) {
            r.for_each(drop);
        }
    }

    /// GLOTIP Excel workbook.
    pub fn glotip_xlsx(data: &[u8]) {
        let source = std::io::Cursor::new(data.to_vec());
        if let Ok(r) = GlotipReader::from_xlsx("fuzz", source, index(), GlotipOptions::default()) {
            r.for_each(drop);
        }
    }

    /// CTDC CSV.
    pub fn ctdc_csv(data: &[u8]) {
        if let Ok(r) = CtdcReader::new("fuzz", data, index(), CaseOptions::new("fuzz")) {
            r.for_each(drop);
        }
    }

    /// HTCDS CSV.
    pub fn htcds_csv(data: &[u8]) {
        if let Ok(r) = HtcdsCsvReader::new("fuzz", data, index(), CaseOptions::new("fuzz")) {
            r.for_each(drop);
        }
    }

    /// HTCDS JSON.
    pub fn htcds_json(data: &[u8]) {
        if let Ok(r) = HtcdsJsonReader::new("fuzz", data, index(), CaseOptions::new("fuzz")) {
            r.for_each(drop);
        }
    }
}
