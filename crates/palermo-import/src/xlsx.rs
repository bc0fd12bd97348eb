//! Spreadsheets (Office Open XML `.xlsx`, as UNODC's data portal publishes
//! `data_glotip.xlsx`) read as a table, one row at a time, through the
//! `calamine` crate.
//!
//! Before anything is parsed, the archive is decompressed once into
//! nothing, counting: a workbook that expands beyond [`MAX_WORKBOOK_BYTES`],
//! a worksheet beyond [`MAX_SHEET_BYTES`], a shared-string table beyond
//! [`MAX_SHARED_STRINGS_BYTES`], or with a cell text beyond
//! [`MAX_CELL_BYTES`], is refused as a zip bomb with the reason.
//!
//! [`XlsxRows`] streams the first worksheet: a reader thread walks its cells
//! in order and hands over complete rows through a bounded channel, so
//! memory holds the workbook's shared-string table and at most
//! [`ROWS_IN_FLIGHT`] rows, however long the sheet. Cell values become the
//! text a CSV export of the sheet would hold: texts as written, whole
//! numbers without a decimal point (`2019`, not `2019.0`), other numbers in
//! Rust's shortest round-trip form, booleans as `TRUE`/`FALSE`, empty cells
//! as empty fields, error cells as their Excel code (`#N/A`).

use std::io::{Read, Seek};
use std::sync::mpsc::{sync_channel, Receiver};

use calamine::{DataRef, Reader, Xlsx};

use crate::rows::{FileError, RowError, RowSource};

/// Rows read ahead of the validating thread.
pub const ROWS_IN_FLIGHT: usize = 256;

/// The most bytes a workbook may expand to, all its parts together.
/// UNODC's `data_glotip.xlsx` (2.3 MB, 46,556 rows) expands to about 20 MB;
/// a zip bomb of a few megabytes expands to gigabytes.
pub const MAX_WORKBOOK_BYTES: u64 = 512 << 20;

/// The most bytes one worksheet's XML may expand to.
pub const MAX_SHEET_BYTES: u64 = 256 << 20;

/// The most bytes the shared-string table's XML may expand to: calamine
/// holds the whole table in memory while the sheet streams.
pub const MAX_SHARED_STRINGS_BYTES: u64 = 64 << 20;

/// The most bytes any other part may expand to (workbook, styles,
/// relationships, content types).
pub const MAX_PART_BYTES: u64 = 16 << 20;

/// The most bytes of text in one cell or shared string: Excel's limit of
/// 32,767 characters per cell ("Excel specifications and limits"), in
/// UTF-8 at most 4 bytes each.
pub const MAX_CELL_BYTES: u64 = 32_767 * 4;

/// The most bytes of one XML tag (its name and attributes).
pub const MAX_TAG_BYTES: u64 = 64 << 10;

/// The most parts a workbook may have.
pub const MAX_PARTS: usize = 10_000;

/// Why a workbook is refused before it is parsed: it expands beyond a
/// bound (a zip bomb) or is not a zip archive.
fn check_expansion<R: Read + Seek>(source: &mut R) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(source).map_err(|e| format!("not a zip archive ({e})"))?;
    if zip.len() > MAX_PARTS {
        return Err(format!(
            "{} parts in the archive, at most {MAX_PARTS}",
            zip.len()
        ));
    }
    let mut total: u64 = 0;
    let mut buf = vec![0u8; 64 << 10];
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| format!("part {}: {e}", i + 1))?;
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let (what, limit) = if name.starts_with("xl/worksheets/") {
            ("a worksheet", MAX_SHEET_BYTES)
        } else if name == "xl/sharedStrings.xml" {
            ("the shared-string table", MAX_SHARED_STRINGS_BYTES)
        } else {
            ("a part", MAX_PART_BYTES)
        };
        let too_big = |n: u64| {
            format!(
                "{what} expands to more than {} MiB (at least {} MiB): refused as a zip bomb",
                limit >> 20,
                n >> 20
            )
        };
        // The declared size first (cheap); then the bytes as they expand,
        // since a declared size can lie.
        if part.size() > limit {
            return Err(too_big(part.size()));
        }
        let xml = name.ends_with(".xml") || name.ends_with(".rels");
        let mut n: u64 = 0;
        let (mut in_tag, mut run) = (false, 0u64);
        loop {
            let k = match part.read(&mut buf) {
                Ok(0) => break,
                Ok(k) => k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("{what} cannot be decompressed ({e})")),
            };
            n += k as u64;
            total += k as u64;
            if n > limit {
                return Err(too_big(n));
            }
            if total > MAX_WORKBOOK_BYTES {
                return Err(format!(
                    "the workbook expands to more than {} MiB: refused as a zip bomb",
                    MAX_WORKBOOK_BYTES >> 20
                ));
            }
            if !xml {
                continue;
            }
            // The longest text between tags (a cell's or shared string's
            // value) and the longest tag.
            for &b in &buf[..k] {
                match b {
                    b'<' => (in_tag, run) = (true, 0),
                    b'>' => (in_tag, run) = (false, 0),
                    _ => run += 1,
                }
                if in_tag && run > MAX_TAG_BYTES {
                    return Err(format!(
                        "{what} has an XML tag of more than {MAX_TAG_BYTES} bytes"
                    ));
                }
                if !in_tag && run > MAX_CELL_BYTES {
                    return Err(format!(
                        "{what} holds a text of more than {MAX_CELL_BYTES} bytes (Excel's limit is 32,767 characters a cell)"
                    ));
                }
            }
        }
    }
    Ok(())
}

/// What the reader thread sends.
enum Msg {
    /// A row: its 0-based index in the sheet and its fields.
    Row(u32, Vec<String>),
    /// The workbook could not be read further.
    Failed(String),
    /// The sheet was read to its end.
    End,
}

/// The first worksheet of a workbook, as a [`RowSource`]: the first row is
/// the header; rows are numbered as in the spreadsheet (header = 1).
pub struct XlsxRows {
    file: String,
    header: Vec<String>,
    /// `None` only while dropping.
    rx: Option<Receiver<Msg>>,
    reader: Option<std::thread::JoinHandle<()>>,
    cur: Vec<String>,
    cur_line: u64,
    rows: u64,
    done: bool,
}

impl std::fmt::Debug for XlsxRows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("XlsxRows")
            .field("file", &self.file)
            .field("rows", &self.rows)
            .finish_non_exhaustive()
    }
}

/// A cell as CSV text.
fn cell_text(v: &DataRef<'_>) -> String {
    match v {
        DataRef::Empty => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(x) => float_text(*x),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) => float_text(d.as_f64()),
        DataRef::Error(e) => e.to_string(),
    }
}

/// `2019.0` → `2019`; other numbers in shortest round-trip form.
fn float_text(x: f64) -> String {
    // Exactly representable whole numbers print without a fraction.
    if x.fract() == 0.0 && x.abs() < 9.007_199_254_740_992e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Walks the first worksheet, sending each row (gaps filled with empty
/// fields) until the sheet ends, reading fails, or the receiver is gone.
fn read_sheet<R: Read + Seek>(source: R, tx: &std::sync::mpsc::SyncSender<Msg>) {
    let fail = |e: String| {
        let _ = tx.send(Msg::Failed(e));
    };
    let mut wb: Xlsx<R> = match Xlsx::new(source) {
        Ok(wb) => wb,
        Err(e) => return fail(e.to_string()),
    };
    let Some(name) = wb.sheet_names().first().cloned() else {
        return fail("the workbook has no worksheet".to_owned());
    };
    let mut cells = match wb.worksheet_cells_reader(&name) {
        Ok(c) => c,
        Err(e) => return fail(e.to_string()),
    };
    let mut row: Option<(u32, Vec<String>)> = None;
    loop {
        let cell = match cells.next_cell() {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => return fail(e.to_string()),
        };
        let (r, c) = cell.get_position();
        if row.as_ref().is_some_and(|(cur, _)| *cur != r) {
            if let Some((cur, fields)) = row.take() {
                if tx.send(Msg::Row(cur, fields)).is_err() {
                    return;
                }
            }
        }
        let (_, fields) = row.get_or_insert_with(|| (r, Vec::new()));
        let c = c as usize;
        if c >= 16_384 {
            // Beyond Excel's last column (XFD): a corrupt position.
            return fail(format!("cell in column {} beyond the sheet's last", c + 1));
        }
        if fields.len() <= c {
            fields.resize(c + 1, String::new());
        }
        fields[c] = cell_text(cell.get_value());
    }
    if let Some((cur, fields)) = row {
        if tx.send(Msg::Row(cur, fields)).is_err() {
            return;
        }
    }
    let _ = tx.send(Msg::End);
}

/// A hint for a file that is not a workbook but text (a CSV file named
/// `.xlsx`, or given `--format glotip-xlsx`), from its first bytes.
fn text_hint(head: &[u8]) -> &'static str {
    let text = !head.is_empty()
        && !head.starts_with(b"PK")
        && head
            .iter()
            .all(|b| *b >= 0x20 || matches!(b, b'\n' | b'\r' | b'\t'));
    if !text {
        return "";
    }
    let first = crate::rows::first_line(head);
    if [b',', b';', b'\t'].iter().any(|d| first.contains(d)) {
        "; this looks like a CSV file, not a workbook: use --format glotip-csv"
    } else {
        "; this looks like a text file, not a workbook"
    }
}

impl XlsxRows {
    /// Opens `source` (named `file` in messages) and reads the header row.
    ///
    /// # Errors
    /// [`FileError::Spreadsheet`]: not a zip, not a workbook, no worksheet,
    /// a corrupt sheet (with a hint when the file is text, such as a CSV
    /// file); [`FileError::Empty`]: no rows at all.
    pub fn open<R: Read + Seek + Send + 'static>(
        file: &str,
        mut source: R,
    ) -> Result<Self, FileError> {
        let io = |e: std::io::Error| FileError::Io {
            file: file.to_owned(),
            source: e,
        };
        let mut head = Vec::with_capacity(512);
        (&mut source).take(512).read_to_end(&mut head).map_err(io)?;
        source.seek(std::io::SeekFrom::Start(0)).map_err(io)?;
        let hint = text_hint(&head);
        // Bounded before calamine expands anything (it holds the shared
        // strings in memory): a zip bomb is refused with the reason.
        check_expansion(&mut source).map_err(|reason| FileError::Spreadsheet {
            file: file.to_owned(),
            reason: format!("{reason}{hint}"),
        })?;
        source.seek(std::io::SeekFrom::Start(0)).map_err(io)?;
        let (tx, rx) = sync_channel(ROWS_IN_FLIGHT);
        let reader = std::thread::Builder::new()
            .name("xlsx-reader".into())
            .spawn(move || read_sheet(source, &tx))
            .map_err(|e| FileError::Io {
                file: file.to_owned(),
                source: e,
            })?;
        let mut rows = Self {
            file: file.to_owned(),
            header: Vec::new(),
            rx: Some(rx),
            reader: Some(reader),
            cur: Vec::new(),
            cur_line: 0,
            rows: 0,
            done: false,
        };
        match rows.recv() {
            Ok(Msg::Row(r, fields)) => {
                rows.header = fields.iter().map(|h| h.trim().to_owned()).collect();
                rows.cur_line = u64::from(r) + 1;
                if rows.header.iter().all(String::is_empty) {
                    return Err(FileError::Empty {
                        file: file.to_owned(),
                    });
                }
            }
            Ok(Msg::Failed(reason)) => {
                return Err(FileError::Spreadsheet {
                    file: file.to_owned(),
                    reason: format!("{reason}{hint}"),
                })
            }
            Ok(Msg::End) | Err(_) => {
                return Err(FileError::Empty {
                    file: file.to_owned(),
                })
            }
        }
        Ok(rows)
    }
}

impl XlsxRows {
    /// Ends the reading with a fatal error after the current row: the sheet
    /// could not be read to its end, so the whole file is rejected.
    fn cut_off(&mut self, reason: String) -> RowError {
        self.done = true;
        RowError::new(&self.file, self.cur_line + 1, None, None, reason).into_fatal()
    }

    fn recv(&self) -> Result<Msg, std::sync::mpsc::RecvError> {
        self.rx
            .as_ref()
            .map_or(Err(std::sync::mpsc::RecvError), Receiver::recv)
    }
}

impl Drop for XlsxRows {
    /// Stops the reader thread (its next send fails once the channel is
    /// closed) and waits for it, so that no thread outlives the reader.
    fn drop(&mut self) {
        drop(self.rx.take());
        if let Some(t) = self.reader.take() {
            let _ = t.join();
        }
    }
}

impl RowSource for XlsxRows {
    fn file(&self) -> &str {
        &self.file
    }

    fn header(&self) -> &[String] {
        &self.header
    }

    fn advance(&mut self) -> Option<Result<(), RowError>> {
        if self.done {
            return None;
        }
        loop {
            match self.recv() {
                Ok(Msg::Row(r, fields)) => {
                    self.cur_line = u64::from(r) + 1;
                    // A row of empty cells (formatting only) is no data.
                    if fields.iter().all(|f| f.trim().is_empty()) {
                        continue;
                    }
                    self.cur = fields;
                    self.rows += 1;
                    return Some(Ok(()));
                }
                // A sheet that cannot be read to its end (cut off, corrupt)
                // rejects the whole file: the rows before would be half
                // of it.
                Ok(Msg::Failed(reason)) => {
                    return Some(Err(self.cut_off(format!(
                        "unreadable worksheet after row {}: {reason}",
                        self.cur_line
                    ))));
                }
                Ok(Msg::End) => {
                    self.done = true;
                    return None;
                }
                Err(_) => {
                    // The reader thread ended without saying why (it
                    // panicked): the sheet was not read to its end.
                    return Some(Err(self.cut_off(format!(
                        "the worksheet reader stopped after row {}",
                        self.cur_line
                    ))));
                }
            }
        }
    }

    fn line(&self) -> u64 {
        self.cur_line
    }

    fn check_width(&self) -> Result<(), RowError> {
        // Trailing empty cells are simply absent in a sheet; only data
        // beyond the header's last column is an error.
        let width = self
            .cur
            .iter()
            .rposition(|f| !f.trim().is_empty())
            .map_or(0, |i| i + 1);
        if width <= self.header.len() {
            return Ok(());
        }
        Err(RowError::new(
            &self.file,
            self.cur_line,
            None,
            None,
            format!(
                "data in column {width}, the header has {} columns",
                self.header.len()
            ),
        ))
    }

    fn field(&self, i: usize, name: &str) -> Result<&str, RowError> {
        let v = self.cur.get(i).map_or("", |f| f.trim());
        crate::rows::check_length(&self.file, self.line(), name, v)?;
        Ok(v)
    }

    fn rows(&self) -> u64 {
        self.rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_a_csv_export_writes_them() {
        assert_eq!(float_text(2019.0), "2019");
        assert_eq!(float_text(1282.0), "1282");
        assert_eq!(float_text(-3.0), "-3");
        assert_eq!(float_text(0.5), "0.5");
        assert_eq!(float_text(1.5e20), "150000000000000000000");
        assert_eq!(cell_text(&DataRef::Bool(true)), "TRUE");
        assert_eq!(cell_text(&DataRef::SharedString("<5")), "<5");
        assert_eq!(cell_text(&DataRef::Empty), "");
    }

    #[test]
    fn what_is_not_a_workbook_is_refused_with_the_reason() {
        let e = XlsxRows::open(
            "x.xlsx",
            std::io::Cursor::new(b"Iso3_code,Country\n".to_vec()),
        )
        .unwrap_err();
        assert!(matches!(e, FileError::Spreadsheet { .. }), "{e}");
        assert!(
            e.to_string()
                .starts_with("x.xlsx: not a readable .xlsx workbook"),
            "{e}"
        );
        assert!(
            e.to_string()
                .ends_with("this looks like a CSV file, not a workbook: use --format glotip-csv"),
            "{e}"
        );
    }

    #[test]
    fn only_text_gets_the_hint() {
        assert_eq!(text_hint(b"PK\x03\x04,,,"), "");
        assert_eq!(text_hint(b""), "");
        assert_eq!(text_hint(b"a\x00,b"), "");
        assert!(text_hint(b"Iso3_code;Country\r\n").contains("--format glotip-csv"));
        assert!(text_hint(b"hello").contains("text file"));
    }
}
