//! The names of countries and regions in each language, and the order to
//! sort them in, from CLDR through ICU4X (`RegionDisplayNames`, the
//! `Collator`), with `palermo-locale-data`'s baked data.
//!
//! * **Countries** are named from their ISO 3166-1 alpha-2 code (CLDR's
//!   `territories.json`); a country the model holds by its alpha-3 code is
//!   named through its [`Country`] record. Where CLDR has no name, the
//!   model's own (English, ISO / UN form) is shown.
//! * **Regions** are the UN M49 areas the model classifies countries by
//!   (region, sub-region, intermediate region), by their English M49 name
//!   as the model holds it (`"Eastern Europe"`) or their three-digit code
//!   (`"151"`). English shows the M49 name itself (the UN Statistics
//!   Division's standard); the other languages show CLDR's name for the
//!   code. CLDR's names are CLDR's, not UNSD's translations of M49: `419`
//!   is "Amérique latine" in French where M49 says "Amérique latine et
//!   Caraïbes", `053` "Australasie" for "Australie et Nouvelle-Zélande".
//! * **Collation**: the language's CLDR collation (French ignores accents
//!   at the first level, `Égypte` before `Espagne` before `Zambie`;
//!   Russian sorts `ё` with `е` and Cyrillic before Latin), never code
//!   point order.

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::Collator;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_locale_core::subtags::Region;
use palermo_locale_data::Baked;
use palermo_model::country::Country;
use palermo_model::treaty::Instrument;

use crate::format::PerLang;
use crate::Lang;

/// The UN M49 areas the model's countries are classified by: (code,
/// English name as `data/countries/iso3166_m49_all.csv` and the model write
/// it). Source: UN Statistics Division, "Standard country or area codes for
/// statistical use (M49)", the "Overview" table (the same as that file's
/// `region-code`, `sub-region-code` and `intermediate-region-code` columns,
/// which a test checks).
pub const M49_AREAS: [(&str, &str); 29] = [
    ("002", "Africa"),
    ("005", "South America"),
    ("009", "Oceania"),
    ("011", "Western Africa"),
    ("013", "Central America"),
    ("014", "Eastern Africa"),
    ("015", "Northern Africa"),
    ("017", "Middle Africa"),
    ("018", "Southern Africa"),
    ("019", "Americas"),
    ("021", "Northern America"),
    ("029", "Caribbean"),
    ("030", "Eastern Asia"),
    ("034", "Southern Asia"),
    ("035", "South-eastern Asia"),
    ("039", "Southern Europe"),
    ("053", "Australia and New Zealand"),
    ("054", "Melanesia"),
    ("057", "Micronesia"),
    ("061", "Polynesia"),
    ("142", "Asia"),
    ("143", "Central Asia"),
    ("145", "Western Asia"),
    ("150", "Europe"),
    ("151", "Eastern Europe"),
    ("154", "Northern Europe"),
    ("155", "Western Europe"),
    ("202", "Sub-Saharan Africa"),
    ("419", "Latin America and the Caribbean"),
];

fn region_names(lang: Lang) -> Option<&'static RegionDisplayNames> {
    static F: PerLang<RegionDisplayNames> = PerLang::new();
    F.get(lang, |l| {
        RegionDisplayNames::try_new_unstable(&Baked, l.into(), DisplayNamesOptions::default()).ok()
    })
}

fn collator(lang: Lang) -> Option<&'static Collator> {
    static F: PerLang<Collator> = PerLang::new();
    F.get(lang, |l| {
        Collator::try_new_unstable(&Baked, l.into(), CollatorOptions::default()).ok()
    })
}

/// CLDR's name in `lang` of a region subtag: an ISO 3166-1 alpha-2 code
/// (`"CI"`, either case) or a UN M49 three-digit area code (`"150"`).
/// `None` for anything else, or a code CLDR does not name.
pub fn region_name(lang: Lang, code: &str) -> Option<&'static str> {
    let region = Region::try_from_str(code).ok()?;
    region_names(lang)?.of(region)
}

/// A country's name in `lang`: CLDR's name of its alpha-2 code, else the
/// model's own name (`country.name`). Côte d'Ivoire is `Côte d’Ivoire` in
/// English, French and Spanish, `Кот-д’Ивуар` in Russian, `科特迪瓦` in
/// Chinese and `ساحل العاج` in Arabic (CLDR; the UN's Arabic short name is
/// كوت ديفوار, UNTERM).
pub fn country_name(lang: Lang, country: &Country) -> String {
    region_name(lang, &country.iso2).map_or_else(|| country.name.clone(), str::to_owned)
}

/// The name in `lang` of a UN M49 area, given as the model holds it (its
/// English M49 name, `"Eastern Europe"`) or by its code (`"151"`): the M49
/// name in English, CLDR's name of the code in the other languages (see
/// the module's notes). `None` for a name or code not in [`M49_AREAS`].
pub fn m49_area_name(lang: Lang, name_or_code: &str) -> Option<&'static str> {
    let (code, english) = M49_AREAS
        .iter()
        .find(|(c, n)| *c == name_or_code || *n == name_or_code)?;
    if matches!(lang, Lang::En | Lang::Pseudo) {
        return Some(english);
    }
    region_name(lang, code).or(Some(english))
}

/// An instrument's official title in `lang`, transcribed from its authentic
/// text in that language (UN Treaty Series; `data/instruments/titles.tsv`,
/// sources in `data/PROVENANCE.md`; the UN document each title was compared
/// with, or that none was found, in `data/instruments/title_sources.tsv`):
/// `Convention des Nations Unies contre la
/// criminalité transnationale organisée`, `联合国打击跨国有组织犯罪公约`. The
/// pseudo-locale shows the English title.
pub fn instrument_title(lang: Lang, instrument: Instrument) -> &'static str {
    let tag = if lang == Lang::Pseudo {
        "en"
    } else {
        lang.tag()
    };
    instrument
        .official_title(tag)
        .unwrap_or(instrument.info().title)
}

/// Compares two strings in `lang`'s collation order (CLDR, tertiary
/// strength: base letters, then accents, then case). Falls back to code
/// point order only if the collation data were missing.
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    match collator(lang) {
        Some(c) => c.as_borrowed().compare(a, b),
        None => a.cmp(b),
    }
}

/// Sorts `items` by the name `key` gives, in `lang`'s collation order
/// (stable: equal names keep their order).
pub fn sort_by_name<T>(lang: Lang, items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(lang, key(a), key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_names_and_the_collator_are_built_in_every_language() {
        for lang in Lang::OFFICIAL.into_iter().chain([Lang::Pseudo]) {
            assert!(region_names(lang).is_some(), "{lang:?}");
            assert!(collator(lang).is_some(), "{lang:?}");
        }
    }

    #[test]
    fn every_instrument_has_a_title_of_its_own_in_each_language() {
        for i in Instrument::ALL {
            let titles: std::collections::BTreeSet<_> =
                Lang::OFFICIAL.map(|l| instrument_title(l, i)).into();
            assert_eq!(titles.len(), 6, "{i:?}");
            assert_eq!(instrument_title(Lang::Pseudo, i), i.info().title);
        }
        assert_eq!(
            instrument_title(Lang::Zh, Instrument::Som),
            "联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书"
        );
    }

    #[test]
    fn a_malformed_code_has_no_name() {
        assert_eq!(region_name(Lang::En, "C"), None);
        assert_eq!(region_name(Lang::En, "CIV"), None);
        assert_eq!(region_name(Lang::En, "ZZZZ"), None);
        assert_eq!(m49_area_name(Lang::Fr, "Atlantis"), None);
    }
}
