//! The one registry of routes, and the two routers built from it.
//!
//! Every route the server answers is a [`Route`] in [`registry`], listed by
//! its feature module (`treaty::routes()`, `data::routes()`, …). The
//! application is assembled from that list alone ([`crate::app`]), so a
//! test that walks the registry walks every route
//! (`tests/routers.rs`), and a new route cannot be left out of it.
//!
//! * **Public** routes ([`Registry::public`], state [`AppState`]): no
//!   session, the same answer for everyone. Those marked `cached` sit
//!   behind the response cache ([`crate::cache`]). The public router
//!   removes every `Cookie` header before the handler runs and every
//!   `Set-Cookie` header from its answer ([`public_guard`]), and its state
//!   holds no session store: a public handler cannot read or set a
//!   session, whatever it tries.
//! * **Private** routes ([`Registry::private`], state
//!   [`crate::private::PrivateState`]): signed-in users, answers that
//!   depend on who asks. Never behind the cache; every answer carries
//!   `Cache-Control: no-store` ([`no_store`]). The accounts and
//!   administration modules plug in at [`crate::private::routes`].

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::MethodRouter;
use axum::Router;

use crate::private::PrivateState;
use crate::AppState;

/// One route: its path (axum syntax, `{name}` for a path parameter), the
/// methods it answers, a URL that reaches it (path parameters filled in,
/// for tests that walk every route) and its handlers.
#[derive(Debug)]
pub struct Route<S> {
    /// The path, e.g. `/instruments/{code}`.
    pub path: &'static str,
    /// The methods answered, e.g. `[Method::GET]`.
    pub methods: &'static [Method],
    /// A URL that reaches this route, e.g. `/instruments/tip`.
    pub example: &'static str,
    /// Whether the answers are kept by the response cache (public GET
    /// routes whose answer depends only on the URL and the data).
    pub cached: bool,
    /// The handlers.
    pub handler: fn() -> MethodRouter<S>,
}

impl<S> Clone for Route<S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for Route<S> {}

impl Route<AppState> {
    /// A public GET route whose answers the response cache keeps.
    pub fn cached_get(
        path: &'static str,
        example: &'static str,
        handler: fn() -> MethodRouter<AppState>,
    ) -> Self {
        Self {
            path,
            methods: &[Method::GET],
            example,
            cached: true,
            handler,
        }
    }
}

/// A route anyone may reach, with no session.
pub type PublicRoute = Route<AppState>;
/// A route for signed-in users (its handlers take the session).
pub type PrivateRoute = Route<PrivateState>;

/// Every route of the application.
#[derive(Debug, Clone)]
pub struct Registry {
    /// Public routes: no session, cacheable.
    pub public: Vec<PublicRoute>,
    /// Private routes: session, never cached.
    pub private: Vec<PrivateRoute>,
}

/// The registry of the whole application, from the feature modules.
pub fn registry() -> Registry {
    Registry {
        public: [
            crate::treaty::routes(),
            crate::data::routes(),
            crate::estimation::routes(),
            crate::assets::routes(),
        ]
        .concat(),
        private: crate::private::routes(),
    }
}

fn build<S: Clone + Send + Sync + 'static>(routes: &[Route<S>]) -> Router<S> {
    routes.iter().fold(Router::new(), |r, route| {
        r.route(route.path, (route.handler)())
    })
}

/// The public router: the cached routes behind the response cache, the
/// others beside them, and no cookie in or out ([`public_guard`]).
pub fn public_router(state: &AppState, routes: &[PublicRoute]) -> Router {
    let (cached, uncached): (Vec<PublicRoute>, Vec<PublicRoute>) =
        routes.iter().copied().partition(|r| r.cached);
    if routes.is_empty() {
        return Router::new();
    }
    let mut router = build(&uncached);
    if !cached.is_empty() {
        router = router.merge(
            build(&cached).route_layer(axum::middleware::from_fn_with_state(
                state.clone(),
                crate::cache::layer,
            )),
        );
    }
    router
        .route_layer(axum::middleware::from_fn(public_guard))
        .with_state(state.clone())
}

/// The private router: never cached, every answer `no-store`
/// ([`no_store`]).
pub fn private_router(state: &PrivateState, routes: &[PrivateRoute]) -> Router {
    if routes.is_empty() {
        // axum refuses a route layer over no route.
        return Router::new();
    }
    build(routes)
        .route_layer(axum::middleware::from_fn(no_store))
        .with_state(state.clone())
}

/// Middleware of the public router: the request reaches the handler
/// without its `Cookie` headers, and the answer leaves without any
/// `Set-Cookie` header (a public handler that tried to set one is logged,
/// with the route's path only).
pub async fn public_guard(mut req: Request<Body>, next: Next) -> Response {
    req.headers_mut().remove(header::COOKIE);
    let path = req.uri().path().to_owned();
    let mut res = next.run(req).await;
    if res.headers_mut().remove(header::SET_COOKIE).is_some() {
        tracing::warn!("a public route tried to set a cookie; removed: {path}");
        while res.headers_mut().remove(header::SET_COOKIE).is_some() {}
    }
    res
}

/// Middleware of the private router: `Cache-Control: no-store` on every
/// answer, so that neither a browser nor a proxy keeps a page that depends
/// on who asked.
pub async fn no_store(req: Request<Body>, next: Next) -> Response {
    let mut res = next.run(req).await;
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
