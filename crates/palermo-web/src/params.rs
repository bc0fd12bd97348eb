//! Query parameters of the public routes, read in one way: [`Params`]
//! refuses an unknown parameter name (with the nearest name the route
//! takes: `contry` → `country`), a repeated one or a malformed value with
//! 400 and the reason (a page, or JSON under `/api/`), instead of ignoring
//! it. The names a route takes are those of its query struct
//! ([`names_of`]), checked by the model's rule
//! ([`palermo_model::query::check_names`]), so the message is the one the
//! CLI gives and is in the request's language. Together with the response cache's canonical query string
//! ([`crate::cache`]) this gives one cache entry per answer a route can
//! give: a request with `&zz=1` is refused, never rendered and kept anew.

use axum::extract::{FromRequestParts, MatchedPath, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use axum::response::Response;

use palermo_model::query::check_names;

use crate::error::{answer_for_path, tr, WebError};

/// The query parameters `T` of a request (a struct with
/// `#[serde(deny_unknown_fields)]`), or a 400 naming what is wrong.
#[derive(Debug, Clone, Copy, Default)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        // The matched route has the full path; a nested router's URI may
        // have lost its `/api/v1` prefix.
        let path = parts
            .extensions
            .get::<MatchedPath>()
            .map_or(parts.uri.path(), MatchedPath::as_str)
            .to_owned();
        let query = parts.uri.query().unwrap_or("");
        let given: Vec<String> = form_urlencoded::parse(query.as_bytes())
            .map(|(k, _)| k.into_owned())
            .collect();
        if let Err(e) = check_names(given.iter().map(String::as_str), names_of::<T>()) {
            return Err(answer_for_path(&path, WebError::from(e)));
        }
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(q)) => Ok(Self(q)),
            Err(e) => {
                let err = WebError::BadRequest(tr(
                    "error-query-unreadable",
                    &[("detail", &e.body_text())],
                ));
                Err(answer_for_path(&path, err))
            }
        }
    }
}

/// The parameter names a query struct `T` takes: the field names its
/// `Deserialize` implementation asks for (serde's derive passes them to
/// `deserialize_struct`), so the list cannot drift from the struct. Empty
/// for a type that is not a struct.
pub fn names_of<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldNames(&mut fields));
    fields
}

/// A deserializer that records the field names of the struct asked of it
/// and deserializes nothing.
struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> serde::Deserializer<'de> for FieldNames<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("field names only"))
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(serde::de::Error::custom("field names only"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// The parameters of a route that takes none: any is refused.
#[derive(Debug, Deserialize, Default, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_struct_fields() {
        assert!(names_of::<NoParams>().is_empty());
        let n = names_of::<crate::data::query::DataQuery>();
        assert!(n.contains(&"country") && n.contains(&"release"), "{n:?}");
    }
}
