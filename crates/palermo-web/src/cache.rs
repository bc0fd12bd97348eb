//! A response cache for public, read-only GET routes.
//!
//! Pages and API answers are pure functions of the database's content, so a
//! rendered response is kept until the content changes. Changes are
//! detected with [`palermo_store::Store::data_version`], checked at most
//! every [`CHECK_INTERVAL`]; a `palermo treaty import` run from another
//! process therefore shows within that interval.
//!
//! **Bounded by bytes.** Only `200 OK` responses under [`MAX_BODY`] bytes
//! are kept, in a least-recently-used map (the `lru` crate) whose entries'
//! keys, bodies and a fixed overhead ([`ENTRY_OVERHEAD`]) add up to at most
//! the cache's budget ([`MAX_BYTES`] by default): when an entry would pass
//! it, the least recently used ones are dropped first. Cache-busting
//! requests can therefore evict one another, never grow the process.
//!
//! **One key per request the handler can tell apart.** The layer rewrites
//! the query string before the handler sees it, and keys the cache on the
//! result: parameters in name order (the order of a repeated name is
//! kept: the handlers refuse repeats) and percent-encoding made uniform.
//! So `?b=2&a=1`, `?a=1&b=2` and `?%61=1&b=2` are one entry, and the
//! handler answers from exactly the parameters the key holds. (Empty
//! values are kept: `k=` is refused on the case tables as any `k` is.) Unknown parameter names are refused by the handlers with 400
//! ([`crate::params::Params`]), and only 200s are kept.
//!
//! **Renders take turns.** A response not in the cache is rendered under
//! a semaphore of one permit fewer than the machine's cores (at least
//! one): rendering runs on the async workers, and a flood of requests for
//! ever new query strings would otherwise occupy every worker, so that
//! answers the cache holds (most requests) would wait behind renders.
//! The statistics a render may need are made current before its turn
//! ([`crate::data::cache::DatahubCache::stats`]: one load per import, shared),
//! so that no turn is spent waiting for that load.
//!
//! Nothing that depends on who asks may ever pass through it: it wraps only
//! the public router's cached routes ([`crate::routes`]), whose requests
//! carry no cookie; and it never keeps an answer that sets a cookie or
//! says `no-store` or `private`.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lru::LruCache;

use crate::AppState;

/// How often the database's data version is checked.
pub const CHECK_INTERVAL: Duration = Duration::from_millis(250);
/// Largest response body kept (bytes).
pub const MAX_BODY: usize = 4 << 20;
/// Default budget of the whole cache (bytes of keys, bodies and
/// [`ENTRY_OVERHEAD`]): 64 MiB.
pub const MAX_BYTES: usize = 64 << 20;
/// Bytes counted per entry beyond its key and body (the map's node, the
/// content type, the reference counts), so that many tiny entries are
/// bounded too.
pub const ENTRY_OVERHEAD: usize = 256;

/// The cache's state.
#[derive(Debug)]
pub struct ResponseCache {
    budget: usize,
    renders: tokio::sync::Semaphore,
    inner: Mutex<Inner>,
}

#[derive(Debug)]
struct Inner {
    version: Option<i64>,
    checked: Option<Instant>,
    entries: LruCache<String, (HeaderValue, Bytes)>,
    bytes: usize,
}

impl Default for ResponseCache {
    fn default() -> Self {
        Self::with_budget(MAX_BYTES)
    }
}

fn weight(key: &str, ctype: &HeaderValue, body: &Bytes) -> usize {
    key.len() + ctype.len() + body.len() + ENTRY_OVERHEAD
}

impl ResponseCache {
    /// An empty cache that keeps at most `budget` bytes.
    pub fn with_budget(budget: usize) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        Self {
            budget,
            renders: tokio::sync::Semaphore::new(cores.saturating_sub(1).max(1)),
            inner: Mutex::new(Inner {
                version: None,
                checked: None,
                entries: LruCache::unbounded(),
                bytes: 0,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A poisoned lock only means a panic elsewhere; the map is still usable.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Bytes held now (keys, bodies and overhead), at most the budget.
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    /// Responses held now.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether no response is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn get(&self, key: &str) -> Option<(HeaderValue, Bytes)> {
        self.lock().entries.get(key).cloned()
    }

    /// Keeps a response, dropping the least recently used ones while the
    /// budget would be passed; one larger than the whole budget is not kept.
    fn put(&self, key: String, ctype: HeaderValue, body: Bytes) {
        let w = weight(&key, &ctype, &body);
        if w > self.budget {
            return;
        }
        let mut c = self.lock();
        if let Some((old_c, old_b)) = c.entries.pop(&key) {
            c.bytes -= weight(&key, &old_c, &old_b);
        }
        while c.bytes + w > self.budget {
            match c.entries.pop_lru() {
                Some((k, (oc, ob))) => c.bytes -= weight(&k, &oc, &ob),
                None => break,
            }
        }
        c.bytes += w;
        c.entries.put(key, (ctype, body));
    }

    fn clear(c: &mut Inner) {
        c.entries.clear();
        c.bytes = 0;
    }
}

/// The query string in the cache's one form (see the module's
/// documentation), `None` when there is none left.
pub fn canonical_query(query: Option<&str>) -> Option<String> {
    let q = query?;
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(q.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if pairs.is_empty() {
        return None;
    }
    // Stable: the order of a repeated name is kept.
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    Some(
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish(),
    )
}

/// The request's path and canonical query; the request is rewritten to it.
fn canonicalise(req: &mut Request) -> String {
    let key = match canonical_query(req.uri().query()) {
        Some(q) => format!("{}?{q}", req.uri().path()),
        None => req.uri().path().to_owned(),
    };
    if req.uri().path_and_query().map(|p| p.as_str()) != Some(key.as_str()) {
        if let Ok(uri) = key.parse::<Uri>() {
            *req.uri_mut() = uri;
        }
    }
    key
}

/// Middleware: answers from the cache when it can, fills it otherwise.
pub async fn layer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let key = canonicalise(&mut req);
    let cache = &state.cache;
    let due = {
        let c = cache.lock();
        c.checked.is_none_or(|t| t.elapsed() >= CHECK_INTERVAL)
    };
    if due {
        let version = state.store.data_version().await.ok().flatten();
        let mut c = cache.lock();
        if version.is_none() || version != c.version {
            ResponseCache::clear(&mut c);
        }
        c.version = version;
        c.checked = Some(Instant::now());
    }
    let versioned = cache.lock().version.is_some();
    if !versioned {
        // Changes cannot be detected: do not cache.
        return next.run(req).await;
    }
    if let Some((ctype, body)) = cache.get(&key) {
        return ([(header::CONTENT_TYPE, ctype)], body).into_response();
    }
    // Data a render needs is loaded before its turn, so that a turn is
    // never spent waiting for the database: after an import, the one reload
    // of the statistics happens here while other pages take their turns.
    if let Err(e) = state.datahub.stats(&state.store).await {
        return crate::error::answer_for_path(req.uri().path(), e);
    }
    let turn = cache.renders.acquire().await;
    // Rendered meanwhile by a request ahead in the queue?
    if let Some((ctype, body)) = cache.get(&key) {
        return ([(header::CONTENT_TYPE, ctype)], body).into_response();
    }
    let res = next.run(req).await;
    drop(turn);
    if res.status() != StatusCode::OK || !keepable(res.headers()) {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "response too large").into_response();
    };
    if let Some(ctype) = parts.headers.get(header::CONTENT_TYPE) {
        cache.put(key, ctype.clone(), bytes.clone());
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Whether an answer may be kept for others: not one that sets a cookie or
/// says it must not be stored (the cache serves only the public router,
/// which lets neither through; this is the second lock).
fn keepable(h: &axum::http::HeaderMap) -> bool {
    !h.contains_key(header::SET_COOKIE)
        && !h.get_all(header::CACHE_CONTROL).iter().any(|v| {
            v.to_str()
                .map_or(true, |v| v.contains("no-store") || v.contains("private"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize) -> Bytes {
        Bytes::from(vec![b'x'; n])
    }

    #[test]
    fn the_budget_holds_and_the_least_recently_used_go_first() {
        let ct = HeaderValue::from_static("text/html");
        // three entries of 1,000 bytes of body fit in 3 × (1,000 + key + ct + overhead)
        let one = weight("/a", &ct, &body(1000));
        let cache = ResponseCache::with_budget(3 * one);
        cache.put("/a".into(), ct.clone(), body(1000));
        cache.put("/b".into(), ct.clone(), body(1000));
        cache.put("/c".into(), ct.clone(), body(1000));
        assert_eq!(cache.len(), 3);
        assert_eq!(cache.bytes(), 3 * one);
        // /a used last: /b is the least recently used and goes
        assert!(cache.get("/a").is_some());
        cache.put("/d".into(), ct.clone(), body(1000));
        assert_eq!(cache.len(), 3);
        assert!(cache.get("/b").is_none());
        assert!(cache.get("/a").is_some() && cache.get("/d").is_some());
        // a bigger entry evicts as many as needed
        cache.put("/e".into(), ct.clone(), body(2000));
        assert!(cache.bytes() <= 3 * one, "{}", cache.bytes());
        // one larger than the budget is not kept at all
        cache.put("/f".into(), ct.clone(), body(4 * one));
        assert!(cache.get("/f").is_none());
        assert!(cache.bytes() <= 3 * one);
        // replacing an entry does not count it twice
        cache.put("/e".into(), ct.clone(), body(2000));
        assert!(cache.bytes() <= 3 * one);
    }

    #[test]
    fn equivalent_query_strings_are_one_key() {
        assert_eq!(
            canonical_query(Some("to=2020&from=2015&country=")),
            Some("country=&from=2015&to=2020".into())
        );
        assert_eq!(
            canonical_query(Some("region=%45urope&by=year")),
            canonical_query(Some("by=year&region=Europe"))
        );
        assert_eq!(
            canonical_query(Some("region=Latin+America")),
            canonical_query(Some("region=Latin%20America"))
        );
        assert_eq!(
            canonical_query(Some("sex=&country=")),
            Some("country=&sex=".into())
        );
        assert_eq!(canonical_query(Some("")), None);
        // a repeated name keeps its order (the handler refuses it)
        assert_eq!(
            canonical_query(Some("from=2&a=1&from=1")),
            Some("a=1&from=2&from=1".into())
        );
    }
}
