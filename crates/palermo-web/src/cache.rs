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
//! handler answers from exactly the parameters the key holds. Values have
//! one spelling too: those the parsers accept in several (`country=alb`,
//! `by=YEAR`, `sex=Female`) are written as the value parsed
//! ([`crate::data::query::canonical_value`]), so that case variants cannot
//! multiply entries. (Empty
//! values are kept: `k=` is refused on the case tables as any `k` is.) Unknown parameter names are refused by the handlers with 400
//! ([`crate::params::Params`]), and only 200s are kept.
//!
//! **Renders take turns.** A response not in the cache is rendered under
//! a semaphore of one permit fewer than the machine's cores (at least
//! one): rendering runs on the async workers, and a flood of requests for
//! ever new query strings would otherwise occupy every worker, so that
//! answers the cache holds (most requests) would wait behind renders.
//! The statistics a render may need are loaded before its turn the first
//! time ([`crate::data::cache::DatahubCache::snapshot`]); after an import they
//! are reloaded in the background while renders use the copy in hand, so
//! that no turn is spent waiting for a load.
//!
//! **Nothing out of date outlives its data.** A render that used data known
//! not to be current (the statistics' previous copy while the next one
//! loads) says so with [`not_current`]; its response is kept provisionally,
//! only while that copy is the one in hand (and at most [`PROVISIONAL`]),
//! so that during a reload each page is rendered once, not once per
//! request, and is rendered again from the new copy. A response whose
//! render began before the cache was last emptied (the data changed
//! meanwhile) is not kept at all: it may show the data as they were.
//!
//! **An import of statistics keeps the statistics pages.** When the data
//! version changes and the statistics did (an import), their reload starts
//! at once and the entries whose render read them ([`reads_statistics`])
//! are kept provisionally, as above: until the new copy is in hand a render
//! would give the same page from the same copy. Every other entry is
//! dropped. (Were other data changed by another process within the same
//! check, a statistics page would show them once the new copy is in hand,
//! at most [`PROVISIONAL`] later.) Emptying only the entries an import can
//! change needs to know what else changed; SQLite's data version does not
//! say, so treaty pages are rendered again after any change.
//!
//! **One render a key; the others get the answer it replaces.** When a
//! change empties entries, each is set aside for
//! [`STALE_WHILE_RENDERING`] instead of dropped: the first request for
//! its key renders it again (taking its turn), and requests for the same
//! key that arrive while that render is under way are given the answer
//! set aside, at once, instead of queueing behind the render (and every
//! other key's render) on the one turn. Past that bound, or when nobody
//! is rendering the key, nothing set aside is given: a change shows
//! within [`CHECK_INTERVAL`] plus one render, and no answer older than
//! the bound outlives its data. (Under an import loop on two cores every
//! reader used to wait for the renders of every key after each import:
//! `bench/abuse.sh` scenario 2.) What is set aside is bounded by the
//! budget too, so the cache holds at most twice its budget.
//!
//! **One key per language.** A key starts with the request's language and
//! how it was chosen ([`crate::lang::Locale::cache_prefix`]): the same path
//! asked in French and in English are two entries, never one answered for
//! the other.
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

/// Longest time a response rendered from data not current is kept (if the
/// reload that replaces them failed, the next request after this renders
/// again and retries it).
pub const PROVISIONAL: Duration = Duration::from_secs(1);
/// Longest time an answer whose data changed is given to others while the
/// one render that replaces it is under way (see the module's
/// documentation).
pub const STALE_WHILE_RENDERING: Duration = Duration::from_secs(1);
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
    /// Responses rendered so far (for tests and load measurements).
    rendered: std::sync::atomic::AtomicU64,
    inner: Mutex<Inner>,
}

#[derive(Debug)]
struct Inner {
    version: Option<i64>,
    /// How many times the entries were emptied (a render that began under
    /// another epoch is not kept).
    epoch: u64,
    checked: Option<Instant>,
    entries: LruCache<String, Entry>,
    bytes: usize,
    /// Answers emptied by a change, set aside for [`STALE_WHILE_RENDERING`]
    /// while their key is rendered again (at most the budget's bytes).
    previous: std::collections::HashMap<String, Previous>,
    previous_bytes: usize,
    /// Keys whose render is under way.
    rendering: std::collections::HashSet<String>,
}

/// An answer set aside when a change emptied it.
#[derive(Debug)]
struct Previous {
    ctype: HeaderValue,
    body: Bytes,
    since: Instant,
}

/// Marks a key's render as under way while it lives.
struct Rendering<'a> {
    cache: &'a ResponseCache,
    key: String,
}

impl Drop for Rendering<'_> {
    fn drop(&mut self) {
        self.cache.lock().rendering.remove(&self.key);
    }
}

impl Default for ResponseCache {
    fn default() -> Self {
        Self::with_budget(MAX_BYTES)
    }
}

/// A kept response.
#[derive(Debug, Clone)]
struct Entry {
    ctype: HeaderValue,
    body: Bytes,
    /// For a response rendered from data not current ([`not_current`]):
    /// the statistics' copy number it was rendered under
    /// ([`crate::data::cache::DatahubCache::copies`]) and when; it is kept only
    /// while that copy is the one in hand, and at most [`PROVISIONAL`].
    provisional: Option<(u64, Instant)>,
    /// Whether the render read the statistics ([`reads_statistics`]).
    statistics: bool,
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
            rendered: std::sync::atomic::AtomicU64::new(0),
            inner: Mutex::new(Inner {
                version: None,
                epoch: 0,
                checked: None,
                entries: LruCache::unbounded(),
                bytes: 0,
                previous: std::collections::HashMap::new(),
                previous_bytes: 0,
                rendering: std::collections::HashSet::new(),
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

    /// Responses rendered so far (requests that were not answered from the
    /// cache; for tests and load measurements).
    pub fn rendered(&self) -> u64 {
        self.rendered.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Responses held now.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether no response is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The response kept for `key`, unless it is provisional and `copy`
    /// (the statistics' copy number now) is not the one it was rendered
    /// under: then it is dropped.
    fn get(&self, key: &str, copy: u64) -> Option<(HeaderValue, Bytes)> {
        let mut c = self.lock();
        let e = c.entries.get(key)?.clone();
        if e.provisional
            .is_some_and(|(p, at)| p != copy || at.elapsed() >= PROVISIONAL)
        {
            c.entries.pop(key);
            c.bytes -= weight(key, &e.ctype, &e.body);
            let budget = self.budget;
            Self::expire_set_aside(&mut c);
            Self::set_aside(&mut c, budget, key.to_owned(), e.ctype, e.body);
            return None;
        }
        Some((e.ctype, e.body))
    }

    /// The answer set aside for `key`, if another request is rendering it
    /// now and it was set aside less than [`STALE_WHILE_RENDERING`] ago;
    /// otherwise `None`, and the caller renders (or waits for its turn).
    fn stand_in(&self, key: &str) -> Option<(HeaderValue, Bytes)> {
        let c = self.lock();
        if !c.rendering.contains(key) {
            return None;
        }
        c.previous
            .get(key)
            .filter(|p| p.since.elapsed() < STALE_WHILE_RENDERING)
            .map(|p| (p.ctype.clone(), p.body.clone()))
    }

    /// Marks `key`'s render as under way, unless another request's is:
    /// `None` then.
    fn rendering(&self, key: &str) -> Option<Rendering<'_>> {
        self.lock()
            .rendering
            .insert(key.to_owned())
            .then(|| Rendering {
                cache: self,
                key: key.to_owned(),
            })
    }

    /// Drops the answers set aside more than [`STALE_WHILE_RENDERING`] ago.
    fn expire_set_aside(c: &mut Inner) {
        let mut freed = 0;
        c.previous.retain(|k, p| {
            let keep = p.since.elapsed() < STALE_WHILE_RENDERING;
            if !keep {
                freed += weight(k, &p.ctype, &p.body);
            }
            keep
        });
        c.previous_bytes -= freed;
    }

    /// Sets an emptied answer aside; not when that would pass `budget`
    /// (the caller drops the expired ones first, [`Self::expire_set_aside`]).
    fn set_aside(c: &mut Inner, budget: usize, key: String, ctype: HeaderValue, body: Bytes) {
        if let Some(old) = c.previous.remove(&key) {
            c.previous_bytes -= weight(&key, &old.ctype, &old.body);
        }
        let w = weight(&key, &ctype, &body);
        if c.previous_bytes + w > budget {
            return;
        }
        c.previous_bytes += w;
        c.previous.insert(
            key,
            Previous {
                ctype,
                body,
                since: Instant::now(),
            },
        );
    }

    /// Keeps a response, dropping the least recently used ones while the
    /// budget would be passed; one larger than the whole budget is not kept.
    #[cfg(test)]
    fn put(&self, key: String, ctype: HeaderValue, body: Bytes) {
        let epoch = self.lock().epoch;
        self.put_if(epoch, None, false, key, ctype, body);
    }

    /// [`ResponseCache::put`], unless the entries were emptied since
    /// `epoch` (the response may show the data before that change);
    /// `provisional` as in [`Entry`].
    fn put_if(
        &self,
        epoch: u64,
        provisional: Option<(u64, Instant)>,
        statistics: bool,
        key: String,
        ctype: HeaderValue,
        body: Bytes,
    ) {
        let w = weight(&key, &ctype, &body);
        if w > self.budget {
            return;
        }
        let mut c = self.lock();
        if c.epoch != epoch {
            return;
        }
        if let Some(old) = c.previous.remove(&key) {
            c.previous_bytes -= weight(&key, &old.ctype, &old.body);
        }
        if let Some(old) = c.entries.pop(&key) {
            c.bytes -= weight(&key, &old.ctype, &old.body);
        }
        while c.bytes + w > self.budget {
            match c.entries.pop_lru() {
                Some((k, old)) => c.bytes -= weight(&k, &old.ctype, &old.body),
                None => break,
            }
        }
        c.bytes += w;
        c.entries.put(
            key,
            Entry {
                ctype,
                body,
                provisional,
                statistics,
            },
        );
    }

    fn clear(c: &mut Inner, budget: usize) {
        Self::expire_set_aside(c);
        while let Some((k, e)) = c.entries.pop_lru() {
            Self::set_aside(c, budget, k, e.ctype, e.body);
        }
        c.bytes = 0;
        c.epoch += 1;
    }

    /// After an import of statistics: the pages that read the statistics
    /// are what a render would give until the new copy is in hand (renders
    /// use the copy in hand), so they are kept provisionally, as renders
    /// from a copy not current are (while copy `copy` is in hand, at most
    /// [`PROVISIONAL`]); every other entry is dropped.
    fn keep_statistics_pages(c: &mut Inner, budget: usize, copy: u64) {
        Self::expire_set_aside(c);
        let now = Instant::now();
        let mut dropped = Vec::new();
        for (k, e) in c.entries.iter_mut() {
            if e.statistics {
                e.provisional = Some(e.provisional.unwrap_or((copy, now)));
            } else {
                dropped.push(k.clone());
            }
        }
        for k in dropped {
            if let Some(e) = c.entries.pop(&k) {
                c.bytes -= weight(&k, &e.ctype, &e.body);
                Self::set_aside(c, budget, k, e.ctype, e.body);
            }
        }
        c.epoch += 1;
    }
}

/// What a cached render knows and tells.
struct Render {
    /// The data version the cache saw last (checked at most every
    /// [`CHECK_INTERVAL`]).
    version: Option<i64>,
    /// Set when the render used data that are not current.
    stale: std::cell::Cell<bool>,
    /// Set when the render read the statistics.
    statistics: std::cell::Cell<bool>,
}

tokio::task_local! {
    static RENDER: Render;
}

/// Inside a cached render, the database's data version as the response
/// cache saw it last: data derived from the database are current as of
/// that version (the cache's staleness, at most [`CHECK_INTERVAL`]), so a
/// data source can skip asking the database whether they changed
/// ([`crate::data::cache::DatahubCache::snapshot`]). `None` elsewhere.
pub fn data_version() -> Option<i64> {
    RENDER.try_with(|r| r.version).ok().flatten()
}

/// Says that the response being rendered uses data known not to be current
/// (the statistics' previous copy while the next one loads): it is kept
/// only while that copy is in hand. Called by the data source, not by each
/// handler, so that no route can forget it; outside a cached render it
/// does nothing.
pub fn not_current() {
    let _ = RENDER.try_with(|r| r.stale.set(true));
}

/// Says that the response being rendered reads the statistics
/// ([`crate::data::cache::DatahubCache::stats`]): after an import of
/// statistics it is kept until the new copy is in hand, instead of being
/// rendered again from the copy in hand. Outside a cached render it does
/// nothing.
pub fn reads_statistics() {
    let _ = RENDER.try_with(|r| r.statistics.set(true));
}

/// The query string in the cache's one form (see the module's
/// documentation), `None` when there is none left.
pub fn canonical_query(query: Option<&str>) -> Option<String> {
    let q = query?;
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(q.as_bytes())
        .map(|(k, v)| {
            let v = crate::data::query::canonical_value(&k, &v).unwrap_or_else(|| v.into_owned());
            (k.into_owned(), v)
        })
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
    // One entry per language, and per way of naming it (a page asked as
    // `/fr/x` links to `/fr/…`, one negotiated to French does not).
    let locale = req
        .extensions()
        .get::<crate::lang::Locale>()
        .cloned()
        .unwrap_or_default();
    let key = format!("{}{}", locale.cache_prefix(), canonicalise(&mut req));
    let cache = &state.cache;
    // One request checks when the check is due; the others go on with
    // what the cache holds (a burst of requests used to check all at once,
    // queueing on the one connection that reads the data version).
    let due = {
        let mut c = cache.lock();
        let due = c.checked.is_none_or(|t| t.elapsed() >= CHECK_INTERVAL);
        if due && c.version.is_some() {
            c.checked = Some(Instant::now());
        }
        due
    };
    if due {
        let version = state.store.data_version().await.ok().flatten();
        let changed = version.is_none() || version != cache.lock().version;
        // Did the statistics change (an import)? Then the reload starts now,
        // and the pages that read them are kept meanwhile.
        let statistics_changed = changed
            && version.is_some()
            && matches!(
                state.datahub.snapshot_at(&state.store, version).await,
                Ok(s) if !s.current
            );
        let mut c = cache.lock();
        if version.is_none() || version != c.version {
            if statistics_changed {
                ResponseCache::keep_statistics_pages(&mut c, cache.budget, state.datahub.copies());
            } else {
                ResponseCache::clear(&mut c, cache.budget);
            }
        }
        c.version = version;
        c.checked = Some(Instant::now());
    }
    let (version, epoch) = {
        let c = cache.lock();
        (c.version, c.epoch)
    };
    let versioned = version.is_some();
    if !versioned {
        // Changes cannot be detected: do not cache.
        return next.run(req).await;
    }
    if let Some((ctype, body)) = cache.get(&key, state.datahub.copies()) {
        return ([(header::CONTENT_TYPE, ctype)], body).into_response();
    }
    // Another request is rendering this key again after a change: the
    // answer it replaces, at once (bounded in age), not a place in the queue.
    if let Some((ctype, body)) = cache.stand_in(&key) {
        return ([(header::CONTENT_TYPE, ctype)], body).into_response();
    }
    let _rendering = cache.rendering(&key);
    // Data a render needs is loaded before its turn, so that a turn is
    // never spent waiting for the database: the first load of the
    // statistics happens here (later ones in the background).
    if let Err(e) = state.datahub.snapshot_at(&state.store, version).await {
        return crate::error::answer_for_path(req.uri().path(), e);
    }
    let turn = cache.renders.acquire().await;
    // The copy of the statistics in hand as the render begins: a render
    // from a copy not current is kept only while this one is in hand.
    let copy = state.datahub.copies();
    // Rendered meanwhile by a request ahead in the queue?
    if let Some((ctype, body)) = cache.get(&key, copy) {
        return ([(header::CONTENT_TYPE, ctype)], body).into_response();
    }
    let render = Render {
        version,
        stale: std::cell::Cell::new(false),
        statistics: std::cell::Cell::new(false),
    };
    let (res, stale, statistics) = RENDER
        .scope(render, async {
            let res = next.run(req).await;
            RENDER.with(|r| (res, r.stale.get(), r.statistics.get()))
        })
        .await;
    cache
        .rendered
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    drop(turn);
    if res.status() != StatusCode::OK || !keepable(res.headers()) {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "response too large").into_response();
    };
    if let Some(ctype) = parts.headers.get(header::CONTENT_TYPE) {
        let provisional = stale.then(|| (copy, Instant::now()));
        cache.put_if(
            epoch,
            provisional,
            statistics,
            key,
            ctype.clone(),
            bytes.clone(),
        );
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
        assert!(cache.get("/a", 0).is_some());
        cache.put("/d".into(), ct.clone(), body(1000));
        assert_eq!(cache.len(), 3);
        assert!(cache.get("/b", 0).is_none());
        assert!(cache.get("/a", 0).is_some() && cache.get("/d", 0).is_some());
        // a bigger entry evicts as many as needed
        cache.put("/e".into(), ct.clone(), body(2000));
        assert!(cache.bytes() <= 3 * one, "{}", cache.bytes());
        // one larger than the budget is not kept at all
        cache.put("/f".into(), ct.clone(), body(4 * one));
        assert!(cache.get("/f", 0).is_none());
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
        // one spelling per value
        assert_eq!(
            canonical_query(Some("sex=F&country=alb&by=YEAR,+Sex&age=0-17&top=007")),
            Some("age=child&by=year%2Csex&country=ALB&sex=female&top=7".into())
        );
        // a value that does not parse is left for the handler to refuse
        assert_eq!(
            canonical_query(Some("sex=x&by=year,zz")),
            Some("by=year%2Czz&sex=x".into())
        );
        // a repeated name keeps its order (the handler refuses it)
        assert_eq!(
            canonical_query(Some("from=2&a=1&from=1")),
            Some("a=1&from=2&from=1".into())
        );
    }
}
