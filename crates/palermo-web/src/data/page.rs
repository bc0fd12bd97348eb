//! The data page (`/data`) and the country page's series.
//!
//! The page's model ([`DataPage`]) is built by a plain function,
//! [`data_page`], from values loaded from the store ([`DataInputs`]): no
//! request, no session, no I/O, so that the report to the Commission can
//! build the same sections from the CLI. Each section has its own builder
//! (headline, charts, map, corridors, case records, filter options); the
//! handler only parses, loads and renders.

use std::collections::{BTreeSet, HashMap};

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use palermo_model::indicator::index::StatIndex;
use palermo_model::indicator::{Filter, GroupBy, IndicatorRow, PopulationTable};
use palermo_model::stats::{AgeGroup, Count, FormOfExploitation, Indicator, Sex};
use palermo_store::stats::StatDataset;

use super::api::file_name;
use super::charts::{choropleth, range_bars};
use super::query::{check_no_k, parse_query, query_err, query_string, DataQuery, Parsed};
use super::releases::CaseSection;
use super::view::{bar_of, citizenship_text, options, range_text, years_text, Opt};
use crate::charts::Svg;
use crate::error::{PageError, WebError};
use crate::format::thousands;
use crate::layout::Layout;
use crate::params::Params;
use crate::AppState;

/// What the data page is built from, as loaded from the store.
#[derive(Debug, Clone, Copy)]
pub struct DataInputs<'a> {
    /// Every statistics cell (all datasets), indexed.
    pub stats: &'a StatIndex,
    /// Population by country and year, for rates.
    pub population: &'a PopulationTable,
    /// The statistics datasets stored.
    pub datasets: &'a [StatDataset],
    /// The case-record section, from the latest release.
    pub cases: &'a CaseSection,
}

/// A corridor as the page lists it.
#[derive(Debug, Clone)]
pub struct CorridorRow {
    /// Citizenship of the victims (an ISO code, or a label as published).
    pub citizenship: String,
    /// Country of detection, ISO3.
    pub country: String,
    /// Detected victims, a number or a range.
    pub value: String,
    /// The years covered.
    pub years: String,
}

/// A year of the case-record table beside the national figures.
#[derive(Debug, Clone)]
pub struct CaseRow {
    /// The year, or "unknown".
    pub year: String,
    /// The national statistics' figure for the year (following the filters).
    pub glotip: String,
    /// The release's figure for the year, as published.
    pub cases: String,
}

/// The data page's model: every text and chart it shows.
#[derive(Debug, Clone)]
pub struct DataPage {
    /// Options of the indicator filter.
    pub indicators: Vec<Opt>,
    /// Options of the region filter (regions, then sub-regions).
    pub regions: Vec<Opt>,
    /// Options of the country filter.
    pub countries: Vec<Opt>,
    /// Options of the sex filter.
    pub sexes: Vec<Opt>,
    /// Options of the age filter.
    pub ages: Vec<Opt>,
    /// Options of the form-of-exploitation filter.
    pub forms: Vec<Opt>,
    /// The first year asked for, or empty.
    pub from: String,
    /// The last year asked for, or empty.
    pub to: String,
    /// The indicator's name.
    pub indicator_label: String,
    /// The total: a number or a range ("1,282–1,290"), or "no data".
    pub headline: String,
    /// Countries and years the total covers.
    pub coverage: String,
    /// Whether the total is a range ("<5" cells or conflicting duplicates).
    pub censored_note: bool,
    /// Source lines of conflicting duplicates in the total.
    pub conflict_lines: Vec<u64>,
    /// The indicator by year.
    pub chart_years: Svg,
    /// By form of exploitation; `None` when no country reports the breakdown.
    pub chart_forms: Option<Svg>,
    /// By sex.
    pub chart_sex: Svg,
    /// By age group and sex.
    pub chart_age: Svg,
    /// Convictions against detected victims, by year.
    pub chart_conv: Svg,
    /// The world map.
    pub map: Svg,
    /// The top 20 corridors.
    pub corridors: Vec<CorridorRow>,
    /// The case-record table by year.
    pub case_rows: Vec<CaseRow>,
    /// Whether a case-record release exists.
    pub has_cases: bool,
    /// The release's records, as published ("about 2,000").
    pub case_total: String,
    /// Which release ("release 3 of 2026-12-01 (cell-key)").
    pub case_release: String,
    /// How the release is protected.
    pub case_method: String,
    /// The filter as a query string, for the links to the API.
    pub api_query: String,
    /// The datasets stored, for the source line.
    pub datasets: String,
    /// Whether the bundled statistics are still being loaded.
    pub loading: bool,
}

/// The statistics and the population, with the one call every figure of
/// the page makes.
struct Stats<'a> {
    recs: &'a StatIndex,
    pop: &'a PopulationTable,
}

impl Stats<'_> {
    fn run(
        &self,
        ind: Indicator,
        f: &Filter,
        by: &[GroupBy],
    ) -> Result<Vec<IndicatorRow>, WebError> {
        self.recs
            .indicators(ind, f, by, Some(self.pop))
            .map_err(query_err)
    }
}

/// Builds the data page for the query `p` (parsed from `q`).
///
/// # Errors
/// [`WebError::BadRequest`] for a query the indicators refuse.
pub fn data_page(p: &Parsed, q: &DataQuery, input: &DataInputs<'_>) -> Result<DataPage, WebError> {
    let stats = Stats {
        recs: input.stats,
        pop: input.population,
    };
    let f = &p.filter;
    let ind = p.indicator;
    let label = ind.label();
    let total = stats.run(ind, f, &[])?;
    let by_year = stats.run(ind, f, &[GroupBy::Year])?;
    let head = Headline::of(total.first());
    let charts = Charts::build(&stats, ind, f, &by_year)?;
    let map = world_map(&stats, ind, f)?;
    let filters = FilterOptions::of(input.stats, p);
    let loading = input.datasets.is_empty();
    Ok(DataPage {
        indicators: filters.indicators,
        regions: filters.regions,
        countries: filters.countries,
        sexes: filters.sexes,
        ages: filters.ages,
        forms: filters.forms,
        from: f.from.map(|y| y.to_string()).unwrap_or_default(),
        to: f.to.map(|y| y.to_string()).unwrap_or_default(),
        indicator_label: label.to_owned(),
        headline: head.headline,
        coverage: head.coverage,
        censored_note: head.censored,
        conflict_lines: head.conflict_lines,
        chart_years: charts.years,
        chart_forms: charts.forms,
        chart_sex: charts.sex,
        chart_age: charts.age,
        chart_conv: charts.conv,
        map,
        corridors: corridor_rows(input.stats, f)?,
        case_rows: case_rows(input.cases, &by_year),
        has_cases: input.cases.has_release,
        case_total: input.cases.records_text.clone(),
        case_release: input.cases.release_text.clone(),
        case_method: input.cases.method_text.clone(),
        api_query: query_string(q),
        datasets: datasets_text(input.datasets),
        loading,
    })
}

/// The total and what it covers.
struct Headline {
    headline: String,
    coverage: String,
    censored: bool,
    conflict_lines: Vec<u64>,
}

impl Headline {
    fn of(total: Option<&IndicatorRow>) -> Self {
        match total {
            Some(t) => Self {
                headline: range_text(t),
                coverage: format!(
                    "{}, years {}; {} cells added",
                    if t.areas.len() == 1 {
                        "1 country or territory".to_owned()
                    } else {
                        format!(
                            "{} countries or territories",
                            thousands(t.areas.len() as u64)
                        )
                    },
                    years_text(&t.years),
                    t.cells
                ),
                censored: !t.is_exact(),
                conflict_lines: t.conflict_lines.clone(),
            },
            None => Self {
                headline: "no data".into(),
                coverage: "no country reported for this selection".into(),
                censored: false,
                conflict_lines: Vec::new(),
            },
        }
    }
}

/// The page's bar charts.
struct Charts {
    years: Svg,
    forms: Option<Svg>,
    sex: Svg,
    age: Svg,
    conv: Svg,
}

impl Charts {
    fn build(
        stats: &Stats<'_>,
        ind: Indicator,
        f: &Filter,
        by_year: &[IndicatorRow],
    ) -> Result<Self, WebError> {
        let label = ind.label();
        let years = range_bars(
            "by-year",
            &format!("{label} by year"),
            "One bar per year: the certain part solid, the range added by \"<5\" cells hatched. Countries that reported nothing are not counted as zero.",
            &[label],
            &by_year
                .iter()
                .map(|r| (r.keys.year.map(|y| y.to_string()).unwrap_or_default(), vec![Some(bar_of(r, label))]))
                .collect::<Vec<_>>(),
            "Year",
            "persons",
        );
        let mut ff = f.clone();
        ff.form = None;
        let forms = match stats.run(ind, &ff, &[GroupBy::Form]) {
            Ok(rows) if !rows.is_empty() => Some(range_bars(
                "by-form",
                &format!("{label} by form of exploitation"),
                "Totals over the selected years for each form of exploitation, from the countries that report the breakdown.",
                &[label],
                &rows
                    .iter()
                    .map(|r| {
                        let l = r.keys.form.map(|f| f.label().to_owned()).unwrap_or_default();
                        (l.clone(), vec![Some(bar_of(r, &l))])
                    })
                    .collect::<Vec<_>>(),
                "Form of exploitation",
            "persons",
            )),
            _ => None,
        };
        let mut fs = f.clone();
        fs.sex = None;
        let sex_rows = stats.run(ind, &fs, &[GroupBy::Sex])?;
        let sex = range_bars(
            "by-sex",
            &format!("{label} by sex"),
            "Totals over the selected years by sex, from the countries that report the breakdown.",
            &[label],
            &sex_rows
                .iter()
                .map(|r| {
                    let l = r.keys.sex.map(|s| s.label().to_owned()).unwrap_or_default();
                    (l.clone(), vec![Some(bar_of(r, &l))])
                })
                .collect::<Vec<_>>(),
            "Sex",
            "persons",
        );
        let mut fa = f.clone();
        fa.age = None;
        let age_rows = stats.run(ind, &fa, &[GroupBy::Age, GroupBy::Sex])?;
        let ages = [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown];
        let sexes = [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown];
        let age = range_bars(
            "by-age-sex",
            &format!("{label} by age group and sex"),
            "Totals over the selected years for children (0–17) and adults (18+), one bar per sex.",
            &sexes.iter().map(|s| s.label()).collect::<Vec<_>>(),
            &ages
                .iter()
                .map(|a| {
                    (
                        a.label().to_owned(),
                        sexes
                            .iter()
                            .map(|s| {
                                age_rows
                                    .iter()
                                    .find(|r| r.keys.age == Some(*a) && r.keys.sex == Some(*s))
                                    .map(|r| bar_of(r, &format!("{}, {}", a.label(), s.label())))
                            })
                            .collect(),
                    )
                })
                .collect::<Vec<_>>(),
            "Age group",
            "persons",
        );
        let mut fc = f.clone();
        fc.form = None;
        let det = stats.run(Indicator::DetectedVictims, &fc, &[GroupBy::Year])?;
        let conv = stats.run(Indicator::Convicted, &fc, &[GroupBy::Year])?;
        let years_seen: BTreeSet<i32> = det
            .iter()
            .chain(&conv)
            .filter_map(|r| r.keys.year)
            .collect();
        let conv = range_bars(
            "conv-det",
            "Convictions against detected victims, by year",
            "For each year, the number of detected victims and of persons convicted, each from the countries that report it.",
            &["Detected trafficking victims", "Persons convicted"],
            &years_seen
                .iter()
                .map(|y| {
                    let pick = |rows: &[IndicatorRow], what: &str| {
                        rows.iter().find(|r| r.keys.year == Some(*y)).map(|r| bar_of(r, what))
                    };
                    (y.to_string(), vec![pick(&det, "Detected victims"), pick(&conv, "Convicted")])
                })
                .collect::<Vec<_>>(),
            "Year",
            "persons",
        );
        Ok(Self {
            years,
            forms,
            sex,
            age,
            conv,
        })
    }
}

/// The world map. It follows the filter like every other figure: only
/// countries inside the country or region filter are shaded; others are
/// drawn as outside the selection.
fn world_map(stats: &Stats<'_>, ind: Indicator, f: &Filter) -> Result<Svg, WebError> {
    let label = ind.label();
    let by_country = stats.run(ind, f, &[GroupBy::Country])?;
    let selection: Option<BTreeSet<String>> =
        (f.country.is_some() || f.region.is_some()).then(|| {
            let mut s: BTreeSet<String> = stats.recs.selected_iso3(f);
            if let (Some(c), None) = (&f.country, &f.region) {
                s.insert(c.clone());
            }
            s
        });
    let map_values: HashMap<String, (Count, String)> = by_country
        .iter()
        .filter_map(|r| {
            let c = r.keys.country.clone()?;
            let rate = r
                .rate_per_100k
                .map(|(a, b)| {
                    if (a - b).abs() < 1e-9 {
                        format!("; {a:.2} per 100,000")
                    } else {
                        format!("; {a:.2}–{b:.2} per 100,000")
                    }
                })
                .unwrap_or_default();
            Some((
                c,
                (
                    r.value,
                    format!("{} ({}){rate}", range_text(r), years_text(&r.years)),
                ),
            ))
        })
        .collect();
    Ok(choropleth(
        "map",
        &format!("{label}, total over the selected years, by country"),
        "World map; each country in the selection is shaded by its total (up to five classes holding about equal numbers of countries; a class is a range when \"<5\" cells make totals ranges). Hatched grey: no data (not zero). White: outside the country or region filter.",
        &map_values,
        selection.as_ref(),
        Some("/countries/"),
    ))
}

/// The top 20 corridors of detected victims (whatever the form filter).
fn corridor_rows(recs: &StatIndex, f: &Filter) -> Result<Vec<CorridorRow>, WebError> {
    let mut fcor = f.clone();
    fcor.form = None;
    Ok(recs
        .corridors(Indicator::DetectedVictims, &fcor, 20)
        .map_err(query_err)?
        .into_iter()
        .map(|r| CorridorRow {
            citizenship: citizenship_text(r.keys.citizenship.as_deref()),
            country: r.keys.country.clone().unwrap_or_default(),
            value: range_text(&r),
            years: years_text(&r.years),
        })
        .collect())
}

/// The case records by year, beside the national figures of that year.
fn case_rows(cases: &CaseSection, by_year: &[IndicatorRow]) -> Vec<CaseRow> {
    cases
        .rows
        .iter()
        .map(|(y, value)| CaseRow {
            year: y.map(|y| y.to_string()).unwrap_or_else(|| "unknown".into()),
            glotip: by_year
                .iter()
                .find(|r| r.keys.year.is_some() && r.keys.year == *y)
                .map(range_text)
                .unwrap_or_else(|| "no data".into()),
            cases: value.clone(),
        })
        .collect()
}

/// The datasets stored, for the page's source line.
fn datasets_text(stored: &[StatDataset]) -> String {
    stored
        .iter()
        .map(|d| {
            format!(
                "{} ({} rows, imported {})",
                file_name(&d.file),
                d.rows.1,
                d.imported_at
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The options of the filter form, the current choice selected.
struct FilterOptions {
    indicators: Vec<Opt>,
    regions: Vec<Opt>,
    countries: Vec<Opt>,
    sexes: Vec<Opt>,
    ages: Vec<Opt>,
    forms: Vec<Opt>,
}

impl FilterOptions {
    fn of(recs: &StatIndex, p: &Parsed) -> Self {
        let f = &p.filter;
        Self {
            indicators: options(
                Indicator::ALL
                    .iter()
                    .map(|i| (i.slug().to_owned(), i.label().to_owned())),
                Some(p.indicator.slug()),
            ),
            regions: options(
                recs.regions()
                    .iter()
                    .chain(recs.subregions())
                    .map(|r| (r.clone(), r.clone())),
                f.region.as_deref(),
            ),
            countries: options(
                recs.area_names()
                    .iter()
                    .map(|(n, c)| (c.clone(), n.clone())),
                f.country.as_deref(),
            ),
            sexes: options(
                [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown]
                    .iter()
                    .map(|s| (s.slug().to_owned(), s.label().to_owned())),
                f.sex.map(Sex::slug),
            ),
            ages: options(
                [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown]
                    .iter()
                    .map(|a| (a.slug().to_owned(), a.label().to_owned())),
                f.age.map(AgeGroup::slug),
            ),
            forms: options(
                [
                    FormOfExploitation::Sexual,
                    FormOfExploitation::ForcedLabour,
                    FormOfExploitation::Other,
                ]
                .iter()
                .map(|x| (x.slug().to_owned(), x.label().to_owned())),
                f.form.map(FormOfExploitation::slug),
            ),
        }
    }
}

/// The data page in the site's layout.
#[derive(Template)]
#[template(path = "data/data.html")]
struct DataHtml {
    layout: Layout,
    page: DataPage,
}

impl std::ops::Deref for DataHtml {
    type Target = DataPage;
    fn deref(&self) -> &DataPage {
        &self.page
    }
}

/// `GET /data`: parses the filters, loads the statistics and the latest
/// release, builds the page ([`data_page`]) and renders it.
pub(crate) async fn data_page_handler(
    State(state): State<AppState>,
    Params(q): Params<DataQuery>,
) -> Result<Html<String>, PageError> {
    let p = parse_query(&q)?;
    check_no_k(&q)?;
    let stats = state.datahub.stats(&state.store).await?;
    let population = state.datahub.population(&state.store).await?;
    let datasets = state.store.stat_datasets().await?;
    let release = state.store.latest_case_release().await?;
    let cases = super::releases::case_section(release.as_ref())?;
    let page = data_page(
        &p,
        &q,
        &DataInputs {
            stats: &stats,
            population: &population,
            datasets: &datasets,
            cases: &cases,
        },
    )?;
    Ok(Html(
        DataHtml {
            layout: Layout::public(),
            page,
        }
        .render()?,
    ))
}

/// The country page's statistics: detected victims, persons prosecuted and
/// convicted by year, as a chart, and how many values are conflicting
/// duplicates.
#[derive(Debug, Clone)]
pub struct CountrySeries {
    /// The chart.
    pub chart: Svg,
    /// Values published more than once with different figures.
    pub conflicts: usize,
}

/// The country page's statistics for `iso3`, `None` when it has none.
///
/// # Errors
/// [`WebError::BadRequest`] if the indicators refuse the query (never for
/// a country filter).
pub fn country_series(recs: &StatIndex, iso3: &str) -> Result<Option<CountrySeries>, WebError> {
    let f = Filter {
        country: Some(iso3.to_owned()),
        ..Filter::default()
    };
    let run = |ind| {
        recs.indicators(ind, &f, &[GroupBy::Year], None)
            .map_err(query_err)
    };
    let det = run(Indicator::DetectedVictims)?;
    let pros = run(Indicator::Prosecuted)?;
    let conv = run(Indicator::Convicted)?;
    if det.is_empty() && conv.is_empty() && pros.is_empty() {
        return Ok(None);
    }
    let years: BTreeSet<i32> = det
        .iter()
        .chain(&pros)
        .chain(&conv)
        .filter_map(|r| r.keys.year)
        .collect();
    let chart = range_bars(
        "country-series",
        "Detected victims, persons prosecuted and convicted, by year (UNODC GLOTIP)",
        "For each year the country reported: detected trafficking victims, persons prosecuted and persons convicted. Hatched: range from \"<5\" cells.",
        &["Detected victims", "Prosecuted", "Convicted"],
        &years
            .iter()
            .map(|y| {
                let pick = |rows: &[IndicatorRow], what: &str| {
                    rows.iter().find(|r| r.keys.year == Some(*y)).map(|r| bar_of(r, &format!("{y} {what}")))
                };
                (y.to_string(), vec![pick(&det, "detected victims"), pick(&pros, "prosecuted"), pick(&conv, "convicted")])
            })
            .collect::<Vec<_>>(),
        "Year",
            "persons",
    );
    let conflicts = det
        .iter()
        .chain(&pros)
        .chain(&conv)
        .map(|r| r.conflicts)
        .sum();
    Ok(Some(CountrySeries { chart, conflicts }))
}
