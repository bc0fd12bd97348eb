//! Palermo's web server: server-rendered pages that work without
//! JavaScript, SVG charts, and a JSON API under `/api/v1/` described by an
//! OpenAPI document at `/api/v1/openapi.json`.
//!
//! This crate knows HTTP and HTML; it reads data only through
//! [`palermo_store::Store`] and never writes SQL. Modules: [`pages`] (HTML),
//! [`api`] (JSON), [`charts`] (SVG), [`error`] (404 and 500 responses).

pub mod api;
pub mod cache;
pub mod case_release;
pub mod charts;
pub mod datahub;
pub mod datahub_charts;
pub mod error;
pub mod mse;
pub mod pages;

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use palermo_store::Store;

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
}

/// The whole application: pages, API and static assets.
pub fn router(store: Store) -> Router {
    router_with(store, mse::Limits::default())
}

/// [`router`] with other limits for the estimation endpoints (tests, or a
/// server with more cores).
pub fn router_with(store: Store, limits: mse::Limits) -> Router {
    let state = AppState {
        store,
        cache: Default::default(),
        mse: std::sync::Arc::new(mse::Gate::new(limits)),
        datahub: Default::default(),
    };
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
        .route("/static/style.css", get(stylesheet))
        .fallback(error::not_found_fallback)
        .with_state(state)
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

/// Serves the application on `addr` until Ctrl-C.
///
/// # Errors
/// The address cannot be bound, or the server fails.
pub async fn serve(store: Store, addr: std::net::SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("Palermo is serving http://{}", listener.local_addr()?);
    axum::serve(listener, router(store))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
