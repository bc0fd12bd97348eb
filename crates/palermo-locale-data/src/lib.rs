//! The CLDR locale data of Palermo's six languages, as ICU4X baked data.
//!
//! [`Baked`] is an ICU4X data provider holding, for Arabic, Chinese,
//! English, French, Russian and Spanish (and the root locale `und` that
//! fallback ends at), only the data markers Palermo's formatters load
//! (`palermo-i18n`'s `format` and `names`, and the plural rules of its
//! messages):
//!
//! | marker | for |
//! |---|---|
//! | `DecimalSymbolsV1`, `DecimalDigitsV1` | numbers |
//! | `DecimalPercentV1` | percentages |
//! | `DatetimePatternsDateGregorianV1`, `DatetimeNamesMonthGregorianV1`, `DatetimeNamesYearGregorianV1` | dates (Gregorian, year–month–day) |
//! | `ListAndV1` | "A, B and C" lists |
//! | `LocaleNamesRegionV0` | names of countries and regions |
//! | `Collation*V1`, `NormalizerNfdDataV1`, `NormalizerNfdTablesV1` | sorting (the default collation of each language) |
//! | `PluralsCardinalV1`, `PluralsOrdinalV1` | plural forms of messages |
//!
//! Pass `&Baked` to the ICU4X constructors' `_unstable` forms
//! (`DecimalFormatter::try_new_unstable(&Baked, …)`); a marker not listed
//! does not compile.
//!
//! **Source**: `data/` is written by `tools/icu4x-data` from the compiled
//! data of ICU4X 2.4.0 (the `icu_*_data` crates, CLDR 49.0.0, Unicode
//! 18.0.0), so the values are exactly those the `compiled_data` features
//! gave, for these locales; it is not edited by hand (see `data/README.md`).
//! Lookups fall back as ICU4X's own do (`ar-EG` → `ar` → `und`), with
//! `icu_locale_fallback`'s compiled likely-subtags and parents data.
//!
//! **Licence**: the data is the Unicode Consortium's, under the Unicode
//! License v3 (`LICENSE-UNICODE`); this file is Palermo's (MIT or
//! Apache-2.0).

extern crate alloc;

/// ICU4X data provider of the six languages' CLDR data (see the crate
/// documentation for what it holds).
#[derive(Debug, Clone, Copy, Default)]
pub struct Baked;

// The generated code: `unsafe` only in the zero-copy constructors of
// ICU4X's baked format (see Cargo.toml), and lints of its own style. Its
// macros are used by name below (`#[macro_use]`: their textual scope).
#[macro_use]
#[allow(
    unsafe_code,
    unused_imports,
    unused_macros,
    clippy::all,
    clippy::pedantic,
    missing_docs
)]
mod data {
    include!("../data/mod.rs");
}

#[allow(unsafe_code, missing_docs, clippy::all, clippy::pedantic)]
const _: () = {
    __make_provider!(Baked);
    __impl_decimal_symbols_v1!(Baked);
    __impl_decimal_digits_v1!(Baked);
    __impl_decimal_percent_v1!(Baked);
    __impl_datetime_patterns_date_gregorian_v1!(Baked);
    __impl_datetime_names_month_gregorian_v1!(Baked);
    __impl_datetime_names_year_gregorian_v1!(Baked);
    __impl_list_and_v1!(Baked);
    __impl_locale_names_region_v0!(Baked);
    __impl_collation_root_v1!(Baked);
    __impl_collation_tailoring_v1!(Baked);
    __impl_collation_diacritics_v1!(Baked);
    __impl_collation_jamo_v1!(Baked);
    __impl_collation_metadata_v1!(Baked);
    __impl_collation_reordering_v1!(Baked);
    __impl_collation_special_primaries_v1!(Baked);
    __impl_normalizer_nfd_data_v1!(Baked);
    __impl_normalizer_nfd_tables_v1!(Baked);
    __impl_plurals_cardinal_v1!(Baked);
    __impl_plurals_ordinal_v1!(Baked);
};
