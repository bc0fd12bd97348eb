//! The data hub's statistics and population table, loaded from the store
//! once per import and shared by every request.

use std::sync::{Arc, Mutex};

use palermo_model::indicator::PopulationTable;
use palermo_model::stats::StatRecord;

use crate::error::WebError;

/// Statistics loaded from the store, reloaded when an import changes them.
/// (Case records are never loaded here: public case tables come from
/// stored releases, [`crate::data::releases`].)
#[derive(Debug, Default)]
pub struct DatahubCache {
    stats: Mutex<Option<(i64, Arc<Vec<StatRecord>>)>>,
    /// One load of the statistics at a time: the requests that find the
    /// cached copy out of date wait for that one load and share it.
    stats_loading: tokio::sync::Mutex<()>,
    /// Loads of the statistics from the store so far.
    stat_loads: std::sync::atomic::AtomicU64,
    population: Mutex<Option<Arc<PopulationTable>>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl DatahubCache {
    /// Every statistics cell (all datasets), loaded once per import.
    ///
    /// A request that finds the copy current takes it at once. Otherwise it
    /// waits for the one load under way (or starts it) and shares its
    /// result: a burst of requests after an import reads the rows once,
    /// not once per request. The old copy is dropped before the new one is
    /// read, so at most one copy is held by the cache (plus any a running
    /// request still uses).
    ///
    /// # Errors
    /// Database errors, as [`WebError::Internal`].
    pub async fn stats(
        &self,
        store: &palermo_store::Store,
    ) -> Result<Arc<Vec<StatRecord>>, WebError> {
        let g = store.statistics_generation().await?;
        if let Some(v) = self.current_stats(g) {
            return Ok(v);
        }
        let _loading = self.stats_loading.lock().await;
        // Another waiter may have loaded it meanwhile.
        let g = store.statistics_generation().await?;
        if let Some(v) = self.current_stats(g) {
            return Ok(v);
        }
        *lock(&self.stats) = None;
        self.stat_loads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let v = Arc::new(store.stat_records(None).await?);
        *lock(&self.stats) = Some((g, Arc::clone(&v)));
        Ok(v)
    }

    fn current_stats(&self, generation: i64) -> Option<Arc<Vec<StatRecord>>> {
        lock(&self.stats)
            .as_ref()
            .filter(|(g, _)| *g == generation)
            .map(|(_, v)| Arc::clone(v))
    }

    /// How many times the statistics were read from the store (once per
    /// import seen; for tests and load measurements).
    pub fn stat_loads(&self) -> u64 {
        self.stat_loads.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The population table.
    pub async fn population(
        &self,
        store: &palermo_store::Store,
    ) -> Result<Arc<PopulationTable>, WebError> {
        if let Some(p) = lock(&self.population).as_ref() {
            return Ok(Arc::clone(p));
        }
        let p = Arc::new(store.population_table().await?);
        *lock(&self.population) = Some(Arc::clone(&p));
        Ok(p)
    }
}
