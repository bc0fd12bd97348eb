//! The two routers, proven by HTTP requests over every route of the one
//! registry the application is built from (`palermo_web::routes::registry`):
//!
//! * no public route reads or sets a cookie: each is asked with a session
//!   cookie and without one, and answers the same, with no `Set-Cookie`;
//!   a public handler written to read the cookie and set one (the attack a
//!   careless handler would make) gets no cookie and sets none;
//! * no private route is served from or stored in the response cache:
//!   each answers `Cache-Control: no-store`, leaves the cache as it was,
//!   and answers two users differently (a handler that echoes who asked).
//!
//! The probes are mounted exactly as the feature modules' routes are, by
//! adding a `Route` to the registry; every route added to the registry
//! later (the accounts and admin pages) is walked the same way.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::{to_bytes, Body};
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use palermo_store::Store;
use palermo_web::routes::{PrivateRoute, PublicRoute, Registry};
use palermo_web::AppState;
use tower::ServiceExt;

/// What a handler sees of the cookie, and a cookie it tries to set.
async fn echo_cookie(headers: HeaderMap) -> impl IntoResponse {
    let seen = headers
        .get(header::COOKIE)
        .map(|v| v.to_str().unwrap_or("?").to_owned())
        .unwrap_or_else(|| "no cookie".into());
    (
        [(header::SET_COOKIE, "palermo_session=planted; Path=/")],
        seen,
    )
}

fn registry_with_probes() -> Registry {
    let mut reg = palermo_web::routes::registry();
    reg.public.push(PublicRoute {
        path: "/test/public-probe",
        methods: &[Method::GET],
        example: "/test/public-probe",
        cached: true,
        handler: || get(echo_cookie),
    });
    reg.private.push(PrivateRoute {
        path: "/test/private-probe",
        methods: &[Method::GET],
        example: "/test/private-probe",
        cached: false,
        handler: || get(echo_cookie),
    });
    reg
}

/// A served database (a file: the cache works only with SQLite's
/// data_version), its state and the application.
async fn app(name: &str, reg: &Registry) -> (axum::Router, AppState, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("palermo-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("palermo.db")).await.unwrap();
    let state = AppState::new(store, Default::default());
    (palermo_web::app(state.clone(), reg), state, dir)
}

async fn send(
    app: &axum::Router,
    method: &Method,
    uri: &str,
    cookie: Option<&str>,
) -> (StatusCode, HeaderMap, String) {
    let mut req = Request::builder().method(method.clone()).uri(uri);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), 10 << 20).await.unwrap();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_public_route_reads_or_sets_a_cookie() {
    let reg = registry_with_probes();
    let (app, _state, dir) = app("routers-public", &reg).await;
    let mut walked = 0;
    for route in &reg.public {
        for method in route.methods {
            let with = send(&app, method, route.example, Some("palermo_session=stolen")).await;
            let without = send(&app, method, route.example, None).await;
            assert!(
                !with.1.contains_key(header::SET_COOKIE)
                    && !without.1.contains_key(header::SET_COOKIE),
                "{method} {} sets a cookie",
                route.example
            );
            assert_eq!(
                (with.0, &with.2),
                (without.0, &without.2),
                "{method} {} answers differently with a session cookie",
                route.example
            );
            assert_ne!(
                with.1.get(header::CACHE_CONTROL).map(|v| v.as_bytes()),
                Some(&b"no-store"[..]),
                "{method} {} is served as private",
                route.example
            );
            walked += 1;
        }
    }
    assert!(walked >= 20, "only {walked} public routes walked");
    // The handler that tries: it got no cookie.
    let (s, _, body) = send(
        &app,
        &Method::GET,
        "/test/public-probe",
        Some("palermo_session=stolen"),
    )
    .await;
    assert_eq!((s, body.as_str()), (StatusCode::OK, "no cookie"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_private_route_is_served_from_or_kept_in_the_cache() {
    let reg = registry_with_probes();
    let (app, state, dir) = app("routers-private", &reg).await;
    // The measurement can see caching: a public page is kept.
    assert_eq!(send(&app, &Method::GET, "/", None).await.0, StatusCode::OK);
    let kept = state.cache.len();
    assert!(kept >= 1, "the public dashboard was not cached");
    assert!(!reg.private.is_empty());
    for route in &reg.private {
        for method in route.methods {
            let a = send(&app, method, route.example, Some("palermo_session=alice")).await;
            let b = send(&app, method, route.example, Some("palermo_session=bob")).await;
            for (who, r) in [("alice", &a), ("bob", &b)] {
                assert_eq!(
                    r.1.get(header::CACHE_CONTROL).map(|v| v.to_str().unwrap()),
                    Some("no-store"),
                    "{method} {} for {who}",
                    route.example
                );
            }
            assert_eq!(
                state.cache.len(),
                kept,
                "{method} {} was kept in the response cache",
                route.example
            );
        }
    }
    // Two users, two answers: bob is not served alice's page.
    let a = send(
        &app,
        &Method::GET,
        "/test/private-probe",
        Some("palermo_session=alice"),
    )
    .await;
    let b = send(
        &app,
        &Method::GET,
        "/test/private-probe",
        Some("palermo_session=bob"),
    )
    .await;
    assert_eq!(a.2, "palermo_session=alice");
    assert_eq!(b.2, "palermo_session=bob");
    // A private route may set its session cookie.
    assert!(b.1.contains_key(header::SET_COOKIE));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every route of the registry is served: none answers the 404 of an
/// unknown path (the fallback), so the registry and the routers agree.
#[tokio::test]
async fn every_registered_route_is_served() {
    let reg = palermo_web::routes::registry();
    let (app, _state, dir) = app("routers-served", &reg).await;
    let fallback = send(&app, &Method::GET, "/no/such/page", None).await.2;
    for route in &reg.public {
        for method in route.methods {
            let (_, _, body) = send(&app, method, route.example, None).await;
            assert_ne!(body, fallback, "{method} {}", route.example);
            assert!(
                !body.contains("There is no page at"),
                "{method} {} fell through to the fallback",
                route.example
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
