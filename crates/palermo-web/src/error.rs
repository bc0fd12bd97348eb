//! Errors, and how they are answered.
//!
//! [`WebError`] says what went wrong, in words a user may read; it does not
//! say how to answer. A handler returns one of two types, and `?` converts
//! any [`WebError`] (or store or template error) into it:
//!
//! * [`ApiError`] (API handlers): JSON `{"code", "error": title, "message"}`,
//!   `code` stable (`not-found`, …), title and message in the request's
//!   language ([`crate::lang`]);
//! * [`PageError`] (page handlers): an HTML page in the site's layout.
//!
//! An internal error (database, template) is logged and answered with a
//! fixed sentence: no stack trace, SQL or message of a library reaches the
//! user.

use askama::Template;
use axum::http::{header, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Json, Response};

use crate::lang::Locale;
use crate::layout::Layout;

/// What went wrong: a kind and the reason shown to the user (never a
/// value that may be personal data, never internal detail).
#[derive(Debug)]
pub enum WebError {
    /// The resource does not exist: what was asked for.
    NotFound(String),
    /// A query parameter is invalid: which and why.
    BadRequest(String),
    /// The request body exceeds the size limit: the limit, stated.
    TooLarge(String),
    /// The request is valid but needs more work than one request may
    /// take (it ran past its time limit): why, and what to do.
    TooMuchWork(String),
    /// The server is busy with other computations: try again shortly.
    Busy(String),
    /// This client already has as many requests of this kind waiting or
    /// running as one client may: try again once one has finished.
    TooManyRequests(String),
    /// Anything else; logged, never shown to the user.
    Internal(String),
}

impl From<palermo_store::StoreError> for WebError {
    fn from(e: palermo_store::StoreError) -> Self {
        // Keep the whole chain for the log (never shown to the user).
        let mut msg = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            msg.push_str(": ");
            msg.push_str(&s.to_string());
            source = s.source();
        }
        Self::Internal(msg)
    }
}

/// A refused query parameter: 400 with the model's reason, in the
/// request's language (the message the CLI gives for the same value).
impl From<palermo_model::query::ParamError> for WebError {
    fn from(e: palermo_model::query::ParamError) -> Self {
        Self::BadRequest(param_message(&e))
    }
}

/// The message of a refused parameter in the request's language.
pub fn param_message(e: &palermo_model::query::ParamError) -> String {
    let args = e.message_args();
    let refs: Vec<(&str, &dyn crate::layout::Arg)> = args
        .iter()
        .map(|(k, v)| (*k, v as &dyn crate::layout::Arg))
        .collect();
    tr(e.message_id(), &refs)
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(e.to_string())
    }
}

impl WebError {
    /// The error's stable code in the API's JSON (`not-found`,
    /// `bad-request`, …): the same in every language, for scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound(_) => "not-found",
            Self::BadRequest(_) => "bad-request",
            Self::TooLarge(_) => "too-large",
            Self::TooMuchWork(_) => "time-limit",
            Self::Busy(_) => "busy",
            Self::TooManyRequests(_) => "too-many-requests",
            Self::Internal(_) => "internal",
        }
    }

    /// Status, title and message shown to the user, in the language of
    /// the request being answered ([`Locale::current`]; the message was
    /// written in it where the error was made, [`tr`]). An internal error
    /// is logged here and shown as a fixed sentence.
    pub fn parts(&self) -> (StatusCode, String, String) {
        let lang = Locale::current().lang;
        let t = |key: &str| palermo_i18n::t(lang, key);
        match self {
            Self::NotFound(what) => (StatusCode::NOT_FOUND, t("error-not-found"), what.clone()),
            Self::BadRequest(why) => (StatusCode::BAD_REQUEST, t("error-bad-request"), why.clone()),
            Self::TooLarge(why) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                t("error-too-large"),
                why.clone(),
            ),
            Self::TooMuchWork(why) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                t("error-time-limit"),
                why.clone(),
            ),
            Self::Busy(why) => (
                StatusCode::SERVICE_UNAVAILABLE,
                t("error-busy"),
                why.clone(),
            ),
            Self::TooManyRequests(why) => (
                StatusCode::TOO_MANY_REQUESTS,
                t("error-too-many-requests"),
                why.clone(),
            ),
            Self::Internal(e) => {
                tracing::error!("internal error: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t("error-internal"),
                    t("error-internal-message"),
                )
            }
        }
    }
}

/// The message `key` (`errors.ftl` and the feature modules' files) with
/// its variables, in the language of the request being answered
/// ([`Locale::current`]): what an error's reason is written with, where
/// the error is made.
pub fn tr(key: &str, args: &[(&str, &dyn crate::layout::Arg)]) -> String {
    crate::layout::message(Locale::current().lang, key, args)
}

/// An error answered as JSON (API handlers): `{"error", "message"}`, with
/// `Retry-After` on 503 and 429.
#[derive(Debug)]
pub struct ApiError(pub WebError);

/// An error answered as an HTML page in the site's layout (page handlers),
/// with `Retry-After` on 503 and 429.
#[derive(Debug)]
pub struct PageError(pub WebError);

impl<E: Into<WebError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        Self(e.into())
    }
}

impl<E: Into<WebError>> From<E> for PageError {
    fn from(e: E) -> Self {
        Self(e.into())
    }
}

fn retry_after(status: StatusCode, mut res: Response) -> Response {
    if matches!(
        status,
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::TOO_MANY_REQUESTS
    ) {
        res.headers_mut().insert(header::RETRY_AFTER, 5.into());
    }
    res
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let code = self.0.code();
        let (status, title, message) = self.0.parts();
        let res = (
            status,
            Json(serde_json::json!({ "code": code, "error": title, "message": message })),
        )
            .into_response();
        retry_after(status, res)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    layout: Layout,
    title: &'a str,
    message: &'a str,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message) = self.0.parts();
        let body = ErrorPage {
            layout: Layout::public(&crate::lang::Locale::current()),
            title: &title,
            message: &message,
        }
        .render()
        .unwrap_or_else(|_| format!("{title}: {message}"));
        retry_after(status, (status, Html(body)).into_response())
    }
}

/// Whether a request path is the API's (answered as JSON).
pub fn is_api_path(path: &str) -> bool {
    path.starts_with("/api/")
}

/// `e` answered as the path asks: JSON under `/api/`, a page elsewhere
/// (for what runs before a handler: the fallback, extractor rejections).
pub fn answer_for_path(path: &str, e: WebError) -> Response {
    if is_api_path(path) {
        ApiError(e).into_response()
    } else {
        PageError(e).into_response()
    }
}

/// Fallback for unknown paths: a 404 page (JSON under `/api/`).
pub async fn not_found_fallback(uri: Uri) -> Response {
    answer_for_path(
        uri.path(),
        WebError::NotFound(tr("error-no-page", &[("path", &uri.path())])),
    )
}
