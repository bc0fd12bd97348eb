//! The one entry to the case-record readers: a [`CaseFormat`] names the
//! layout, [`CaseReader::open`] opens the right reader over any byte
//! source. `palermo cases import` (a file) and the web's upload page and
//! API (a request body) both read through it, so that a file is read the
//! same way whichever door it comes in by.

use std::io::Read;
use std::str::FromStr;

use palermo_model::case::CaseRecord;
use palermo_model::CountryIndex;

use crate::ctdc::{CaseOptions, CtdcReader};
use crate::htcds::{HtcdsCsvReader, HtcdsJsonReader};
use crate::rows::{FileError, Parsed, RowError};

/// The layouts of case-record files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseFormat {
    /// CTDC microdata: the 2024 Global Synthetic Dataset layout (comma) or
    /// the older k-anonymised Global Dataset (semicolon), by column names.
    Ctdc,
    /// HTCDS 2.0 fields as CSV columns (`prs_Gender`, …).
    HtcdsCsv,
    /// HTCDS 2.0 fields as a JSON array of objects or JSON Lines.
    HtcdsJson,
}

impl CaseFormat {
    /// Every layout.
    pub const ALL: [CaseFormat; 3] = [Self::Ctdc, Self::HtcdsCsv, Self::HtcdsJson];

    /// The name the CLI, the API and the store use: `ctdc`, `htcds-csv`,
    /// `htcds-json`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ctdc => "ctdc",
            Self::HtcdsCsv => "htcds-csv",
            Self::HtcdsJson => "htcds-json",
        }
    }

    /// The standard the layout follows, as a warning names it.
    fn standard(self) -> &'static str {
        match self {
            Self::Ctdc => "CTDC",
            Self::HtcdsCsv | Self::HtcdsJson => "HTCDS",
        }
    }
}

/// A layout name that is none of [`CaseFormat::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("unknown format: expected ctdc, htcds-csv or htcds-json")]
pub struct UnknownCaseFormat;

impl FromStr for CaseFormat {
    type Err = UnknownCaseFormat;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or(UnknownCaseFormat)
    }
}

/// A reader of case records in one of the [`CaseFormat`]s: an iterator of
/// records (with their source line and warnings) or row errors.
pub enum CaseReader<'i, R: Read> {
    /// CTDC.
    Ctdc(CtdcReader<'i, R>),
    /// HTCDS as CSV.
    HtcdsCsv(HtcdsCsvReader<'i, R>),
    /// HTCDS as JSON.
    HtcdsJson(HtcdsJsonReader<'i, R>),
}

impl<'i, R: Read> CaseReader<'i, R> {
    /// Opens `src` (named `file` in every error) as `format`.
    ///
    /// # Errors
    /// [`FileError`] when the file cannot be read at all (empty, not
    /// UTF-8, a header that is not the layout's, a column identifying a
    /// person): nothing is to be imported.
    pub fn open(
        format: CaseFormat,
        file: &str,
        src: R,
        index: &'i CountryIndex,
        opts: CaseOptions,
    ) -> Result<Self, FileError> {
        Ok(match format {
            CaseFormat::Ctdc => Self::Ctdc(CtdcReader::new(file, src, index, opts)?),
            CaseFormat::HtcdsCsv => Self::HtcdsCsv(HtcdsCsvReader::new(file, src, index, opts)?),
            CaseFormat::HtcdsJson => Self::HtcdsJson(HtcdsJsonReader::new(file, src, index, opts)?),
        })
    }

    /// The layout read.
    pub fn format(&self) -> CaseFormat {
        match self {
            Self::Ctdc(_) => CaseFormat::Ctdc,
            Self::HtcdsCsv(_) => CaseFormat::HtcdsCsv,
            Self::HtcdsJson(_) => CaseFormat::HtcdsJson,
        }
    }

    /// The columns (or JSON keys) the layout does not know, with their
    /// positions: ignored, and named in one warning per file.
    pub fn unknown_columns(&self) -> &[(usize, String)] {
        match self {
            Self::Ctdc(r) => r.unknown_columns(),
            Self::HtcdsCsv(r) => r.unknown_columns(),
            Self::HtcdsJson(r) => r.unknown_columns(),
        }
    }

    /// The one warning about [`CaseReader::unknown_columns`], if any
    /// (`crate::rows::unknown_columns_warning`).
    pub fn unknown_columns_warning(&self, file: &str) -> Option<String> {
        crate::rows::unknown_columns_warning(file, self.format().standard(), self.unknown_columns())
    }
}

impl<R: Read> Iterator for CaseReader<'_, R> {
    type Item = Result<Parsed<CaseRecord>, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Self::Ctdc(r) => r.next(),
            Self::HtcdsCsv(r) => r.next(),
            Self::HtcdsJson(r) => r.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back() {
        for f in CaseFormat::ALL {
            assert_eq!(f.name().parse::<CaseFormat>(), Ok(f));
        }
        assert_eq!("CTDC".parse::<CaseFormat>(), Err(UnknownCaseFormat));
    }
}
