//! Static assets compiled into the binary (no CDN), served under
//! `/static/` with a cache lifetime: the stylesheet and the scripts of
//! progressive enhancement. Pages hold no inline style or script, so the
//! content security policy needs no `'unsafe-inline'`.

use axum::http::{header, Method};
use axum::response::IntoResponse;
use axum::routing::get;

use crate::routes::PublicRoute;

/// How long a browser may keep an asset: an hour.
pub const CACHE_CONTROL: &str = "public, max-age=3600";

/// A static asset: its content type and bytes, with [`CACHE_CONTROL`].
pub fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, CACHE_CONTROL),
        ],
        body,
    )
}

/// The asset routes (public, not in the response cache: they carry their
/// own cache lifetime).
pub fn routes() -> Vec<PublicRoute> {
    vec![PublicRoute {
        path: "/static/style.css",
        methods: &[Method::GET],
        example: "/static/style.css",
        cached: false,
        handler: || {
            get(|| async {
                asset(
                    "text/css; charset=utf-8",
                    include_str!("../static/style.css"),
                )
            })
        },
    }]
}
