//! Tokenisation of a normalised value, as clkhash's comparators do it.

use crate::schema::Comparison;

/// Appends the tokens of `word` to `out` (cleared first). Errors only for
/// numeric comparisons whose value is not a number.
pub fn tokenize(cmp: &Comparison, word: &str, out: &mut Vec<String>) -> Result<(), String> {
    out.clear();
    if word.is_empty() {
        return Ok(());
    }
    match cmp {
        Comparison::Ngram { n, positional } => {
            let n = *n;
            let mut chars: Vec<char> = Vec::with_capacity(word.len() + 2 * n);
            if n > 1 {
                chars.extend(std::iter::repeat_n(' ', n - 1));
            }
            chars.extend(word.chars());
            if n > 1 {
                chars.extend(std::iter::repeat_n(' ', n - 1));
            }
            if chars.len() < n {
                return Ok(());
            }
            for i in 0..=(chars.len() - n) {
                let mut t = String::with_capacity(n + 4);
                if *positional {
                    t.push_str(&(i + 1).to_string());
                    t.push(' ');
                }
                t.extend(&chars[i..i + n]);
                out.push(t);
            }
            Ok(())
        }
        Comparison::Exact => {
            out.push(word.to_owned());
            Ok(())
        }
        Comparison::Numeric {
            threshold_distance,
            resolution,
            fractional_precision,
        } => numeric_tokens(
            word,
            *threshold_distance,
            *resolution,
            *fractional_precision,
            out,
        ),
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
