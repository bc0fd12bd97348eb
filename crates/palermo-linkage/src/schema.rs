//! Linkage schemas in clkhash's JSON format (v3; v1 and v2 are converted on
//! read, exactly as clkhash 0.18 converts them).
//!
//! The parser walks the JSON by hand rather than through derived
//! deserialisers so that every error names the JSON path of the offending
//! value (`features[3].hashing.strategy`) and says what was expected.

use std::collections::BTreeSet;

use base64::Engine as _;
use serde_json::{Map, Value};

use crate::format::{Case, DateFormat, Format, TextEncoding};

/// Largest filter (before folding) that a schema may ask for, in bits. Far
/// above any schema in use (clkhash's default is 1,024) and low enough that a
/// hostile schema cannot make the encoder allocate without bound.
pub const MAX_FILTER_BITS: usize = 1 << 20;

/// An error in a linkage schema: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct SchemaError {
    /// JSON path of the offending value, e.g. `features[3].hashing.strategy`.
    pub path: String,
    /// What is wrong with it.
    pub reason: String,
}

fn err(path: &str, reason: impl Into<String>) -> SchemaError {
    SchemaError {
        path: if path.is_empty() {
            "schema".to_owned()
        } else {
            path.to_owned()
        },
        reason: reason.into(),
    }
}

/// Hash function used by the key derivation function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KdfHash {
    /// HKDF-SHA256 (the default).
    Sha256,
    /// HKDF-SHA512.
    Sha512,
}

/// Key derivation settings (`clkConfig.kdf`). Only HKDF exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kdf {
    /// HKDF's hash function.
    pub hash: KdfHash,
    /// HKDF salt (decoded from base64), if any.
    pub salt: Option<Vec<u8>>,
    /// HKDF info (decoded from base64), if any.
    pub info: Option<Vec<u8>>,
    /// Size of each derived key in bytes (default 64).
    pub key_size: usize,
}

/// How a feature value is cut into tokens (`hashing.comparison`).
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    /// n-grams of characters, padded with `n - 1` spaces at both ends;
    /// positional n-grams are prefixed by their 1-based position.
    Ngram {
        /// The n.
        n: usize,
        /// Prefix each n-gram by its position.
        positional: bool,
    },
    /// The whole value is one token.
    Exact,
    /// Numeric neighbourhood tokens (Vatsalan and Christen 2015).
    Numeric {
        /// `thresholdDistance`: the largest distance with overlapping tokens.
        threshold_distance: f64,
        /// Tokens each side of the value (2·resolution + 1 in all).
        resolution: u32,
        /// Digits after the decimal point taken into account.
        fractional_precision: u32,
    },
}

/// How many bits each token sets (`hashing.strategy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Every token is inserted this many times (`bitsPerToken`, the `k` of
    /// Schnell et al.).
    BitsPerToken(u32),
    /// The insertions of a feature's tokens add up to this number
    /// (`bitsPerFeature`), whatever the value's length.
    BitsPerFeature(u32),
}

impl Strategy {
    /// Insertions for each of `num_tokens` tokens, as clkhash computes them.
    pub fn bits_per_token(self, num_tokens: usize) -> impl Iterator<Item = u32> {
        let (base, extra) = match self {
            Strategy::BitsPerToken(k) => (k, 0usize),
            Strategy::BitsPerFeature(b) => {
                let n = num_tokens.max(1) as u64;
                ((u64::from(b) / n) as u32, (u64::from(b) % n) as usize)
            }
        };
        (0..num_tokens).map(move |i| if i < extra { base + 1 } else { base })
    }
}

/// The hash construction of a feature (`hashing.hash`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashKind {
    /// Keyed BLAKE2b, independent positions (clkhash's default).
    Blake,
    /// Double hashing with HMAC-SHA1 and HMAC-MD5 (Schnell et al. 2011).
    DoubleHash {
        /// Re-hash when the step would be 0 mod l (clkhash issue 33).
        prevent_singularity: bool,
    },
}

/// How missing values are recognised and replaced (`hashing.missingValue`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingValue {
    /// The value that marks a missing entry (not validated against the format).
    pub sentinel: String,
    /// What to hash instead (defaults to the sentinel itself).
    pub replace_with: String,
}

/// The hashing settings of a feature that is not ignored.
#[derive(Debug, Clone)]
pub struct Hashing {
    /// The value format and its validation.
    pub format: Format,
    /// Text encoding applied to tokens before hashing.
    pub encoding: TextEncoding,
    /// Tokenisation.
    pub comparison: Comparison,
    /// Bits per token.
    pub strategy: Strategy,
    /// Hash construction.
    pub hash: HashKind,
    /// Missing-value handling.
    pub missing: Option<MissingValue>,
}

/// One column of the identifiers file.
#[derive(Debug, Clone)]
pub struct Feature {
    /// The column name (the CSV header must match it).
    pub identifier: String,
    /// `None` for an ignored feature.
    pub hashing: Option<Hashing>,
}

/// A parsed and validated linkage schema.
#[derive(Debug, Clone)]
pub struct Schema {
    /// Length of a CLK in bits, after XOR folding.
    pub l: usize,
    /// Number of XOR folds.
    pub xor_folds: u32,
    /// Key derivation settings.
    pub kdf: Kdf,
    /// The columns, in file order.
    pub features: Vec<Feature>,
    /// Things worth telling the user that do not stop encoding.
    pub warnings: Vec<String>,
}

impl Schema {
    /// Length of the filter before folding: `l · 2^xor_folds`.
    pub fn hash_bits(&self) -> usize {
        self.l << self.xor_folds
    }

    /// Parses a schema from JSON text.
    pub fn from_json_str(text: &str) -> Result<Schema, SchemaError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| err("", format!("not valid JSON: {e}")))?;
        Schema::from_json_value(&value)
    }

    /// Parses a schema from a JSON value, converting v1 and v2 to v3.
    pub fn from_json_value(value: &Value) -> Result<Schema, SchemaError> {
        let top = as_object(value, "")?;
        let version = top
            .get("version")
            .ok_or_else(|| err("version", "missing (expected 1, 2 or 3)"))?;
        let version = version
            .as_f64()
            .ok_or_else(|| err("version", "must be a number"))?;
        let v3 = if version == 3.0 {
            value.clone()
        } else if version == 2.0 {
            convert_v2_to_v3(value)?
        } else if version == 1.0 {
            convert_v2_to_v3(&convert_v1_to_v2(value)?)?
        } else {
            return Err(err(
                "version",
                format!("schema version {version} is not supported (1, 2 or 3)"),
            ));
        };
        parse_v3(&v3)
    }

    /// Share of the filter's bits that a typical record would set, estimated
    /// from the schema alone, assuming `tokens` tokens per feature and
    /// independent uniform positions: `1 - (1 - 1/L)^insertions`.
    pub fn expected_density(&self, tokens: usize) -> f64 {
        let hash_l = self.hash_bits() as f64;
        let insertions: f64 = self
            .features
            .iter()
            .filter_map(|f| f.hashing.as_ref())
            .map(|h| match h.strategy {
                Strategy::BitsPerToken(k) => f64::from(k) * tokens as f64,
                Strategy::BitsPerFeature(b) => f64::from(b),
            })
            .sum();
        let before_fold = 1.0 - (1.0 - 1.0 / hash_l).powf(insertions);
        // Folding XORs 2^folds independent bits: P(odd number set).
        let mut p = before_fold;
        for _ in 0..self.xor_folds {
            p = 2.0 * p * (1.0 - p);
        }
        p
    }
}

// ---------------------------------------------------------------- helpers

fn as_object<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, SchemaError> {
    v.as_object()
        .ok_or_else(|| err(path, format!("expected an object, found {}", kind(v))))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// A JSON integer (also `200.0`, as JSON Schema draft 7 allows).
fn as_int(v: &Value, path: &str) -> Result<i64, SchemaError> {
    if let Some(i) = v.as_i64() {
        return Ok(i);
    }
    if let Some(f) = v.as_f64() {
        if f.fract() == 0.0 && f.abs() < 9.0e15 {
            return Ok(f as i64);
        }
    }
    Err(err(path, format!("expected an integer, found {}", kind(v))))
}

fn int_field(
    obj: &Map<String, Value>,
    path: &str,
    key: &str,
    min: i64,
) -> Result<Option<i64>, SchemaError> {
    match obj.get(key) {
        None => Ok(None),
        Some(v) => {
            let p = join(path, key);
            let i = as_int(v, &p)?;
            if i < min {
                return Err(err(&p, format!("must be at least {min}, found {i}")));
            }
            Ok(Some(i))
        }
    }
}

fn str_field<'a>(
    obj: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Result<Option<&'a str>, SchemaError> {
    match obj.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(v) => Err(err(
            &join(path, key),
            format!("expected a string, found {}", kind(v)),
        )),
    }
}

fn bool_field(
    obj: &Map<String, Value>,
    path: &str,
    key: &str,
) -> Result<Option<bool>, SchemaError> {
    match obj.get(key) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(v) => Err(err(
            &join(path, key),
            format!("expected true or false, found {}", kind(v)),
        )),
    }
}

fn only_keys(obj: &Map<String, Value>, path: &str, allowed: &[&str]) -> Result<(), SchemaError> {
    for k in obj.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(err(
                path,
                format!("unknown property '{k}' (allowed: {})", allowed.join(", ")),
            ));
        }
    }
    Ok(())
}

fn b64(s: &str, path: &str) -> Result<Vec<u8>, SchemaError> {
    base64::engine::general_purpose::STANDARD
        .decode(s.trim())
        .map_err(|e| err(path, format!("not valid base64: {e}")))
}

// ------------------------------------------------------------- conversion

/// Python's `round()` (half to even), as clkhash uses when converting v1.
fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

fn convert_v1_to_v2(v: &Value) -> Result<Value, SchemaError> {
    let top = as_object(v, "")?;
    let clk = as_object(
        top.get("clkConfig")
            .ok_or_else(|| err("clkConfig", "missing"))?,
        "clkConfig",
    )?;
    let k = clk
        .get("k")
        .ok_or_else(|| err("clkConfig.k", "missing (required in a v1 schema)"))?;
    let k = as_int(k, "clkConfig.k")?;
    if k < 1 {
        return Err(err("clkConfig.k", "must be at least 1"));
    }
    let hash = clk
        .get("hash")
        .ok_or_else(|| err("clkConfig.hash", "missing (required in a v1 schema)"))?
        .clone();
    let l = clk
        .get("l")
        .ok_or_else(|| err("clkConfig.l", "missing"))?
        .clone();
    let kdf = clk
        .get("kdf")
        .ok_or_else(|| err("clkConfig.kdf", "missing"))?
        .clone();
    let folds = clk.get("xor_folds").cloned().unwrap_or(Value::from(0));
    let features = top
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| err("features", "missing or not an array"))?;
    let mut out = Vec::with_capacity(features.len());
    for (i, f) in features.iter().enumerate() {
        let path = format!("features[{i}]");
        let fo = as_object(f, &path)?;
        if fo.get("ignored").and_then(Value::as_bool).unwrap_or(false) {
            out.push(f.clone());
            continue;
        }
        let hashing = as_object(
            fo.get("hashing")
                .ok_or_else(|| err(&join(&path, "hashing"), "missing"))?,
            &join(&path, "hashing"),
        )?;
        let weight = match hashing.get("weight") {
            None => 1.0,
            Some(w) => w
                .as_f64()
                .ok_or_else(|| err(&join(&path, "hashing.weight"), "must be a number"))?,
        };
        if weight < 0.0 {
            return Err(err(&join(&path, "hashing.weight"), "must be at least 0"));
        }
        if weight == 0.0 {
            let mut ig = Map::new();
            ig.insert(
                "identifier".into(),
                fo.get("identifier").cloned().unwrap_or(Value::Null),
            );
            ig.insert("ignored".into(), Value::Bool(true));
            out.push(Value::Object(ig));
            continue;
        }
        let mut x = fo.clone();
        let mut h = hashing.clone();
        h.remove("weight");
        let mut strategy = Map::new();
        strategy.insert(
            "k".into(),
            Value::from(round_half_even(weight * k as f64) as i64),
        );
        h.insert("strategy".into(), Value::Object(strategy));
        h.insert("hash".into(), hash.clone());
        x.insert("hashing".into(), Value::Object(h));
        out.push(Value::Object(x));
    }
    let mut clk2 = Map::new();
    clk2.insert("l".into(), l);
    clk2.insert("xor_folds".into(), folds);
    clk2.insert("kdf".into(), kdf);
    let mut res = Map::new();
    res.insert("version".into(), Value::from(2));
    res.insert("clkConfig".into(), Value::Object(clk2));
    res.insert("features".into(), Value::Array(out));
    Ok(Value::Object(res))
}

fn convert_v2_to_v3(v: &Value) -> Result<Value, SchemaError> {
    let mut top = as_object(v, "")?.clone();
    top.insert("version".into(), Value::from(3));
    let features = top
        .get_mut("features")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| err("features", "missing or not an array"))?;
    for (i, f) in features.iter_mut().enumerate() {
        let path = format!("features[{i}]");
        let Some(fo) = f.as_object_mut() else {
            return Err(err(&path, "expected an object"));
        };
        if fo.get("ignored").and_then(Value::as_bool).unwrap_or(false) {
            continue;
        }
        let hpath = join(&path, "hashing");
        let Some(h) = fo.get_mut("hashing").and_then(Value::as_object_mut) else {
            return Err(err(&hpath, "missing or not an object"));
        };
        only_keys(
            h,
            &hpath,
            &["hash", "strategy", "ngram", "positional", "missingValue"],
        )?;
        let spath = join(&hpath, "strategy");
        let Some(s) = h.get_mut("strategy").and_then(Value::as_object_mut) else {
            return Err(err(&spath, "missing or not an object"));
        };
        if let Some(k) = s.remove("k") {
            s.insert("bitsPerToken".into(), k);
        } else if let Some(nb) = s.remove("numBits") {
            s.insert("bitsPerFeature".into(), nb);
        }
        let n = h
            .remove("ngram")
            .ok_or_else(|| err(&join(&hpath, "ngram"), "missing (required in a v2 schema)"))?;
        let positional = h.remove("positional").unwrap_or(Value::Bool(false));
        let mut cmp = Map::new();
        cmp.insert("type".into(), Value::from("ngram"));
        cmp.insert("n".into(), n);
        cmp.insert("positional".into(), positional);
        h.insert("comparison".into(), Value::Object(cmp));
    }
    Ok(Value::Object(top))
}

// ------------------------------------------------------------------ v3

fn parse_v3(v: &Value) -> Result<Schema, SchemaError> {
    let top = as_object(v, "")?;
    let mut warnings = Vec::new();
    let clk = as_object(
        top.get("clkConfig")
            .ok_or_else(|| err("clkConfig", "missing"))?,
        "clkConfig",
    )?;
    let l = int_field(clk, "clkConfig", "l", 1)?.ok_or_else(|| err("clkConfig.l", "missing"))?;
    let xor_folds = int_field(clk, "clkConfig", "xor_folds", 0)?.unwrap_or(0);
    if clk.contains_key("xorFolds") {
        warnings.push(
            "clkConfig.xorFolds is ignored, as clkhash ignores it; write xor_folds to fold the filter"
                .to_owned(),
        );
    }
    if xor_folds > 16 {
        return Err(err("clkConfig.xor_folds", "at most 16 folds are supported"));
    }
    let l = l as usize;
    let xor_folds = xor_folds as u32;
    if l.checked_shl(xor_folds).is_none_or(|b| b > MAX_FILTER_BITS) || l > MAX_FILTER_BITS {
        return Err(err(
            "clkConfig.l",
            format!("l · 2^xor_folds must be at most {MAX_FILTER_BITS} bits"),
        ));
    }
    let kdf_v = clk
        .get("kdf")
        .ok_or_else(|| err("clkConfig.kdf", "missing"))?;
    let kdf_o = as_object(kdf_v, "clkConfig.kdf")?;
    match str_field(kdf_o, "clkConfig.kdf", "type")? {
        Some("HKDF") => {}
        Some(other) => {
            return Err(err(
                "clkConfig.kdf.type",
                format!("unsupported key derivation '{other}' (only HKDF)"),
            ))
        }
        None => return Err(err("clkConfig.kdf.type", "missing (expected \"HKDF\")")),
    }
    let hash = match str_field(kdf_o, "clkConfig.kdf", "hash")? {
        None | Some("SHA256") => KdfHash::Sha256,
        Some("SHA512") => KdfHash::Sha512,
        Some(other) => {
            return Err(err(
                "clkConfig.kdf.hash",
                format!("unsupported hash '{other}' (SHA256 or SHA512)"),
            ))
        }
    };
    let salt = str_field(kdf_o, "clkConfig.kdf", "salt")?
        .map(|s| b64(s, "clkConfig.kdf.salt"))
        .transpose()?;
    let info = str_field(kdf_o, "clkConfig.kdf", "info")?
        .map(|s| b64(s, "clkConfig.kdf.info"))
        .transpose()?;
    let key_size = int_field(kdf_o, "clkConfig.kdf", "keySize", 1)?.unwrap_or(64) as usize;
    if key_size > 4096 {
        return Err(err("clkConfig.kdf.keySize", "must be at most 4096 bytes"));
    }
    let kdf = Kdf {
        hash,
        salt,
        info,
        key_size,
    };

    let features_v = top
        .get("features")
        .ok_or_else(|| err("features", "missing"))?;
    let features_a = features_v.as_array().ok_or_else(|| {
        err(
            "features",
            format!("expected an array, found {}", kind(features_v)),
        )
    })?;
    let mut features = Vec::with_capacity(features_a.len());
    for (i, f) in features_a.iter().enumerate() {
        features.push(parse_feature(f, &format!("features[{i}]"))?);
    }
    if features.is_empty() {
        return Err(err("features", "at least one feature is needed"));
    }
    if !features.iter().any(|f| f.hashing.is_some()) {
        warnings.push("every feature is ignored: all CLKs will be empty".to_owned());
    }
    let hash_l = l << xor_folds;
    for (i, f) in features.iter().enumerate() {
        if let Some(h) = &f.hashing {
            if h.hash == HashKind::Blake {
                if !hash_l.is_power_of_two() {
                    return Err(err(
                        &format!("features[{i}].hashing.hash"),
                        format!(
                            "blakeHash needs l · 2^xor_folds to be a power of two, not {hash_l}"
                        ),
                    ));
                }
                if key_size > 64 {
                    return Err(err(
                        "clkConfig.kdf.keySize",
                        "blakeHash takes keys of at most 64 bytes",
                    ));
                }
            }
        }
    }
    // HKDF's output is limited to 255 hash lengths.
    let hash_len = match hash {
        KdfHash::Sha256 => 32,
        KdfHash::Sha512 => 64,
    };
    if features.len() * 2 * key_size > 255 * hash_len {
        return Err(err(
            "clkConfig.kdf.keySize",
            format!(
                "HKDF cannot derive {} keys of {key_size} bytes (at most {} bytes in all)",
                features.len() * 2,
                255 * hash_len
            ),
        ));
    }
    let schema = Schema {
        l,
        xor_folds,
        kdf,
        features,
        warnings,
    };
    Ok(schema)
}

fn parse_feature(v: &Value, path: &str) -> Result<Feature, SchemaError> {
    let o = as_object(v, path)?;
    let identifier = str_field(o, path, "identifier")?
        .ok_or_else(|| err(&join(path, "identifier"), "missing"))?
        .to_owned();
    let ignored = bool_field(o, path, "ignored")?.unwrap_or(false);
    str_field(o, path, "description")?;
    if ignored {
        only_keys(o, path, &["identifier", "ignored", "description"])?;
        return Ok(Feature {
            identifier,
            hashing: None,
        });
    }
    let fpath = join(path, "format");
    let format_v = o
        .get("format")
        .ok_or_else(|| err(&fpath, "missing (or set \"ignored\": true)"))?;
    let (format, encoding) = parse_format(format_v, &fpath)?;
    let hpath = join(path, "hashing");
    let h = as_object(
        o.get("hashing")
            .ok_or_else(|| err(&hpath, "missing (or set \"ignored\": true)"))?,
        &hpath,
    )?;
    only_keys(
        h,
        &hpath,
        &["hash", "strategy", "comparison", "missingValue"],
    )?;

    let cpath = join(&hpath, "comparison");
    let c = as_object(
        h.get("comparison").ok_or_else(|| err(&cpath, "missing"))?,
        &cpath,
    )?;
    let comparison = match str_field(c, &cpath, "type")? {
        Some("ngram") => {
            let n =
                int_field(c, &cpath, "n", 1)?.ok_or_else(|| err(&join(&cpath, "n"), "missing"))?;
            if n > 64 {
                return Err(err(
                    &join(&cpath, "n"),
                    "n-grams longer than 64 are not supported",
                ));
            }
            let positional = bool_field(c, &cpath, "positional")?.unwrap_or(false);
            Comparison::Ngram {
                n: n as usize,
                positional,
            }
        }
        Some("exact") => Comparison::Exact,
        Some("numeric") => {
            let tp = join(&cpath, "thresholdDistance");
            let td = c
                .get("thresholdDistance")
                .ok_or_else(|| err(&tp, "missing"))?
                .as_f64()
                .ok_or_else(|| err(&tp, "must be a number"))?;
            if td.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) || !td.is_finite() {
                return Err(err(&tp, "must be greater than 0"));
            }
            let resolution = int_field(c, &cpath, "resolution", 1)?
                .ok_or_else(|| err(&join(&cpath, "resolution"), "missing"))?;
            if resolution > 10_000 {
                return Err(err(&join(&cpath, "resolution"), "must be at most 10000"));
            }
            let fp = int_field(c, &cpath, "fractional_precision", 0)?.unwrap_or(0);
            if fp > 15 {
                return Err(err(
                    &join(&cpath, "fractional_precision"),
                    "must be at most 15",
                ));
            }
            let interval = (td * 10f64.powi(fp as i32)).round_ties_even();
            if interval == 0.0 {
                return Err(err(
                    &tp,
                    "not enough fractional precision to encode thresholdDistance",
                ));
            }
            Comparison::Numeric {
                threshold_distance: td,
                resolution: resolution as u32,
                fractional_precision: fp as u32,
            }
        }
        Some(other) => {
            return Err(err(
                &join(&cpath, "type"),
                format!("unsupported comparison '{other}' (ngram, exact or numeric)"),
            ))
        }
        None => return Err(err(&join(&cpath, "type"), "missing")),
    };

    let spath = join(&hpath, "strategy");
    let s = as_object(
        h.get("strategy").ok_or_else(|| err(&spath, "missing"))?,
        &spath,
    )?;
    let strategy = match (s.get("bitsPerToken"), s.get("bitsPerFeature")) {
        (Some(_), None) => {
            only_keys(s, &spath, &["bitsPerToken"])?;
            let k = int_field(s, &spath, "bitsPerToken", 1)?.unwrap_or(1);
            Strategy::BitsPerToken(clamp_bits(k, &join(&spath, "bitsPerToken"))?)
        }
        (None, Some(_)) => {
            only_keys(s, &spath, &["bitsPerFeature"])?;
            let k = int_field(s, &spath, "bitsPerFeature", 1)?.unwrap_or(1);
            Strategy::BitsPerFeature(clamp_bits(k, &join(&spath, "bitsPerFeature"))?)
        }
        _ => {
            return Err(err(
                &spath,
                "expected exactly one of bitsPerToken or bitsPerFeature",
            ))
        }
    };

    let hash = match h.get("hash") {
        None => HashKind::Blake,
        Some(hv) => {
            let hp = join(&hpath, "hash");
            let ho = as_object(hv, &hp)?;
            let ps = bool_field(ho, &hp, "prevent_singularity")?;
            match str_field(ho, &hp, "type")? {
                Some("blakeHash") => {
                    if ps.is_some() {
                        return Err(err(
                            &hp,
                            "prevent_singularity may only be given with doubleHash",
                        ));
                    }
                    HashKind::Blake
                }
                Some("doubleHash") => HashKind::DoubleHash {
                    prevent_singularity: ps.unwrap_or(false),
                },
                Some(other) => {
                    return Err(err(
                        &join(&hp, "type"),
                        format!("unsupported hash '{other}' (blakeHash or doubleHash)"),
                    ))
                }
                None => return Err(err(&join(&hp, "type"), "missing")),
            }
        }
    };

    let missing = match h.get("missingValue") {
        None => None,
        Some(mv) => {
            let mp = join(&hpath, "missingValue");
            let mo = as_object(mv, &mp)?;
            let sentinel = str_field(mo, &mp, "sentinel")?
                .ok_or_else(|| err(&join(&mp, "sentinel"), "missing"))?
                .to_owned();
            let replace_with = str_field(mo, &mp, "replaceWith")?
                .map(str::to_owned)
                .unwrap_or_else(|| sentinel.clone());
            Some(MissingValue {
                sentinel,
                replace_with,
            })
        }
    };

    Ok(Feature {
        identifier,
        hashing: Some(Hashing {
            format,
            encoding,
            comparison,
            strategy,
            hash,
            missing,
        }),
    })
}

fn clamp_bits(k: i64, path: &str) -> Result<u32, SchemaError> {
    if k > 1_000_000 {
        return Err(err(path, "must be at most 1000000"));
    }
    Ok(k as u32)
}

fn parse_format(v: &Value, path: &str) -> Result<(Format, TextEncoding), SchemaError> {
    let o = as_object(v, path)?;
    str_field(o, path, "description")?;
    let ty = str_field(o, path, "type")?.ok_or_else(|| err(&join(path, "type"), "missing"))?;
    match ty {
        "string" => {
            let encoding = match str_field(o, path, "encoding")? {
                None | Some("utf-8") => TextEncoding::Utf8,
                Some("ascii") => TextEncoding::Ascii,
                Some("utf-16") => TextEncoding::Utf16,
                Some("utf-32") => TextEncoding::Utf32,
                Some(other) => {
                    return Err(err(
                        &join(path, "encoding"),
                        format!("unsupported encoding '{other}' (ascii, utf-8, utf-16, utf-32)"),
                    ))
                }
            };
            if let Some(pattern) = str_field(o, path, "pattern")? {
                only_keys(o, path, &["type", "encoding", "pattern", "description"])?;
                let re = regex::Regex::new(&format!("^(?:{pattern})$")).map_err(|e| {
                    err(
                        &join(path, "pattern"),
                        format!("not a regular expression this encoder supports: {e}"),
                    )
                })?;
                return Ok((
                    Format::String {
                        pattern: Some(Box::new(re)),
                        case: Case::Mixed,
                        min_length: None,
                        max_length: None,
                    },
                    encoding,
                ));
            }
            only_keys(
                o,
                path,
                &[
                    "type",
                    "encoding",
                    "case",
                    "minLength",
                    "maxLength",
                    "description",
                ],
            )?;
            let case = match str_field(o, path, "case")? {
                None | Some("mixed") => Case::Mixed,
                Some("upper") => Case::Upper,
                Some("lower") => Case::Lower,
                Some(other) => {
                    return Err(err(
                        &join(path, "case"),
                        format!("unknown case '{other}' (upper, lower or mixed)"),
                    ))
                }
            };
            let min_length = int_field(o, path, "minLength", 0)?.map(|x| x as usize);
            let max_length = int_field(o, path, "maxLength", 1)?.map(|x| x as usize);
            Ok((
                Format::String {
                    pattern: None,
                    case,
                    min_length,
                    max_length,
                },
                encoding,
            ))
        }
        "integer" => {
            only_keys(o, path, &["type", "minimum", "maximum", "description"])?;
            let minimum = o
                .get("minimum")
                .map(|v| as_int(v, &join(path, "minimum")))
                .transpose()?;
            let maximum = o
                .get("maximum")
                .map(|v| as_int(v, &join(path, "maximum")))
                .transpose()?;
            Ok((Format::Integer { minimum, maximum }, TextEncoding::Utf8))
        }
        "date" => {
            only_keys(o, path, &["type", "format", "description"])?;
            let f = str_field(o, path, "format")?
                .ok_or_else(|| err(&join(path, "format"), "missing (a strptime format)"))?;
            let df = DateFormat::new(f).map_err(|e| err(&join(path, "format"), e))?;
            Ok((Format::Date(Box::new(df)), TextEncoding::Utf8))
        }
        "enum" => {
            only_keys(o, path, &["type", "values", "description"])?;
            let vp = join(path, "values");
            let values = o
                .get("values")
                .and_then(Value::as_array)
                .ok_or_else(|| err(&vp, "missing or not an array"))?;
            let mut set = BTreeSet::new();
            for (i, x) in values.iter().enumerate() {
                let s = x
                    .as_str()
                    .ok_or_else(|| err(&format!("{vp}[{i}]"), "expected a string"))?;
                set.insert(s.to_owned());
            }
            Ok((Format::Enum { values: set }, TextEncoding::Utf8))
        }
        other => Err(err(
            &join(path, "type"),
            format!("unknown format type '{other}' (string, integer, date or enum)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strategy_spreads_bits_like_clkhash() {
        let v: Vec<u32> = Strategy::BitsPerFeature(200).bits_per_token(7).collect();
        assert_eq!(v, vec![29, 29, 29, 29, 28, 28, 28]);
        assert_eq!(v.iter().sum::<u32>(), 200);
        let v: Vec<u32> = Strategy::BitsPerToken(20).bits_per_token(3).collect();
        assert_eq!(v, vec![20, 20, 20]);
    }

    #[test]
    fn errors_name_the_path() {
        let e = Schema::from_json_str(
            r#"{"version":3,"clkConfig":{"l":1024,"kdf":{"type":"HKDF"}},
                "features":[{"identifier":"a","format":{"type":"string"},
                "hashing":{"comparison":{"type":"ngram","n":2},"strategy":{"bitsPerToken":0}}}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.path, "features[0].hashing.strategy.bitsPerToken");
    }

    #[test]
    fn v1_and_v2_convert() {
        let v1 = r#"{"version":1,"clkConfig":{"l":1024,"k":30,"hash":{"type":"doubleHash"},
            "kdf":{"type":"HKDF"}},"features":[
            {"identifier":"a","format":{"type":"string"},"hashing":{"ngram":2,"weight":0.5}},
            {"identifier":"b","format":{"type":"string"},"hashing":{"ngram":1,"weight":0}},
            {"identifier":"c","ignored":true}]}"#;
        let s = Schema::from_json_str(v1).unwrap();
        let h = s.features[0].hashing.as_ref().unwrap();
        assert_eq!(h.strategy, Strategy::BitsPerToken(15));
        assert!(matches!(
            h.hash,
            HashKind::DoubleHash {
                prevent_singularity: false
            }
        ));
        assert!(s.features[1].hashing.is_none());
        let v2 = r#"{"version":2,"clkConfig":{"l":1024,"kdf":{"type":"HKDF"}},"features":[
            {"identifier":"a","format":{"type":"string"},"hashing":{"ngram":2,"positional":true,
             "strategy":{"numBits":100}}}]}"#;
        let s = Schema::from_json_str(v2).unwrap();
        let h = s.features[0].hashing.as_ref().unwrap();
        assert_eq!(h.strategy, Strategy::BitsPerFeature(100));
        assert_eq!(
            h.comparison,
            Comparison::Ngram {
                n: 2,
                positional: true
            }
        );
    }
}
