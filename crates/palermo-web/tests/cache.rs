//! Cached pages follow the data: a change committed by another process
//! (here another `Store` on the same file, as `palermo treaty import` would
//! be) shows once the cache has checked the data version again.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::{to_bytes, Body};
use axum::http::Request;
use palermo_model::treaty::Consent;
use palermo_model::{ConsentType, Instrument};
use palermo_store::Store;
use tower::ServiceExt;

async fn body(app: &axum::Router, path: &str) -> String {
    let res = app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    String::from_utf8(to_bytes(res.into_body(), 10 << 20).await.unwrap().to_vec()).unwrap()
}

/// Through `other`: a snapshot of 2016-01-01 in which the Republic of
/// Korea has ratified the Protocol (its ratification of 2015-11-05), the
/// 160th party.
async fn korea_ratifies(other: &Store) {
    let mut rows = other.treaty_status(Some(Instrument::Tip)).await.unwrap();
    let korea = rows
        .iter_mut()
        .find(|r| r.iso3.as_deref() == Some("KOR"))
        .unwrap();
    korea.consent = Some(Consent {
        date: time::macros::date!(2015 - 11 - 05),
        kind: ConsentType::Ratification,
    });
    other
        .import_treaty_status(
            Instrument::Tip,
            time::macros::date!(2016 - 01 - 01),
            "test",
            &rows,
            Default::default(),
        )
        .await
        .unwrap();
}

/// `served` behind the router, `other` a second store on the same database
/// (another process, another server instance): a change through `other`
/// shows in `served`'s cached page once the cache checked again.
async fn a_change_elsewhere_shows(served: Store, other: Store) {
    let app = palermo_web::router(served);
    assert!(body(&app, "/instruments/tip")
        .await
        .contains("<strong>159</strong> parties"));
    assert!(body(&app, "/instruments/tip")
        .await
        .contains("<strong>159</strong> parties"));

    korea_ratifies(&other).await;

    tokio::time::sleep(palermo_web::cache::CHECK_INTERVAL * 2).await;
    let page = body(&app, "/instruments/tip").await;
    assert!(page.contains("<strong>160</strong> parties"));
    assert!(page.contains("as at Jan 1, 2016"));
}

#[tokio::test]
async fn pages_change_when_the_data_change() {
    let dir = std::env::temp_dir().join(format!("palermo-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("palermo.db");
    a_change_elsewhere_shows(
        Store::open(&db).await.unwrap(),
        Store::open(&db).await.unwrap(),
    )
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// Two server instances on one PostgreSQL database: the change counter,
/// written in the import's transaction, invalidates the other's cache.
#[tokio::test]
async fn on_postgres_a_change_through_another_instance_shows() {
    let Some(pg) = palermo_store::testing::postgres().await else {
        return;
    };
    let other = Store::connect(pg.url.as_deref().unwrap()).await.unwrap();
    a_change_elsewhere_shows(pg.store.clone(), other).await;
}

/// The bound, through the served instance's listener: a change
/// committed through another instance shows in the served instance's
/// cached page within one second, and the served instance learnt of it
/// from PostgreSQL's notification (it is listening, so it read no counter).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgres_another_instances_change_shows_within_a_second() {
    let Some(pg) = palermo_store::testing::postgres().await else {
        return;
    };
    let served = pg.store.clone();
    let other = Store::connect(pg.url.as_deref().unwrap()).await.unwrap();
    let app = palermo_web::router(served.clone());
    assert!(body(&app, "/instruments/tip")
        .await
        .contains("<strong>159</strong> parties"));
    let t = std::time::Instant::now();
    while !served.listening_for_changes() {
        assert!(
            t.elapsed() < std::time::Duration::from_secs(5),
            "no listener"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    // Cached now.
    assert!(body(&app, "/instruments/tip")
        .await
        .contains("<strong>159</strong> parties"));
    korea_ratifies(&other).await;
    let committed = std::time::Instant::now();
    loop {
        let page = body(&app, "/instruments/tip").await;
        if page.contains("<strong>160</strong> parties") {
            break;
        }
        assert!(
            committed.elapsed() < std::time::Duration::from_secs(1),
            "the served instance still shows the old page a second after the change"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(served.listening_for_changes());
}

#[tokio::test]
async fn file_databases_report_a_data_version() {
    let dir = std::env::temp_dir().join(format!("palermo-cache-v-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("palermo.db")).await.unwrap();
    let v = store.data_version().await;
    assert!(matches!(v, Ok(Some(_))), "{v:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A response rendered from data the source says are not current (the
/// statistics' previous copy while the next one loads) is kept only while
/// that copy is in hand, and at most `PROVISIONAL`: kept longer, it would
/// outlive the reload and show the old figures until the next import; not
/// kept at all, every request during a reload would render it again.
#[tokio::test]
async fn a_response_from_data_not_current_is_kept_only_while_that_copy_is_in_hand() {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    let dir = std::env::temp_dir().join(format!("palermo-cache-nc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("palermo.db")).await.unwrap();
    let state = palermo_web::AppState::new(store, Default::default());
    let renders = Arc::new(AtomicUsize::new(0));
    let stale = Arc::new(AtomicBool::new(true));
    let (r, s) = (Arc::clone(&renders), Arc::clone(&stale));
    let app = axum::Router::new()
        .route(
            "/page",
            axum::routing::get(move || {
                let (r, s) = (Arc::clone(&r), Arc::clone(&s));
                async move {
                    r.fetch_add(1, Ordering::SeqCst);
                    if s.load(Ordering::SeqCst) {
                        palermo_web::cache::not_current();
                    }
                    "a page"
                }
            }),
        )
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            palermo_web::cache::layer,
        ))
        .with_state(state.clone());
    let renders_now = || renders.load(Ordering::SeqCst);
    for _ in 0..3 {
        assert_eq!(body(&app, "/page").await, "a page");
    }
    assert_eq!(renders_now(), 1, "kept while the copy is in hand");
    // an import, and a new copy of the statistics in hand: rendered again
    let idx = state.store.country_index().await.unwrap();
    let csv = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\nMDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,10,GLOTIP\n";
    let rows = palermo_import::glotip::GlotipReader::new(
        "t.csv",
        csv.as_bytes(),
        &idx,
        Default::default(),
    )
    .unwrap();
    state
        .store
        .import_statistics(
            "d",
            "t.csv",
            rows,
            palermo_store::stats::ImportMode::default(),
            &mut palermo_store::stats::NullSink::default(),
        )
        .await
        .unwrap();
    state.datahub.snapshot(&state.store).await.unwrap();
    state.datahub.reloaded().await;
    assert_eq!(body(&app, "/page").await, "a page");
    assert_eq!(renders_now(), 2);
    // at most PROVISIONAL, even if no new copy comes (a failed reload)
    stale.store(false, Ordering::SeqCst);
    body(&app, "/page").await;
    assert_eq!(renders_now(), 2);
    tokio::time::sleep(palermo_web::cache::PROVISIONAL).await;
    body(&app, "/page").await;
    assert_eq!(renders_now(), 3);
    // rendered from current data, it is kept as any page
    tokio::time::sleep(palermo_web::cache::PROVISIONAL).await;
    for _ in 0..3 {
        body(&app, "/page").await;
    }
    assert_eq!(renders_now(), 3);
    assert_eq!(state.cache.len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

/// After a change, the one request that renders a page again does not
/// hold the others up: while its render is under way they are given the
/// answer it replaces, at once (under an import loop, every reader used to
/// queue behind every page's render: `bench/abuse.sh` scenario 2); once it
/// is done, the new one. And never an answer older than
/// `STALE_WHILE_RENDERING`: past it, a request waits for the new answer.
#[tokio::test]
async fn while_a_page_is_rendered_again_the_others_get_the_answer_it_replaces() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::Duration;
    let dir = std::env::temp_dir().join(format!("palermo-cache-swr-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("palermo.db")).await.unwrap();
    let state = palermo_web::AppState::new(store, Default::default());
    let renders = Arc::new(AtomicUsize::new(0));
    // Every render after the first waits for a permit.
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let (r, g) = (Arc::clone(&renders), Arc::clone(&gate));
    let app = axum::Router::new()
        .route(
            "/page",
            axum::routing::get(move || {
                let (r, g) = (Arc::clone(&r), Arc::clone(&g));
                async move {
                    let n = r.fetch_add(1, Ordering::SeqCst) + 1;
                    if n > 1 {
                        g.acquire().await.unwrap().forget();
                    }
                    format!("render {n}")
                }
            }),
        )
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            palermo_web::cache::layer,
        ))
        .with_state(state.clone());
    let started = |n: usize| {
        let renders = Arc::clone(&renders);
        async move {
            while renders.load(Ordering::SeqCst) < n {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
    };
    let wait = Duration::from_secs(10);
    assert_eq!(body(&app, "/page").await, "render 1");

    // A change: the next request renders again, and is held in its render.
    korea_ratifies(&state.store).await;
    tokio::time::sleep(palermo_web::cache::CHECK_INTERVAL * 2).await;
    let a = tokio::spawn({
        let app = app.clone();
        async move { body(&app, "/page").await }
    });
    tokio::time::timeout(wait, started(2)).await.unwrap();
    // Meanwhile another request is answered at once, from the answer set aside.
    let b = tokio::time::timeout(wait, body(&app, "/page")).await;
    assert_eq!(b.ok().as_deref(), Some("render 1"), "waited for the render");
    gate.add_permits(1);
    assert_eq!(a.await.unwrap(), "render 2");
    assert_eq!(body(&app, "/page").await, "render 2");
    assert_eq!(
        renders.load(Ordering::SeqCst),
        2,
        "rendered once per change"
    );

    // Past the bound, nothing set aside is given: a request waits.
    let mut rows = state
        .store
        .treaty_status(Some(Instrument::Tip))
        .await
        .unwrap();
    rows.retain(|r| r.iso3.as_deref() != Some("KOR") || r.consent.is_some());
    state
        .store
        .import_treaty_status(
            Instrument::Tip,
            time::macros::date!(2016 - 02 - 01),
            "test",
            &rows,
            Default::default(),
        )
        .await
        .unwrap();
    tokio::time::sleep(palermo_web::cache::CHECK_INTERVAL * 2).await;
    let c = tokio::spawn({
        let app = app.clone();
        async move { body(&app, "/page").await }
    });
    tokio::time::timeout(wait, started(3)).await.unwrap();
    tokio::time::sleep(palermo_web::cache::STALE_WHILE_RENDERING).await;
    let d = tokio::time::timeout(Duration::from_millis(300), body(&app, "/page")).await;
    assert!(d.is_err(), "an answer past the bound was given: {d:?}");
    gate.add_permits(2);
    assert_eq!(c.await.unwrap(), "render 3");
    let _ = std::fs::remove_dir_all(&dir);
}
