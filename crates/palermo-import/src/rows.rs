//! Row-level outcomes shared by the data hub's readers (GLOTIP, CTDC, HTCDS):
//! a rejected row names its file, line, field and reason; a file that cannot
//! be read at all (wrong encoding, wrong delimiter, missing columns) is a
//! [`FileError`].

use std::fmt;
use std::io::Read;

/// A row that was rejected, with where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The file's name as given to the reader.
    pub file: String,
    /// Line where the row starts (1-based; the header is line 1).
    pub line: u64,
    /// The column at fault, when one is.
    pub field: Option<String>,
    /// The offending value as written (truncated to 80 characters).
    pub value: Option<String>,
    /// Why the row was rejected.
    pub reason: String,
    /// The ordinal of the record in the file (1-based), for formats whose
    /// records are not one a line (a JSON array written on one line).
    /// Non-zero, so that a row error stays small.
    pub record: Option<std::num::NonZeroU64>,
    /// Whether the error rejects the whole file, not only its row (wrong
    /// encoding, a truncated last line, a corrupt worksheet, broken JSON, a
    /// key that identifies a person): an import stops and stores nothing,
    /// as with `--strict`.
    pub fatal: bool,
}

impl RowError {
    /// A rejection of `field` at `line`.
    pub fn new(
        file: &str,
        line: u64,
        field: Option<&str>,
        value: Option<&str>,
        reason: impl Into<String>,
    ) -> Self {
        Self {
            file: file.to_owned(),
            line,
            field: field.map(str::to_owned),
            value: value.map(|v| v.chars().take(80).collect()),
            reason: reason.into(),
            record: None,
            fatal: false,
        }
    }

    /// The same error, made fatal to the whole file ([`RowError::fatal`]).
    #[must_use]
    pub fn into_fatal(mut self) -> Self {
        self.fatal = true;
        self
    }

    /// The same error, naming the record's ordinal in the file (1-based;
    /// 0 names none).
    #[must_use]
    pub fn with_record(mut self, record: u64) -> Self {
        self.record = std::num::NonZeroU64::new(record);
        self
    }

    /// Where the row is: `line L`, or `record N (line L)`.
    pub fn location(&self) -> String {
        match self.record {
            Some(n) => format!("record {n} (line {})", self.line),
            None => format!("line {}", self.line),
        }
    }

    /// The message without the offending value, as [`RowError`]'s
    /// `Display` gives it: `FILE: line L, field F: reason`.
    pub fn without_value(&self) -> String {
        self.to_string()
    }

    /// The message with the offending value, `file: line N, field F
    /// ("value"): reason`: for the data holder's own report and for tests,
    /// never for the terminal or a log (a case record's values are personal
    /// data). [`RowError`]'s `Display` leaves the value out.
    pub fn with_value(&self) -> impl fmt::Display + '_ {
        WithValue(self)
    }

    fn write_location(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.location())?;
        if let Some(field) = &self.field {
            write!(f, ", field {field}")?;
        }
        Ok(())
    }
}

/// `Display` names file, line, field and reason, **never the value**: this
/// is what reaches terminals and logs (the README's promise), whatever path
/// prints the error. The value is in [`RowError::value`] and
/// [`RowError::with_value`].
impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_location(f)?;
        write!(f, ": {}", self.reason)
    }
}

/// A [`RowError`] displayed with its value ([`RowError::with_value`]).
struct WithValue<'a>(&'a RowError);

impl fmt::Display for WithValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_location(f)?;
        if let Some(v) = &self.0.value {
            write!(f, " ({v:?})")?;
        }
        write!(f, ": {}", self.0.reason)
    }
}

impl std::error::Error for RowError {}

impl From<RowError> for crate::RowError {
    /// The crate-wide row error; the offending value joins the reason.
    fn from(e: RowError) -> Self {
        let reason = match &e.value {
            Some(v) => format!("{v:?}: {}", e.reason),
            None => e.reason,
        };
        crate::RowError {
            file: e.file,
            line: e.line,
            column: e.field,
            reason,
        }
    }
}

/// Something worth reporting about a row that was nevertheless kept (an
/// unknown country name, a regional aggregate).
pub type RowWarning = RowError;

/// A value read from one row, with the warnings it raised.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    /// The value.
    pub value: T,
    /// Notes about the row (it is stored all the same).
    pub warnings: Vec<RowWarning>,
}

/// Why a file cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// Reading failed.
    #[error("{file}: {source}")]
    Io {
        /// File name.
        file: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is empty.
    #[error("{file}: the file is empty (expected a header line)")]
    Empty {
        /// File name.
        file: String,
    },
    /// Not UTF-8.
    #[error("{file}: line {line}: {reason}")]
    Encoding {
        /// File name.
        file: String,
        /// Line.
        line: u64,
        /// What was found.
        reason: String,
    },
    /// The header does not split on the expected delimiter.
    #[error(
        "{file}: line 1: wrong delimiter: the header splits on {found:?}, expected {expected:?}"
    )]
    Delimiter {
        /// File name.
        file: String,
        /// The delimiter that seems to be used.
        found: char,
        /// The expected delimiter.
        expected: char,
    },
    /// Required columns are missing. The message counts the columns found
    /// and never names them: in a file without a header line, the first
    /// line is a record (a victim's data).
    #[error("{file}: line 1: missing required column(s) {}; the first line has {} column(s) that are not these (is the header line missing?)", .missing.join(", "), .found.len())]
    MissingColumns {
        /// File name.
        file: String,
        /// The missing columns (Palermo's names for them).
        missing: Vec<String>,
        /// The first line's fields, for programs; never displayed.
        found: Vec<String>,
    },
    /// The file holds identifiers of persons, which Palermo never stores.
    #[error("{file}: line 1: column(s) {} identify persons; Palermo stores no names, dates of birth, addresses or document numbers (remove them, or encode them with `palermo linkage encode`)", .columns.join(", "))]
    IdentifyingColumns {
        /// File name.
        file: String,
        /// The offending columns.
        columns: Vec<String>,
    },
    /// Malformed structure (e.g. JSON that is not an array or lines of objects).
    #[error("{file}: line {line}: {reason}")]
    Syntax {
        /// File name.
        file: String,
        /// Line.
        line: u64,
        /// What is wrong.
        reason: String,
    },
    /// Not a workbook Palermo can read (`--format glotip-xlsx`).
    #[error("{file}: not a readable .xlsx workbook: {reason}")]
    Spreadsheet {
        /// File name.
        file: String,
        /// What the spreadsheet reader said.
        reason: String,
    },
}

/// A table read one row at a time, whatever the file format: what a reader
/// such as [`crate::glotip::GlotipReader`] validates row by row.
/// Implemented by the CSV reader ([`CsvRows`]) and the spreadsheet reader
/// ([`crate::xlsx::XlsxRows`]).
pub trait RowSource {
    /// The file as named in messages.
    fn file(&self) -> &str;
    /// The header row's names, trimmed.
    fn header(&self) -> &[String];
    /// Moves to the next row: `None` at the end, `Some(Err)` when the source
    /// cannot be read further (reading stops after it).
    fn advance(&mut self) -> Option<Result<(), RowError>>;
    /// Where the current row starts: its line (CSV) or row number
    /// (spreadsheet), 1-based, the header being 1.
    fn line(&self) -> u64;
    /// An error if the current row has more fields than the header (or, in
    /// a CSV file, a different number).
    fn check_width(&self) -> Result<(), RowError>;
    /// Field `i` of the current row, trimmed, named `name` in messages;
    /// empty when absent.
    ///
    /// # Errors
    /// The field is not valid UTF-8.
    fn field(&self, i: usize, name: &str) -> Result<&str, RowError>;
    /// Rows read so far (not counting the header).
    fn rows(&self) -> u64;
}

impl<R: Read> RowSource for CsvRows<R> {
    fn file(&self) -> &str {
        &self.file
    }
    fn header(&self) -> &[String] {
        &self.header
    }
    fn advance(&mut self) -> Option<Result<(), RowError>> {
        CsvRows::advance(self)
    }
    fn line(&self) -> u64 {
        CsvRows::line(self)
    }
    fn check_width(&self) -> Result<(), RowError> {
        CsvRows::check_width(self)
    }
    fn field(&self, i: usize, name: &str) -> Result<&str, RowError> {
        CsvRows::field(self, i, name)
    }
    fn rows(&self) -> u64 {
        self.rows
    }
}

/// The longest value a field of kind [`FieldKind::Text`] may hold, in
/// bytes: GLOTIP's names and labels (the longest in UNODC's GLOTIP portal
/// file is 63 bytes, a category). A longer field (a pasted document, a
/// 100 MB cell) is rejected instead of stored. Case-record fields have
/// shorter limits, by kind ([`FieldKind`]).
pub const MAX_FIELD_BYTES: usize = 256;

/// What a field holds, and so the most bytes its value may have (after
/// trimming), from the field definitions of the standards read:
/// HTCDS 2.0 (IOM, 2023; `HTCDS_Field_Standards_2.0.csv`: field types and
/// picklist values) and the CTDC codebooks (2024 Global Synthetic Dataset,
/// codebook v2, February 2024; the older k-anonymised Global Dataset). A
/// value beyond its kind's limit is not one the standard defines: it is
/// rejected with line, field and limit, never the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A year: CTDC `yearOfRegistration` ("numeric, range [2002, 2022]"),
    /// Palermo's `RegistrationYear`. 4 bytes.
    Year,
    /// An age in whole years: HTCDS `vic_AgeWhenTrafficked` (type Number,
    /// 0 to 120). 3 bytes.
    Age,
    /// A date, ISO 8601 `YYYY-MM-DD`: HTCDS `cas_IncomingReferralDate`
    /// (type Date). 10 bytes.
    Date,
    /// An ISO 3166-1 alpha-2 or alpha-3 code: CTDC `citizenship` and
    /// `CountryOfExploitation` ("values based on ISO 3166-1 alpha-3
    /// codes"; alpha-2 in the older layout), HTCDS
    /// `vic_LocationOfExploitation`. 3 bytes.
    CountryCode,
    /// A list of ISO 3166-1 codes separated by `;`: HTCDS `prs_Citizenship`
    /// (a multiselect picklist of ISO 3166 codes). 64 bytes: 16 alpha-3
    /// codes.
    CountryCodes,
    /// A CTDC binary variable: `1`, `0`, or `-99` for missing. 3 bytes.
    Binary,
    /// One value of a picklist, by its name or its label. 32 bytes: the
    /// longest Palermo reads is CTDC's gender `Trans/Transgender/NonConforming`
    /// (31); HTCDS's longest are `Possible victim of trafficking` (30,
    /// `vic_TraffickingStatus`) and `Transgender Masculine` (21,
    /// `prs_Gender`); CTDC's age bands (`39—47`) and majority status are
    /// shorter.
    Code,
    /// A multiselect picklist, each value at most once, separated by `;`.
    /// 320 bytes: HTCDS `vic_MethodsOfControl`'s 16 labels joined are 305
    /// bytes (its names 282), `vic_TypeOfExploitation`'s 11 labels 171.
    Codes,
    /// A free-text name or identifier of a source: CTDC `Datasource`
    /// (`Case Management`, `Hotline`). 64 bytes, room for an agency's own.
    Name,
    /// Other text: GLOTIP's names and labels. [`MAX_FIELD_BYTES`].
    Text,
}

impl FieldKind {
    /// The most bytes a value of this kind may have.
    pub const fn max_bytes(self) -> usize {
        match self {
            Self::Year => 4,
            Self::Age | Self::CountryCode | Self::Binary => 3,
            Self::Date => 10,
            Self::CountryCodes | Self::Name => 64,
            Self::Code => 32,
            Self::Codes => 320,
            Self::Text => MAX_FIELD_BYTES,
        }
    }

    /// What the kind is, for messages.
    const fn what(self) -> &'static str {
        match self {
            Self::Year => "a year",
            Self::Age => "an age in years",
            Self::Date => "a date (YYYY-MM-DD)",
            Self::CountryCode => "an ISO 3166-1 country code",
            Self::CountryCodes => "a list of ISO 3166-1 country codes",
            Self::Binary => "a CTDC binary variable",
            Self::Code => "a picklist value",
            Self::Codes => "a multiselect of picklist values",
            Self::Name => "a data source's name",
            Self::Text => "a GLOTIP, CTDC or HTCDS value",
        }
    }

    /// An error unless `value` (of `field`, at `line` of `file`) fits this
    /// kind. The message gives the value's length and the limit, never the
    /// value.
    ///
    /// # Errors
    /// The value is longer than [`FieldKind::max_bytes`].
    /// CTDC's markers of a missing value (`-99`, `NULL`, `NA`) fit every
    /// kind: a missing value is never too long.
    pub fn check(self, file: &str, line: u64, field: &str, value: &str) -> Result<(), RowError> {
        let missing = value == "-99"
            || value.eq_ignore_ascii_case("null")
            || value.eq_ignore_ascii_case("na");
        if value.len() <= self.max_bytes() || missing {
            return Ok(());
        }
        Err(RowError::new(
            file,
            line,
            Some(field),
            None,
            format!(
                "a value of {} bytes; {} has at most {} bytes",
                value.len(),
                self.what(),
                self.max_bytes()
            ),
        ))
    }
}

/// The most columns a header may have: GLOTIP has 13, CTDC's layouts about
/// 60, HTCDS 2.0 about 200 fields. A header of thousands is not one of
/// these layouts (and each row would be that wide).
pub const MAX_COLUMNS: usize = 1_000;

/// An error unless `value` (of `field`, at `line`) fits in
/// [`MAX_FIELD_BYTES`] ([`FieldKind::Text`]).
pub(crate) fn check_length(
    file: &str,
    line: u64,
    field: &str,
    value: &str,
) -> Result<(), RowError> {
    FieldKind::Text.check(file, line, field, value)
}

/// Columns listed at most in [`unknown_columns_warning`].
const MAX_LISTED_COLUMNS: usize = 20;
/// Characters of a header listed at most in [`unknown_columns_warning`].
const MAX_LISTED_HEADER: usize = 40;

/// The one warning for a file's unknown columns (`columns`: 1-based
/// position and header, as the readers' `unknown_columns` give them), or
/// `None` when there is none: `FILE: columns 2 (gendre), 8 (notes) of the
/// header are no STANDARD fields; they are ignored`. Header names are
/// named (they are not personal data; values never are), at most 20, each
/// cut to 40 characters, the rest counted.
pub fn unknown_columns_warning(
    file: &str,
    standard: &str,
    columns: &[(usize, String)],
) -> Option<String> {
    if columns.is_empty() {
        return None;
    }
    let mut listed: Vec<String> = columns
        .iter()
        .take(MAX_LISTED_COLUMNS)
        .map(|(i, h)| {
            let cut: String = h.chars().take(MAX_LISTED_HEADER).collect();
            let more = if cut.len() < h.len() { "…" } else { "" };
            format!("{i} ({cut}{more})")
        })
        .collect();
    if columns.len() > MAX_LISTED_COLUMNS {
        listed.push(format!("and {} more", columns.len() - MAX_LISTED_COLUMNS));
    }
    let (noun, verb, fields) = if columns.len() == 1 {
        ("column", "is", "field; it is")
    } else {
        ("columns", "are", "fields; they are")
    };
    Some(format!(
        "{file}: {noun} {} of the header {verb} no {standard} {fields} ignored",
        listed.join(", ")
    ))
}

/// Checks the start of a file for an encoding other than UTF-8 (UTF-16 byte
/// order marks or NUL bytes) and strips a UTF-8 byte order mark.
pub(crate) fn check_encoding<'b>(file: &str, head: &'b [u8]) -> Result<&'b [u8], FileError> {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Err(FileError::Encoding {
            file: file.to_owned(),
            line: 1,
            reason: "the file is UTF-16 (byte order mark FF FE / FE FF); save it as UTF-8".into(),
        });
    }
    if let Some(at) = head.iter().take(512).position(|b| *b == 0) {
        // The line of the first NUL byte (1 + the line feeds before it).
        let line = 1 + head[..at].iter().filter(|b| **b == b'\n').count() as u64;
        return Err(FileError::Encoding {
            file: file.to_owned(),
            line,
            reason: "the file contains NUL bytes: it is UTF-16 or binary, not UTF-8 text (an .xlsx file needs --format glotip-xlsx)".into(),
        });
    }
    Ok(head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head))
}

/// Decodes a field as UTF-8, or explains the likely encoding.
pub(crate) fn utf8_field<'r>(
    file: &str,
    line: u64,
    field: &str,
    bytes: &'r [u8],
) -> Result<&'r str, RowError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let bad = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
        RowError::new(
            file,
            line,
            Some(field),
            Some(&String::from_utf8_lossy(bytes)),
            format!(
                "not valid UTF-8 (byte 0x{bad:02X} at offset {}): the file seems to be Latin-1 or Windows-1252; convert it to UTF-8",
                e.valid_up_to()
            ),
        )
        .into_fatal()
    })
}

/// Reads up to 64 KiB from `r` for sniffing, returning the bytes read and
/// the reader (to be chained after them).
pub(crate) fn sniff<R: Read>(file: &str, mut r: R) -> Result<(Vec<u8>, R), FileError> {
    let mut head = vec![0u8; 64 * 1024];
    let mut n = 0;
    while n < head.len() {
        match r.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                return Err(FileError::Io {
                    file: file.to_owned(),
                    source: e,
                })
            }
        }
    }
    head.truncate(n);
    Ok((head, r))
}

/// The delimiter the first line most likely uses among `,`, `;`, tab, `|`.
pub(crate) fn guess_delimiter(first_line: &[u8]) -> u8 {
    let mut best = (0usize, b',');
    for d in [b',', b';', b'\t', b'|'] {
        let n = first_line.iter().filter(|b| **b == d).count();
        if n > best.0 {
            best = (n, d);
        }
    }
    best.1
}

/// The first line of `head` (without the line ending).
pub(crate) fn first_line(head: &[u8]) -> &[u8] {
    let end = head.iter().position(|b| *b == b'\n').unwrap_or(head.len());
    let l = &head[..end];
    l.strip_suffix(b"\r").unwrap_or(l)
}

/// Normalises a header name for matching: lower case, no white space,
/// underscores or hyphens.
pub(crate) fn norm_header(h: &str) -> String {
    h.trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

type Src<R> = std::io::Chain<std::io::Cursor<Vec<u8>>, R>;

/// A CSV source read one record ahead, so that a short last record can be
/// reported as a truncated last line, with line numbers for messages.
pub struct CsvRows<R: Read> {
    rdr: csv::Reader<Src<R>>,
    pub(crate) file: String,
    pub(crate) header: Vec<String>,
    pub(crate) cur: csv::ByteRecord,
    next: csv::ByteRecord,
    has_next: bool,
    primed: bool,
    done: bool,
    pending_error: Option<RowError>,
    pub(crate) rows: u64,
}

impl<R: Read> CsvRows<R> {
    /// Opens `source`: checks the encoding, that the header splits on one of
    /// `delimiters` (the first is the one named in messages), and reads the
    /// header.
    pub(crate) fn open(file: &str, source: R, delimiters: &[u8]) -> Result<Self, FileError> {
        let (mut head, rest) = sniff(file, source)?;
        let body = check_encoding(file, &head)?;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(FileError::Empty {
                file: file.to_owned(),
            });
        }
        let d = guess_delimiter(first_line(body));
        let skip = head.len() - body.len();
        let expected = delimiters.first().copied().unwrap_or(b',');
        if !delimiters.contains(&d) {
            return Err(FileError::Delimiter {
                file: file.to_owned(),
                found: d as char,
                expected: expected as char,
            });
        }
        head.drain(..skip);
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .delimiter(d)
            .from_reader(std::io::Cursor::new(head).chain(rest));
        let header: Vec<String> = rdr
            .byte_headers()
            .map_err(|e| FileError::Syntax {
                file: file.to_owned(),
                line: 1,
                reason: e.to_string(),
            })?
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_owned())
            .collect();
        if header.len() > MAX_COLUMNS {
            return Err(FileError::Syntax {
                file: file.to_owned(),
                line: 1,
                reason: format!(
                    "the header has {} columns; GLOTIP, CTDC and HTCDS layouts have at most {MAX_COLUMNS}",
                    header.len()
                ),
            });
        }
        // A column named twice: which one holds the data is a guess. The
        // message gives positions, not the name (in a file without a
        // header, the first line is a record).
        for (i, h) in header.iter().enumerate() {
            let n = norm_header(h);
            if n.is_empty() {
                continue;
            }
            if let Some(j) = header[..i].iter().position(|g| norm_header(g) == n) {
                return Err(FileError::Syntax {
                    file: file.to_owned(),
                    line: 1,
                    reason: format!(
                        "columns {} and {} of the header have the same name",
                        j + 1,
                        i + 1
                    ),
                });
            }
        }
        Ok(Self {
            rdr,
            file: file.to_owned(),
            header,
            cur: csv::ByteRecord::new(),
            next: csv::ByteRecord::new(),
            has_next: false,
            primed: false,
            done: false,
            pending_error: None,
            rows: 0,
        })
    }

    fn read_next(&mut self) -> Result<bool, RowError> {
        self.rdr.read_byte_record(&mut self.next).map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            RowError::new(
                &self.file,
                line,
                None,
                None,
                format!("unreadable CSV, reading stopped here: {e}"),
            )
            .into_fatal()
        })
    }

    /// Moves to the next record: `None` at the end, `Some(Err)` when the
    /// source cannot be read further (reading stops after it).
    pub(crate) fn advance(&mut self) -> Option<Result<(), RowError>> {
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
                self.has_next = false;
                self.pending_error = Some(e);
            }
        }
        self.rows += 1;
        Some(Ok(()))
    }

    /// Line where the current record starts.
    pub(crate) fn line(&self) -> u64 {
        self.cur.position().map_or(0, csv::Position::line)
    }

    /// An error if the current record's width differs from the header's.
    pub(crate) fn check_width(&self) -> Result<(), RowError> {
        if self.cur.len() == self.header.len() {
            return Ok(());
        }
        // A short last line is a file cut off midway: the whole file is
        // rejected, not just the line.
        let last = !self.has_next && self.pending_error.is_none();
        let truncated = last && self.cur.len() < self.header.len();
        let e = RowError::new(
            &self.file,
            self.line(),
            None,
            None,
            format!(
                "{} fields, the header has {}{}",
                self.cur.len(),
                self.header.len(),
                if truncated {
                    " (truncated last line?)"
                } else {
                    ""
                }
            ),
        );
        Err(if truncated { e.into_fatal() } else { e })
    }

    /// Field `i` of the current record as trimmed UTF-8, named `name` in
    /// messages; empty when absent.
    pub(crate) fn field(&self, i: usize, name: &str) -> Result<&str, RowError> {
        self.field_of(i, name, FieldKind::Text)
    }

    /// [`CsvRows::field`] for a field of `kind`, held to its limit.
    pub(crate) fn field_of(&self, i: usize, name: &str, kind: FieldKind) -> Result<&str, RowError> {
        let bytes = self.cur.get(i).unwrap_or(b"");
        let v = utf8_field(&self.file, self.line(), name, bytes)?.trim();
        kind.check(&self.file, self.line(), name, v)?;
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_never_shows_the_value() {
        let e = RowError::new(
            "h1.csv",
            3,
            Some("prs_Citizenship"),
            Some("Maria Lopez 1990-02-03"),
            "unknown country code",
        );
        assert_eq!(
            e.to_string(),
            "h1.csv: line 3, field prs_Citizenship: unknown country code"
        );
        assert_eq!(
            e.with_value().to_string(),
            "h1.csv: line 3, field prs_Citizenship (\"Maria Lopez 1990-02-03\"): unknown country code"
        );
        assert_eq!(e.value.as_deref(), Some("Maria Lopez 1990-02-03"));
    }
}
