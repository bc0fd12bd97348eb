//! Palermo's copy of `intl_pluralrules` 7.0.2 (Kekoa Riggin, Zibi Braniecki;
//! Apache-2.0 or MIT): the same public API, so that `fluent-bundle` builds
//! on it unchanged, but each number's plural category comes from ICU4X's
//! `icu_plurals` with the CLDR 49 rules of `palermo-locale-data`, instead of
//! 7.0.2's generated rules (CLDR 37), which drop the modulus of a range
//! condition on `n` (`n % 100 = 3..10` became `i = 3..10`: Arabic 103 was
//! `other`, not `few`). `operands.rs` is 7.0.2's, unchanged.
//!
//! Locales: the six of `palermo-locale-data` (`ar`, `en`, `es`, `fr`, `ru`,
//! `zh`); [`PluralRules::create`] fails for any other, as 7.0.2 did for a
//! locale it lacked, and Fluent then negotiates to English.

pub mod operands;

use std::convert::TryInto;

use unic_langid::LanguageIdentifier;

use crate::operands::PluralOperands;

/// A plural category (CLDR, UTS #35 Part 3 "Language Plural Rules").
#[derive(Debug, Eq, PartialEq)]
pub enum PluralCategory {
    /// `zero`
    ZERO,
    /// `one`
    ONE,
    /// `two`
    TWO,
    /// `few`
    FEW,
    /// `many`
    MANY,
    /// `other`
    OTHER,
}

/// Cardinal (`1 record`, `2 records`) or ordinal (`1st`, `2nd`) rules.
#[derive(Copy, Clone, Hash, PartialEq, Eq)]
pub enum PluralRuleType {
    /// Ordinal numbers.
    ORDINAL,
    /// Cardinal numbers.
    CARDINAL,
}

/// The CLDR release of the rules (ICU4X 2.4's data).
pub static CLDR_VERSION: usize = 49;

/// The languages with rules: those of `palermo-locale-data`.
const LOCALES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// One language's plural rules of one type.
#[derive(Clone)]
pub struct PluralRules {
    locale: LanguageIdentifier,
    rules: std::sync::Arc<icu_plurals::PluralRules>,
}

impl PluralRules {
    /// The rules of `langid` (a language of [`PluralRules::get_locales`]).
    ///
    /// # Errors
    /// `"unknown locale"` for any other language.
    pub fn create<L: Into<LanguageIdentifier>>(
        langid: L,
        prt: PluralRuleType,
    ) -> Result<Self, &'static str> {
        let langid = langid.into();
        if !LOCALES.contains(&langid.language.as_str()) {
            return Err("unknown locale");
        }
        let locale = icu_locale_core::Locale::try_from_str(&langid.to_string())
            .map_err(|_| "unknown locale")?;
        let provider = &palermo_locale_data::Baked;
        let rules = match prt {
            PluralRuleType::CARDINAL => {
                icu_plurals::PluralRules::try_new_cardinal_unstable(provider, (&locale).into())
            }
            PluralRuleType::ORDINAL => {
                icu_plurals::PluralRules::try_new_ordinal_unstable(provider, (&locale).into())
            }
        }
        .map_err(|_| "unknown locale")?;
        Ok(Self {
            locale: langid,
            rules: std::sync::Arc::new(rules),
        })
    }

    /// The plural category of `number` (an integer, a float, or a string
    /// such as `"1.50"`, whose trailing zeros count as CLDR's `v`).
    ///
    /// # Errors
    /// `"Argument can not be parsed to operands."` if `number` is not a
    /// finite number below 2⁶⁴.
    pub fn select<N: TryInto<PluralOperands>>(
        &self,
        number: N,
    ) -> Result<PluralCategory, &'static str> {
        const BAD: &str = "Argument can not be parsed to operands.";
        let ops: PluralOperands = number.try_into().map_err(|_| BAD)?;
        // The operands as the decimal they describe: integer digits `i`,
        // then `v` fraction digits `f` (zero-padded).
        let text = if ops.v == 0 {
            ops.i.to_string()
        } else {
            format!("{}.{:0width$}", ops.i, ops.f, width = ops.v)
        };
        let decimal = fixed_decimal::Decimal::try_from_str(&text).map_err(|_| BAD)?;
        Ok(
            match self
                .rules
                .category_for(icu_plurals::PluralOperands::from(&decimal))
            {
                icu_plurals::PluralCategory::Zero => PluralCategory::ZERO,
                icu_plurals::PluralCategory::One => PluralCategory::ONE,
                icu_plurals::PluralCategory::Two => PluralCategory::TWO,
                icu_plurals::PluralCategory::Few => PluralCategory::FEW,
                icu_plurals::PluralCategory::Many => PluralCategory::MANY,
                icu_plurals::PluralCategory::Other => PluralCategory::OTHER,
            },
        )
    }

    /// The languages with rules of type `prt`.
    pub fn get_locales(_prt: PluralRuleType) -> Vec<LanguageIdentifier> {
        LOCALES
            .iter()
            .filter_map(|l| l.parse().ok())
            .collect()
    }

    /// The language these rules are for.
    pub fn get_locale(&self) -> &LanguageIdentifier {
        &self.locale
    }
}

#[cfg(test)]
mod tests {
    use super::{PluralCategory, PluralRuleType, PluralRules};
    use unic_langid::LanguageIdentifier;

    fn langid(tag: &str) -> LanguageIdentifier {
        tag.parse().unwrap()
    }

    #[test]
    fn arabic_few_and_many_take_the_number_modulo_100() {
        // CLDR plurals.json, ar: few = n % 100 = 3..10 (@integer 103~110),
        // many = n % 100 = 11..99 (@integer 111, 1011), other @integer 100~102.
        let ar = PluralRules::create(langid("ar"), PluralRuleType::CARDINAL).unwrap();
        assert_eq!(ar.select(103), Ok(PluralCategory::FEW));
        assert_eq!(ar.select(111), Ok(PluralCategory::MANY));
        assert_eq!(ar.select(101), Ok(PluralCategory::OTHER));
        assert_eq!(ar.select("103.0"), Ok(PluralCategory::FEW));
        assert_eq!(ar.select("10.1"), Ok(PluralCategory::OTHER));
    }

    #[test]
    fn a_language_without_data_is_refused() {
        assert!(PluralRules::create(langid("naq"), PluralRuleType::CARDINAL).is_err());
        assert_eq!(PluralRules::get_locales(PluralRuleType::CARDINAL).len(), 6);
    }
}
