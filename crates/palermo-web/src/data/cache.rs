//! The data hub's statistics and population table, loaded from the store
//! once per import and shared by every request. The statistics are held
//! indexed ([`StatIndex`]: by indicator, dimension, sex, age and area,
//! built once per copy), so that an uncached request reads only the cells
//! its figures can select.

use std::sync::{Arc, Mutex};

use palermo_model::indicator::index::StatIndex;
use palermo_model::indicator::PopulationTable;

use crate::error::WebError;

/// Statistics loaded from the store, reloaded when an import changes them.
/// (Case records are never loaded here: public case tables come from
/// stored releases, [`crate::data::releases`].)
///
/// **Readers never wait for a reload.** After an import, requests are
/// answered from the copy in hand while one reload, in the background,
/// reads the next one (readers wait only for the very first load, when
/// there is no copy yet). So an import loop beside the server costs the
/// readers nothing but the reload's share of the cores, and the memory held
/// is at most two copies (the one served and the one loading) plus what
/// requests still running on an older copy hold. A response built from a
/// copy that is not current is kept by the response cache only while that
/// copy is in hand ([`crate::cache::not_current`]).
#[derive(Debug, Default)]
pub struct DatahubCache {
    /// The copy in hand: the statistics generation it was read at, the
    /// cells, and where each dataset's cells are among them.
    stats: Mutex<Option<Held>>,
    /// Held by the one load under way (the first one, waited for, or a
    /// reload in the background).
    loading: Arc<tokio::sync::Mutex<()>>,
    /// Loads of the statistics from the store so far.
    stat_loads: std::sync::atomic::AtomicU64,
    /// Copies put in hand so far (see [`DatahubCache::copies`]).
    copies: std::sync::atomic::AtomicU64,
    /// The statistics generation last read, and the data version it was
    /// read at (see [`DatahubCache::snapshot_at`]).
    known: Mutex<Option<(i64, i64)>>,
    population: Mutex<Option<Arc<PopulationTable>>>,
}

/// The copy in hand.
#[derive(Debug)]
struct Held {
    /// The statistics generation it was read at (the largest dataset's).
    generation: i64,
    index: Arc<StatIndex>,
    /// Each dataset's generation and cells (a range of `index`'s records),
    /// in the store's order.
    parts: Vec<Part>,
}

/// One dataset's cells in a copy.
#[derive(Debug, Clone)]
struct Part {
    dataset: String,
    generation: i64,
    cells: std::ops::Range<usize>,
}

/// The cells of `dataset` in the copy `before` (its index and parts) if
/// they are of `generation`.
fn unchanged<'a>(
    before: Option<&'a (Arc<StatIndex>, Vec<Part>)>,
    dataset: &str,
    generation: i64,
) -> Option<&'a [palermo_model::stats::StatRecord]> {
    let (index, parts) = before?;
    let p = parts
        .iter()
        .find(|p| p.dataset == dataset && p.generation == generation)?;
    index.records().get(p.cells.clone())
}

/// The statistics a request is answered from.
#[derive(Debug, Clone)]
pub struct StatsSnapshot {
    /// Every statistics cell (all datasets), indexed.
    pub records: Arc<StatIndex>,
    /// Whether these are the stored cells now (false while the copy of a
    /// newer import loads).
    pub current: bool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl DatahubCache {
    /// Every statistics cell (all datasets): the copy in hand, see
    /// [`DatahubCache::snapshot`]. A response built from it while it is
    /// not current is marked so that the response cache keeps it only
    /// while this copy is in hand.
    ///
    /// # Errors
    /// Database errors, as [`WebError::Internal`].
    pub async fn stats(
        self: &Arc<Self>,
        store: &palermo_store::Store,
    ) -> Result<Arc<StatIndex>, WebError> {
        let s = self.snapshot(store).await?;
        crate::cache::reads_statistics();
        if !s.current {
            crate::cache::not_current();
        }
        Ok(s.records)
    }

    /// The copy in hand and whether it is current. When an import has
    /// changed the statistics since it was read, a reload starts in the
    /// background (one at a time: a request that finds one under way does
    /// not start another) and the copy in hand is returned at once. Only
    /// when there is no copy yet does the request wait, for the one first
    /// load that every waiting request shares.
    ///
    /// # Errors
    /// Database errors, as [`WebError::Internal`].
    pub async fn snapshot(
        self: &Arc<Self>,
        store: &palermo_store::Store,
    ) -> Result<StatsSnapshot, WebError> {
        self.snapshot_at(store, crate::cache::data_version()).await
    }

    /// [`DatahubCache::snapshot`] as of the database's data `version` as
    /// the response cache saw it last ([`crate::cache::data_version`]):
    /// while it is the version the statistics generation was last read
    /// at, the generation is not read again (the statistics cannot have
    /// changed without the data version changing), so that a render asks
    /// the database nothing about the statistics. `None`: read it.
    ///
    /// # Errors
    /// Database errors, as [`WebError::Internal`].
    pub async fn snapshot_at(
        self: &Arc<Self>,
        store: &palermo_store::Store,
        version: Option<i64>,
    ) -> Result<StatsSnapshot, WebError> {
        let g = self.generation(store, version).await?;
        if let Some(s) = self.held(g) {
            if !s.current {
                self.start_reload(store);
            }
            return Ok(s);
        }
        let _loading = self.loading.lock().await;
        // Loaded by another waiter meanwhile?
        if let Some(s) = self.held(g) {
            return Ok(s);
        }
        let (_, records) = self.load(store).await?;
        // Current as of `g` at least; a newer import is seen next time.
        Ok(StatsSnapshot {
            records,
            current: true,
        })
    }

    /// The statistics generation: the one last read at data `version`, or
    /// read now.
    async fn generation(
        &self,
        store: &palermo_store::Store,
        version: Option<i64>,
    ) -> Result<i64, WebError> {
        if let (Some(v), Some((kv, g))) = (version, *lock(&self.known)) {
            if kv == v {
                return Ok(g);
            }
        }
        let g = store.statistics_generation().await?;
        if let Some(v) = version {
            *lock(&self.known) = Some((v, g));
        }
        Ok(g)
    }

    /// The copy in hand, current or not with respect to `generation`.
    fn held(&self, generation: i64) -> Option<StatsSnapshot> {
        lock(&self.stats).as_ref().map(|h| StatsSnapshot {
            records: Arc::clone(&h.index),
            current: h.generation == generation,
        })
    }

    /// Starts a reload in the background unless one is under way.
    fn start_reload(self: &Arc<Self>, store: &palermo_store::Store) {
        let Ok(guard) = Arc::clone(&self.loading).try_lock_owned() else {
            return;
        };
        let (this, store) = (Arc::clone(self), store.clone());
        tokio::spawn(async move {
            let _loading = guard;
            if let Err(e) = this.load(&store).await {
                // Served from the copy in hand; the next request retries.
                tracing::warn!("reloading the statistics failed: {e:?}");
            }
        });
    }

    /// Reads the stored cells (the caller holds `loading`) and puts them in
    /// hand, replacing (and so releasing) the previous copy. Only the
    /// datasets whose generation moved since the copy in hand (imported
    /// again, or new) are read from the store; the others' cells are taken
    /// from the copy in hand, and a dataset no longer stored is left out.
    /// So an import of a small dataset beside the bundled 46,556 cells reads
    /// its own rows, not the whole table. The generations are read first:
    /// cells of an import committed meanwhile are then labelled older than
    /// they are, and read again, never the reverse.
    async fn load(&self, store: &palermo_store::Store) -> Result<(i64, Arc<StatIndex>), WebError> {
        let datasets = store.stat_generations().await?;
        let g = datasets.iter().map(|(_, g)| *g).max().unwrap_or(0);
        if let Some(s) = self.held(g).filter(|s| s.current) {
            return Ok((g, s.records));
        }
        self.stat_loads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let before = lock(&self.stats)
            .as_ref()
            .map(|h| (Arc::clone(&h.index), h.parts.clone()));
        let mut records = Vec::new();
        let mut parts = Vec::with_capacity(datasets.len());
        for (dataset, generation) in datasets {
            let start = records.len();
            match unchanged(before.as_ref(), &dataset, generation) {
                Some(cells) => records.extend_from_slice(cells),
                None => records.extend(store.stat_records(Some(&dataset)).await?),
            }
            parts.push(Part {
                dataset,
                generation,
                cells: start..records.len(),
            });
        }
        drop(before);
        let v = Arc::new(StatIndex::new(records));
        *lock(&self.stats) = Some(Held {
            generation: g,
            index: Arc::clone(&v),
            parts,
        });
        self.copies
            .fetch_add(1, std::sync::atomic::Ordering::Release);
        Ok((g, v))
    }

    /// Waits until no load of the statistics is under way (tests, and
    /// measurements that must see the copy of the last import).
    pub async fn reloaded(&self) {
        drop(self.loading.lock().await);
    }

    /// Keeps any load of the statistics from starting while the guard
    /// lives (waiting for one under way first): readers are answered from
    /// the copy in hand meanwhile. For tests of exactly that.
    pub async fn hold_reloads(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.loading.lock().await
    }

    /// The number of the copy in hand: it changes whenever a load puts a
    /// new copy in hand (the response cache keeps what was rendered from a
    /// copy not current only while that copy is in hand).
    pub fn copies(&self) -> u64 {
        self.copies.load(std::sync::atomic::Ordering::Acquire)
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
