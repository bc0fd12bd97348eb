//! Trends over the same countries: a balanced panel.
//!
//! A total by year adds whichever countries reported that year. GLOTIP's
//! detected victims "fall" from about 47,500 in 2020 to 20,400 in 2021
//! because the reporting countries fall from 125 to 55, not because fewer
//! victims were detected. A trend needs the same countries in every year:
//! [`balanced_panel`] keeps the countries that report in every year of a
//! range and adds only theirs.

use std::collections::{BTreeMap, BTreeSet};

use super::{GroupKeys, IndicatorRow};
use crate::stats::Count;

/// The by-year totals of the countries that report in every year of a
/// range.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// First and last year of the range (inclusive).
    pub years: (i32, i32),
    /// The countries in the panel (ISO3 or area code): those with a row in
    /// every year of the range.
    pub countries: BTreeSet<String>,
    /// One row a year of the range, the panel's countries only, grouped by
    /// year (empty when no country reports in every year).
    pub rows: Vec<IndicatorRow>,
}

/// Adds row `b` into `a` (same indicator): values and counts add,
/// coverage unites, population adds while every part's is known.
fn merge(a: &mut IndicatorRow, b: &IndicatorRow) {
    a.value = a.value.add(b.value);
    a.censored |= b.censored;
    a.cells += b.cells;
    a.conflicts += b.conflicts;
    a.conflict_lines.extend(&b.conflict_lines);
    a.summed += b.summed;
    a.summed_lines.extend(&b.summed_lines);
    a.derived += b.derived;
    a.derived_areas.extend(b.derived_areas.iter().cloned());
    a.areas.extend(b.areas.iter().cloned());
    a.years.extend(&b.years);
    a.population = match (a.population, b.population) {
        (Some(x), Some(y)) => Some(x + y),
        _ => None,
    };
}

/// The balanced panel of `by_country_year` (rows of one indicator grouped
/// by country and year, as [`super::stat_indicators`] gives them for
/// `[GroupBy::Country, GroupBy::Year]`; other rows are ignored) over the
/// years `from..=to`: the countries with a row in every one of those years,
/// and their totals by year (rates per 100,000 when every population is
/// known). `from > to` gives an empty panel.
pub fn balanced_panel(by_country_year: &[IndicatorRow], from: i32, to: i32) -> Panel {
    let mut years_of: BTreeMap<&str, BTreeSet<i32>> = BTreeMap::new();
    for r in by_country_year {
        if let (Some(c), Some(y)) = (&r.keys.country, r.keys.year) {
            if (from..=to).contains(&y) {
                years_of.entry(c.as_str()).or_default().insert(y);
            }
        }
    }
    let span = usize::try_from(i64::from(to) - i64::from(from) + 1).unwrap_or(0);
    let countries: BTreeSet<String> = years_of
        .into_iter()
        .filter(|(_, ys)| span > 0 && ys.len() == span)
        .map(|(c, _)| c.to_owned())
        .collect();
    let mut by_year: BTreeMap<i32, IndicatorRow> = BTreeMap::new();
    for r in by_country_year {
        let (Some(c), Some(y)) = (&r.keys.country, r.keys.year) else {
            continue;
        };
        if !countries.contains(c) || !(from..=to).contains(&y) {
            continue;
        }
        match by_year.get_mut(&y) {
            Some(acc) => merge(acc, r),
            None => {
                let mut first = r.clone();
                first.keys = GroupKeys {
                    year: Some(y),
                    ..GroupKeys::default()
                };
                by_year.insert(y, first);
            }
        }
    }
    let rows = by_year
        .into_values()
        .map(|mut r| {
            r.conflict_lines.sort_unstable();
            r.summed_lines.sort_unstable();
            r.rate_per_100k = r.population.filter(|p| *p > 0).map(|p| {
                let f = 100_000.0 / p as f64;
                (r.value.min as f64 * f, r.value.max as f64 * f)
            });
            r
        })
        .collect();
    Panel {
        years: (from, to),
        countries,
        rows,
    }
}

/// The years a panel spans: `from..=to` when both are given, else the last
/// five years of `years` (those with data) up to `to` (or the last), and
/// from `from` when given. `None` when there is no year.
pub fn panel_years(
    years: &BTreeSet<i32>,
    from: Option<i32>,
    to: Option<i32>,
) -> Option<(i32, i32)> {
    match (from, to) {
        (Some(a), Some(b)) => Some((a, b)),
        _ => {
            let last = to.or_else(|| years.last().copied())?;
            let first = from.unwrap_or(last - 4);
            Some((first, last))
        }
    }
}

/// The total of a panel's rows (all its years).
pub fn panel_total(panel: &Panel) -> Count {
    panel
        .rows
        .iter()
        .fold(Count::exact(0), |acc, r| acc.add(r.value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicator::{stat_indicators, Filter, GroupBy};
    use crate::stats::{AgeGroup, Category, Dimension, Indicator, Sex, StatRecord};

    fn total(area: &str, year: i32, v: u64) -> StatRecord {
        StatRecord {
            area: area.into(),
            iso3: Some(area.into()),
            area_name: area.into(),
            region: "Europe".into(),
            subregion: "Eastern Europe".into(),
            indicator: Indicator::DetectedVictims,
            dimension: Dimension::Total,
            category: Category::Total,
            category_label: "Total".into(),
            sex: Sex::Total,
            age: AgeGroup::Total,
            year,
            value: Count::exact(v),
            value_text: v.to_string(),
            source_line: 0,
        }
    }

    #[test]
    fn only_countries_of_every_year_are_added() {
        let rs = vec![
            total("MDA", 2020, 10),
            total("MDA", 2021, 12),
            total("ROU", 2020, 500),
            total("UKR", 2021, 7),
            total("UKR", 2019, 3),
        ];
        let rows = stat_indicators(
            &rs,
            Indicator::DetectedVictims,
            &Filter::default(),
            &[GroupBy::Country, GroupBy::Year],
            None,
        )
        .unwrap();
        let p = balanced_panel(&rows, 2020, 2021);
        assert_eq!(p.countries, BTreeSet::from(["MDA".to_owned()]));
        let vals: Vec<(Option<i32>, Count, usize)> = p
            .rows
            .iter()
            .map(|r| (r.keys.year, r.value, r.areas.len()))
            .collect();
        assert_eq!(
            vals,
            vec![
                (Some(2020), Count::exact(10), 1),
                (Some(2021), Count::exact(12), 1)
            ]
        );
        assert_eq!(panel_total(&p), Count::exact(22));
        assert!(balanced_panel(&rows, 2019, 2021).countries.is_empty());
        assert!(balanced_panel(&rows, 2021, 2020).rows.is_empty());
        let ys = BTreeSet::from([2003, 2019, 2021]);
        assert_eq!(panel_years(&ys, None, None), Some((2017, 2021)));
        assert_eq!(panel_years(&ys, Some(2019), None), Some((2019, 2021)));
        assert_eq!(panel_years(&ys, None, Some(2010)), Some((2006, 2010)));
        assert_eq!(panel_years(&BTreeSet::new(), None, None), None);
    }
}
