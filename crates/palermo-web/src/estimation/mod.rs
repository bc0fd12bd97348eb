//! Multiple systems estimation on the web: a page where a table is pasted
//! or uploaded (`GET`/`POST /mse`) and the JSON endpoint `POST /api/v1/mse`.
//!
//! Both run [`palermo_mse::estimate()`] on a blocking thread and show every
//! method side by side, never one number alone: model choice dominates the
//! uncertainty of these estimates. A [`Gate`] bounds the work: a fair
//! queue admits [`Limits::concurrent`] estimations, taking waiting clients
//! in turn (others wait [`Limits::wait`], then 503; a client with
//! [`Limits::per_client`] requests already waiting or running gets 429),
//! each within [`Limits::timeout`] (then 422) and cancelled when its
//! request is dropped; tables are capped at [`Limits::max_lists`] lists
//! and [`Limits::max_bootstrap`] replicates, bodies at [`MAX_BODY_BYTES`]. The page works without JavaScript (paste
//! the table); a few lines of script (`upload.js`, served as
//! `/static/mse-upload.js`) let a file be chosen instead.

//!
//! * [`gate`]: the work limits and the fair queue;
//! * [`request`]: a request to estimate, checked and run;
//! * [`messages`]: the engine's typed errors as text in a language;
//! * [`page`]: the page and its results;
//! * [`api`]: `POST /api/v1/mse`;
//! * [`chart`]: the comparison chart.

pub mod api;
pub mod chart;
pub mod gate;
pub mod messages;
pub mod page;
pub mod request;

use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{get, post};

use crate::layout::NavLink;
use crate::routes::PublicRoute;

/// Largest table accepted (bytes of CSV).
pub const MAX_TABLE_BYTES: usize = 1 << 20;
/// Largest request body accepted by `/mse` and `/api/v1/mse` (a 1 MiB table
/// grows when the form URL-encodes it).
pub const MAX_BODY_BYTES: usize = 4 << 20;
/// Largest number of bootstrap replicates accepted from the web.
pub const MAX_BOOTSTRAP: usize = 1000;
/// Most lists accepted from the web (2^12 = 4,096 cells).
pub const MAX_WEB_LISTS: usize = 12;

/// Routes: the page and the API endpoint, public and not cached (they are
/// POSTs or a static form). Bodies up to [`MAX_BODY_BYTES`]; larger ones
/// get the page's own error (HTML for the form, JSON for the API).
pub fn routes() -> Vec<PublicRoute> {
    vec![
        PublicRoute {
            path: "/mse",
            methods: &[Method::GET, Method::POST],
            example: "/mse",
            cached: false,
            handler: || {
                get(page::form_page)
                    .post(page::form_submit)
                    .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
            },
        },
        PublicRoute {
            path: "/api/v1/mse",
            methods: &[Method::POST],
            example: "/api/v1/mse",
            cached: false,
            handler: || post(api::api).layer(DefaultBodyLimit::max(MAX_BODY_BYTES)),
        },
        PublicRoute {
            path: "/static/mse-upload.js",
            methods: &[Method::GET],
            example: "/static/mse-upload.js",
            cached: false,
            handler: || {
                get(|| async {
                    crate::assets::asset(
                        "text/javascript; charset=utf-8",
                        include_str!("upload.js"),
                    )
                })
            },
        },
    ]
}

/// The estimation page's link in the main navigation.
pub const NAV: &[NavLink] = &[NavLink {
    href: "/mse",
    key: "nav-mse",
}];
