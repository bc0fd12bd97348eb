//! Feature formats: validation and normalisation of a value before it is
//! tokenised, following clkhash's `field_formats` (which follows Python's
//! `int()` and `datetime.strptime`).
//!
//! Where Python accepts something this module cannot reproduce exactly
//! (digits outside ASCII, rare `strptime` directives), it refuses with an
//! error instead of producing a CLK that would differ from clkhash's.

use std::collections::BTreeSet;

/// Text encoding used to turn tokens into bytes (Python codec names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    /// `ascii`: values must be ASCII.
    Ascii,
    /// `utf-8` (the default).
    Utf8,
    /// `utf-16`: Python writes a byte-order mark then little-endian units.
    Utf16,
    /// `utf-32`: Python writes a byte-order mark then little-endian units.
    Utf32,
}

impl TextEncoding {
    /// Appends the encoding of `s` to `out`, as Python's `str.encode` does.
    /// Returns false if `s` cannot be encoded (non-ASCII under `ascii`).
    pub fn encode_into(self, s: &str, out: &mut Vec<u8>) -> bool {
        match self {
            TextEncoding::Utf8 => out.extend_from_slice(s.as_bytes()),
            TextEncoding::Ascii => {
                if !s.is_ascii() {
                    return false;
                }
                out.extend_from_slice(s.as_bytes());
            }
            TextEncoding::Utf16 => {
                out.extend_from_slice(&[0xFF, 0xFE]);
                for u in s.encode_utf16() {
                    out.extend_from_slice(&u.to_le_bytes());
                }
            }
            TextEncoding::Utf32 => {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
                for c in s.chars() {
                    out.extend_from_slice(&u32::from(c).to_le_bytes());
                }
            }
        }
        true
    }
}

/// Letter case a string feature must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Upper case only.
    Upper,
    /// Lower case only.
    Lower,
    /// Anything.
    Mixed,
}

/// The format of a feature's values.
#[derive(Debug, Clone)]
pub enum Format {
    /// Text, constrained either by a pattern or by case and length.
    String {
        /// Regular expression the whole value must match.
        pattern: Option<Box<regex::Regex>>,
        /// Required case.
        case: Case,
        /// Minimum length in characters.
        min_length: Option<usize>,
        /// Maximum length in characters.
        max_length: Option<usize>,
    },
    /// A base-10 integer, normalised (`+013` → `13`).
    Integer {
        /// Smallest value allowed.
        minimum: Option<i64>,
        /// Largest value allowed.
        maximum: Option<i64>,
    },
    /// A date read with a `strptime` format and hashed as `YYYYMMDD`.
    Date(Box<DateFormat>),
    /// One of a set of values.
    Enum {
        /// The permitted values.
        values: BTreeSet<String>,
    },
}

impl Format {
    /// Checks a (non-missing) value. The error says why, without repeating
    /// the value (it may be an identifier).
    pub fn validate(&self, s: &str, encoding: TextEncoding) -> Result<(), String> {
        if encoding == TextEncoding::Ascii && !s.is_ascii() {
            return Err("expected ASCII text".to_owned());
        }
        match self {
            Format::String {
                pattern,
                case,
                min_length,
                max_length,
            } => {
                if let Some(re) = pattern {
                    if !re.is_match(s) {
                        return Err(format!(
                            "does not match the pattern {}",
                            re.as_str()
                                .trim_start_matches("^(?:")
                                .trim_end_matches(")$")
                        ));
                    }
                    return Ok(());
                }
                let len = s.chars().count();
                if let Some(min) = min_length {
                    if len < *min {
                        return Err(format!("expected at least {min} characters, found {len}"));
                    }
                }
                if let Some(max) = max_length {
                    if len > *max {
                        return Err(format!("expected at most {max} characters, found {len}"));
                    }
                }
                match case {
                    Case::Upper if s.to_uppercase() != s => {
                        Err("expected upper case text".to_owned())
                    }
                    Case::Lower if s.to_lowercase() != s => {
                        Err("expected lower case text".to_owned())
                    }
                    _ => Ok(()),
                }
            }
            Format::Integer { minimum, maximum } => {
                let canon =
                    canonical_integer(s).ok_or_else(|| "not a base-10 integer".to_owned())?;
                if let Some(min) = minimum {
                    if cmp_decimal(&canon, &min.to_string()) == std::cmp::Ordering::Less {
                        return Err(format!("expected an integer of at least {min}"));
                    }
                }
                if let Some(max) = maximum {
                    if cmp_decimal(&canon, &max.to_string()) == std::cmp::Ordering::Greater {
                        return Err(format!("expected an integer of at most {max}"));
                    }
                }
                Ok(())
            }
            Format::Date(df) => df.parse(s).map(|_| ()),
            Format::Enum { values } => {
                if values.contains(s) {
                    Ok(())
                } else {
                    Err(format!("expected one of the {} enum values", values.len()))
                }
            }
        }
    }

    /// Normalises a regular (non-missing) value for hashing.
    pub fn normalise<'a>(&self, s: &'a str) -> Result<std::borrow::Cow<'a, str>, String> {
        match self {
            Format::Integer { .. } => canonical_integer(s)
                .map(std::borrow::Cow::Owned)
                .ok_or_else(|| "not a base-10 integer".to_owned()),
            Format::Date(df) => {
                let (y, m, d) = df.parse(s)?;
                // Python's strftime('%Y') does not pad years below 1000 on glibc.
                Ok(std::borrow::Cow::Owned(format!("{y}{m:02}{d:02}")))
            }
            _ => Ok(std::borrow::Cow::Borrowed(s)),
        }
    }
}

/// Python's `str.strip()` whitespace.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `str(int(s, 10))` for ASCII digits: surrounding whitespace, a sign and
/// single underscores between digits are accepted, leading zeros dropped.
pub fn canonical_integer(s: &str) -> Option<String> {
    let t = s.trim_matches(is_py_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty() {
        return None;
    }
    let mut digits = String::with_capacity(body.len());
    let mut prev_digit = false;
    for c in body.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            prev_digit = true;
        } else if c == '_' && prev_digit {
            prev_digit = false;
        } else {
            return None;
        }
    }
    if !prev_digit {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() {
        return Some("0".to_owned());
    }
    Some(if neg {
        format!("-{trimmed}")
    } else {
        trimmed.to_owned()
    })
}

/// Compares two canonical decimal integers.
fn cmp_decimal(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (an, a) = a.strip_prefix('-').map_or((false, a), |r| (true, r));
    let (bn, b) = b.strip_prefix('-').map_or((false, b), |r| (true, r));
    let mag = a.len().cmp(&b.len()).then_with(|| a.cmp(b));
    match (an, bn) {
        (false, false) => mag,
        (true, true) => mag.reverse(),
        (true, false) => {
            if a == "0" && b == "0" {
                Ordering::Equal
            } else {
                Ordering::Less
            }
        }
        (false, true) => Ordering::Greater,
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A `strptime` format compiled to a regular expression the way Python's
/// `_strptime` does (C locale, case-insensitive, leftmost-first matching).
#[derive(Debug, Clone)]
pub struct DateFormat {
    source: String,
    re: regex::Regex,
}

fn names_re(names: &[&str], abbrev: bool, group: &str) -> String {
    let mut v: Vec<String> = names
        .iter()
        .map(|n| {
            if abbrev {
                n[..3].to_owned()
            } else {
                (*n).to_owned()
            }
        })
        .collect();
    // Python sorts by length, longest first, so that prefixes do not win.
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    format!("(?P<{group}>{})", v.join("|"))
}

impl DateFormat {
    /// Compiles a `strptime` format. Supported directives: `%Y %y %m %d %b
    /// %B %a %A %H %I %M %S %f %%`.
    pub fn new(format: &str) -> Result<DateFormat, String> {
        let mut re = String::from("(?i)^");
        let mut chars = format.chars().peekable();
        let mut in_space = false;
        while let Some(c) = chars.next() {
            if c.is_whitespace() {
                if !in_space {
                    re.push_str(r"\s+");
                }
                in_space = true;
                continue;
            }
            in_space = false;
            if c != '%' {
                re.push_str(&regex::escape(&c.to_string()));
                continue;
            }
            let d = chars
                .next()
                .ok_or_else(|| "the format ends with a lone %".to_owned())?;
            let part = match d {
                'd' => "(?P<d>3[0-1]|[1-2][0-9]|0[1-9]|[1-9]| [1-9])".to_owned(),
                'f' => "(?P<f>[0-9]{1,6})".to_owned(),
                'H' => "(?P<H>2[0-3]|[0-1][0-9]|[0-9])".to_owned(),
                'I' => "(?P<I>1[0-2]|0[1-9]|[1-9])".to_owned(),
                'm' => "(?P<m>1[0-2]|0[1-9]|[1-9])".to_owned(),
                'M' => "(?P<M>[0-5][0-9]|[0-9])".to_owned(),
                'S' => "(?P<S>6[0-1]|[0-5][0-9]|[0-9])".to_owned(),
                'y' => "(?P<y>[0-9][0-9])".to_owned(),
                'Y' => "(?P<Y>[0-9][0-9][0-9][0-9])".to_owned(),
                'B' => names_re(&MONTHS, false, "B"),
                'b' => names_re(&MONTHS, true, "b"),
                'A' => names_re(&DAYS, false, "A"),
                'a' => names_re(&DAYS, true, "a"),
                '%' => "%".to_owned(),
                other => {
                    return Err(format!(
                        "strptime directive %{other} is not supported (use %Y %y %m %d %b %B %a %A %H %I %M %S %f)"
                    ))
                }
            };
            re.push_str(&part);
        }
        let re = regex::Regex::new(&re)
            .map_err(|e| format!("the format repeats a directive or cannot be compiled: {e}"))?;
        Ok(DateFormat {
            source: format.to_owned(),
            re,
        })
    }

    /// The format as written in the schema.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Parses a date: (year, month, day).
    pub fn parse(&self, s: &str) -> Result<(i32, u32, u32), String> {
        let bad = || format!("not a date in the format {}", self.source);
        let caps = self.re.captures(s).ok_or_else(bad)?;
        let whole = caps.get(0).ok_or_else(bad)?;
        if whole.end() != s.len() {
            return Err(format!(
                "not a date in the format {} (text remains)",
                self.source
            ));
        }
        let num = |name: &str| -> Option<u32> {
            caps.name(name)
                .and_then(|m| m.as_str().trim().parse::<u32>().ok())
        };
        let month_name = |name: &str, abbrev: bool| -> Option<u32> {
            caps.name(name).and_then(|m| {
                let t = m.as_str().to_lowercase();
                MONTHS
                    .iter()
                    .position(|full| if abbrev { full[..3] == t } else { *full == t })
                    .map(|i| i as u32 + 1)
            })
        };
        let year: i32 = if let Some(y) = num("Y") {
            y as i32
        } else if let Some(y) = num("y") {
            if y <= 68 {
                2000 + y as i32
            } else {
                1900 + y as i32
            }
        } else {
            1900
        };
        let month = num("m")
            .or_else(|| month_name("B", false))
            .or_else(|| month_name("b", true))
            .unwrap_or(1);
        let day = num("d").unwrap_or(1);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let dim = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(bad()),
        };
        if year < 1 {
            return Err("year 0 is out of range".to_owned());
        }
        if day < 1 || day > dim {
            return Err("day is out of range for month".to_owned());
        }
        Ok((year, month, day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_normalise_like_python() {
        assert_eq!(canonical_integer(" +013 ").as_deref(), Some("13"));
        assert_eq!(canonical_integer("-0").as_deref(), Some("0"));
        assert_eq!(canonical_integer("1_000").as_deref(), Some("1000"));
        assert_eq!(canonical_integer("1__0"), None);
        assert_eq!(canonical_integer("_1"), None);
        assert_eq!(canonical_integer("1_"), None);
        assert_eq!(canonical_integer(""), None);
        assert_eq!(canonical_integer("12a"), None);
        assert_eq!(
            canonical_integer("123456789012345678901234567890").as_deref(),
            Some("123456789012345678901234567890")
        );
    }

    #[test]
    fn dates_parse_like_strptime() {
        let f = DateFormat::new("%Y-%m-%d").unwrap();
        assert_eq!(f.parse("1999-12-31"), Ok((1999, 12, 31)));
        assert_eq!(f.parse("1999-1-5"), Ok((1999, 1, 5)));
        assert!(f.parse("1999-02-30").is_err());
        assert!(f.parse("1999-12-31x").is_err());
        let f = DateFormat::new("%d %B %y").unwrap();
        assert_eq!(f.parse("3   MARCH 70"), Ok((1970, 3, 3)));
        assert_eq!(f.parse("3 march 68"), Ok((2068, 3, 3)));
        let f = DateFormat::new("%Y%m%d").unwrap();
        assert_eq!(f.parse("19151111"), Ok((1915, 11, 11)));
        let fmt = Format::Date(Box::new(DateFormat::new("%Y-%m-%d").unwrap()));
        assert_eq!(fmt.normalise("0999-01-02").unwrap(), "9990102");
        assert!(DateFormat::new("%Q").is_err());
    }
}
