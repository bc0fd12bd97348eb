//! The treaty tracker: the dashboard, one page per instrument and per
//! country, the list of countries ([`pages`]), and the API on instruments,
//! participants and countries ([`api`]). The pages' models are built by
//! plain functions in [`model`].

pub mod api;
pub mod model;
pub mod pages;

use axum::routing::get;

use crate::layout::NavLink;
use crate::routes::PublicRoute;

/// The treaty tracker's routes: public, cached.
pub fn routes() -> Vec<PublicRoute> {
    let r = PublicRoute::cached_get;
    vec![
        r("/", "/", || get(pages::home)),
        r("/instruments/{code}", "/instruments/tip", || {
            get(pages::instrument)
        }),
        r("/countries", "/countries", || get(pages::countries)),
        r("/countries/{iso3}", "/countries/ITA", || {
            get(pages::country)
        }),
        r("/api/v1/openapi.json", "/api/v1/openapi.json", || {
            get(api::openapi)
        }),
        r("/api/v1/instruments", "/api/v1/instruments", || {
            get(api::instruments)
        }),
        r(
            "/api/v1/instruments/{code}",
            "/api/v1/instruments/tip",
            || get(api::instrument),
        ),
        r(
            "/api/v1/instruments/{code}/participants",
            "/api/v1/instruments/tip/participants",
            || get(api::participants),
        ),
        r("/api/v1/countries", "/api/v1/countries", || {
            get(api::countries)
        }),
        r("/api/v1/countries/{iso3}", "/api/v1/countries/ITA", || {
            get(api::country)
        }),
    ]
}

/// The treaty tracker's links in the main navigation.
pub const NAV: &[NavLink] = &[
    NavLink {
        href: "/",
        key: "nav-dashboard",
    },
    NavLink {
        href: "/instruments/untoc",
        key: "nav-convention",
    },
    NavLink {
        href: "/instruments/tip",
        key: "nav-tip",
    },
    NavLink {
        href: "/instruments/som",
        key: "nav-som",
    },
    NavLink {
        href: "/instruments/firearms",
        key: "nav-firearms",
    },
    NavLink {
        href: "/countries",
        key: "nav-countries",
    },
];
