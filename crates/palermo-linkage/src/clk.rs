//! CLKs (Bloom-filter encodings) and sets of them, in clkhash's JSON
//! format: `{"clks": ["base64", …]}`.

use base64::Engine as _;

/// Largest CLK accepted when reading, in bits (clkhash's default is 1,024).
pub const MAX_CLK_BITS: usize = 1 << 16;

/// One CLK: `bits` bits, stored as bytes (bit 0 = most significant bit of
/// byte 0, as clkhash and bitarray store them).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Clk {
    bytes: Vec<u8>,
    bits: usize,
}

impl Clk {
    /// Wraps bytes holding `bits` bits (padding bits must be zero).
    pub fn from_bytes(bytes: &[u8], bits: usize) -> Clk {
        let mut b = bytes.to_vec();
        b.resize(bits.div_ceil(8), 0);
        Clk { bytes: b, bits }
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Length in bits.
    pub fn bits(&self) -> usize {
        self.bits
    }

    /// Number of bits set.
    pub fn popcount(&self) -> u32 {
        self.bytes.iter().map(|b| b.count_ones()).sum()
    }

    /// Share of bits set.
    pub fn density(&self) -> f64 {
        if self.bits == 0 {
            0.0
        } else {
            f64::from(self.popcount()) / self.bits as f64
        }
    }

    /// Standard base64 with padding, as clkhash writes it.
    pub fn to_base64(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(&self.bytes)
    }
}

/// Groups of records whose CLKs are identical, bit for bit: each group
/// lists the record positions (0-based, ascending) of two or more equal
/// CLKs; groups are ordered largest first, then by their first record.
///
/// Records with identical CLKs have identical normalised values in every
/// hashed feature. Two may be one person listed twice; many usually share a
/// placeholder (an "unknown" name or date of birth) and would all look like
/// one person to the matcher.
pub fn identical_groups(clks: &[Clk]) -> Vec<Vec<usize>> {
    let mut by: std::collections::HashMap<&[u8], Vec<usize>> = std::collections::HashMap::new();
    for (i, c) in clks.iter().enumerate() {
        by.entry(c.as_bytes()).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = by.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    groups
}

/// Why a CLK file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClkError {
    /// The file is not `{"clks": [...]}` JSON.
    #[error("not a CLK file ({0}); expected JSON like {{\"clks\": [\"base64…\", …]}}")]
    Json(String),
    /// The list holds no CLK.
    #[error("the list is empty: it holds no CLK")]
    Empty,
    /// A CLK is not valid base64.
    #[error("record {record}: not valid base64 ({reason})")]
    Base64 {
        /// 0-based position in the file.
        record: usize,
        /// Decoder's message.
        reason: String,
    },
    /// A CLK's length differs from the others'.
    #[error("record {record}: {found} bits, but the first record has {expected}")]
    Length {
        /// 0-based position in the file.
        record: usize,
        /// Its length in bits.
        found: usize,
        /// The expected length in bits.
        expected: usize,
    },
    /// A CLK is empty or too long.
    #[error("record {record}: a CLK of {bits} bits is not supported (1 to {MAX_CLK_BITS})")]
    BadSize {
        /// 0-based position in the file.
        record: usize,
        /// Its length in bits.
        bits: usize,
    },
}

/// A list of CLKs of equal length, packed into 64-bit words with their
/// popcounts precomputed: the input of matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClkSet {
    bits: usize,
    words: usize,
    data: Vec<u64>,
    popcounts: Vec<u32>,
}

impl ClkSet {
    /// An empty set of CLKs of `bits` bits.
    pub fn with_bits(bits: usize) -> ClkSet {
        ClkSet {
            bits,
            words: bits.div_ceil(64).max(1),
            data: Vec::new(),
            popcounts: Vec::new(),
        }
    }

    /// Packs CLKs, all of the same length.
    pub fn from_clks<'a, I: IntoIterator<Item = &'a Clk>>(clks: I) -> Result<ClkSet, ClkError> {
        let mut set: Option<ClkSet> = None;
        for (i, c) in clks.into_iter().enumerate() {
            let s = set.get_or_insert_with(|| ClkSet::with_bits(c.bits()));
            s.push_bytes(c.as_bytes(), i)?;
        }
        set.ok_or(ClkError::Empty)
    }

    /// Appends one CLK given as bytes; `record` is used in errors.
    pub fn push_bytes(&mut self, bytes: &[u8], record: usize) -> Result<(), ClkError> {
        let bits = bytes.len() * 8;
        if bits == 0 || bits > MAX_CLK_BITS {
            return Err(ClkError::BadSize { record, bits });
        }
        if bits.div_ceil(8) != self.bits.div_ceil(8) {
            return Err(ClkError::Length {
                record,
                found: bits,
                expected: self.bits,
            });
        }
        let start = self.data.len();
        self.data.resize(start + self.words, 0);
        let mut pc = 0;
        for (w, chunk) in self.data[start..].iter_mut().zip(bytes.chunks(8)) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            *w = u64::from_le_bytes(b);
            pc += w.count_ones();
        }
        self.popcounts.push(pc);
        Ok(())
    }

    /// Reads clkhash's JSON output.
    pub fn from_json_slice(json: &[u8]) -> Result<ClkSet, ClkError> {
        #[derive(serde::Deserialize)]
        struct File {
            clks: Vec<String>,
        }
        let f: File = serde_json::from_slice(json).map_err(|e| ClkError::Json(e.to_string()))?;
        ClkSet::from_base64(f.clks.iter().map(String::as_str))
    }

    /// Decodes base64 CLKs (standard alphabet, padding optional).
    pub fn from_base64<'a, I: IntoIterator<Item = &'a str>>(items: I) -> Result<ClkSet, ClkError> {
        let engine = base64::engine::GeneralPurpose::new(
            &base64::alphabet::STANDARD,
            base64::engine::GeneralPurposeConfig::new()
                .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
        );
        let mut set: Option<ClkSet> = None;
        for (i, s) in items.into_iter().enumerate() {
            let bytes = engine.decode(s.trim()).map_err(|e| ClkError::Base64 {
                record: i,
                reason: e.to_string(),
            })?;
            let bits = bytes.len() * 8;
            let set = set.get_or_insert_with(|| ClkSet::with_bits(bits));
            set.push_bytes(&bytes, i)?;
        }
        set.ok_or(ClkError::Empty)
    }

    /// Number of CLKs.
    pub fn len(&self) -> usize {
        self.popcounts.len()
    }

    /// True if there is no CLK.
    pub fn is_empty(&self) -> bool {
        self.popcounts.is_empty()
    }

    /// Length of each CLK in bits (a multiple of 8).
    pub fn bits(&self) -> usize {
        self.bits
    }

    /// 64-bit words per CLK.
    pub fn words(&self) -> usize {
        self.words
    }

    /// The words of CLK `i`.
    pub fn get(&self, i: usize) -> &[u64] {
        &self.data[i * self.words..(i + 1) * self.words]
    }

    /// Popcount of every CLK.
    pub fn popcounts(&self) -> &[u32] {
        &self.popcounts
    }

    /// Mean share of bits set.
    pub fn mean_density(&self) -> f64 {
        if self.is_empty() || self.bits == 0 {
            return 0.0;
        }
        let s: u64 = self.popcounts.iter().map(|&p| u64::from(p)).sum();
        s as f64 / (self.len() as f64 * self.bits as f64)
    }
}

/// Writes CLKs as clkhash does: `{"clks": ["base64", …]}`.
pub fn clks_to_json(clks: &[Clk]) -> String {
    let mut s = String::with_capacity(clks.len() * 180 + 16);
    s.push_str("{\"clks\": [");
    for (i, c) in clks.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push('"');
        s.push_str(&c.to_base64());
        s.push('"');
    }
    s.push_str("]}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let a = Clk::from_bytes(&[0xff, 0x00, 0x0f, 0x01], 32);
        let b = Clk::from_bytes(&[0x00, 0x00, 0x00, 0x00], 32);
        let json = clks_to_json(&[a.clone(), b]);
        let set = ClkSet::from_json_slice(json.as_bytes()).unwrap();
        assert_eq!(set.len(), 2);
        assert_eq!(set.bits(), 32);
        assert_eq!(set.popcounts(), &[13, 0]);
        assert_eq!(a.popcount(), 13);
    }

    #[test]
    fn bad_input_names_the_record() {
        let e = ClkSet::from_json_slice(br#"{"clks": ["AAAA", "AA"]}"#).unwrap_err();
        assert!(matches!(e, ClkError::Length { record: 1, .. }), "{e}");
        let e = ClkSet::from_json_slice(br#"{"clks": ["AAAA", "!!"]}"#).unwrap_err();
        assert!(matches!(e, ClkError::Base64 { record: 1, .. }), "{e}");
        let e = ClkSet::from_json_slice(br#"{"clks": []}"#).unwrap_err();
        assert_eq!(e, ClkError::Empty);
        assert!(matches!(
            ClkSet::from_json_slice(b"[1,2]").unwrap_err(),
            ClkError::Json(_)
        ));
    }
}
