//! A response cache for public, read-only GET routes.
//!
//! Pages and API answers are pure functions of the database's content, so a
//! rendered response is kept until the content changes. Changes are
//! detected with [`palermo_store::Store::data_version`], checked at most
//! every [`CHECK_INTERVAL`]; a `palermo treaty import` run from another
//! process therefore shows within that interval. Only `200 OK` responses
//! under [`MAX_BODY`] bytes are kept, at most [`MAX_ENTRIES`] of them (the
//! cache is emptied when full, so arbitrary query strings cannot grow it
//! without bound). Nothing that depends on who asks may ever pass through
//! it: routes that will serve restricted data must not be wrapped.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// How often the database's data version is checked.
pub const CHECK_INTERVAL: Duration = Duration::from_millis(250);
/// Largest response body kept (bytes).
pub const MAX_BODY: usize = 4 << 20;
/// Most responses kept.
pub const MAX_ENTRIES: usize = 2048;

/// The cache's state.
#[derive(Debug, Default)]
pub struct ResponseCache {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    version: Option<i64>,
    checked: Option<Instant>,
    entries: HashMap<String, (HeaderValue, Bytes)>,
}

impl ResponseCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A poisoned lock only means a panic elsewhere; the map is still usable.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Middleware: answers from the cache when it can, fills it otherwise.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let key = req.uri().to_string();
    let cache = &state.cache;
    let due = {
        let c = cache.lock();
        c.checked.is_none_or(|t| t.elapsed() >= CHECK_INTERVAL)
    };
    if due {
        let version = state.store.data_version().await.ok().flatten();
        let mut c = cache.lock();
        if version.is_none() || version != c.version {
            c.entries.clear();
        }
        c.version = version;
        c.checked = Some(Instant::now());
        drop(c);
    }
    let hit = {
        let c = cache.lock();
        c.version.map(|_| c.entries.get(&key).cloned())
    };
    match hit {
        // Changes cannot be detected: do not cache.
        None => return next.run(req).await,
        Some(Some((ctype, body))) => {
            return ([(header::CONTENT_TYPE, ctype)], body).into_response();
        }
        Some(None) => {}
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "response too large").into_response();
    };
    if let Some(ctype) = parts.headers.get(header::CONTENT_TYPE) {
        store_entry(cache, key, ctype.clone(), bytes.clone());
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn store_entry(cache: &ResponseCache, key: String, ctype: HeaderValue, body: Bytes) {
    let mut c = cache.lock();
    if c.entries.len() >= MAX_ENTRIES {
        c.entries.clear();
    }
    c.entries.insert(key, (ctype, body));
}
