//! The treaty tracker: the dashboard, one page per instrument and per
//! country, the list of countries ([`pages`]), and the API on instruments,
//! participants and countries ([`api`]).

pub mod api;
pub mod pages;

use axum::routing::get;
use axum::Router;

use crate::AppState;

/// Page routes.
pub fn page_routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/instruments/{code}", get(pages::instrument))
        .route("/countries", get(pages::countries))
        .route("/countries/{iso3}", get(pages::country))
}

/// API routes (mounted under `/api/v1`).
pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(api::openapi))
        .route("/instruments", get(api::instruments))
        .route("/instruments/{code}", get(api::instrument))
        .route("/instruments/{code}/participants", get(api::participants))
        .route("/countries", get(api::countries))
        .route("/countries/{iso3}", get(api::country))
}
