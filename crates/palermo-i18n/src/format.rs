//! Numbers, percentages, dates and lists as each language writes them, from
//! the Unicode Consortium's CLDR through ICU4X (the `icu_*` crates), with
//! the baked data of `palermo-locale-data`: the six languages and the data
//! markers used here, exported from ICU4X 2.4's compiled data (CLDR 49).
//!
//! Every function takes a [`Lang`] and is pure: the same input gives the same
//! text. The formatters are built once per language, on first use, and
//! shared between threads. The pseudo-locale formats as English.
//!
//! What CLDR gives, for the six languages (CLDR 48/49, `numbers.json`,
//! `ca-gregorian.json`, `listPatterns.json`):
//!
//! | tag | 1234567 | 25 % | 2000-11-15 (medium date) | A, B and C |
//! |---|---|---|---|---|
//! | ar | `1,234,567` | `25‎%‎` | `15‏/11‏/2000` | `A وB وC` |
//! | en | `1,234,567` | `25%` | `Nov 15, 2000` | `A, B, and C` |
//! | es | `1.234.567` | `25 %` | `15 nov 2000` | `A, B y C` |
//! | fr | `1 234 567` (U+202F) | `25 %` | `15 nov. 2000` | `A, B et C` |
//! | ru | `1 234 567` (U+00A0) | `25 %` | `15 нояб. 2000 г.` | `A, B и C` |
//! | zh | `1,234,567` | `25%` | `2000年11月15日` | `A、B和C` |
//!
//! Arabic: CLDR's default numbering system for `ar` is `latn` (the digits
//! 0–9; `numbers.json` of CLDR 48, and the CLDR 49 data of ICU4X 2.4), as
//! in the UN's own Arabic documents; the Arabic-Indic digits (٠–٩) are
//! CLDR's `arab` system, which `ar` does not select by default. Spanish groups only from five digits (CLDR
//! `minimumGroupingDigits` 2): `1234`, but `12.345`.
//!
//! Dates are in the Gregorian calendar whatever the language (the calendar of
//! every UN document and of the treaty record).

use std::sync::OnceLock;

use fixed_decimal::{Decimal, SignedRoundingMode, UnsignedRoundingMode};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_list::options::ListFormatterOptions;
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use palermo_locale_data::Baked;

use crate::Lang;

/// A language's CLDR locale: its tag, English for the pseudo-locale.
pub(crate) fn locale(lang: Lang) -> Locale {
    let tag = if lang == Lang::Pseudo {
        "en"
    } else {
        lang.tag()
    };
    Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN)
}

/// One lazily built value per [`Lang`] (seven slots, indexed by the enum).
pub(crate) struct PerLang<T>([OnceLock<Option<T>>; 7]);

impl<T> PerLang<T> {
    pub(crate) const fn new() -> Self {
        PerLang([const { OnceLock::new() }; 7])
    }

    /// The value for `lang`, built by `init` from its locale on first use;
    /// `None` if the baked data lacks it (never for the six languages:
    /// the tests build every formatter in each).
    pub(crate) fn get(&self, lang: Lang, init: impl FnOnce(&Locale) -> Option<T>) -> Option<&T> {
        self.0[lang as usize]
            .get_or_init(|| init(&locale(lang)))
            .as_ref()
    }
}

fn decimal_formatter(lang: Lang) -> Option<&'static DecimalFormatter> {
    static F: PerLang<DecimalFormatter> = PerLang::new();
    F.get(lang, |l| {
        DecimalFormatter::try_new_unstable(&Baked, l.into(), DecimalFormatterOptions::default())
            .ok()
    })
}

fn ungrouped_decimal_formatter(lang: Lang) -> Option<&'static DecimalFormatter> {
    static F: PerLang<DecimalFormatter> = PerLang::new();
    F.get(lang, |l| {
        DecimalFormatter::try_new_unstable(&Baked, l.into(), GroupingStrategy::Never.into()).ok()
    })
}

fn percent_formatter(lang: Lang) -> Option<&'static PercentFormatter<DecimalFormatter>> {
    static F: PerLang<PercentFormatter<DecimalFormatter>> = PerLang::new();
    F.get(lang, |l| {
        PercentFormatter::try_new_unstable(&Baked, l.into(), Default::default()).ok()
    })
}

fn date_formatter(lang: Lang) -> Option<&'static FixedCalendarDateTimeFormatter<Gregorian, YMD>> {
    static F: PerLang<FixedCalendarDateTimeFormatter<Gregorian, YMD>> = PerLang::new();
    F.get(lang, |l| {
        FixedCalendarDateTimeFormatter::try_new_unstable(&Baked, l.into(), YMD::medium()).ok()
    })
}

fn and_list_formatter(lang: Lang) -> Option<&'static ListFormatter> {
    static F: PerLang<ListFormatter> = PerLang::new();
    F.get(lang, |l| {
        ListFormatter::try_new_and_unstable(&Baked, l.into(), ListFormatterOptions::default()).ok()
    })
}

/// Rounds half away from zero, as CLDR's and ECMA-402's default
/// (`halfExpand`).
fn round(d: &mut Decimal, fraction_digits: u8) {
    let pos = -i16::from(fraction_digits);
    d.round_with_mode(
        pos,
        SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
    );
    d.absolute.pad_end(pos);
}

fn write_decimal(lang: Lang, d: &Decimal) -> String {
    match decimal_formatter(lang) {
        Some(f) => writeable::Writeable::write_to_string(&f.format(d)).into_owned(),
        None => d.to_string(),
    }
}

/// The decimal of a finite `f64`, from its shortest round-trip form
/// (`0.1` is 0.1, not 0.1000000000000000055…).
fn decimal_of(value: f64) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    Decimal::try_from_str(&format!("{value}")).ok()
}

/// What a non-finite value is written as: `NaN`, `∞`, `-∞` (CLDR's
/// symbols in the six languages).
fn non_finite(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_owned()
    } else if value > 0.0 {
        "∞".to_owned()
    } else {
        "-∞".to_owned()
    }
}

/// An integer with the language's digits, grouping separator and grouping
/// sizes (CLDR `decimalFormats-numberSystem-<default>`): `1234567` is
/// `1,234,567` in English, `1 234 567` (narrow no-break space, U+202F) in
/// French, `1 234 567` (no-break space, U+00A0) in Russian, `1.234.567` in
/// Spanish. Negative numbers take CLDR's minus sign (Arabic: U+200E
/// LEFT-TO-RIGHT MARK before the hyphen-minus).
pub fn integer(lang: Lang, n: i64) -> String {
    write_decimal(lang, &Decimal::from(n))
}

/// A decimal number rounded half away from zero to `fraction_digits`
/// digits after the separator, and padded to that many (`decimal(Fr,
/// 1234.5, 2)` → `1 234,50`); grouping and digits as [`integer`].
/// `NaN` and infinities are written `NaN`, `∞`, `-∞`.
pub fn decimal(lang: Lang, value: f64, fraction_digits: u8) -> String {
    match decimal_of(value) {
        Some(mut d) => {
            round(&mut d, fraction_digits);
            write_decimal(lang, &d)
        }
        None => non_finite(value),
    }
}

/// A number as short as it can be written exactly (no rounding beyond the
/// `f64`'s own shortest form: `0.25` → `0,25` in French, `3` → `3`), as a
/// Fluent `{ $count }` shows a number argument.
pub fn number(lang: Lang, value: f64) -> String {
    match decimal_of(value) {
        Some(d) => write_decimal(lang, &d),
        None => non_finite(value),
    }
}

/// A proportion written as a percentage: `ratio` 0.25 is 25 % (multiplied
/// by 100 in decimal, so 0.285 is exactly 28.5), rounded half away from
/// zero to `fraction_digits` and written with the language's percent
/// pattern (CLDR `percentFormats`: `25%` in English and Chinese, `25 %`
/// with a no-break space in French, Russian and Spanish, `25‎%‎` with
/// left-to-right marks around the sign in Arabic).
pub fn percent(lang: Lang, ratio: f64, fraction_digits: u8) -> String {
    let Some(mut d) = decimal_of(ratio) else {
        return non_finite(ratio);
    };
    d.multiply_pow10(2);
    d.absolute.trim_start();
    round(&mut d, fraction_digits);
    match percent_formatter(lang) {
        Some(f) => writeable::Writeable::write_to_string(&f.format(&d)).into_owned(),
        None => format!("{d}%"),
    }
}

/// Why a date could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not a calendar date written `YYYY-MM-DD` (ISO 8601
    /// extended format, as `palermo_model::date::parse_iso` reads it: year
    /// 1000 or later, a day that exists in its month).
    #[error("expected a calendar date written YYYY-MM-DD (ISO 8601)")]
    NotADate,
}

/// A date in the language's medium form (CLDR `dateFormats/medium`, or the
/// skeleton `yMMMd` where the medium pattern is numeric-only): `Nov 15,
/// 2000`, `15 nov. 2000`, `2000年11月15日`, Arabic `15‏/11‏/2000`.
pub fn date(lang: Lang, d: time::Date) -> String {
    let (y, m, day) = (d.year(), u8::from(d.month()), d.day());
    match (
        date_formatter(lang),
        Date::try_new_gregorian(y, m, day).ok(),
    ) {
        (Some(f), Some(g)) => writeable::Writeable::write_to_string(&f.format(&g)).into_owned(),
        _ => format!("{y:04}-{m:02}-{day:02}"),
    }
}

/// [`date`] of a date written `YYYY-MM-DD`, as the model and the data files
/// hold dates (read by the model's one parser, `palermo_model::date::parse_iso`).
///
/// # Errors
/// [`DateError::NotADate`] if `iso` is not such a date (`2000-1-15`,
/// `2001-02-29`).
pub fn date_iso(lang: Lang, iso: &str) -> Result<String, DateError> {
    palermo_model::date::parse_iso(iso)
        .map(|d| date(lang, d))
        .ok_or(DateError::NotADate)
}

/// A conjunction of items (`A, B, and C`; French `A, B et C`; Chinese
/// `A、B和C`; Arabic `A وB وC`), from CLDR's standard list patterns.
/// No item is `""`; an empty slice is `""`.
pub fn list_and<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    match and_list_formatter(lang) {
        Some(f) => f.format_to_string(items.iter().map(AsRef::as_ref)),
        None => items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// How Fluent writes a number placeable (`{ $count }`, `{ NUMBER($n,
/// minimumFractionDigits: 1) }`) in `lang`: as [`number`], rounded to
/// `maximumFractionDigits` and padded to `minimumFractionDigits` when the
/// message gives them, without grouping for `useGrouping: "false"`, as a
/// percentage of a ratio for `style: "percent"` (ECMA-402's meaning).
/// A year is no quantity: pass it as a string, or it is grouped (`2,024`).
pub(crate) fn fluent_number(lang: Lang, n: &fluent_bundle::types::FluentNumber) -> String {
    use fluent_bundle::types::FluentNumberStyle;
    let o = &n.options;
    let frac = |v: Option<usize>| v.map(|d| u8::try_from(d.min(20)).unwrap_or(20));
    let (min, max) = (
        frac(o.minimum_fraction_digits),
        frac(o.maximum_fraction_digits),
    );
    let Some(mut d) = decimal_of(n.value) else {
        return non_finite(n.value);
    };
    if o.style == FluentNumberStyle::Percent {
        d.multiply_pow10(2);
        d.absolute.trim_start();
        round(&mut d, max.unwrap_or(0).max(min.unwrap_or(0)));
        return match percent_formatter(lang) {
            Some(f) => writeable::Writeable::write_to_string(&f.format(&d)).into_owned(),
            None => format!("{d}%"),
        };
    }
    if let Some(max) = max {
        d.round_with_mode(
            -i16::from(max),
            SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
        );
        d.absolute.trim_end();
    }
    if let Some(min) = min {
        d.absolute.pad_end(-i16::from(min));
    }
    let f = if o.use_grouping {
        decimal_formatter(lang)
    } else {
        ungrouped_decimal_formatter(lang)
    };
    match f {
        Some(f) => writeable::Writeable::write_to_string(&f.format(&d)).into_owned(),
        None => d.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_formatter_is_built_in_every_language() {
        for lang in Lang::OFFICIAL.into_iter().chain([Lang::Pseudo]) {
            assert!(decimal_formatter(lang).is_some(), "{lang:?}");
            assert!(percent_formatter(lang).is_some(), "{lang:?}");
            assert!(date_formatter(lang).is_some(), "{lang:?}");
            assert!(and_list_formatter(lang).is_some(), "{lang:?}");
        }
    }

    #[test]
    fn dates_are_checked_before_they_are_formatted() {
        assert_eq!(
            date_iso(Lang::En, "2000-11-15").as_deref(),
            Ok("Nov 15, 2000")
        );
        for bad in [
            "2000-1-15",
            "２０００-11-15",
            "2001-02-29",
            "2001-13-01",
            "0000-01-01",
        ] {
            assert_eq!(date_iso(Lang::En, bad), Err(DateError::NotADate), "{bad}");
        }
    }

    #[test]
    fn rounding_is_half_away_from_zero_in_decimal() {
        assert_eq!(decimal(Lang::En, 2.5, 0), "3");
        assert_eq!(decimal(Lang::En, -2.5, 0), "-3");
        assert_eq!(decimal(Lang::En, 1234.5, 2), "1,234.50");
        // 0.285 × 100 in binary is 28.499999999999996; in decimal it is 28.5.
        assert_eq!(percent(Lang::En, 0.285, 0), "29%");
        assert_eq!(decimal(Lang::En, f64::NAN, 1), "NaN");
    }
}
