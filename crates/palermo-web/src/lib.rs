//! Palermo's web server: server-rendered pages that work without
//! JavaScript, SVG charts, and a JSON API under `/api/v1/` described by an
//! OpenAPI document at `/api/v1/openapi.json`.
//!
//! This crate knows HTTP and HTML; it reads data only through
//! [`palermo_store::Store`] and never writes SQL. Modules: [`pages`] (HTML),
//! [`api`] (JSON), [`charts`] (SVG), [`error`] (404 and 500 responses).

pub mod account;
pub mod admin;
pub mod api;
pub mod cache;
pub mod case_release;
pub mod charts;
pub mod datahub;
pub mod datahub_charts;
pub mod error;
pub mod mse;
pub mod pages;
pub mod params;
pub mod server;

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use palermo_store::Store;

/// Largest request body on any route, bytes: a request declaring more is
/// answered 413 before its body is read, a chunked one is cut off there.
/// Larger than every route's own limit (the estimation form's
/// [`mse::MAX_BODY_BYTES`]), so that a route's own, more helpful 413 comes
/// first.
pub const MAX_REQUEST_BODY: usize = 2 * mse::MAX_BODY_BYTES;
/// Longest wait for the next piece of a request body; then the body
/// read fails and the request is answered 400 (a client that declares a
/// large body and stops sending).
pub const BODY_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// Longest time from a request's head to its response's head (then 408):
/// bounds a body sent slowly but steadily and any handler. Longer than
/// an estimation's wait and time limit together ([`mse::Limits`]).
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Shared state of every handler.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// Rendered public responses, kept until the data change.
    pub cache: std::sync::Arc<cache::ResponseCache>,
    /// Admission and work limits of the estimation endpoints.
    pub mse: std::sync::Arc<mse::Gate>,
    /// The data hub's statistics and case records, loaded once per import.
    pub datahub: std::sync::Arc<datahub::DatahubCache>,
    /// Sign-in: session limits, lock-out, the hashing pool, the clock.
    pub auth: std::sync::Arc<account::auth::Auth>,
}

/// The whole application: pages, API and static assets.
pub fn router(store: Store) -> Router {
    router_with(store, mse::Limits::default())
}

/// [`router`] with other limits for the estimation endpoints (tests, or a
/// server with more cores).
pub fn router_with(store: Store, limits: mse::Limits) -> Router {
    router_for(AppState::new(store, limits))
}

impl AppState {
    /// The state of a new server: empty caches, a gate with `limits`.
    pub fn new(store: Store, limits: mse::Limits) -> Self {
        Self {
            store,
            cache: Default::default(),
            mse: std::sync::Arc::new(mse::Gate::new(limits)),
            datahub: Default::default(),
            auth: Default::default(),
        }
    }
}

/// The application on a given state (tests keep a clone of the state to
/// look at its caches).
pub fn router_for(state: AppState) -> Router {
    // Public, read-only routes: cached until the data change.
    let public = Router::new()
        .merge(pages::routes())
        .merge(datahub::page_routes())
        .nest("/api/v1", api::routes().merge(datahub::api_routes()))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::layer,
        ));
    Router::new()
        .merge(public)
        .merge(mse::routes())
        // Private (session or token, never cached): accounts and administration.
        .merge(account::routes())
        .merge(admin::routes())
        .route("/static/style.css", get(stylesheet))
        .fallback(error::not_found_fallback)
        .with_state(state)
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
/// leaks, and a content security policy that allows only the server's own
/// resources (inline styles and the small inline scripts of progressive
/// enhancement are allowed; nothing is loaded from elsewhere).
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
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
             script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; \
             frame-ancestors 'none'; form-action 'self'",
        ),
    );
    res
}

/// The stylesheet, compiled into the binary (no CDN).
async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/style.css"),
    )
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
