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

use crate::layout::NavLink;
use crate::routes::PublicRoute;

/// The data hub's routes: public, cached.
pub fn routes() -> Vec<PublicRoute> {
    let r = PublicRoute::cached_get;
    vec![
        r("/data", "/data", || get(page::data_page_handler)),
        r(
            "/api/v1/statistics/indicators",
            "/api/v1/statistics/indicators?by=year",
            || get(api::api_indicators),
        ),
        r(
            "/api/v1/statistics/corridors",
            "/api/v1/statistics/corridors",
            || get(api::api_corridors),
        ),
        r(
            "/api/v1/statistics/conflicts",
            "/api/v1/statistics/conflicts",
            || get(api::api_conflicts),
        ),
        r(
            "/api/v1/sdmx/data/{flow}",
            "/api/v1/sdmx/data/IAEG-SDGs,DF_SDG_GLH,1.12",
            || get(api::api_sdmx_data),
        ),
        r(
            "/api/v1/statistics/datasets",
            "/api/v1/statistics/datasets",
            || get(api::api_datasets),
        ),
        r(
            "/api/v1/cases/indicators",
            "/api/v1/cases/indicators?by=year",
            || get(releases::api_case_indicators),
        ),
        r("/api/v1/cases/releases", "/api/v1/cases/releases", || {
            get(releases::api_case_releases)
        }),
        r(
            "/api/v1/cases/releases/{id}",
            "/api/v1/cases/releases/1",
            || get(releases::api_case_release),
        ),
    ]
}

/// The data hub's link in the main navigation.
pub const NAV: &[NavLink] = &[NavLink {
    href: "/data",
    key: "nav-data",
}];
