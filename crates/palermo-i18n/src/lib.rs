//! Palermo's languages: the six official languages of the United Nations
//! (General Assembly rules of procedure, rule 51: Arabic, Chinese, English,
//! French, Russian and Spanish), how a request chooses one, and the
//! messages, written in Project Fluent (Mozilla; <https://projectfluent.org>).
//!
//! * **Messages** live in `locales/<tag>/<module>.ftl`, one file per
//!   language and feature module (`common`, `treaty`, `data`, …); every file
//!   there is compiled in (see `build.rs`), so adding a module is adding its
//!   six files. Keys are named after what they say (`nav-treaties`,
//!   `data-download-csv`). Plural forms come from the language's CLDR plural
//!   rules, never from English: `fluent-bundle` asks `intl_pluralrules`,
//!   which the workspace replaces (`vendor/intl_pluralrules`) by ICU4X's
//!   `icu_plurals` with the CLDR 49 rules of `palermo-locale-data`
//!   (`tests/plurals.rs` checks every CLDR sample of the six languages).
//! * **Fallback**: a message missing in a language is taken from English,
//!   and a message missing in English shows its key; the test
//!   `tests/keys.rs` keeps every key in all six languages, so neither
//!   happens in a build that passed its tests.
//! * **Pseudo-locale** `en-XA` (the tag Android and Chromium use): English
//!   with every letter accented and every vowel doubled (about 35 % longer),
//!   to find strings that bypass Fluent and layouts that break on longer
//!   text. It is not offered to users ([`Lang::OFFICIAL`] lacks it).
//! * **Locale data** (CLDR through ICU4X, the baked data of
//!   `palermo-locale-data`: the six languages only): numbers, percentages,
//!   dates and lists in [`format`]; country and region names and collation
//!   in [`names`]. A number argument of a message (`{ $count }`) is written by
//!   [`format`]'s number formatter, grouped as the language writes it.
//! * **Bidirectional text**: in Arabic, Fluent wraps each placeable in
//!   Unicode isolates (FSI … PDI, Unicode Standard Annex #9), so that a
//!   number or an ISO code keeps its own direction inside right-to-left
//!   text; the other languages get no isolates.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};

pub mod format;
pub mod names;

mod files {
    include!(concat!(env!("OUT_DIR"), "/files.rs"));
}

/// A language Palermo speaks: the six official languages of the United
/// Nations and the test pseudo-locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Arabic (`ar`), written right to left.
    Ar,
    /// Chinese (`zh`), in simplified characters as the UN writes it.
    Zh,
    /// English (`en`), the fallback.
    En,
    /// French (`fr`).
    Fr,
    /// Russian (`ru`).
    Ru,
    /// Spanish (`es`).
    Es,
    /// Accented, lengthened English (`en-XA`), for tests only.
    Pseudo,
}

/// The direction a language is written in (HTML `dir`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Dir {
    /// The value of HTML's `dir` attribute: `"ltr"` or `"rtl"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// The six official languages, in the UN's order (English alphabetical
    /// order of their names: Arabic, Chinese, English, French, Russian,
    /// Spanish), as a language switcher lists them.
    pub const OFFICIAL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 tag (RFC 5646): `ar`, `zh`, `en`, `fr`, `ru`, `es`, or
    /// `en-XA` for the pseudo-locale. Also the folder of its message files
    /// and the language prefix of a URL.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself (its autonym, from CLDR), as a
    /// language switcher shows it.
    pub const fn autonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
            Lang::Pseudo => "Ëëńğļîîšh",
        }
    }

    /// The direction the language is written in.
    pub const fn dir(self) -> Dir {
        match self {
            Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// The language of a BCP 47 tag, by its primary subtag, ignoring case
    /// (`fr-CH` → French, `zh-Hans-CN` → Chinese); `en-XA` is the
    /// pseudo-locale. `None` for any other language or a malformed tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        if tag.eq_ignore_ascii_case("en-xa") {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next()?;
        Lang::OFFICIAL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The language to answer an `Accept-Language` header with (RFC 9110,
    /// § 12.5.4): the official language of the highest quality value
    /// (`q`, 0 to 1, default 1; the first listed wins a tie), by primary
    /// subtag; English when none is acceptable or the header is malformed.
    /// `*` means any language and selects English. The pseudo-locale is
    /// never negotiated.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(u16, Lang)> = None;
        for item in accept_language.split(',').take(32) {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let mut q = 1000u16;
            for p in parts {
                let p = p.trim();
                if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                    q = parse_q(v).unwrap_or(0);
                }
            }
            if q == 0 {
                continue;
            }
            let lang = if tag == "*" {
                Some(Lang::En)
            } else {
                Lang::from_tag(tag).filter(|l| *l != Lang::Pseudo)
            };
            if let Some(l) = lang {
                if best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, l));
                }
            }
        }
        best.map_or(Lang::En, |(_, l)| l)
    }
}

/// An RFC 9110 `qvalue` in thousandths: `0`, `0.5`, `1.000`.
fn parse_q(v: &str) -> Option<u16> {
    let v = v.trim();
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_val: u16 = format!("{frac:0<3}").parse().ok()?;
    match int {
        "0" => Some(frac_val),
        "1" if frac_val == 0 => Some(1000),
        _ => None,
    }
}

/// The pseudo-locale's transform: accents every ASCII letter and doubles
/// every vowel.
fn pseudo(s: &str) -> Cow<'_, str> {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'ȧ', 'ƀ', 'ç', 'đ', 'ë', 'ƒ', 'ğ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ḿ', 'ń', 'ö', 'ƥ', 'ʠ', 'ŕ',
        'š', 'ŧ', 'ü', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž', 'Ȧ', 'Ɓ', 'Ç', 'Đ', 'Ë', 'Ƒ', 'Ğ', 'Ĥ', 'Î', 'Ĵ',
        'Ķ', 'Ļ', 'Ḿ', 'Ń', 'Ö', 'Ƥ', 'Ɋ', 'Ŕ', 'Š', 'Ŧ', 'Ü', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        match FROM.find(c) {
            Some(i) => {
                out.push(TO[i]);
                if "aeiouAEIOU".contains(c) {
                    out.push(TO[i]);
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Every [`Lang`] in the order of its discriminant (`lang as usize`).
const BY_INDEX: [Lang; 7] = [
    Lang::Ar,
    Lang::Zh,
    Lang::En,
    Lang::Fr,
    Lang::Ru,
    Lang::Es,
    Lang::Pseudo,
];

/// A bundle's formatter for number arguments (Fluent's hook takes a plain
/// `fn`, so the language is a constant parameter: `BY_INDEX[L]`). Other
/// values are left to Fluent.
fn fluent_number<M, const L: usize>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(format::fluent_number(BY_INDEX[L], n)),
        _ => None,
    }
}

/// One language's messages.
struct Bundle {
    bundle: FluentBundle<FluentResource>,
}

/// The messages of every language, parsed once.
struct Catalog {
    bundles: Vec<(Lang, Bundle)>,
}

fn bundle_for(lang: Lang) -> Bundle {
    let source = if lang == Lang::Pseudo { Lang::En } else { lang };
    let id: unic_langid::LanguageIdentifier = source.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(lang.dir() == Dir::Rtl);
    bundle.set_formatter(Some(match lang {
        Lang::Ar => fluent_number::<_, 0>,
        Lang::Zh => fluent_number::<_, 1>,
        Lang::En => fluent_number::<_, 2>,
        Lang::Fr => fluent_number::<_, 3>,
        Lang::Ru => fluent_number::<_, 4>,
        Lang::Es => fluent_number::<_, 5>,
        Lang::Pseudo => fluent_number::<_, 6>,
    }));
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    for (tag, _module, text) in files::FILES {
        if *tag == source.tag() {
            // A file that does not parse keeps the messages that do
            // (`tests/keys.rs` fails on any parse error).
            let res = match FluentResource::try_new((*text).to_owned()) {
                Ok(r) | Err((r, _)) => r,
            };
            bundle.add_resource_overriding(res);
        }
    }
    Bundle { bundle }
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog {
        bundles: Lang::OFFICIAL
            .into_iter()
            .chain([Lang::Pseudo])
            .map(|l| (l, bundle_for(l)))
            .collect(),
    })
}

impl Catalog {
    fn bundle(&self, lang: Lang) -> Option<&Bundle> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
    }

    /// `id` is a message (`nav-treaties`) or a message's attribute
    /// (`data-form.label`).
    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let b = &self.bundle(lang)?.bundle;
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let msg = b.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        Some(b.format_pattern(pattern, args, &mut errors).into_owned())
    }
}

/// The message `id` in `lang` (English if `lang` lacks it, the key itself
/// if English lacks it too). `id` may name an attribute: `message.attr`.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &FluentArgs::new())
}

/// The message `id` in `lang` with its variables (`{ $count }`) filled from
/// `args`; fallback as [`t`]. A number argument selects the language's
/// plural form (CLDR plural rules).
pub fn t_args(lang: Lang, id: &str, args: &FluentArgs) -> String {
    let c = catalog();
    c.format(lang, id, Some(args))
        .or_else(|| c.format(Lang::En, id, Some(args)))
        .unwrap_or_else(|| id.to_owned())
}

/// Whether `lang` has the message (or attribute) `id` itself, without
/// fallback.
pub fn has(lang: Lang, id: &str) -> bool {
    catalog().format(lang, id, None).is_some()
}

/// What the message files of one language hold, for the completeness
/// checks: every `(module, message id)` pair, with attributes as
/// `id.attr`, and every parse error as `module: reason`.
#[derive(Debug, Default)]
pub struct Inventory {
    /// `(module, id)` of every message and attribute.
    pub keys: BTreeSet<(String, String)>,
    /// Fluent syntax errors, one line each.
    pub errors: Vec<String>,
    /// The text of every message and attribute, by `(module, id)`: its
    /// literal text and that of every variant of its selectors, without
    /// placeables (for the terminology check).
    pub texts: BTreeMap<(String, String), String>,
}

/// The literal text of a Fluent pattern, every variant of a selector
/// included, one space between pieces.
fn pattern_text(p: &fluent_syntax::ast::Pattern<&str>, out: &mut String) {
    use fluent_syntax::ast::{Expression, PatternElement};
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                if let Expression::Select { variants, .. } = expression {
                    for v in variants {
                        out.push(' ');
                        pattern_text(&v.value, out);
                    }
                }
                out.push(' ');
            }
        }
    }
}

/// The [`Inventory`] of the message files of `lang` (the pseudo-locale has
/// English's).
pub fn inventory(lang: Lang) -> Inventory {
    let source = if lang == Lang::Pseudo { Lang::En } else { lang };
    let mut inv = Inventory::default();
    for (tag, module, text) in files::FILES {
        if *tag != source.tag() {
            continue;
        }
        let res = match FluentResource::try_new((*text).to_owned()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    inv.errors.push(format!("{tag}/{module}.ftl: {e:?}"));
                }
                r
            }
        };
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let key = ((*module).to_owned(), m.id.name.to_owned());
                let mut text = String::new();
                if let Some(p) = &m.value {
                    pattern_text(p, &mut text);
                }
                inv.texts.insert(key.clone(), text);
                inv.keys.insert(key);
                for a in &m.attributes {
                    let key = ((*module).to_owned(), format!("{}.{}", m.id.name, a.id.name));
                    let mut text = String::new();
                    pattern_text(&a.value, &mut text);
                    inv.texts.insert(key.clone(), text);
                    inv.keys.insert(key);
                }
            }
        }
    }
    inv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_follows_rfc_9110_quality_values() {
        assert_eq!(
            Lang::negotiate("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"),
            Lang::Fr
        );
        assert_eq!(Lang::negotiate("de, ru;q=0.4, ar;q=0.6"), Lang::Ar);
        assert_eq!(Lang::negotiate("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::negotiate("es;q=0, fr;q=0.1"), Lang::Fr);
        assert_eq!(Lang::negotiate("de"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate("ru;q=2, es;q=abc, ar;q=0.001"), Lang::Ar);
        assert_eq!(Lang::negotiate("en-XA"), Lang::En);
    }

    #[test]
    fn the_number_formatters_index_is_the_enums_order() {
        for (i, l) in BY_INDEX.into_iter().enumerate() {
            assert_eq!(l as usize, i);
        }
    }

    #[test]
    fn the_pseudo_locale_is_longer_and_has_no_plain_letters() {
        let p = pseudo("Treaties");
        assert_eq!(p, "Ŧŕëëȧȧŧîîëëš");
        assert!(!p.chars().any(|c| c.is_ascii_alphabetic()));
    }
}
