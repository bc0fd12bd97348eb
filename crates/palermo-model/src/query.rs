//! The parameters of a statistics query, parsed once for the CLI's flags
//! (`palermo stats indicators --country ITA`) and the web's query
//! parameters (`/data?country=ITA`, `/api/v1/statistics/…`): the same rules
//! and, through [`ParamError::message_id`] and [`ParamError::message_args`],
//! the same messages (Fluent, six languages, in `palermo-i18n`'s
//! `errors.ftl`) whichever door a query comes in by.
//!
//! A value that is not one the parameter takes is refused with the reason,
//! never read as "no filter" or "no data": `country=ZZZ` (no such code),
//! `country=Italy` (a name: the code is asked for, and given in the
//! message), `region=Nowhere` (not a region of the data), `contry=ITA` (a
//! name no route takes, see [`check_names`]).

use crate::indicator::GroupBy;
use crate::stats::{AgeGroup, FormOfExploitation, Indicator, Sex};
use crate::CountryIndex;

/// The longest piece of a refused value a message repeats (characters);
/// the rest is cut and marked `…`.
pub const MAX_ECHO_CHARS: usize = 40;

/// Why a query parameter is refused. Each variant has one Fluent message
/// ([`ParamError::message_id`]) with the variables of
/// [`ParamError::message_args`]; `Display` is its English text, for logs
/// and tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParamError {
    /// A parameter name the route does not take (`contry`); `suggestion`
    /// is a name it takes within two edits, if any.
    #[error("unknown parameter {name:?}: expected one of {expected}")]
    UnknownName {
        /// The name as given (cut to [`MAX_ECHO_CHARS`]).
        name: String,
        /// The names the route takes, comma-separated.
        expected: String,
        /// The nearest name taken, within two edits.
        suggestion: Option<String>,
    },
    /// A parameter given more than once.
    #[error("parameter {name:?} is given more than once")]
    Repeated {
        /// The name.
        name: String,
    },
    /// A value that is not one of a fixed list (indicator, sex, age, form,
    /// grouping, format …).
    #[error("unknown {name} {value:?}: expected {expected}")]
    UnknownValue {
        /// The parameter.
        name: String,
        /// The value as given (cut).
        value: String,
        /// The values taken, comma-separated.
        expected: String,
    },
    /// A country given by name (`Italy`) where its ISO 3166-1 alpha-3 code
    /// is asked for.
    #[error("country {value:?} is a name: give its ISO 3166-1 alpha-3 code, {iso3}")]
    CountryName {
        /// The value as given (cut).
        value: String,
        /// The code of the country it names.
        iso3: String,
    },
    /// No country or territory has this code (`ZZZ`).
    #[error("unknown country {value:?}: give an ISO 3166-1 alpha-3 code such as MDA")]
    UnknownCountry {
        /// The value as given (cut).
        value: String,
    },
    /// Not a region or sub-region of the data (`Nowhere`).
    #[error("unknown region {value:?}: expected one of {expected} or one of their sub-regions")]
    UnknownRegion {
        /// The value as given (cut).
        value: String,
        /// The regions of the data, comma-separated.
        expected: String,
    },
    /// Not a year of four digits between 1900 and 2100.
    #[error("{name}={value} is not a year (four digits, such as 2019)")]
    NotAYear {
        /// The parameter.
        name: String,
        /// The value as given (cut).
        value: String,
    },
    /// Not a whole number in range.
    #[error("{name}={value} is not a whole number from {min} to {max}")]
    NotANumber {
        /// The parameter.
        name: String,
        /// The value as given (cut).
        value: String,
        /// The smallest value taken.
        min: u64,
        /// The largest value taken.
        max: u64,
    },
}

/// `s` cut to [`MAX_ECHO_CHARS`] characters, control characters replaced,
/// so that a message never carries a long or hostile value whole.
pub fn echo(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(MAX_ECHO_CHARS)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().count() > MAX_ECHO_CHARS {
        out.push('…');
    }
    out
}

impl ParamError {
    /// The Fluent message of this error (in `errors.ftl`).
    pub const fn message_id(&self) -> &'static str {
        match self {
            Self::UnknownName {
                suggestion: Some(_),
                ..
            } => "param-unknown-name-suggest",
            Self::UnknownName { .. } => "param-unknown-name",
            Self::Repeated { .. } => "param-repeated",
            Self::UnknownValue { .. } => "param-unknown-value",
            Self::CountryName { .. } => "param-country-name",
            Self::UnknownCountry { .. } => "param-unknown-country",
            Self::UnknownRegion { .. } => "param-unknown-region",
            Self::NotAYear { .. } => "param-not-a-year",
            Self::NotANumber { .. } => "param-not-a-number",
        }
    }

    /// The variables of [`ParamError::message_id`]'s message, by name.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::UnknownName {
                name,
                expected,
                suggestion,
            } => {
                let mut a = vec![("name", name.clone()), ("expected", expected.clone())];
                if let Some(s) = suggestion {
                    a.push(("suggestion", s.clone()));
                }
                a
            }
            Self::Repeated { name } => vec![("name", name.clone())],
            Self::UnknownValue {
                name,
                value,
                expected,
            } => vec![
                ("name", name.clone()),
                ("value", value.clone()),
                ("expected", expected.clone()),
            ],
            Self::CountryName { value, iso3 } => {
                vec![("value", value.clone()), ("iso3", iso3.clone())]
            }
            Self::UnknownCountry { value } => vec![("value", value.clone())],
            Self::UnknownRegion { value, expected } => {
                vec![("value", value.clone()), ("expected", expected.clone())]
            }
            Self::NotAYear { name, value } => {
                vec![("name", name.clone()), ("value", value.clone())]
            }
            Self::NotANumber {
                name,
                value,
                min,
                max,
            } => vec![
                ("name", name.clone()),
                ("value", value.clone()),
                ("min", min.to_string()),
                ("max", max.to_string()),
            ],
        }
    }
}

fn unknown(name: &str, value: &str, expected: &[&str]) -> ParamError {
    ParamError::UnknownValue {
        name: name.to_owned(),
        value: echo(value),
        expected: expected.join(", "),
    }
}

/// `indicator`: a slug (`detected-victims`, `prosecuted`, `convicted`,
/// `formal-contact`, `offences`), an alias or GLOTIP's label.
///
/// # Errors
/// [`ParamError::UnknownValue`] listing the slugs.
pub fn parse_indicator(value: &str) -> Result<Indicator, ParamError> {
    Indicator::parse(value).ok_or_else(|| {
        let slugs: Vec<&str> = Indicator::ALL.iter().map(|i| i.slug()).collect();
        unknown("indicator", value, &slugs)
    })
}

/// `sex`: `female`, `male`, `other`, `unknown` or `total` (or GLOTIP's
/// label).
///
/// # Errors
/// [`ParamError::UnknownValue`] listing them.
pub fn parse_sex(value: &str) -> Result<Sex, ParamError> {
    Sex::parse(value).ok_or_else(|| {
        let slugs: Vec<&str> = Sex::ALL.iter().map(|i| i.slug()).collect();
        unknown("sex", value, &slugs)
    })
}

/// `age`: `child` (0–17), `adult` (18+), `unknown` or `total` (or GLOTIP's
/// label).
///
/// # Errors
/// [`ParamError::UnknownValue`] listing them.
pub fn parse_age(value: &str) -> Result<AgeGroup, ParamError> {
    AgeGroup::parse(value).ok_or_else(|| {
        let slugs: Vec<&str> = AgeGroup::ALL.iter().map(|i| i.slug()).collect();
        unknown("age", value, &slugs)
    })
}

/// `form`: a form of exploitation, read as the GLOTIP group it is counted
/// under (`sexual`, `forced-labour`, `other`; `forced-marriage` is
/// `other`).
///
/// # Errors
/// [`ParamError::UnknownValue`] listing GLOTIP's three groups.
pub fn parse_form(value: &str) -> Result<FormOfExploitation, ParamError> {
    FormOfExploitation::parse(value)
        .map(FormOfExploitation::glotip_group)
        .ok_or_else(|| unknown("form", value, &["sexual", "forced-labour", "other"]))
}

/// The groupings [`parse_by`] takes, in their one spelling.
pub const GROUPINGS: &[&str] = &[
    "year",
    "sex",
    "age",
    "form",
    "country",
    "citizenship",
    "region",
];

/// One grouping (`year`, `sex`, `age`, `form`, `country`, `citizenship`,
/// `region`).
///
/// # Errors
/// [`ParamError::UnknownValue`] listing them.
pub fn parse_group(value: &str) -> Result<GroupBy, ParamError> {
    GroupBy::parse(value).ok_or_else(|| unknown("by", value, GROUPINGS))
}

/// `by`: groupings, comma-separated, in the order given.
///
/// # Errors
/// [`ParamError::UnknownValue`] naming the first grouping not taken.
pub fn parse_by(value: &str) -> Result<Vec<GroupBy>, ParamError> {
    value.split(',').map(parse_group).collect()
}

/// `from`, `to`: a year of four digits from 1900 to 2100 (`02010` and
/// `+2010` are refused: one spelling a year).
///
/// # Errors
/// [`ParamError::NotAYear`].
pub fn parse_year(name: &str, value: &str) -> Result<i32, ParamError> {
    let t = value.trim();
    Some(t)
        .filter(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|t| t.parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y))
        .ok_or_else(|| ParamError::NotAYear {
            name: name.to_owned(),
            value: echo(t),
        })
}

/// A whole number from `min` to `max`, in decimal digits only.
///
/// # Errors
/// [`ParamError::NotANumber`].
pub fn parse_count(name: &str, value: &str, min: u64, max: u64) -> Result<u64, ParamError> {
    let t = value.trim();
    Some(t)
        .filter(|t| !t.is_empty() && t.len() <= 19 && t.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|t| t.parse::<u64>().ok())
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| ParamError::NotANumber {
            name: name.to_owned(),
            value: echo(t),
            min,
            max,
        })
}

/// The most corridors [`parse_top`] takes.
pub const MAX_TOP: u64 = 1000;

/// `top`: the number of corridors, 1 to [`MAX_TOP`].
///
/// # Errors
/// [`ParamError::NotANumber`].
pub fn parse_top(value: &str) -> Result<usize, ParamError> {
    parse_count("top", value, 1, MAX_TOP).map(|n| usize::try_from(n).unwrap_or(usize::MAX))
}

/// `country`: an ISO 3166-1 alpha-3 code of `index` (any case), as its
/// upper-case code. A country's name (`Italy`, or any name `index`
/// resolves) is refused with its code in the message, so that a query has
/// one spelling (and the response cache one entry) per country.
///
/// # Errors
/// [`ParamError::CountryName`] for a name, [`ParamError::UnknownCountry`]
/// for anything else.
pub fn parse_country(index: &CountryIndex, value: &str) -> Result<String, ParamError> {
    let t = value.trim();
    if t.len() == 3 && t.bytes().all(|b| b.is_ascii_alphabetic()) {
        if let Some(c) = index.by_code(&t.to_ascii_uppercase()) {
            if c.iso3.eq_ignore_ascii_case(t) {
                return Ok(c.iso3.clone());
            }
        }
        return Err(ParamError::UnknownCountry { value: echo(t) });
    }
    match index.resolve(t) {
        Some(c) => Err(ParamError::CountryName {
            value: echo(t),
            iso3: c.iso3.clone(),
        }),
        None => Err(ParamError::UnknownCountry { value: echo(t) }),
    }
}

/// `region`: one of `regions` or `subregions` (those of the data, e.g.
/// UNODC's `Europe`, `Sub-Saharan Africa`), any case, as spelt there.
///
/// # Errors
/// [`ParamError::UnknownRegion`] listing `regions`.
pub fn parse_region<'a>(
    value: &str,
    regions: impl IntoIterator<Item = &'a str> + Clone,
    subregions: impl IntoIterator<Item = &'a str>,
) -> Result<String, ParamError> {
    let t = value.trim();
    if let Some(r) = regions
        .clone()
        .into_iter()
        .chain(subregions)
        .find(|r| !r.is_empty() && r.eq_ignore_ascii_case(t))
    {
        return Ok(r.to_owned());
    }
    let mut list: Vec<&str> = regions.into_iter().filter(|r| !r.is_empty()).collect();
    list.sort_unstable();
    list.dedup();
    Err(ParamError::UnknownRegion {
        value: echo(t),
        expected: list.join(", "),
    })
}

/// Checks the names of a query's parameters against those the route takes
/// (`allowed`): each known and given once.
///
/// # Errors
/// [`ParamError::UnknownName`] (with the nearest name taken, within two
/// edits: `contry` → `country`) or [`ParamError::Repeated`], for the first
/// name at fault.
pub fn check_names<'a>(
    names: impl IntoIterator<Item = &'a str>,
    allowed: &[&str],
) -> Result<(), ParamError> {
    let mut seen: Vec<&str> = Vec::new();
    for n in names {
        if !allowed.contains(&n) {
            let suggestion = allowed
                .iter()
                .map(|a| (edit_distance(n, a), *a))
                .filter(|(d, _)| *d <= 2)
                .min()
                .map(|(_, a)| a.to_owned());
            return Err(ParamError::UnknownName {
                name: echo(n),
                expected: if allowed.is_empty() {
                    "(none)".to_owned()
                } else {
                    allowed.join(", ")
                },
                suggestion,
            });
        }
        if seen.contains(&n) {
            return Err(ParamError::Repeated { name: n.to_owned() });
        }
        seen.push(n);
    }
    Ok(())
}

/// Levenshtein distance in characters (names are short: at most
/// [`MAX_ECHO_CHARS`] are compared).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(MAX_ECHO_CHARS).collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Country;

    fn index() -> CountryIndex {
        let c = |iso3: &str, iso2: &str, m49: u16, name: &str| Country {
            iso3: iso3.into(),
            iso2: iso2.into(),
            m49,
            name: name.into(),
            region: "Europe".into(),
            sub_region: "Southern Europe".into(),
            intermediate_region: String::new(),
            un_member: true,
        };
        // ISO 3166-1: Italy ITA/IT/380, Republic of Moldova MDA/MD/498.
        CountryIndex::new(
            vec![
                c("ITA", "IT", 380, "Italy"),
                c("MDA", "MD", 498, "Moldova, Republic of"),
            ],
            &[],
        )
    }

    #[test]
    fn country_codes_names_and_unknown_codes() {
        let i = index();
        assert_eq!(parse_country(&i, "ita").unwrap(), "ITA");
        assert_eq!(parse_country(&i, " MDA ").unwrap(), "MDA");
        // ZZZ is user-assigned in ISO 3166-1 (§ 8.1.3): never a country.
        assert_eq!(
            parse_country(&i, "ZZZ"),
            Err(ParamError::UnknownCountry {
                value: "ZZZ".into()
            })
        );
        assert_eq!(
            parse_country(&i, "Italy"),
            Err(ParamError::CountryName {
                value: "Italy".into(),
                iso3: "ITA".into()
            })
        );
        // The alpha-2 code is a name the index resolves, not the code asked for.
        assert!(matches!(
            parse_country(&i, "IT"),
            Err(ParamError::CountryName { .. })
        ));
        assert!(matches!(
            parse_country(&i, "Atlantis"),
            Err(ParamError::UnknownCountry { .. })
        ));
    }

    #[test]
    fn regions_of_the_data_only() {
        let regions = ["Europe", "Africa", "Europe"];
        let subs = ["Sub-Saharan Africa"];
        assert_eq!(
            parse_region("europe", regions, subs).unwrap(),
            "Europe".to_owned()
        );
        assert_eq!(
            parse_region("SUB-SAHARAN AFRICA", regions, subs).unwrap(),
            "Sub-Saharan Africa"
        );
        assert_eq!(
            parse_region("Nowhere", regions, subs),
            Err(ParamError::UnknownRegion {
                value: "Nowhere".into(),
                expected: "Africa, Europe".into()
            })
        );
    }

    #[test]
    fn names_known_once_with_a_suggestion() {
        let allowed = ["country", "region", "from"];
        assert!(check_names(["country", "from"], &allowed).is_ok());
        let e = check_names(["contry"], &allowed).unwrap_err();
        assert_eq!(e.message_id(), "param-unknown-name-suggest");
        assert!(e.message_args().contains(&("suggestion", "country".into())));
        let e = check_names(["zz"], &allowed).unwrap_err();
        assert_eq!(e.message_id(), "param-unknown-name");
        assert_eq!(
            check_names(["from", "from"], &allowed),
            Err(ParamError::Repeated {
                name: "from".into()
            })
        );
    }

    #[test]
    fn years_numbers_and_lists() {
        assert_eq!(parse_year("from", "2019"), Ok(2019));
        for bad in ["02019", "+201", "1899", "2101", "20a9", ""] {
            assert!(parse_year("from", bad).is_err(), "{bad}");
        }
        assert_eq!(parse_top("20"), Ok(20));
        for bad in ["0", "-1", "1001", "2.5", "x"] {
            assert!(parse_top(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_by("year,sex").unwrap(),
            vec![GroupBy::Year, GroupBy::Sex]
        );
        assert!(parse_by("year,,sex").is_err());
        assert_eq!(parse_form("forced-marriage"), Ok(FormOfExploitation::Other));
        assert!(parse_indicator("victim").is_err());
    }

    #[test]
    fn echoes_are_cut_and_cleaned() {
        let long = "a".repeat(100);
        let e = echo(&long);
        assert_eq!(e.chars().count(), MAX_ECHO_CHARS + 1);
        assert_eq!(echo("a\nb"), "a\u{FFFD}b");
    }

    #[test]
    fn every_error_has_its_variables() {
        // Each message's variables are those its Fluent text uses
        // (`palermo-i18n`'s tests check the text has them).
        let e = ParamError::NotANumber {
            name: "top".into(),
            value: "x".into(),
            min: 1,
            max: 1000,
        };
        let names: Vec<&str> = e.message_args().iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["name", "value", "min", "max"]);
    }
}
