//! Error responses: a 404 page for unknown resources, a 500 page (with no
//! internal detail) for failures; JSON bodies under `/api/`.

use askama::Template;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Json, Response};

/// An error a handler returns.
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
    /// As the others, answered as JSON (for the API).
    Api(Box<WebError>),
}

impl WebError {
    /// The same error, answered as JSON.
    pub fn api(self) -> Self {
        Self::Api(Box::new(self))
    }
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

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(e.to_string())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: &'a str,
}

impl WebError {
    /// Status, title and message shown to the user.
    pub fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            Self::NotFound(what) => (StatusCode::NOT_FOUND, "Not found", what.clone()),
            Self::BadRequest(why) => (StatusCode::BAD_REQUEST, "Bad request", why.clone()),
            Self::TooLarge(why) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "Request too large",
                why.clone(),
            ),
            Self::TooMuchWork(why) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "Time limit exceeded",
                why.clone(),
            ),
            Self::Busy(why) => (StatusCode::SERVICE_UNAVAILABLE, "Busy", why.clone()),
            Self::TooManyRequests(why) => (
                StatusCode::TOO_MANY_REQUESTS,
                "Too many requests",
                why.clone(),
            ),
            Self::Internal(e) => {
                tracing::error!("internal error: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Internal error",
                    "Something went wrong on our side; the error has been logged.".into(),
                )
            }
            Self::Api(inner) => inner.parts(),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, title, message) = self.parts();
        let retry = matches!(
            status,
            StatusCode::SERVICE_UNAVAILABLE | StatusCode::TOO_MANY_REQUESTS
        );
        if matches!(self, Self::Api(_)) {
            let mut res = (
                status,
                Json(serde_json::json!({ "error": title, "message": message })),
            )
                .into_response();
            if retry {
                res.headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, 5.into());
            }
            return res;
        }
        let body = ErrorPage {
            title,
            message: &message,
        }
        .render()
        .unwrap_or_else(|_| format!("{title}: {message}"));
        let mut res = (status, Html(body)).into_response();
        if retry {
            res.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, 5.into());
        }
        res
    }
}

/// Fallback for unknown paths: a 404 page (JSON under `/api/`).
pub async fn not_found_fallback(uri: Uri) -> Response {
    let e = WebError::NotFound(format!("There is no page at {}.", uri.path()));
    if uri.path().starts_with("/api/") {
        e.api().into_response()
    } else {
        e.into_response()
    }
}
