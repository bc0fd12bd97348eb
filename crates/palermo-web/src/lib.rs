//! Palermo's web server: server-rendered pages that work without
//! JavaScript, SVG charts, and a JSON API under `/api/v1/` described by an
//! OpenAPI document at `/api/v1/openapi.json`.
//!
//! This crate knows HTTP and HTML; it reads data only through
//! [`palermo_store::Store`] and never writes SQL.
//!
//! Feature modules, each with its routes, page models and templates side by
//! side: [`treaty`] (treaty status), [`data`] (the data hub), [`estimation`]
//! (multiple systems estimation), [`account`], [`admin`] and [`provider`]
//! (private: sign-in, accounts, the audit trail, a data provider's own
//! case records and CLKs). Shared pieces at the root: [`error`],
//! [`cache`], [`params`], [`server`], [`charts`] (SVG), [`format`].

pub mod account;
pub mod admin;
pub mod assets;
pub mod cache;
pub mod charts;
pub mod data;
pub mod error;
pub mod estimation;
pub mod format;
pub mod lang;
pub mod layout;
pub mod params;
pub mod private;
pub mod provider;
pub mod reasons;
pub mod routes;
pub mod server;
pub mod treaty;

use axum::http::header;
use axum::Router;
use palermo_store::Store;

/// Largest request body on any route, bytes: a request declaring more is
/// answered 413 before its body is read, a chunked one is cut off there.
/// Larger than every route's own limit (the estimation form's
/// [`estimation::MAX_BODY_BYTES`], the data providers' uploads'
/// [`provider::upload::MAX_UPLOAD_BYTES`]), so that a route's own, more
/// helpful 413 comes first.
pub const MAX_REQUEST_BODY: usize =
    2 * if estimation::MAX_BODY_BYTES > provider::upload::MAX_UPLOAD_BYTES {
        estimation::MAX_BODY_BYTES
    } else {
        provider::upload::MAX_UPLOAD_BYTES
    };
/// Longest wait for the next piece of a request body; then the body
/// read fails and the request is answered 400 (a client that declares a
/// large body and stops sending).
pub const BODY_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// Longest time from a request's head to its response's head (then 408):
/// bounds a body sent slowly but steadily and any handler. Longer than
/// an estimation's wait and time limit together ([`estimation::gate::Limits`]).
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// The content security policy of every response: only this server's own
/// resources, and no inline script or style at all (no `'unsafe-inline'`):
/// scripts and the stylesheet are files under `/static/` ([`assets`]),
/// pages carry no `style` attribute. The SVG charts need nothing more:
/// their presentation attributes (`fill`, `stroke`, `transform`) are not
/// styles under CSP; only `style` attributes and `<style>` elements are,
/// and the charts use neither. `img-src data:` is not needed either.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self'; style-src 'self'; \
     script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; \
     form-action 'self'";

/// Shared state of every handler.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// Rendered public responses, kept until the data change.
    pub cache: std::sync::Arc<cache::ResponseCache>,
    /// Admission and work limits of the estimation endpoints.
    pub mse: std::sync::Arc<estimation::gate::Gate>,
    /// The data hub's statistics and case records, loaded once per import.
    pub datahub: std::sync::Arc<data::cache::DatahubCache>,
}

/// The whole application: pages, API and static assets.
pub fn router(store: Store) -> Router {
    router_with(store, estimation::gate::Limits::default())
}

/// [`router`] with other limits for the estimation endpoints (tests, or a
/// server with more cores).
pub fn router_with(store: Store, limits: estimation::gate::Limits) -> Router {
    router_for(AppState::new(store, limits))
}

impl AppState {
    /// The state of a new server: empty caches, a gate with `limits`.
    pub fn new(store: Store, limits: estimation::gate::Limits) -> Self {
        Self {
            store,
            cache: Default::default(),
            mse: std::sync::Arc::new(estimation::gate::Gate::new(limits)),
            datahub: Default::default(),
        }
    }
}

/// The application on a given state (tests keep a clone of the state to
/// look at its caches), with every route of [`routes::registry`].
pub fn router_for(state: AppState) -> Router {
    app(state, &routes::registry())
}

/// The application serving the routes of `registry`: the public router
/// and the private one ([`routes`]), the 404 fallback, and the limits and
/// security headers on every answer.
pub fn app(state: AppState, registry: &routes::Registry) -> Router {
    app_with_auth(state, registry, Default::default())
}

/// [`app`] with other sign-in settings (tests: a clock they move).
pub fn app_with_auth(
    state: AppState,
    registry: &routes::Registry,
    auth: std::sync::Arc<account::auth::Auth>,
) -> Router {
    let private = private::PrivateState::new(state.clone()).with_auth(auth);
    let routed = Router::new()
        .merge(routes::public_router(&state, &registry.public))
        .merge(routes::private_router(&private, &registry.private))
        .fallback(error::not_found_fallback);
    // The language is chosen, and its URL prefix removed, before routing
    // ([`lang`]): a layer on the router itself would run after it.
    let localised = tower::Layer::layer(&axum::middleware::from_fn(lang::layer), routed);
    Router::new()
        .fallback_service(localised)
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            MAX_REQUEST_BODY,
        ))
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            BODY_READ_TIMEOUT,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::map_response(security_headers))
}

/// Headers on every response: no MIME sniffing, no framing, no referrer
/// leaks, and a strict content security policy ([`CONTENT_SECURITY_POLICY`]).
async fn security_headers(mut res: axum::response::Response) -> axum::response::Response {
    use axum::http::HeaderValue;
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    res
}

/// Serves the application on `addr` until Ctrl-C, with the default
/// [`server::ServerLimits`].
///
/// # Errors
/// The address cannot be bound, or the server fails.
pub async fn serve(store: Store, addr: std::net::SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("Palermo is serving http://{}", listener.local_addr()?);
    server::serve_with(
        listener,
        router(store),
        server::ServerLimits::default(),
        async {
            let _ = tokio::signal::ctrl_c().await;
        },
    )
    .await
}
