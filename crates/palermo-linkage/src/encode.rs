//! CLK encoding, bit for bit as clkhash 0.18 does it.
//!
//! One secret → HKDF → two keys per feature (ignored features included, as
//! clkhash counts them). Each token sets `k` bits of a filter of
//! `l · 2^xor_folds` bits: blakeHash takes `k` 16-bit little-endian words
//! from keyed BLAKE2b digests (salt = the block number in decimal ASCII);
//! doubleHash sets `h₁ + i·h₂ mod L` with `h₁` = HMAC-SHA1 and `h₂` =
//! HMAC-MD5 read as big-endian integers. The features are ORed into one
//! filter, which is XOR-folded `xor_folds` times. Bit 0 is the most
//! significant bit of byte 0 (Python bitarray's big-endian order).

use std::collections::HashMap;

use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use blake2::digest::generic_array::GenericArray;
use blake2::Blake2bVarCore;
use hmac::{Hmac, Mac};
use md5::Md5;
use sha1::Sha1;

use crate::clk::Clk;
use crate::schema::{HashKind, Hashing, KdfHash, Schema};
use crate::tokenize::{tokenize_into, Tokens};

/// Shortest secret accepted, in bytes.
pub const MIN_SECRET_BYTES: usize = 16;

/// Why a record or a whole encoding failed. Messages never contain the
/// value itself: it may be an identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    /// The secret is shorter than [`MIN_SECRET_BYTES`].
    #[error("the secret is {0} bytes long; at least {MIN_SECRET_BYTES} are needed")]
    SecretTooShort(usize),
    /// The header does not match the schema's features.
    #[error("{0}")]
    Header(String),
    /// A record has the wrong number of fields.
    #[error("record {record}: has {found} fields, the schema has {expected}")]
    FieldCount {
        /// 0-based record number.
        record: usize,
        /// Fields found.
        found: usize,
        /// Features in the schema.
        expected: usize,
    },
    /// A value fails its feature's format.
    #[error("record {record}, column '{column}': {reason}")]
    Value {
        /// 0-based record number.
        record: usize,
        /// The feature's identifier.
        column: String,
        /// Why (the value itself is not repeated).
        reason: String,
    },
    /// Key derivation failed (HKDF output too long).
    #[error("key derivation failed: {0}")]
    Kdf(String),
}

/// Most record errors kept by [`Encoder::encode_all`]; the others are counted.
pub const MAX_REPORTED_ERRORS: usize = 20;

/// Every bad record of an encoding: the first [`MAX_REPORTED_ERRORS`] in
/// record order and how many there were in all, so that one run shows
/// what to mend. Like [`EncodeError`], never contains a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeErrors {
    /// The first errors, in record order.
    pub errors: Vec<EncodeError>,
    /// All errors found (at least `errors.len()`).
    pub total: usize,
}

impl std::fmt::Display for EncodeErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.total > 1 {
            write!(f, "{} bad records: ", self.total)?;
        }
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        if self.total > self.errors.len() {
            write!(f, "; and {} more", self.total - self.errors.len())?;
        }
        Ok(())
    }
}

impl std::error::Error for EncodeErrors {}

/// Per-feature precomputed hashing state.
#[derive(Clone)]
enum FeatureHasher {
    Blake {
        /// BLAKE2b state after the key block, one per salt "0", "1", …
        /// (computed on demand up to the largest k in use).
        keyed: Vec<Blake2bVarCore>,
        key: Vec<u8>,
    },
    Double {
        sha1: Box<Hmac<Sha1>>,
        md5: Box<Hmac<Md5>>,
        prevent_singularity: bool,
    },
}

/// An encoder for one schema and one secret.
///
/// The secret is consumed by key derivation and not kept.
#[derive(Clone)]
pub struct Encoder {
    schema: Schema,
    hashers: Vec<Option<FeatureHasher>>,
    /// Identifies the derived keys (a hash of them), so that a [`Scratch`]
    /// never serves cached positions computed under other keys.
    fingerprint: u64,
}

impl std::fmt::Debug for Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print keys.
        f.debug_struct("Encoder")
            .field("features", &self.schema.features.len())
            .field("l", &self.schema.l)
            .finish_non_exhaustive()
    }
}

fn blake_keyed(key: &[u8], salt_index: usize) -> Blake2bVarCore {
    let salt = salt_index.to_string();
    let mut core = Blake2bVarCore::new_with_params(salt.as_bytes(), &[], key.len(), 64);
    if !key.is_empty() {
        let mut block = GenericArray::<u8, blake2::digest::consts::U128>::default();
        block[..key.len()].copy_from_slice(key);
        core.update_blocks(std::slice::from_ref(&block));
    }
    core
}

/// Derives `n` keys of `size` bytes with HKDF, as clkhash's `hkdf()`.
fn derive_keys(schema: &Schema, secret: &[u8], n: usize) -> Result<Vec<Vec<u8>>, EncodeError> {
    let size = schema.kdf.key_size;
    let mut okm = vec![0u8; n * size];
    let salt = schema.kdf.salt.as_deref();
    let info = schema.kdf.info.as_deref().unwrap_or(&[]);
    let res = match schema.kdf.hash {
        KdfHash::Sha256 => hkdf::Hkdf::<sha2::Sha256>::new(salt, secret).expand(info, &mut okm),
        KdfHash::Sha512 => hkdf::Hkdf::<sha2::Sha512>::new(salt, secret).expand(info, &mut okm),
    };
    res.map_err(|e| EncodeError::Kdf(e.to_string()))?;
    Ok(okm.chunks(size).map(<[u8]>::to_vec).collect())
}

impl Encoder {
    /// Derives the keys from `secret` (at least [`MIN_SECRET_BYTES`] bytes).
    pub fn new(schema: Schema, secret: &[u8]) -> Result<Encoder, EncodeError> {
        if secret.len() < MIN_SECRET_BYTES {
            return Err(EncodeError::SecretTooShort(secret.len()));
        }
        let keys = derive_keys(&schema, secret, 2 * schema.features.len())?;
        let hash_l = schema.hash_bits();
        let mut hashers = Vec::with_capacity(schema.features.len());
        for (i, f) in schema.features.iter().enumerate() {
            let Some(h) = &f.hashing else {
                hashers.push(None);
                continue;
            };
            let k0 = &keys[2 * i];
            let k1 = &keys[2 * i + 1];
            let hasher = match h.hash {
                HashKind::Blake => {
                    let max_k = max_bits_per_token(h);
                    let blocks = (max_k as usize).div_ceil(32).max(1);
                    FeatureHasher::Blake {
                        keyed: (0..blocks).map(|s| blake_keyed(k0, s)).collect(),
                        key: k0.clone(),
                    }
                }
                HashKind::DoubleHash {
                    prevent_singularity,
                } => FeatureHasher::Double {
                    sha1: Box::new(
                        <Hmac<Sha1> as Mac>::new_from_slice(k0)
                            .map_err(|e| EncodeError::Kdf(e.to_string()))?,
                    ),
                    md5: Box::new(
                        <Hmac<Md5> as Mac>::new_from_slice(k1)
                            .map_err(|e| EncodeError::Kdf(e.to_string()))?,
                    ),
                    prevent_singularity,
                },
            };
            let _ = hash_l;
            hashers.push(Some(hasher));
        }
        let fingerprint = {
            use sha2::Digest as _;
            let mut h = sha2::Sha256::new();
            for k in &keys {
                h.update(k);
            }
            h.update((schema.hash_bits() as u64).to_le_bytes());
            let d = h.finalize();
            u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
        };
        Ok(Encoder {
            schema,
            hashers,
            fingerprint,
        })
    }

    /// The schema in use.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Checks a header row against the schema's identifiers.
    pub fn check_header<S: AsRef<str>>(&self, header: &[S]) -> Result<(), EncodeError> {
        let f = &self.schema.features;
        if header.len() != f.len() {
            return Err(EncodeError::Header(format!(
                "the header has {} columns, the schema has {} features ({})",
                header.len(),
                f.len(),
                f.iter()
                    .map(|x| x.identifier.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        for (i, (h, feat)) in header.iter().zip(f).enumerate() {
            if h.as_ref() != feat.identifier {
                return Err(EncodeError::Header(format!(
                    "column {} is headed '{}', the schema expects '{}'",
                    i + 1,
                    h.as_ref(),
                    feat.identifier
                )));
            }
        }
        Ok(())
    }

    /// Encodes one record (its fields in schema order). `record` is the
    /// 0-based record number used in error messages.
    pub fn encode<S: AsRef<str>>(
        &self,
        fields: &[S],
        record: usize,
        validate: bool,
    ) -> Result<Clk, EncodeError> {
        let mut scratch = Scratch::default();
        self.encode_with(fields, record, validate, &mut scratch)
    }

    /// As [`Encoder::encode`], reusing buffers across calls.
    pub fn encode_with<S: AsRef<str>>(
        &self,
        fields: &[S],
        record: usize,
        validate: bool,
        scratch: &mut Scratch,
    ) -> Result<Clk, EncodeError> {
        let features = &self.schema.features;
        if fields.len() != features.len() {
            return Err(EncodeError::FieldCount {
                record,
                found: fields.len(),
                expected: features.len(),
            });
        }
        let hash_l = self.schema.hash_bits();
        let mut bits = vec![0u8; hash_l.div_ceil(8)];
        if scratch.fingerprint != Some(self.fingerprint) {
            scratch.cache.clear();
            scratch.values.clear();
            scratch.fingerprint = Some(self.fingerprint);
        }
        if scratch.cache.len() < features.len() {
            scratch.cache.resize_with(features.len(), FastMap::default);
            scratch.values.resize_with(features.len(), FastMap::default);
        }
        for (fi, ((value, feat), hasher)) in
            fields.iter().zip(features).zip(&self.hashers).enumerate()
        {
            let (Some(h), Some(hasher)) = (&feat.hashing, hasher) else {
                continue;
            };
            let value = value.as_ref();
            let verr = |reason: String| EncodeError::Value {
                record,
                column: feat.identifier.clone(),
                reason,
            };
            let is_missing = h.missing.as_ref().is_some_and(|m| m.sentinel == value);
            let formatted: std::borrow::Cow<'_, str> = if is_missing {
                std::borrow::Cow::Borrowed(
                    h.missing
                        .as_ref()
                        .map_or(value, |m| m.replace_with.as_str()),
                )
            } else {
                if validate {
                    h.format.validate(value, h.encoding).map_err(verr)?;
                }
                h.format.normalise(value).map_err(verr)?
            };
            let values = &mut scratch.values[fi];
            if let Some(pos) = values.get(formatted.as_ref()) {
                for &p in pos.iter() {
                    set_bit(&mut bits, p as usize);
                }
                continue;
            }
            tokenize_into(&h.comparison, &formatted, &mut scratch.tokens).map_err(verr)?;
            let n = scratch.tokens.len();
            let cache = &mut scratch.cache[fi];
            scratch.feature_positions.clear();
            for (tok, k) in scratch.tokens.iter().zip(h.strategy.bits_per_token(n)) {
                // Cache key: k, then the encoded token.
                scratch.bytes.clear();
                scratch.bytes.extend_from_slice(&k.to_le_bytes());
                if !h.encoding.encode_into(tok, &mut scratch.bytes) {
                    return Err(verr("cannot be encoded as ASCII".to_owned()));
                }
                if let Some(pos) = cache.get(scratch.bytes.as_slice()) {
                    scratch.feature_positions.extend_from_slice(pos);
                    continue;
                }
                scratch.positions.clear();
                hash_token(
                    hasher,
                    &scratch.bytes[4..],
                    k,
                    hash_l,
                    &mut scratch.positions,
                );
                scratch
                    .feature_positions
                    .extend_from_slice(&scratch.positions);
                if cache.len() < CACHE_ENTRIES {
                    cache.insert(
                        scratch.bytes.clone(),
                        scratch.positions.clone().into_boxed_slice(),
                    );
                }
            }
            for &p in &scratch.feature_positions {
                set_bit(&mut bits, p as usize);
            }
            if values.len() < CACHE_ENTRIES {
                values.insert(
                    formatted.into_owned(),
                    scratch.feature_positions.clone().into_boxed_slice(),
                );
            }
        }
        Ok(Clk::from_bytes(
            &fold(bits, hash_l, self.schema.xor_folds),
            self.schema.l,
        ))
    }
}

impl Encoder {
    /// Encodes many records in parallel (rayon). Each worker thread keeps
    /// one [`Scratch`] for the whole run, so its memo of token and value
    /// positions stays warm. Gives the same CLKs as [`Encoder::encode`]
    /// record by record. A bad record does not stop the others: every one
    /// is checked, and the error lists the first [`MAX_REPORTED_ERRORS`] in
    /// record order with the total. `progress` is called with the number
    /// of records finished, from any thread.
    ///
    /// # Errors
    /// [`EncodeErrors`] when any record fails.
    pub fn encode_all<R, S>(
        &self,
        records: &[R],
        validate: bool,
        progress: &(dyn Fn(usize) + Sync),
    ) -> Result<Vec<Clk>, EncodeErrors>
    where
        R: AsRef<[S]> + Sync,
        S: AsRef<str> + Sync,
    {
        use rayon::prelude::*;
        const CHUNK: usize = 512;
        let scratches: Vec<std::sync::Mutex<Scratch>> = (0..rayon::current_num_threads().max(1))
            .map(|_| std::sync::Mutex::new(Scratch::default()))
            .collect();
        // per chunk: its CLKs, its first errors and its error count
        let chunks: Vec<(Vec<Clk>, Vec<EncodeError>, usize)> = records
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(ci, chunk)| {
                let slot = rayon::current_thread_index().unwrap_or(0) % scratches.len();
                let mut guard = scratches[slot]
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let mut clks = Vec::with_capacity(chunk.len());
                let mut errors = Vec::new();
                let mut count = 0;
                for (j, r) in chunk.iter().enumerate() {
                    match self.encode_with(r.as_ref(), ci * CHUNK + j, validate, &mut guard) {
                        Ok(c) => clks.push(c),
                        Err(e) => {
                            count += 1;
                            if errors.len() < MAX_REPORTED_ERRORS {
                                errors.push(e);
                            }
                        }
                    }
                }
                progress(chunk.len());
                (clks, errors, count)
            })
            .collect();
        let total: usize = chunks.iter().map(|c| c.2).sum();
        if total > 0 {
            let errors = chunks
                .into_iter()
                .flat_map(|c| c.1)
                .take(MAX_REPORTED_ERRORS)
                .collect();
            return Err(EncodeErrors { errors, total });
        }
        let mut clks = Vec::with_capacity(records.len());
        for c in chunks {
            clks.extend(c.0);
        }
        Ok(clks)
    }
}

fn max_bits_per_token(h: &Hashing) -> u32 {
    match h.strategy {
        crate::schema::Strategy::BitsPerToken(k) => k,
        crate::schema::Strategy::BitsPerFeature(b) => b,
    }
}

/// A multiplicative hash (FxHash's) for the memo tables: much cheaper than
/// SipHash on short keys. Collisions only cost time, and the encoder runs
/// on the data holder's own data.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Most tokens remembered per feature by a [`Scratch`].
const CACHE_ENTRIES: usize = 1 << 16;

/// Reusable buffers for [`Encoder::encode_with`], and a memo of the bit
/// positions of tokens already hashed (n-grams repeat a lot; clkhash keeps
/// the same kind of cache). Holds secret-derived data: keep it in memory.
#[derive(Default)]
pub struct Scratch {
    tokens: Tokens,
    bytes: Vec<u8>,
    positions: Vec<u32>,
    feature_positions: Vec<u32>,
    cache: Vec<FastMap<Vec<u8>, Box<[u32]>>>,
    values: Vec<FastMap<String, Box<[u32]>>>,
    fingerprint: Option<u64>,
}

impl std::fmt::Debug for Scratch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scratch").finish_non_exhaustive()
    }
}

#[inline]
fn set_bit(bits: &mut [u8], idx: usize) {
    bits[idx >> 3] |= 0x80 >> (idx & 7);
}

/// `int.from_bytes(digest, 'big') % l`.
fn big_endian_mod(digest: &[u8], l: usize) -> usize {
    let l = l as u128;
    let mut r: u128 = 0;
    for &b in digest {
        r = ((r << 8) | u128::from(b)) % l;
    }
    r as usize
}

fn hash_token(hasher: &FeatureHasher, token: &[u8], k: u32, hash_l: usize, out: &mut Vec<u32>) {
    if k == 0 {
        return;
    }
    match hasher {
        FeatureHasher::Blake { keyed, key } => {
            let blocks = (k as usize).div_ceil(32);
            let mask = hash_l - 1; // power of two, checked by the schema
            let mut remaining = k as usize;
            for b in 0..blocks {
                let mut core = match keyed.get(b) {
                    Some(c) => c.clone(),
                    None => blake_keyed(key, b),
                };
                let mut buf = Buffer::<Blake2bVarCore>::default();
                buf.digest_blocks(token, |blocks| core.update_blocks(blocks));
                let mut digest = GenericArray::default();
                core.finalize_variable_core(&mut buf, &mut digest);
                let take = remaining.min(32);
                for w in digest.chunks_exact(2).take(take) {
                    let v = u16::from_le_bytes([w[0], w[1]]) as usize;
                    out.push((v & mask) as u32);
                }
                remaining -= take;
            }
        }
        FeatureHasher::Double {
            sha1,
            md5,
            prevent_singularity,
        } => {
            let h1 = {
                let mut m = (**sha1).clone();
                m.update(token);
                big_endian_mod(&m.finalize().into_bytes(), hash_l)
            };
            let md5_of = |extra: Option<u32>| {
                let mut m = (**md5).clone();
                m.update(token);
                if let Some(i) = extra {
                    // Python: m_bytes + chr(i).encode() (UTF-8).
                    let c = char::from_u32(i).unwrap_or('\u{fffd}');
                    let mut b = [0u8; 4];
                    m.update(c.encode_utf8(&mut b).as_bytes());
                }
                big_endian_mod(&m.finalize().into_bytes(), hash_l)
            };
            let mut h2 = md5_of(None);
            if *prevent_singularity {
                let mut i = 0u32;
                while h2 == 0 && i < 0x110000 {
                    h2 = md5_of(Some(i));
                    i += 1;
                }
            }
            let l = hash_l as u128;
            for i in 0..u128::from(k) {
                let g = (h1 as u128 + i * h2 as u128) % l;
                out.push(g as u32);
            }
        }
    }
}

/// XOR-folds a filter of `hash_l` bits `folds` times.
fn fold(mut bits: Vec<u8>, hash_l: usize, folds: u32) -> Vec<u8> {
    let mut len = hash_l;
    for _ in 0..folds {
        let half = len / 2;
        if half.is_multiple_of(8) {
            let (a, b) = bits.split_at(half / 8);
            let folded: Vec<u8> = a.iter().zip(&b[..half / 8]).map(|(x, y)| x ^ y).collect();
            bits = folded;
        } else {
            let get = |v: &[u8], i: usize| (v[i >> 3] >> (7 - (i & 7))) & 1;
            let mut out = vec![0u8; half.div_ceil(8)];
            for i in 0..half {
                if get(&bits, i) ^ get(&bits, i + half) == 1 {
                    set_bit(&mut out, i);
                }
            }
            bits = out;
        }
        len = half;
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_endian_mod_matches_python() {
        // int.from_bytes(bytes(range(20)), 'big') % 1000 == 515
        let d: Vec<u8> = (0u8..20).collect();
        assert_eq!(big_endian_mod(&d, 1000), 515);
    }

    #[test]
    fn fold_xors_halves() {
        let bits = vec![0b1010_0000, 0b0110_0000];
        assert_eq!(fold(bits, 16, 1), vec![0b1100_0000]);
    }
}
