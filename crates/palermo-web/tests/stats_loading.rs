//! The data hub's statistics are loaded once per import, in the background,
//! whatever the number of requests: a burst of requests after an import used
//! to load every statistics row once per request (memory rose to gigabytes
//! and reads stalled while a loop of imports ran), then to wait for the one
//! reload. Requests are now answered from the previous copy while the next
//! one loads; the previous copy is released once the next one is in place,
//! so memory returns to its idle level.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use palermo_import::glotip::{GlotipOptions, GlotipReader};
use palermo_store::stats::NullSink;
use palermo_store::Store;
use palermo_web::data::cache::DatahubCache;

const HEADER: &str = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n";

/// Imports `n` detected-victim counts for Moldova (years 2000 + i) as
/// dataset `d`, replacing the previous import.
async fn import(store: &Store, n: usize) {
    let idx = store.country_index().await.unwrap();
    let mut text = HEADER.to_owned();
    for i in 0..n {
        text.push_str(&format!(
            "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,{},Counts,{},GLOTIP\n",
            2000 + i,
            10 + i
        ));
    }
    let rows = GlotipReader::new("t.csv", text.as_bytes(), &idx, GlotipOptions::default())
        .unwrap()
        .collect::<Vec<_>>();
    store
        .import_statistics(
            "d",
            "t.csv",
            rows.into_iter(),
            // Later imports are smaller on purpose: forced past the shrink guard.
            palermo_store::stats::ImportMode {
                strict: false,
                force: true,
            },
            &mut NullSink::default(),
        )
        .await
        .unwrap();
}

/// 32 requests at once, as after an import.
async fn burst(cache: &Arc<DatahubCache>, store: &Store) -> Vec<usize> {
    let tasks: Vec<_> = (0..32)
        .map(|_| {
            let (cache, store) = (Arc::clone(cache), store.clone());
            tokio::spawn(async move { cache.stats(&store).await.unwrap().len() })
        })
        .collect();
    let mut lens = Vec::new();
    for t in tasks {
        lens.push(t.await.unwrap());
    }
    lens
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_load_per_import_shared_by_every_waiter() {
    // a file database, as served: a pool of connections, so that the
    // waiting requests really run side by side
    let dir = std::env::temp_dir().join(format!("palermo-stats-loading-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("palermo.db")).await.unwrap();
    let cache = Arc::new(DatahubCache::default());
    // the bundled GLOTIP table: 46,556 cells, a load that takes a while
    store.seed_statistics().await.unwrap();
    let lens = burst(&cache, &store).await;
    assert!(lens.iter().all(|&n| n == 46_556), "{lens:?}");
    assert_eq!(cache.stat_loads(), 1, "one load for 32 waiting requests");
    // cached while nothing changes
    burst(&cache, &store).await;
    assert_eq!(cache.stat_loads(), 1);
    // a new import: the burst is answered from the previous copy at once,
    // while one reload runs; then everyone sees the new rows
    import(&store, 7).await;
    let lens = burst(&cache, &store).await;
    assert!(lens.iter().all(|&n| n == 46_556), "{lens:?}");
    cache.reloaded().await;
    let lens = burst(&cache, &store).await;
    assert!(lens.iter().all(|&n| n == 46_556 + 7), "{lens:?}");
    assert_eq!(cache.stat_loads(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_previous_imports_rows_are_released() {
    let store = Store::open_in_memory().await.unwrap();
    let cache = Arc::new(DatahubCache::default());
    import(&store, 20).await;
    let old = Arc::downgrade(&cache.stats(&store).await.unwrap());
    assert!(old.upgrade().is_some(), "held by the cache");
    import(&store, 5).await;
    // answered from the previous copy while the next one loads
    assert_eq!(cache.stats(&store).await.unwrap().len(), 20);
    cache.reloaded().await;
    let new = cache.stats(&store).await.unwrap();
    assert_eq!(new.len(), 5);
    assert!(old.upgrade().is_none(), "the old rows are no longer held");
}

/// A reader never waits for a reload: while the next copy loads (here the
/// reload is held back until the test lets it go), every request is
/// answered at once from the previous copy, and is told that the copy is
/// not current (so that the response cache does not keep what it renders).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readers_are_answered_from_the_previous_copy_while_the_next_one_loads() {
    let store = Store::open_in_memory().await.unwrap();
    let cache = Arc::new(DatahubCache::default());
    import(&store, 20).await;
    let first = cache.snapshot(&store).await.unwrap();
    assert!(first.current);
    assert_eq!(first.records.len(), 20);
    import(&store, 5).await;
    let hold = cache.hold_reloads().await;
    let answered = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        let mut lens = Vec::new();
        for _ in 0..10 {
            let s = cache.snapshot(&store).await.unwrap();
            lens.push((s.records.len(), s.current));
        }
        lens
    })
    .await
    .expect("readers waited for the reload");
    assert!(answered.iter().all(|&l| l == (20, false)), "{answered:?}");
    drop(hold);
    // the reload starts with the next request and is shared
    cache.stats(&store).await.unwrap();
    cache.reloaded().await;
    let s = cache.snapshot(&store).await.unwrap();
    assert!(s.current);
    assert_eq!(s.records.len(), 5);
    assert_eq!(cache.stat_loads(), 2);
}

async fn get(app: &axum::Router, path: &str) -> String {
    use tower::ServiceExt;
    let res = app
        .clone()
        .oneshot(
            axum::http::Request::get(path)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{path}");
    String::from_utf8(
        axum::body::to_bytes(res.into_body(), 10 << 20)
            .await
            .unwrap()
            .to_vec(),
    )
    .unwrap()
}

/// A served file database (the response cache needs SQLite's data
/// version) in a fresh directory: the directory, the file, the state and
/// the application.
async fn served(
    name: &str,
) -> (
    std::path::PathBuf,
    std::path::PathBuf,
    palermo_web::AppState,
    axum::Router,
) {
    let dir = std::env::temp_dir().join(format!("palermo-stats-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("palermo.db");
    let state = palermo_web::AppState::new(Store::open(&db).await.unwrap(), Default::default());
    let app = palermo_web::router_for(state.clone());
    (dir, db, state, app)
}

/// End to end, on a served file database: after an import by another
/// process the indicators may be answered from the previous copy for as
/// long as the reload takes, and then show the new rows: an answer built
/// from the previous copy is kept by the response cache only while that
/// copy is in hand (kept longer, it would have shown the old figures until
/// the next import).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_reload_the_api_shows_the_new_import() {
    let (dir, db, state, app) = served("served").await;
    let path = "/api/v1/statistics/indicators?country=MDA&by=year";
    import(&Store::open(&db).await.unwrap(), 3).await;
    let before = get(&app, path).await;
    assert!(
        before.contains("2002") && !before.contains("2004"),
        "{before}"
    );
    // another process imports five years
    import(&Store::open(&db).await.unwrap(), 5).await;
    for _ in 0..3 {
        tokio::time::sleep(palermo_web::cache::CHECK_INTERVAL * 2).await;
        // perhaps from the previous copy, while the reload runs
        get(&app, path).await;
        state.datahub.reloaded().await;
    }
    let after = get(&app, path).await;
    assert!(after.contains("2004"), "{after}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// After an import of statistics by another process, the pages that read
/// the statistics are answered from the response cache until the new copy
/// is in hand (a render could only give the same page, from the copy in
/// hand: under an import loop every /data was rendered twice per import,
/// and /data is the costliest render), while a treaty page is rendered
/// again; once the new copy is in hand, the statistics pages show it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_an_import_statistics_pages_wait_for_the_new_copy_in_the_cache() {
    let (dir, db, state, app) = served("kept").await;
    let path = "/api/v1/statistics/indicators?country=MDA&by=year";
    import(&Store::open(&db).await.unwrap(), 3).await;
    let before = get(&app, path).await;
    get(&app, "/instruments/tip").await;
    let rendered = state.cache.rendered();
    // the reload is held back: the copy in hand stays the previous one
    let hold = state.datahub.hold_reloads().await;
    import(&Store::open(&db).await.unwrap(), 5).await;
    tokio::time::sleep(palermo_web::cache::CHECK_INTERVAL * 2).await;
    assert_eq!(get(&app, path).await, before);
    get(&app, "/instruments/tip").await;
    assert_eq!(
        state.cache.rendered(),
        rendered + 1,
        "the treaty page only is rendered again"
    );
    drop(hold);
    state.datahub.snapshot(&state.store).await.unwrap();
    state.datahub.reloaded().await;
    let after = get(&app, path).await;
    assert!(after.contains("2004"), "{after}");
    assert_eq!(state.cache.rendered(), rendered + 2);
    let _ = std::fs::remove_dir_all(&dir);
}
