//! The data hub's statistics are loaded once per import, by one request,
//! whatever the number waiting: a burst of requests after an import used to
//! load every statistics row once per request (memory rose to gigabytes and
//! reads stalled while a loop of imports ran). And the copy of the previous
//! import is released, so memory returns to its idle level.

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
    // a new import: again one load, and everyone sees the new rows
    import(&store, 7).await;
    let lens = burst(&cache, &store).await;
    assert!(lens.iter().all(|&n| n == 46_556 + 7), "{lens:?}");
    assert_eq!(cache.stat_loads(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_previous_imports_rows_are_released() {
    let store = Store::open_in_memory().await.unwrap();
    let cache = DatahubCache::default();
    import(&store, 20).await;
    let old = Arc::downgrade(&cache.stats(&store).await.unwrap());
    assert!(old.upgrade().is_some(), "held by the cache");
    import(&store, 5).await;
    let new = cache.stats(&store).await.unwrap();
    assert_eq!(new.len(), 5);
    assert!(old.upgrade().is_none(), "the old rows are no longer held");
}
