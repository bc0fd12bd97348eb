//! An index over a table of statistics cells, built once per loaded copy,
//! so that one indicator query reads only the cells it can select.
//!
//! [`stat_indicators`](super::stat_indicators) reads every cell and drops those of another
//! indicator, dimension, place, sex or age. The data page asks about ten
//! such queries (total, by year, form, sex, age and sex, convictions, the
//! map, the corridors) over GLOTIP's 46,556 cells; with cache-busting
//! query strings every request pays them again. [`StatIndex`] buckets the
//! cells once by (indicator, dimension, sex, age) and, inside a bucket, by
//! reporting area, so that a query gathers the few buckets and areas it can
//! read and hands only those cells, **in their original order**, to the
//! same [`stat_indicators`](super::stat_indicators). The candidates are a superset of the cells the
//! query selects (the rules of selection stay in one place, unchanged), so
//! every row is identical to the full scan's: same values, same conflicts
//! and source lines, same coverage (`crates/palermo-import/tests/stat_index.rs`
//! compares the two over every query shape on the bundled table).
//!
//! Cells of UNODC's regional aggregates (no published region) are never
//! selected by any query ([`Filter::selects_area`]) and are left out of the
//! buckets.

use std::collections::{BTreeSet, HashMap};

use super::{
    corridors_read, reads_person_cell, stat_indicators_read, wanted_dimension, Filter, GroupBy,
    IndicatorRow, PopulationTable, QueryError,
};
use crate::stats::readings::{judge_repeated, Readings};
use crate::stats::{AgeGroup, Dimension, Indicator, Sex, StatRecord};

/// What a bucket holds: one indicator, dimension, sex and age.
type BucketKey = (Indicator, Dimension, Sex, AgeGroup);

/// Cells of one (indicator, dimension, sex, age), ordered by reporting
/// area and, within an area, by their place in the table.
#[derive(Debug, Default)]
struct Bucket {
    /// Record positions, sorted by (area, position).
    recs: Vec<u32>,
    /// (area number, start, end) of each area's run in `recs`.
    spans: Vec<(u32, u32, u32)>,
}

/// Statistics cells with an index by indicator, dimension, sex, age and
/// reporting area; see the module documentation. Built by
/// [`StatIndex::new`] in one pass plus a sort of each bucket (about 10 ms
/// for GLOTIP's 46,556 cells); holds the cells, one `u32` per country
/// cell, and the filter form's option lists.
#[derive(Debug, Default)]
pub struct StatIndex {
    records: Vec<StatRecord>,
    /// How each repeated key is read, judged once over every cell.
    readings: Readings,
    /// One representative record per distinct reporting area that counts
    /// as a country (area code, ISO3, region, sub-region: what
    /// [`Filter::selects_area`] looks at), numbered in table order.
    areas: Vec<u32>,
    buckets: HashMap<BucketKey, Bucket>,
    regions: Vec<String>,
    subregions: Vec<String>,
    names: Vec<(String, String)>,
}

/// A record position as stored in the index (tables beyond 2^32 cells are
/// not indexed: [`StatIndex::new`] keeps them all in one unindexed scan).
fn pos(i: usize) -> Option<u32> {
    u32::try_from(i).ok()
}

impl StatIndex {
    /// Indexes `records` (all datasets, in the order they were read).
    pub fn new(records: Vec<StatRecord>) -> Self {
        let mut area_ids: HashMap<(&str, Option<&str>, &str, &str), u32> = HashMap::new();
        let mut areas = Vec::new();
        // (area number, record position) of each bucket's cells.
        let mut raw: HashMap<BucketKey, Vec<(u32, u32)>> = HashMap::new();
        let mut regions = BTreeSet::new();
        let mut subregions = BTreeSet::new();
        let mut names = BTreeSet::new();
        let indexable = pos(records.len()).is_some();
        for (i, r) in records.iter().enumerate() {
            if !r.region.is_empty() {
                regions.insert(r.region.as_str());
            }
            if !r.subregion.is_empty() {
                subregions.insert(r.subregion.as_str());
            }
            if let Some(iso3) = &r.iso3 {
                names.insert((r.area_name.as_str(), iso3.as_str()));
            }
            let Some(i) = pos(i).filter(|_| indexable && r.is_country_area()) else {
                continue;
            };
            let key = (
                r.area.as_str(),
                r.iso3.as_deref(),
                r.region.as_str(),
                r.subregion.as_str(),
            );
            let next = u32::try_from(areas.len()).unwrap_or(u32::MAX);
            let area = *area_ids.entry(key).or_insert_with(|| {
                areas.push(i);
                next
            });
            raw.entry((r.indicator, r.dimension, r.sex, r.age))
                .or_default()
                .push((area, i));
        }
        let buckets = raw
            .into_iter()
            .map(|(k, mut v)| {
                // Stable: positions stay in table order within an area.
                v.sort_by_key(|(area, _)| *area);
                let mut spans: Vec<(u32, u32, u32)> = Vec::new();
                for (n, (area, _)) in v.iter().enumerate() {
                    let n = pos(n).unwrap_or(u32::MAX);
                    match spans.last_mut() {
                        Some(s) if s.0 == *area => s.2 = n + 1,
                        _ => spans.push((*area, n, n + 1)),
                    }
                }
                let recs = v.into_iter().map(|(_, i)| i).collect();
                (k, Bucket { recs, spans })
            })
            .collect();
        let own = |s: BTreeSet<&str>| s.into_iter().map(str::to_owned).collect();
        let regions = own(regions);
        let subregions = own(subregions);
        let names = names
            .into_iter()
            .map(|(n, c)| (n.to_owned(), c.to_owned()))
            .collect();
        drop(area_ids);
        let readings = judge_repeated(&records);
        Self {
            readings,
            areas,
            buckets: if indexable { buckets } else { HashMap::new() },
            regions,
            subregions,
            names,
            records,
        }
    }

    /// How the repeated keys of the table are read ([`judge_repeated`]
    /// over every cell).
    pub fn readings(&self) -> &Readings {
        &self.readings
    }

    /// Every cell, in the order given to [`StatIndex::new`].
    pub fn records(&self) -> &[StatRecord] {
        &self.records
    }

    /// The number of cells.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there are no cells.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The regions published (non-empty, sorted, each once).
    pub fn regions(&self) -> &[String] {
        &self.regions
    }

    /// The sub-regions published (non-empty, sorted, each once).
    pub fn subregions(&self) -> &[String] {
        &self.subregions
    }

    /// (area name as published, ISO3) of every cell with an ISO3 code,
    /// sorted by name then code, each pair once.
    pub fn area_names(&self) -> &[(String, String)] {
        &self.names
    }

    /// The ISO3 codes of the areas inside `filter`'s places (country and
    /// region, [`Filter::selects_area`]): what a scan of every cell would
    /// collect.
    pub fn selected_iso3(&self, filter: &Filter) -> BTreeSet<String> {
        self.areas
            .iter()
            .map(|i| &self.records[*i as usize])
            .filter(|r| filter.selects_area(r))
            .filter_map(|r| r.iso3.clone())
            .collect()
    }

    /// The cells `indicator` under `filter` and `by` can read: a superset
    /// of those [`stat_indicators`](super::stat_indicators) selects, in table order.
    pub fn candidates(
        &self,
        indicator: Indicator,
        filter: &Filter,
        by: &[GroupBy],
    ) -> Vec<&StatRecord> {
        if self.buckets.is_empty() && !self.records.is_empty() {
            // Too many cells to index: the full scan.
            return self.records.iter().collect();
        }
        // A query GLOTIP cannot answer: `stat_indicators` says why.
        let Ok(dim) = wanted_dimension(filter, by) else {
            return Vec::new();
        };
        let by_place = filter.country.is_some() || filter.region.is_some();
        let inside: Vec<bool> = if by_place {
            self.areas
                .iter()
                .map(|i| filter.selects_area(&self.records[*i as usize]))
                .collect()
        } else {
            Vec::new()
        };
        let mut out: Vec<u32> = Vec::new();
        // A total may be derived from the forms of exploitation.
        let dims: &[Dimension] = if dim == Dimension::Total {
            &[Dimension::Total, Dimension::FormOfExploitation]
        } else {
            &[dim]
        };
        for (dim, sex, age) in dims
            .iter()
            .flat_map(|d| Sex::ALL.iter().map(move |s| (d, s)))
            .flat_map(|(d, s)| AgeGroup::ALL.iter().map(move |a| (*d, *s, *a)))
        {
            {
                if !reads_person_cell(filter, by, sex, age) {
                    continue;
                }
                let Some(b) = self.buckets.get(&(indicator, dim, sex, age)) else {
                    continue;
                };
                if !by_place {
                    out.extend(&b.recs);
                    continue;
                }
                for (area, start, end) in &b.spans {
                    if inside.get(*area as usize).copied().unwrap_or(false) {
                        out.extend(&b.recs[*start as usize..*end as usize]);
                    }
                }
            }
        }
        out.sort_unstable();
        out.into_iter().map(|i| &self.records[i as usize]).collect()
    }

    /// [`stat_indicators`](super::stat_indicators) over the cells the query can read: the same rows
    /// as over every cell.
    ///
    /// # Errors
    /// As [`stat_indicators`](super::stat_indicators).
    pub fn indicators(
        &self,
        indicator: Indicator,
        filter: &Filter,
        by: &[GroupBy],
        population: Option<&PopulationTable>,
    ) -> Result<Vec<IndicatorRow>, QueryError> {
        stat_indicators_read(
            self.candidates(indicator, filter, by),
            &self.readings,
            indicator,
            filter,
            by,
            population,
        )
    }

    /// The balanced panel ([`super::panel::balanced_panel`]) of `indicator`
    /// under `filter` over `from..=to`: the countries reporting in every
    /// year of the range, and their totals by year (rates from
    /// `population`).
    ///
    /// # Errors
    /// As [`stat_indicators`](super::stat_indicators).
    pub fn balanced_panel(
        &self,
        indicator: Indicator,
        filter: &Filter,
        (from, to): (i32, i32),
        population: Option<&PopulationTable>,
    ) -> Result<super::panel::Panel, QueryError> {
        let rows = self.indicators(
            indicator,
            filter,
            &[GroupBy::Country, GroupBy::Year],
            population,
        )?;
        Ok(super::panel::balanced_panel(&rows, from, to))
    }

    /// [`corridors`] over the cells the query can read: the same rows as
    /// over every cell.
    ///
    /// # Errors
    /// As [`corridors`].
    pub fn corridors(
        &self,
        indicator: Indicator,
        filter: &Filter,
        top: usize,
    ) -> Result<Vec<IndicatorRow>, QueryError> {
        corridors_read(
            self.candidates(indicator, filter, &[GroupBy::Citizenship, GroupBy::Country]),
            &self.readings,
            indicator,
            filter,
            top,
        )
    }
}
