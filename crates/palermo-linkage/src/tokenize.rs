//! Tokenisation of a normalised value, as clkhash's comparators do it.

use crate::schema::Comparison;

/// Tokens of one value, stored in one buffer (no allocation per token).
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    buf: String,
    ends: Vec<usize>,
    chars: Vec<char>,
}

impl Tokens {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True if there is no token.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The tokens, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&e| {
            let t = &self.buf[start..e];
            start = e;
            t
        })
    }

    fn clear(&mut self) {
        self.buf.clear();
        self.ends.clear();
    }

    fn push_end(&mut self) {
        self.ends.push(self.buf.len());
    }
}

/// Appends the tokens of `word` to `out` (cleared first). Errors only for
/// numeric comparisons whose value is not a number.
pub fn tokenize(cmp: &Comparison, word: &str, out: &mut Vec<String>) -> Result<(), String> {
    let mut t = Tokens::default();
    tokenize_into(cmp, word, &mut t)?;
    out.clear();
    out.extend(t.iter().map(str::to_owned));
    Ok(())
}

/// Tokenises `word` into `t` (cleared first), as clkhash's comparators do.
pub fn tokenize_into(cmp: &Comparison, word: &str, t: &mut Tokens) -> Result<(), String> {
    use std::fmt::Write as _;
    t.clear();
    if word.is_empty() {
        return Ok(());
    }
    match cmp {
        Comparison::Ngram { n, positional } => {
            let n = *n;
            let mut chars = std::mem::take(&mut t.chars);
            chars.clear();
            if n > 1 {
                chars.extend(std::iter::repeat_n(' ', n - 1));
            }
            chars.extend(word.chars());
            if n > 1 {
                chars.extend(std::iter::repeat_n(' ', n - 1));
            }
            if chars.len() >= n {
                for i in 0..=(chars.len() - n) {
                    if *positional {
                        let _ = write!(t.buf, "{} ", i + 1);
                    }
                    t.buf.extend(&chars[i..i + n]);
                    t.push_end();
                }
            }
            t.chars = chars;
            Ok(())
        }
        Comparison::Exact => {
            t.buf.push_str(word);
            t.push_end();
            Ok(())
        }
        Comparison::Numeric {
            threshold_distance,
            resolution,
            fractional_precision,
        } => {
            let mut v = Vec::new();
            numeric_tokens(
                word,
                *threshold_distance,
                *resolution,
                *fractional_precision,
                &mut v,
            )?;
            for x in v {
                t.buf.push_str(&x);
                t.push_end();
            }
            Ok(())
        }
    }
}

/// clkhash's `NumericComparison.tokenize`, in 128-bit integers (Python uses
/// unbounded integers: values beyond ±1.7e38 are refused here).
fn numeric_tokens(
    word: &str,
    threshold_distance: f64,
    resolution: u32,
    fractional_precision: u32,
    out: &mut Vec<String>,
) -> Result<(), String> {
    let scale = 10i128
        .checked_pow(fractional_precision)
        .ok_or_else(|| "fractional_precision too large".to_owned())?;
    let overflow = || "number too large to encode".to_owned();
    let v: i128 = match crate::format::canonical_integer(word) {
        Some(canon) => canon
            .parse::<i128>()
            .ok()
            .and_then(|v| v.checked_mul(if fractional_precision > 0 { scale } else { 1 }))
            .ok_or_else(overflow)?,
        None => {
            let f: f64 = word
                .trim()
                .replace('_', "")
                .parse()
                .map_err(|_| "not a number".to_owned())?;
            if !f.is_finite() {
                return Err("not a finite number".to_owned());
            }
            let x = if fractional_precision > 0 {
                (f * 10f64.powi(fractional_precision as i32)).round_ties_even()
            } else {
                f.trunc()
            };
            if x.abs() >= 1.0e38 {
                return Err(overflow());
            }
            x as i128
        }
    };
    let interval = (threshold_distance * 10f64.powi(fractional_precision as i32)).round_ties_even();
    if interval.abs() >= 1.0e30 || interval <= 0.0 {
        return Err("thresholdDistance out of range".to_owned());
    }
    let interval = interval as i128;
    let res = i128::from(resolution);
    let v = v.checked_mul(2 * res).ok_or_else(overflow)?;
    let residue = v.rem_euclid(interval);
    let v = if residue == 0 {
        v
    } else if 2 * residue < interval {
        v - residue
    } else {
        v + (interval - residue)
    };
    for i in -res..=res {
        let t = v
            .checked_add(i.checked_mul(interval).ok_or_else(overflow)?)
            .ok_or_else(overflow)?;
        out.push(t.to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(cmp: Comparison, w: &str) -> Vec<String> {
        let mut v = Vec::new();
        tokenize(&cmp, w, &mut v).unwrap();
        v
    }

    #[test]
    fn ngrams_match_clkhash_docstring() {
        assert_eq!(
            toks(
                Comparison::Ngram {
                    n: 2,
                    positional: false
                },
                "clkhash"
            ),
            vec![" c", "cl", "lk", "kh", "ha", "as", "sh", "h "]
        );
        assert_eq!(
            toks(
                Comparison::Ngram {
                    n: 2,
                    positional: true
                },
                "clkhash"
            )[..2],
            ["1  c".to_owned(), "2 cl".to_owned()]
        );
        assert_eq!(
            toks(
                Comparison::Ngram {
                    n: 1,
                    positional: true
                },
                "4223"
            ),
            vec!["1 4", "2 2", "3 2", "4 3"]
        );
        assert!(toks(
            Comparison::Ngram {
                n: 2,
                positional: false
            },
            ""
        )
        .is_empty());
    }

    #[test]
    fn numeric_matches_clkhash_docstring() {
        // thresholdDistance 8, resolution 2: x=25 gives 88, 96, 104, 112, 120.
        let c = Comparison::Numeric {
            threshold_distance: 8.0,
            resolution: 2,
            fractional_precision: 0,
        };
        assert_eq!(toks(c, "25"), vec!["88", "96", "104", "112", "120"]);
    }
}
