//! The data hub on the web: the data page (`/data`, filters as query
//! parameters, no JavaScript needed), the country page's series, and the
//! API under `/api/v1/statistics/…` and `/api/v1/cases/…` (JSON, or CSV with
//! `format=csv`).
//!
//! Case records reach these outputs only as releases made by
//! `palermo-disclosure` and stored ([`releases`]); raw records are never
//! loaded or served here.
//!
//! * [`query`]: the query parameters, parsed once for the page and the API;
//! * [`api`]: the statistics API;
//! * [`page`]: the data page's model and handler, the country page's series;
//! * [`view`]: how figures are written (ranges, years, tooltips);
//! * [`cache`]: the statistics loaded once per import;
//! * [`charts`]: range bars and the world map;
//! * [`releases`]: public case tables, from stored releases.

pub mod api;
pub mod cache;
pub mod charts;
pub mod page;
pub mod query;
pub mod releases;
pub mod view;

use axum::routing::get;
use axum::Router;

use crate::AppState;

/// Page routes of the data hub.
pub fn page_routes() -> Router<AppState> {
    Router::new().route("/data", get(page::data_page))
}

/// API routes of the data hub (mounted under `/api/v1`).
pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/statistics/indicators", get(api::api_indicators))
        .route("/statistics/corridors", get(api::api_corridors))
        .route("/statistics/conflicts", get(api::api_conflicts))
        .route("/statistics/datasets", get(api::api_datasets))
        .route("/cases/indicators", get(releases::api_case_indicators))
        .route("/cases/releases", get(releases::api_case_releases))
        .route("/cases/releases/{id}", get(releases::api_case_release))
}
