//! Gzip-compressed text files (RFC 1952), as the bundled
//! `unodc_glotip_data_portal.csv.gz` and many portals' downloads are: an
//! import reads them as the text they hold, recognised by their magic bytes
//! (`1f 8b`, RFC 1952 §2.3.1), not by the file name.

use std::io::{BufRead, Read};

/// The two bytes every gzip member starts with (RFC 1952 §2.3.1: ID1, ID2).
pub const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// `r` as the text it holds: decompressed (all members, as `gunzip` does)
/// when it starts with [`GZIP_MAGIC`], unchanged otherwise. Nothing is
/// consumed from `r` to decide.
///
/// # Errors
/// An I/O error while looking at the first bytes. A corrupt or truncated
/// gzip stream shows later, as a read error of the returned reader.
pub fn decompressed<R: BufRead + 'static>(mut r: R) -> std::io::Result<Box<dyn Read>> {
    let head = r.fill_buf()?;
    if head.starts_with(&GZIP_MAGIC) {
        Ok(Box::new(flate2::bufread::MultiGzDecoder::new(r)))
    } else {
        Ok(Box::new(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gz(text: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(text).unwrap();
        e.finish().unwrap()
    }

    fn read_all(r: Box<dyn Read>) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut r = r;
        r.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn plain_text_is_unchanged_and_gzip_is_decompressed() {
        let text = b"iso3_code,country\nITA,Italy\n";
        assert_eq!(read_all(decompressed(&text[..]).unwrap()).unwrap(), text);
        let packed = gz(text);
        assert_eq!(&packed[..2], &GZIP_MAGIC, "RFC 1952 ID1 ID2");
        let r = std::io::Cursor::new(packed);
        assert_eq!(read_all(decompressed(r).unwrap()).unwrap(), text);
    }

    #[test]
    fn the_bundled_glotip_file_is_the_text_it_holds() {
        let r = decompressed(crate::glotip::BUNDLED_GZ).unwrap();
        let text = read_all(r).unwrap();
        // The data portal's header (13 columns, first `Iso3_code`).
        assert!(text.starts_with(b"Iso3_code,Country,"), "{:?}", &text[..40]);
    }

    #[test]
    fn a_truncated_stream_is_a_read_error_not_silence() {
        let packed = gz(b"a,b\n1,2\n");
        let cut = std::io::Cursor::new(packed[..packed.len() - 6].to_vec());
        assert!(read_all(decompressed(cut).unwrap()).is_err());
    }
}
