//! Query parameters of the public routes, read in one way: [`Params`]
//! refuses an unknown parameter name, a repeated one or a malformed value
//! with 400 and the reason (a page, or JSON under `/api/`), instead of
//! ignoring it. Together with the response cache's canonical query string
//! ([`crate::cache`]) this gives one cache entry per answer a route can
//! give: a request with `&zz=1` is refused, never rendered and kept anew.

use axum::extract::{FromRequestParts, MatchedPath, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use axum::response::Response;

use crate::error::{answer_for_path, tr, WebError};

/// The query parameters `T` of a request (a struct with
/// `#[serde(deny_unknown_fields)]`), or a 400 naming what is wrong.
#[derive(Debug, Clone, Copy, Default)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(q)) => Ok(Self(q)),
            Err(e) => {
                let err = WebError::BadRequest(tr(
                    "error-query-unreadable",
                    &[("detail", &e.body_text())],
                ));
                // The matched route has the full path; a nested router's
                // URI may have lost its `/api/v1` prefix.
                let path = parts
                    .extensions
                    .get::<MatchedPath>()
                    .map_or(parts.uri.path(), MatchedPath::as_str);
                Err(answer_for_path(path, err))
            }
        }
    }
}

/// The parameters of a route that takes none: any is refused.
#[derive(Debug, Deserialize, Default, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}
