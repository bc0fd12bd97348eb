//! The language of the CLI's messages: `--lang`, else `PALERMO_LANG`, else
//! the POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`) when it
//! names one of the six UN languages, else English. The messages are
//! Fluent messages of `palermo-i18n` (`locales/<tag>/cli.ftl`; `--help`
//! and clap's refusals: `help.ftl`, see `help.rs`).

use std::sync::OnceLock;

use palermo_i18n::Lang;

static LANG: OnceLock<Lang> = OnceLock::new();

/// The language given to `--lang` or `PALERMO_LANG`: `ar`, `zh`, `en`,
/// `fr`, `ru`, `es` (a region or script after the language is ignored:
/// `fr-CH`, `zh-Hans`), or `en-XA` (the pseudo-locale, for tests).
pub fn parse(s: &str) -> Result<Lang, String> {
    Lang::from_tag(s.trim()).ok_or_else(|| t("help-error-lang"))
}

/// The language a POSIX locale environment names: the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set and not empty, if it is one of the
/// six (`fr_FR.UTF-8` → French); English otherwise (`C`, `POSIX`, `de_DE`).
pub fn from_locale_env(get: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|k| get(k).filter(|v| !v.is_empty()))
        .next()
        .and_then(|v| {
            let tag = v.split(['.', '@']).next().unwrap_or_default().to_owned();
            Lang::from_tag(&tag).filter(|l| *l != Lang::Pseudo)
        })
        .unwrap_or(Lang::En)
}

/// Sets the language of this run's messages (once, at start).
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language of this run's messages.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}

/// The message `id` in this run's language.
pub fn t(id: &str) -> String {
    palermo_i18n::t(lang(), id)
}

/// The message of a refused parameter value
/// ([`palermo_model::query::ParamError`]) in this run's language: the
/// message the web gives for the same value.
pub fn param_message(e: &palermo_model::query::ParamError) -> String {
    let mut args = palermo_i18n::FluentArgs::new();
    for (k, v) in e.message_args() {
        args.set(k, v);
    }
    palermo_i18n::t_args(lang(), e.message_id(), &args)
}

/// The message `id` in this run's language, its variables filled:
/// `tr!("cli-opening-file", file = name)`.
macro_rules! tr {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = palermo_i18n::FluentArgs::new();
        $( args.set(stringify!($k), $v); )*
        palermo_i18n::t_args($crate::lang::lang(), $id, &args)
    }};
}
pub(crate) use tr;

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_posix_locale_chooses_among_the_six_or_english() {
        assert_eq!(from_locale_env(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(
            from_locale_env(env(&[("LANG", "ar_EG.UTF-8"), ("LC_ALL", "ru_RU")])),
            Lang::Ru
        );
        assert_eq!(
            from_locale_env(env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_CN.GB18030")])),
            Lang::Zh
        );
        assert_eq!(from_locale_env(env(&[("LANG", "es_ES@euro")])), Lang::Es);
        assert_eq!(from_locale_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(from_locale_env(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(from_locale_env(env(&[("LANG", "en_XA")])), Lang::En);
        assert_eq!(from_locale_env(env(&[])), Lang::En);
    }

    #[test]
    fn lang_takes_a_tag_of_the_six() {
        assert_eq!(parse("fr"), Ok(Lang::Fr));
        assert_eq!(parse("AR"), Ok(Lang::Ar));
        assert_eq!(parse("zh-Hans"), Ok(Lang::Zh));
        assert!(parse("de").is_err());
        assert!(parse("").is_err());
    }
}
