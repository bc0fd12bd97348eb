//! The language of a request (issue 18): from a language prefix in the
//! URL, else negotiated from `Accept-Language`.
//!
//! * `/fr/treaties`, `/ar/data?…`: the first path segment is a language
//!   tag ([`Lang::tag`]: `ar`, `zh`, `en`, `fr`, `ru`, `es`; `en-XA`, the
//!   pseudo-locale, for tests), as UN sites write it. The prefix is removed
//!   before routing, so every route answers under every prefix, and a
//!   permalink opens in the language it was copied in. Links on a page
//!   asked with a prefix keep it ([`Locale::base`]).
//! * Any other path: the language of the `Accept-Language` header (RFC
//!   9110 § 12.5.4, [`Lang::negotiate`]), English when it names none of the
//!   six; the answer says `Vary: Accept-Language`, so that a shared cache
//!   keeps one copy per language. Every URL of the site before issue 18
//!   answers as it did for a browser asking English or nothing.
//!
//! Every answer carries `Content-Language`. The [`layer`] puts the
//! request's [`Locale`] in its extensions (handlers take it as an
//! extractor) and, for the whole request, in a task-local
//! ([`Locale::current`]): what answers outside a handler (the 404
//! fallback, a rejected query string, an error page) reads it there. The
//! response cache keys its entries on it ([`Locale::cache_prefix`]).

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, Uri};
use axum::middleware::Next;
use axum::response::Response;
use palermo_i18n::Lang;

/// The language a request is answered in, and how it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// The language.
    pub lang: Lang,
    /// Whether the URL named it (a `/fr/…` prefix): then links keep the
    /// prefix; otherwise it was negotiated from `Accept-Language`.
    pub prefixed: bool,
    /// The path and query asked, without the language prefix (`/countries`,
    /// `/data?country=ITA`), for the language switcher's links.
    pub path: String,
}

impl Default for Locale {
    fn default() -> Self {
        Self {
            lang: Lang::En,
            prefixed: false,
            path: "/".into(),
        }
    }
}

tokio::task_local! {
    static CURRENT: Locale;
}

impl Locale {
    /// The prefix of this site's links on the page: `/fr` when the URL
    /// named the language, empty when it was negotiated (links then
    /// negotiate too).
    pub fn base(&self) -> String {
        if self.prefixed {
            format!("/{}", self.lang.tag())
        } else {
            String::new()
        }
    }

    /// The locale of the request being answered (set by [`layer`] for
    /// the whole request); the default (English, unprefixed) outside one.
    pub fn current() -> Locale {
        CURRENT.try_with(Clone::clone).unwrap_or_default()
    }

    /// What the response cache puts before a path in its keys: the
    /// language, and whether the URL named it (the links differ). `fr/`
    /// for `/fr/x`, `fr ` for `/x` negotiated to French.
    pub fn cache_prefix(&self) -> String {
        format!(
            "{}{}",
            self.lang.tag(),
            if self.prefixed { '/' } else { ' ' }
        )
    }
}

/// The language whose tag is the first segment of `path`, and the path
/// without it (`/fr/countries` → French, `/countries`; `/fr` → French,
/// `/`). Tags are matched as [`Lang::tag`] writes them (lower case; the
/// pseudo-locale `en-XA`): `/FR/` is no language prefix.
pub fn split_prefix(path: &str) -> Option<(Lang, &str)> {
    let rest = path.strip_prefix('/')?;
    let (first, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    Lang::OFFICIAL
        .into_iter()
        .chain([Lang::Pseudo])
        .find(|l| l.tag() == first)
        .map(|l| (l, tail))
}

/// Middleware around the whole application (before routing): chooses the
/// language, removes its prefix from the URI, and answers with
/// `Content-Language` (and `Vary: Accept-Language` when negotiated).
pub async fn layer(mut req: Request, next: Next) -> Response {
    let query = req.uri().query().map(str::to_owned);
    let with_query = |p: &str| match &query {
        Some(q) => format!("{p}?{q}"),
        None => p.to_owned(),
    };
    let locale = match split_prefix(req.uri().path()) {
        Some((lang, rest)) => {
            let path = with_query(rest);
            if let Ok(uri) = path.parse::<Uri>() {
                *req.uri_mut() = uri;
            }
            Locale {
                lang,
                prefixed: true,
                path,
            }
        }
        None => {
            let accept = req
                .headers()
                .get_all(header::ACCEPT_LANGUAGE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect::<Vec<_>>()
                .join(",");
            Locale {
                lang: Lang::negotiate(&accept),
                prefixed: false,
                path: with_query(req.uri().path()),
            }
        }
    };
    req.extensions_mut().insert(locale.clone());
    let (lang, prefixed) = (locale.lang, locale.prefixed);
    let mut res = CURRENT.scope(locale, next.run(req)).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.tag()),
    );
    if !prefixed {
        h.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    res
}

impl<S: Send + Sync> FromRequestParts<S> for Locale {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Locale>()
            .cloned()
            .unwrap_or_else(Locale::current))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_prefix_is_one_whole_segment() {
        assert_eq!(
            split_prefix("/fr/countries"),
            Some((Lang::Fr, "/countries"))
        );
        assert_eq!(split_prefix("/ar"), Some((Lang::Ar, "/")));
        assert_eq!(split_prefix("/zh/"), Some((Lang::Zh, "/")));
        assert_eq!(split_prefix("/en-XA/data"), Some((Lang::Pseudo, "/data")));
        assert_eq!(split_prefix("/france"), None);
        assert_eq!(split_prefix("/FR/countries"), None);
        assert_eq!(split_prefix("/countries/fr"), None);
        assert_eq!(split_prefix("/"), None);
    }
}
