//! The one page layout (`layout/base.html`): every page's template struct
//! holds a [`Layout`] in a field named `layout`, which the base template
//! reads for the language (`<html lang dir>`, the language switcher), the
//! navigation, the signed-in user, the as-of date of the data shown and
//! the CSRF token of the page's forms.
//!
//! **Every text a page shows is a Fluent message** (`palermo-i18n`,
//! `locales/<tag>/<module>.ftl`): templates ask the layout for it,
//! `{{ layout.t("nav-treaties") }}`, or with variables,
//! `{{ layout.t1("data-as-of", "date", date) }}` ([`Layout::t1`],
//! [`Layout::t2`], [`Layout::t3`]); a number argument selects the
//! language's plural form. Links to this site's pages start with
//! `{{ layout.base }}` so that they keep a language prefix ([`Locale`]).

use palermo_i18n::{FluentArgs, FluentValue, Lang};

use crate::lang::Locale;

/// A link of the main navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavLink {
    /// Where it goes, a path on this site (without language prefix).
    pub href: &'static str,
    /// The Fluent message of what it says.
    pub key: &'static str,
}

/// The signed-in user, as the layout shows it (private pages only: public
/// pages never read the session, so theirs is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The display name.
    pub name: String,
    /// The organisation, if any (a State, a UN entity, an agency).
    pub organisation: Option<String>,
}

/// One link of the language switcher: the same page in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangLink {
    /// The page with the language's prefix, path and query kept.
    pub href: String,
    /// The BCP 47 tag (the link's `lang` and `hreflang`).
    pub tag: &'static str,
    /// The language's name in itself.
    pub autonym: &'static str,
    /// Its direction (`ltr`, `rtl`), the link's `dir`.
    pub dir: &'static str,
    /// Whether it is the page's language (`aria-current`).
    pub current: bool,
}

/// What every page shows around its content.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The page's language: `<html lang dir>`, and every message.
    pub lang: Lang,
    /// The prefix of links to this site (`/fr`, or empty: [`Locale::base`]).
    pub base: String,
    /// The path and query asked, without language prefix (the switcher).
    pub path: String,
    /// The main navigation, from the feature modules ([`navigation`]).
    pub nav: Vec<NavLink>,
    /// The signed-in user (private pages only).
    pub user: Option<User>,
    /// The date of the data the page shows (`YYYY-MM-DD`), when it has one.
    pub as_of: Option<String>,
    /// The CSRF token the page's state-changing forms carry (private
    /// pages with forms; filled in by the accounts module).
    pub csrf_token: Option<String>,
}

/// A value for a message's variable: numbers (which select plural forms)
/// and text.
pub trait Arg {
    /// The Fluent value.
    fn value(&self) -> FluentValue<'static>;
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

impl Arg for str {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'static> {
        (**self).value()
    }
}

/// The message `key` in `lang` with the variables `args`.
pub fn message(lang: Lang, key: &str, args: &[(&str, &dyn Arg)]) -> String {
    let mut a = FluentArgs::new();
    for (name, v) in args {
        a.set(*name, v.value());
    }
    palermo_i18n::t_args(lang, key, &a)
}

impl Layout {
    /// The layout of a public page in the request's language: the full
    /// navigation, no user, no token.
    pub fn public(locale: &Locale) -> Self {
        Self {
            lang: locale.lang,
            base: locale.base(),
            path: locale.path.clone(),
            nav: navigation(),
            user: None,
            as_of: None,
            csrf_token: None,
        }
    }

    /// The same layout, stating the date of the data shown.
    #[must_use]
    pub fn as_of(mut self, date: impl Into<String>) -> Self {
        self.as_of = Some(date.into());
        self
    }

    /// The `lang` attribute (BCP 47).
    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    /// The `dir` attribute: `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        self.lang.dir().as_str()
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        palermo_i18n::t(self.lang, key)
    }

    /// The message `key` with one variable.
    pub fn t1(&self, key: &str, n1: &str, v1: impl Arg) -> String {
        message(self.lang, key, &[(n1, &v1)])
    }

    /// The message `key` with two variables.
    pub fn t2(&self, key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg) -> String {
        message(self.lang, key, &[(n1, &v1), (n2, &v2)])
    }

    /// The message `key` with three variables.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        n1: &str,
        v1: impl Arg,
        n2: &str,
        v2: impl Arg,
        n3: &str,
        v3: impl Arg,
    ) -> String {
        message(self.lang, key, &[(n1, &v1), (n2, &v2), (n3, &v3)])
    }

    /// A number as the page's language writes it (digits, grouping:
    /// `palermo_i18n::format`), `1,282` / `1 282` / `١٬٢٨٢`; a text
    /// argument is shown as it is.
    pub fn num(&self, n: impl Arg) -> String {
        match n.value() {
            FluentValue::Number(x) => palermo_i18n::format::decimal(
                self.lang,
                x.value,
                x.options.minimum_fraction_digits.unwrap_or(0).min(6) as u8,
            ),
            FluentValue::String(s) => s.into_owned(),
            _ => String::new(),
        }
    }

    /// A date written `YYYY-MM-DD` in the page's language's medium form
    /// (`palermo_i18n::format::date`: `Jul 10, 2014`, `10 juil. 2014`,
    /// `2014年7月10日`); "unknown" in the language for an empty one, and a
    /// text that is no such date as it is.
    pub fn date(&self, iso: &str) -> String {
        if iso.is_empty() {
            return self.t("date-unknown");
        }
        palermo_i18n::format::date_iso(self.lang, iso).unwrap_or_else(|_| iso.to_owned())
    }

    /// The language switcher: this page in each of the six languages, in
    /// the UN's order ([`Lang::OFFICIAL`]), path and query kept.
    pub fn languages(&self) -> Vec<LangLink> {
        Lang::OFFICIAL
            .into_iter()
            .map(|l| LangLink {
                href: format!("/{}{}", l.tag(), self.path),
                tag: l.tag(),
                autonym: l.autonym(),
                dir: l.dir().as_str(),
                current: l == self.lang,
            })
            .collect()
    }
}

/// The main navigation: each feature module's links, in the order of the
/// modules, then the API's description.
pub fn navigation() -> Vec<NavLink> {
    [
        crate::treaty::NAV,
        crate::data::NAV,
        crate::estimation::NAV,
        &[NavLink {
            href: "/api/v1/openapi.json",
            key: "nav-api",
        }],
    ]
    .concat()
}
