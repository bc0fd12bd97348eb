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

use std::io::{Chain, Cursor, Read};

use palermo_model::stats::{AgeGroup, Category, Count, Dimension, FormOfExploitation, Indicator, Sex, StatRecord};
use palermo_model::CountryIndex;

use crate::rows::{check_encoding, first_line, guess_delimiter, norm_header, sniff, utf8_field, FileError, Parsed, RowError};

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

type Src<R> = Chain<Cursor<Vec<u8>>, R>;

/// Streams GLOTIP rows from a CSV source.
pub struct GlotipReader<'i, R: Read> {
    rdr: csv::Reader<Src<R>>,
    file: String,
    index: &'i CountryIndex,
    opts: GlotipOptions,
    cols: [Option<usize>; 13],
    width: usize,
    cur: csv::ByteRecord,
    next: csv::ByteRecord,
    has_next: bool,
    primed: bool,
    done: bool,
    pending_error: Option<RowError>,
    rows: u64,
}

impl<'i, R: Read> GlotipReader<'i, R> {
    /// Opens `source`, named `file` in messages, and checks its header:
    /// UTF-8 (a byte order mark is fine), comma-separated, with the required
    /// columns (`Unit of measurement` and `Source` are optional).
    pub fn new(file: &str, source: R, index: &'i CountryIndex, opts: GlotipOptions) -> Result<Self, FileError> {
        let (head, rest) = sniff(file, source)?;
        let body = check_encoding(file, &head)?;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(FileError::Empty { file: file.to_owned() });
        }
        let line1 = first_line(body);
        let skip = head.len() - body.len();
        let d = guess_delimiter(line1);
        if d != b',' {
            return Err(FileError::Delimiter { file: file.to_owned(), found: d as char, expected: ',' });
        }
        let mut head = head;
        head.drain(..skip);
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(Cursor::new(head).chain(rest));
        let header = rdr
            .byte_headers()
            .map_err(|e| FileError::Syntax { file: file.to_owned(), line: 1, reason: e.to_string() })?
            .clone();
        let names: Vec<String> = header.iter().map(|h| String::from_utf8_lossy(h).trim().to_owned()).collect();
        let mut cols = [None; 13];
        for (i, want) in COLUMNS.iter().enumerate() {
            let w = norm_header(want);
            cols[i] = names.iter().position(|n| norm_header(n) == w || (i == 10 && norm_header(n) == "value"));
        }
        let missing: Vec<String> =
            COLUMNS[..REQUIRED].iter().zip(cols).filter(|(_, c)| c.is_none()).map(|(n, _)| (*n).to_owned()).collect();
        if !missing.is_empty() {
            return Err(FileError::MissingColumns { file: file.to_owned(), missing, found: names });
        }
        Ok(Self {
            rdr,
            file: file.to_owned(),
            index,
            opts,
            cols,
            width: names.len(),
            cur: csv::ByteRecord::new(),
            next: csv::ByteRecord::new(),
            has_next: false,
            primed: false,
            done: false,
            pending_error: None,
            rows: 0,
        })
    }

    /// Rows read so far (stored or rejected).
    pub fn rows_read(&self) -> u64 {
        self.rows
    }

    fn read_next(&mut self) -> Result<bool, RowError> {
        self.rdr.read_byte_record(&mut self.next).map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            RowError::new(&self.file, line, None, None, format!("unreadable CSV: {e}"))
        })
    }

    fn field(&self, col: usize) -> Result<&str, RowError> {
        let line = self.line();
        let bytes = self.cols[col].and_then(|i| self.cur.get(i)).unwrap_or(b"");
        utf8_field(&self.file, line, COLUMNS[col], bytes).map(str::trim)
    }

    fn line(&self) -> u64 {
        self.cur.position().map_or(0, csv::Position::line)
    }

    fn err(&self, col: usize, value: &str, reason: impl Into<String>) -> RowError {
        RowError::new(&self.file, self.line(), Some(COLUMNS[col]), Some(value), reason)
    }

    fn parse_current(&self) -> Result<Parsed<StatRecord>, RowError> {
        let line = self.line();
        if self.cur.len() != self.width {
            let trunc = if self.has_next { "" } else { " (truncated last line?)" };
            return Err(RowError::new(
                &self.file,
                line,
                None,
                None,
                format!("{} fields, the header has {}{trunc}", self.cur.len(), self.width),
            ));
        }
        let mut warnings = Vec::new();
        let code = self.field(0)?;
        let name = self.field(1)?;
        let region = self.field(2)?;
        let subregion = self.field(3)?;
        let ind_s = self.field(4)?;
        let indicator = Indicator::parse(ind_s)
            .ok_or_else(|| self.err(4, ind_s, format!("unknown indicator; expected {}", Indicator::expected())))?;
        let dim_s = self.field(5)?;
        let dimension = Dimension::parse(dim_s)
            .ok_or_else(|| self.err(5, dim_s, format!("unknown dimension; expected {}", Dimension::expected())))?;
        let cat_s = self.field(6)?;
        let sex_s = self.field(7)?;
        let sex = Sex::parse(sex_s).ok_or_else(|| self.err(7, sex_s, format!("unknown sex; expected {}", Sex::expected())))?;
        let age_s = self.field(8)?;
        let age = AgeGroup::parse(age_s)
            .ok_or_else(|| self.err(8, age_s, format!("unknown age group; expected {}", AgeGroup::expected())))?;
        let year_s = self.field(9)?;
        let year: i32 = year_s.parse().map_err(|_| self.err(9, year_s, "not a year (expected four digits)"))?;
        if year < MIN_YEAR || year > self.opts.max_year {
            return Err(self.err(9, year_s, format!("impossible year: GLOTIP data cover {MIN_YEAR} to {}", self.opts.max_year)));
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
            return Err(RowError::new(&self.file, line, Some("Iso3_code"), Some(""), "no country code and no country name"));
        }
        let iso3 = self
            .index
            .by_code(code)
            .filter(|_| code.len() == 3)
            .or_else(|| if name.is_empty() { None } else { self.index.resolve(name) })
            .map(|c| c.iso3.clone());
        if iso3.is_none() {
            let reason = if region.is_empty() && name.is_empty() {
                "not a country: a UNODC regional aggregate (no name, no region); stored, not added to country, regional or global totals".to_owned()
            } else {
                "unknown country; stored under its published name, not resolved to an ISO code (add it to data/countries/country_aliases.csv)".to_owned()
            };
            warnings.push(RowError::new(&self.file, line, Some(if code.is_empty() { "Country" } else { "Iso3_code" }), Some(area), reason));
        } else if region.is_empty() {
            warnings.push(RowError::new(&self.file, line, Some("Region"), Some(""), "no region: not added to regional or global totals"));
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
                        format!("unknown form of exploitation; expected {}", FormOfExploitation::expected()),
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

impl<R: Read> Iterator for GlotipReader<'_, R> {
    type Item = Result<Parsed<StatRecord>, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending_error.take() {
            self.done = true;
            return Some(Err(e));
        }
        if self.done {
            return None;
        }
        if !self.primed {
            self.primed = true;
            match self.read_next() {
                Ok(b) => self.has_next = b,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        if !self.has_next {
            self.done = true;
            return None;
        }
        std::mem::swap(&mut self.cur, &mut self.next);
        match self.read_next() {
            Ok(b) => self.has_next = b,
            Err(e) => {
                // The current row is fine; the error surfaces next time.
                self.has_next = false;
                self.rows += 1;
                let r = self.parse_current();
                self.pending_error = Some(e);
                return Some(r);
            }
        }
        // Skip blank lines (csv yields them as a single empty field).
        if self.cur.len() == 1 && self.cur.get(0).is_some_and(<[u8]>::is_empty) {
            return self.next();
        }
        self.rows += 1;
        Some(self.parse_current())
    }
}

/// Reads a whole GLOTIP CSV held in memory (for tests and fuzzing): the
/// records, the rejected rows, and the warnings.
pub fn parse_bytes(
    file: &str,
    bytes: &[u8],
    index: &CountryIndex,
) -> Result<(Vec<StatRecord>, Vec<RowError>, Vec<RowError>), FileError> {
    let rdr = GlotipReader::new(file, bytes, index, GlotipOptions::default())?;
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    let mut warn = Vec::new();
    for r in rdr {
        match r {
            Ok(p) => {
                warn.extend(p.warnings);
                ok.push(p.value);
            }
            Err(e) => bad.push(e),
        }
    }
    Ok((ok, bad, warn))
}
