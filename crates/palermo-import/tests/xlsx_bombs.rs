//! xlsx zip bombs (issue #10, item 6): small workbooks that expand to far
//! more than any real one are refused, with the reason, before calamine
//! expands them; the sample workbook still reads.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Cursor, Read, Write};
use std::path::Path;

use palermo_import::glotip::{GlotipOptions, GlotipReader};
use palermo_import::rows::FileError;
use zip::write::SimpleFileOptions;

fn sample() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/glotip_sample.xlsx"))
        .unwrap()
}

/// The sample workbook with the part `name` replaced by `fill()` written
/// `times` times (deflated: repeated text compresses about 1000 to 1).
fn with_part(name: &str, head: &str, fill: &[u8], times: usize, tail: &str) -> Vec<u8> {
    let mut src = zip::ZipArchive::new(Cursor::new(sample())).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for i in 0..src.len() {
        let mut f = src.by_index(i).unwrap();
        let n = f.name().unwrap().into_owned();
        out.start_file(n.as_str(), opts).unwrap();
        if n == name {
            out.write_all(head.as_bytes()).unwrap();
            for _ in 0..times {
                out.write_all(fill).unwrap();
            }
            out.write_all(tail.as_bytes()).unwrap();
        } else {
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            out.write_all(&b).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

fn refusal(bytes: Vec<u8>) -> String {
    let index = palermo_import::bundled::reference_data().unwrap().index();
    let e = GlotipReader::from_xlsx(
        "bomb.xlsx",
        Cursor::new(bytes),
        &index,
        GlotipOptions::default(),
    )
    .err()
    .expect("the bomb was accepted");
    assert!(matches!(e, FileError::Spreadsheet { .. }), "{e}");
    e.to_string()
}

#[test]
fn a_shared_string_table_of_80_mib_is_refused() {
    let sst_item = b"<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>";
    let bomb = with_part(
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
        sst_item,
        (80 << 20) / sst_item.len(),
        "</sst>",
    );
    assert!(bomb.len() < 2 << 20, "{} bytes", bomb.len());
    let e = refusal(bomb);
    assert!(
        e.contains("the shared-string table expands to more than 64 MiB"),
        "{e}"
    );
}

#[test]
fn a_cell_of_a_megabyte_is_refused() {
    let bomb = with_part(
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>",
        b"x",
        1 << 20,
        "</t></si></sst>",
    );
    let e = refusal(bomb);
    assert!(e.contains("holds a text of more than 131068 bytes"), "{e}");
}

#[test]
fn a_sheet_that_expands_beyond_its_bound_is_refused() {
    // 300 MiB of empty rows in about 300 KB.
    let row = b"<row/>";
    let bomb = with_part(
        "xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
        row,
        (300 << 20) / row.len(),
        "</sheetData></worksheet>",
    );
    let e = refusal(bomb);
    assert!(
        e.contains("a worksheet expands to more than 256 MiB"),
        "{e}"
    );
}

/// A declared size can lie: the sheet's size in the archive's directories
/// is patched to 1 KiB, and the expansion is counted all the same.
#[test]
fn a_lying_declared_size_does_not_help() {
    let row = b"<row/>";
    let mut bomb = with_part(
        "xl/sharedStrings.xml",
        "<sst>",
        row,
        (80 << 20) / row.len(),
        "</sst>",
    );
    let declared = ((80 << 20) / row.len() * row.len() + 11) as u32;
    // Zip64 is not needed below 4 GiB: the 32-bit sizes are the ones read.
    let needle = declared.to_le_bytes();
    let mut patched = 0;
    let mut i = 0;
    while i + 4 <= bomb.len() {
        if bomb[i..i + 4] == needle {
            bomb[i..i + 4].copy_from_slice(&1024u32.to_le_bytes());
            patched += 1;
        }
        i += 1;
    }
    assert!(patched >= 1);
    let e = refusal(bomb);
    assert!(
        e.contains("expands to more than 64 MiB") || e.contains("cannot be decompressed"),
        "{e}"
    );
}

#[test]
fn the_sample_workbook_still_reads() {
    let index = palermo_import::bundled::reference_data().unwrap().index();
    let r = GlotipReader::from_xlsx(
        "s.xlsx",
        Cursor::new(sample()),
        &index,
        GlotipOptions::default(),
    )
    .unwrap();
    let (records, rejected, _) = r.read_all();
    assert!(records.len() > 10 && rejected.is_empty());
}
