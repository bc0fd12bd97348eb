//! UNODC's Global Report on Trafficking in Persons (GLOTIP) country data, as
//! the data portal publishes it (`unodc_glotip_data_portal.csv`): one cell a
//! row, 13 columns: `Iso3_code, Country, Region, Subregion, Indicator,
//! Dimension, Category, Sex, Age, Year, Unit of measurement, txtVALUE,
//! Source`.
//!
//! [`GlotipReader`] streams the file row by row (constant memory whatever its
//! size) and yields, per row, a [`StatRecord`] with warnings, or a
//! [`RowError`] naming the line, field and reason. Country names are resolved
//! to ISO codes through the [`CountryIndex`]; names it does not know are kept
//! and reported, not dropped.

use std::io::{Read, Seek};

use palermo_model::stats::{
    AgeGroup, Category, Count, Dimension, FormOfExploitation, Indicator, Sex, StatRecord,
};
use palermo_model::CountryIndex;

use crate::rows::{norm_header, CsvRows, FileError, Parsed, RowError, RowSource};
use crate::xlsx::XlsxRows;

/// The bundled table, `data/glotip/unodc_glotip_data_portal.csv.gz`: UNODC's
/// GLOTIP country data (46,556 rows, 2003–2021; data portal file last updated
/// 2023-01-24), gzip-compressed. See `data/PROVENANCE.md`.
pub const BUNDLED_GZ: &[u8] =
    include_bytes!("../../../data/glotip/unodc_glotip_data_portal.csv.gz");

/// The as-of date of the bundled table: the data portal file's last update
/// (`data/PROVENANCE.md`), stored with the seeded dataset.
pub const BUNDLED_AS_OF: time::Date = time::macros::date!(2023 - 01 - 24);

/// The name the bundled table is reported under.
pub const BUNDLED_NAME: &str = "data/glotip/unodc_glotip_data_portal.csv.gz";

/// A reader over the decompressed bundled table.
pub fn bundled_reader() -> impl Read {
    flate2::read::GzDecoder::new(BUNDLED_GZ)
}

/// Earliest year a GLOTIP cell may refer to (the Protocol was adopted in 2000;
/// the data start in 2003).
pub const MIN_YEAR: i32 = 2000;

/// The columns, in the order Palermo reads them. The last two are optional.
const COLUMNS: [&str; 13] = [
    "Iso3_code",
    "Country",
    "Region",
    "Subregion",
    "Indicator",
    "Dimension",
    "Category",
    "Sex",
    "Age",
    "Year",
    "txtVALUE",
    "Unit of measurement",
    "Source",
];
const REQUIRED: usize = 11;

/// Options for reading.
#[derive(Debug, Clone)]
pub struct GlotipOptions {
    /// Latest acceptable year (the CLI passes the current year): a later year
    /// is impossible.
    pub max_year: i32,
}

impl Default for GlotipOptions {
    fn default() -> Self {
        Self { max_year: 2100 }
    }
}

/// Streams GLOTIP rows from a table: the data portal's CSV
/// ([`GlotipReader::new`]) or its Excel workbook
/// ([`GlotipReader::from_xlsx`]).
pub struct GlotipReader<'i, S: RowSource> {
    rows: S,
    index: &'i CountryIndex,
    opts: GlotipOptions,
    cols: [Option<usize>; 13],
}

impl<'i, R: Read> GlotipReader<'i, CsvRows<R>> {
    /// Opens `source`, named `file` in messages, and checks its header:
    /// UTF-8 (a byte order mark is fine), comma-separated, with the required
    /// columns (`Unit of measurement` and `Source` are optional).
    ///
    /// # Errors
    /// [`FileError`]: unreadable, empty, wrong encoding or delimiter,
    /// missing columns.
    pub fn new(
        file: &str,
        source: R,
        index: &'i CountryIndex,
        opts: GlotipOptions,
    ) -> Result<Self, FileError> {
        Self::with_rows(CsvRows::open(file, source, b",")?, index, opts)
    }
}

impl<'i> GlotipReader<'i, XlsxRows> {
    /// Opens the data portal's Excel workbook (`data_glotip.xlsx`, Office
    /// Open XML): the first worksheet, whose first row is the header (the
    /// same columns as the CSV). Rows are numbered as in the spreadsheet
    /// (the header is row 1), and streamed: memory holds the workbook's
    /// shared strings and a few hundred rows, whatever the sheet's length.
    ///
    /// # Errors
    /// [`FileError::Spreadsheet`] when `source` is not a readable workbook;
    /// missing columns as for CSV.
    pub fn from_xlsx<R: Read + Seek + Send + 'static>(
        file: &str,
        source: R,
        index: &'i CountryIndex,
        opts: GlotipOptions,
    ) -> Result<Self, FileError> {
        Self::with_rows(XlsxRows::open(file, source)?, index, opts)
    }
}

impl<'i, S: RowSource> GlotipReader<'i, S> {
    fn with_rows(rows: S, index: &'i CountryIndex, opts: GlotipOptions) -> Result<Self, FileError> {
        let file = rows.file().to_owned();
        let names = rows.header();
        let mut cols = [None; 13];
        for (i, want) in COLUMNS.iter().enumerate() {
            let w = norm_header(want);
            cols[i] = names
                .iter()
                .position(|n| norm_header(n) == w || (i == 10 && norm_header(n) == "value"));
        }
        let missing: Vec<String> = COLUMNS[..REQUIRED]
            .iter()
            .zip(cols)
            .filter(|(_, c)| c.is_none())
            .map(|(n, _)| (*n).to_owned())
            .collect();
        if !missing.is_empty() {
            return Err(FileError::MissingColumns {
                file,
                missing,
                found: names.to_vec(),
            });
        }
        Ok(Self {
            rows,
            index,
            opts,
            cols,
        })
    }

    /// Rows read so far (stored or rejected).
    pub fn rows_read(&self) -> u64 {
        self.rows.rows()
    }

    fn field(&self, col: usize) -> Result<&str, RowError> {
        match self.cols[col] {
            Some(i) => self.rows.field(i, COLUMNS[col]),
            None => Ok(""),
        }
    }

    fn line(&self) -> u64 {
        self.rows.line()
    }

    fn err(&self, col: usize, value: &str, reason: impl Into<String>) -> RowError {
        RowError::new(
            self.rows.file(),
            self.line(),
            Some(COLUMNS[col]),
            Some(value),
            reason,
        )
    }

    fn parse_current(&self) -> Result<Parsed<StatRecord>, RowError> {
        let line = self.line();
        self.rows.check_width()?;
        let mut warnings = Vec::new();
        let code = self.field(0)?;
        let name = self.field(1)?;
        let region = self.field(2)?;
        let subregion = self.field(3)?;
        let ind_s = self.field(4)?;
        let indicator = Indicator::parse(ind_s).ok_or_else(|| {
            self.err(
                4,
                ind_s,
                format!("unknown indicator; expected {}", Indicator::expected()),
            )
        })?;
        let dim_s = self.field(5)?;
        let dimension = Dimension::parse(dim_s).ok_or_else(|| {
            self.err(
                5,
                dim_s,
                format!("unknown dimension; expected {}", Dimension::expected()),
            )
        })?;
        let cat_s = self.field(6)?;
        let sex_s = self.field(7)?;
        let sex = Sex::parse(sex_s).ok_or_else(|| {
            self.err(
                7,
                sex_s,
                format!("unknown sex; expected {}", Sex::expected()),
            )
        })?;
        let age_s = self.field(8)?;
        let age = AgeGroup::parse(age_s).ok_or_else(|| {
            self.err(
                8,
                age_s,
                format!("unknown age group; expected {}", AgeGroup::expected()),
            )
        })?;
        let year_s = self.field(9)?;
        let year: i32 = year_s
            .parse()
            .map_err(|_| self.err(9, year_s, "not a year (expected four digits)"))?;
        if year < MIN_YEAR || year > self.opts.max_year {
            return Err(self.err(
                9,
                year_s,
                format!(
                    "impossible year: GLOTIP data cover {MIN_YEAR} to {}",
                    self.opts.max_year
                ),
            ));
        }
        let val_s = self.field(10)?;
        let value = Count::parse(val_s).map_err(|e| self.err(10, val_s, e.to_string()))?;
        if self.cols[11].is_some() {
            let unit = self.field(11)?;
            if !unit.is_empty() && !unit.eq_ignore_ascii_case("Counts") {
                return Err(self.err(11, unit, "unknown unit of measurement; expected \"Counts\""));
            }
        }
        // Area and country.
        let area = if code.is_empty() { name } else { code };
        if area.is_empty() {
            return Err(RowError::new(
                self.rows.file(),
                line,
                Some("Iso3_code"),
                Some(""),
                "no country code and no country name",
            ));
        }
        let iso3 = self
            .index
            .by_code(code)
            .filter(|_| code.len() == 3)
            .or_else(|| {
                if name.is_empty() {
                    None
                } else {
                    self.index.resolve(name)
                }
            })
            .map(|c| c.iso3.clone());
        if iso3.is_none() {
            let reason = if region.is_empty() && name.is_empty() {
                "not a country: a UNODC regional aggregate (no name, no region); stored, not added to country, regional or global totals".to_owned()
            } else {
                "unknown country; stored under its published name, not resolved to an ISO code (add it to data/countries/country_aliases.csv)".to_owned()
            };
            warnings.push(RowError::new(
                self.rows.file(),
                line,
                Some(if code.is_empty() {
                    "Country"
                } else {
                    "Iso3_code"
                }),
                Some(area),
                reason,
            ));
        } else if region.is_empty() {
            warnings.push(RowError::new(
                self.rows.file(),
                line,
                Some("Region"),
                Some(""),
                "no region: not added to regional or global totals",
            ));
        }
        // Category.
        let category = match dimension {
            Dimension::Total => {
                if !cat_s.eq_ignore_ascii_case("Total") {
                    return Err(self.err(6, cat_s, "dimension \"Total\" needs category \"Total\""));
                }
                Category::Total
            }
            Dimension::FormOfExploitation => match FormOfExploitation::parse(cat_s) {
                Some(f) => Category::Form(f),
                None if cat_s.eq_ignore_ascii_case("Total") => Category::Total,
                None => {
                    return Err(self.err(
                        6,
                        cat_s,
                        format!(
                            "unknown form of exploitation; expected {}",
                            FormOfExploitation::expected()
                        ),
                    ))
                }
            },
            Dimension::Citizenship | Dimension::CountryOfRepatriation => {
                if cat_s.eq_ignore_ascii_case("Total") {
                    Category::Total
                } else if cat_s.eq_ignore_ascii_case("Nationals") {
                    Category::Nationals
                } else if cat_s.eq_ignore_ascii_case("Abroad") {
                    Category::Abroad
                } else if let Some(c) = self.index.resolve(cat_s) {
                    Category::Country(c.iso3.clone())
                } else {
                    if !cat_s.eq_ignore_ascii_case("Unknown") {
                        warnings.push(self.err(
                            6,
                            cat_s,
                            if cat_s.is_empty() {
                                "empty category; kept as unresolved".to_owned()
                            } else if cat_s.eq_ignore_ascii_case("N/A") {
                                // The workbook's "N/A" is the CSV's empty cell.
                                "category not available (N/A); kept as unresolved".to_owned()
                            } else {
                                "not a country Palermo knows (a group of countries or an unknown name); kept as published".to_owned()
                            },
                        ));
                    }
                    Category::Unresolved
                }
            }
        };
        Ok(Parsed {
            value: StatRecord {
                area: area.to_owned(),
                iso3,
                area_name: name.to_owned(),
                region: region.to_owned(),
                subregion: subregion.to_owned(),
                indicator,
                dimension,
                category,
                category_label: cat_s.to_owned(),
                sex,
                age,
                year,
                value,
                value_text: val_s.to_owned(),
                source_line: line,
            },
            warnings,
        })
    }
}

impl<S: RowSource> GlotipReader<'_, S> {
    /// Reads every remaining row into memory: the records, the rejected
    /// rows and the warnings (for tests, fuzzing and small files; an import
    /// streams the rows instead).
    pub fn read_all(self) -> ParsedFile {
        let (mut ok, mut bad, mut warn) = (Vec::new(), Vec::new(), Vec::new());
        for r in self {
            match r {
                Ok(p) => {
                    warn.extend(p.warnings);
                    ok.push(p.value);
                }
                Err(e) => bad.push(e),
            }
        }
        (ok, bad, warn)
    }
}

impl<S: RowSource> Iterator for GlotipReader<'_, S> {
    type Item = Result<Parsed<StatRecord>, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.rows.advance()? {
            Ok(()) => Some(self.parse_current()),
            Err(e) => Some(Err(e)),
        }
    }
}

/// A whole file read: the records, the rejected rows, the warnings.
pub type ParsedFile = (Vec<StatRecord>, Vec<RowError>, Vec<RowError>);

/// Reads a whole GLOTIP CSV held in memory (for tests and fuzzing): the
/// records, the rejected rows, and the warnings.
pub fn parse_bytes(
    file: &str,
    bytes: &[u8],
    index: &CountryIndex,
) -> Result<ParsedFile, FileError> {
    Ok(GlotipReader::new(file, bytes, index, GlotipOptions::default())?.read_all())
}
