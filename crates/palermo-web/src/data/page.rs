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
use palermo_model::indicator::panel::panel_years;
use palermo_model::indicator::{Filter, GroupBy, IndicatorRow, PopulationTable};
use palermo_model::stats::{AgeGroup, Count, FormOfExploitation, Indicator, Sex};
use palermo_store::stats::StatDataset;

use super::api::file_name;
use super::charts::{choropleth, range_bars, range_bars_noted};
use super::query::{check_no_k, parse_request, query_err, query_string, DataQuery, Parsed};
use super::releases::CaseSection;
use palermo_i18n::{names, t, Lang};

use super::view::{bar_of, citizenship_text, count, options, range_text, years_text, Opt};
use crate::charts::Svg;
use crate::error::{PageError, WebError};
use crate::lang::Locale;
use crate::layout::message;
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
    /// The countries, by ISO3 code (their names in each language).
    pub countries: &'a HashMap<String, palermo_model::Country>,
}

/// The name in `lang` of a category the statistics hold (`indicator`,
/// `sex`, `age`, `form`) by its slug: `data.ftl`, `indicator-convicted`.
pub fn category(lang: Lang, kind: &str, slug: &str) -> String {
    t(lang, &format!("{kind}-{slug}"))
}

/// A corridor as the page lists it.
#[derive(Debug, Clone)]
pub struct CorridorRow {
    /// Citizenship of the victims (an ISO code, or a label as published).
    pub citizenship: String,
    /// Country of detection, ISO3.
    pub country: String,
    /// Its name in the page's language.
    pub country_name: String,
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
    /// Whether UNODC publishes no total for the selection although it
    /// publishes breakdowns of it (the charts below show them).
    pub no_total_published: bool,
    /// Totals derived from a complete breakdown by form of exploitation
    /// (how many country-years, which countries), when any is in the total.
    pub derived_note: Option<String>,
    /// Repeated keys read as sums in the total, when any is.
    pub summed_note: Option<String>,
    /// The balanced panel: what it covers.
    pub panel_text: String,
    /// The balanced panel by year; `None` when no country reports in every
    /// year of the range.
    pub chart_panel: Option<Svg>,
    /// The API query of the panel (`…&by=year&panel=balanced`).
    pub panel_query: String,
    /// The first twelve of them, as the page lists them.
    pub conflict_text: String,
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
pub fn data_page(
    p: &Parsed,
    q: &DataQuery,
    input: &DataInputs<'_>,
    lang: Lang,
    base: &str,
) -> Result<DataPage, WebError> {
    let stats = Stats {
        recs: input.stats,
        pop: input.population,
    };
    let f = &p.filter;
    let ind = p.indicator;
    let label = category(lang, "indicator", ind.slug());
    let total = stats.run(ind, f, &[])?;
    let by_year = stats.run(ind, f, &[GroupBy::Year])?;
    let mut head = Headline::of(total.first(), lang);
    let charts = Charts::build(&stats, ind, f, &by_year, lang)?;
    head.no_total_published = total.is_empty() && charts.has_breakdowns;
    if head.no_total_published {
        head.headline = t(lang, "data-no-total");
    }
    let panel = panel_section(&stats, ind, f, &by_year, lang)?;
    let map = world_map(&stats, ind, f, (lang, base), input.countries)?;
    let filters = FilterOptions::of(input.stats, input.countries, p, lang);
    let mut conflict_text = head
        .conflict_lines
        .iter()
        .take(12)
        .map(|l| count(lang, *l))
        .collect::<Vec<_>>()
        .join(", ");
    if head.conflict_lines.len() > 12 {
        conflict_text.push_str(" …");
    }
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
        indicator_label: label,
        headline: head.headline,
        coverage: head.coverage,
        censored_note: head.censored,
        conflict_lines: head.conflict_lines,
        no_total_published: head.no_total_published,
        derived_note: head.derived_note,
        summed_note: head.summed_note,
        panel_text: panel.0,
        chart_panel: panel.1,
        panel_query: match query_string(q) {
            qs if qs.is_empty() => "by=year&panel=balanced".to_owned(),
            qs => format!("{qs}&by=year&panel=balanced"),
        },
        conflict_text,
        chart_years: charts.years,
        chart_forms: charts.forms,
        chart_sex: charts.sex,
        chart_age: charts.age,
        chart_conv: charts.conv,
        map,
        corridors: corridor_rows(input.stats, input.countries, f, lang)?,
        case_rows: case_rows(input.cases, &by_year, lang),
        has_cases: input.cases.has_release,
        case_total: input.cases.records_text.clone(),
        case_release: input.cases.release_text.clone(),
        case_method: input.cases.method_text.clone(),
        api_query: query_string(q),
        datasets: datasets_text(input.datasets, lang),
        loading,
    })
}

/// The total and what it covers.
struct Headline {
    headline: String,
    coverage: String,
    censored: bool,
    conflict_lines: Vec<u64>,
    no_total_published: bool,
    derived_note: Option<String>,
    summed_note: Option<String>,
}

impl Headline {
    fn of(total: Option<&IndicatorRow>, lang: Lang) -> Self {
        let derived_note = total.filter(|r| r.derived > 0).map(|r| {
            message(
                lang,
                "data-derived-note",
                &[
                    ("cells", &r.derived),
                    (
                        "countries",
                        &r.derived_areas
                            .iter()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            )
        });
        let summed_note = total
            .filter(|r| r.summed > 0)
            .map(|r| message(lang, "data-summed-note", &[("count", &r.summed)]));
        match total {
            Some(r) => Self {
                no_total_published: false,
                derived_note,
                summed_note,
                headline: range_text(lang, r),
                coverage: message(
                    lang,
                    "data-coverage-text",
                    &[
                        ("countries", &r.areas.len()),
                        ("years", &years_text(lang, &r.years)),
                        ("cells", &r.cells),
                    ],
                ),
                censored: !r.is_exact(),
                conflict_lines: r.conflict_lines.clone(),
            },
            None => Self {
                headline: t(lang, "no-data"),
                coverage: t(lang, "data-coverage-none"),
                censored: false,
                conflict_lines: Vec::new(),
                no_total_published: false,
                derived_note,
                summed_note,
            },
        }
    }
}

/// The number of countries of each row, as the chart notes them under
/// each year.
fn reporting(lang: Lang, rows: &[&IndicatorRow]) -> String {
    rows.iter()
        .map(|r| count(lang, r.areas.len() as u64))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The balanced panel's text and chart (see
/// [`palermo_model::indicator::panel`]).
fn panel_section(
    stats: &Stats<'_>,
    ind: Indicator,
    f: &Filter,
    by_year: &[IndicatorRow],
    lang: Lang,
) -> Result<(String, Option<Svg>), WebError> {
    let years: BTreeSet<i32> = by_year.iter().filter_map(|r| r.keys.year).collect();
    let Some((from, to)) = panel_years(&years, f.from, f.to) else {
        return Ok((t(lang, "data-panel-none"), None));
    };
    let panel = stats
        .recs
        .balanced_panel(ind, f, (from, to), Some(stats.pop))
        .map_err(query_err)?;
    let text = message(
        lang,
        "data-panel-text",
        &[
            ("countries", &panel.countries.len()),
            ("from", &from.to_string()),
            ("to", &to.to_string()),
        ],
    );
    if panel.countries.is_empty() {
        return Ok((text, None));
    }
    let label = category(lang, "indicator", ind.slug());
    let notes: Vec<String> = panel.rows.iter().map(|r| reporting(lang, &[r])).collect();
    let chart = range_bars_noted(
        lang,
        "panel",
        (
            &message(lang, "data-chart-panel-title", &[("indicator", &label)]),
            &t(lang, "data-chart-panel-desc"),
        ),
        &[label.as_str()],
        &panel
            .rows
            .iter()
            .map(|r| {
                (
                    r.keys.year.map(|y| y.to_string()).unwrap_or_default(),
                    vec![Some(bar_of(lang, r, &label))],
                )
            })
            .collect::<Vec<_>>(),
        (&t(lang, "col-year"), &t(lang, "data-unit-persons")),
        Some((&t(lang, "data-reporting-countries"), &notes)),
    );
    Ok((text, Some(chart)))
}

/// The page's bar charts.
struct Charts {
    /// Whether any breakdown (form, sex) has figures.
    has_breakdowns: bool,
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
        lang: Lang,
    ) -> Result<Self, WebError> {
        let label = category(lang, "indicator", ind.slug());
        let label = label.as_str();
        let tr = |key: &str| t(lang, key);
        let titled = |key: &str| message(lang, key, &[("indicator", &label)]);
        let (year, persons) = (tr("col-year"), tr("data-unit-persons"));
        let year_notes: Vec<String> = by_year.iter().map(|r| reporting(lang, &[r])).collect();
        let years = range_bars_noted(
            lang,
            "by-year",
            (
                &titled("data-chart-year-title"),
                &tr("data-chart-year-desc"),
            ),
            &[label],
            &by_year
                .iter()
                .map(|r| {
                    (
                        r.keys.year.map(|y| y.to_string()).unwrap_or_default(),
                        vec![Some(bar_of(lang, r, label))],
                    )
                })
                .collect::<Vec<_>>(),
            (&year, &persons),
            Some((&tr("data-reporting-countries"), &year_notes)),
        );
        let mut ff = f.clone();
        ff.form = None;
        let form_rows = stats.run(ind, &ff, &[GroupBy::Form]);
        let has_forms = form_rows.as_ref().is_ok_and(|r| !r.is_empty());
        let forms = match form_rows {
            Ok(rows) if !rows.is_empty() => Some(range_bars(
                lang,
                "by-form",
                &titled("data-chart-form-title"),
                &tr("data-chart-form-desc"),
                &[label],
                &rows
                    .iter()
                    .map(|r| {
                        let l = r
                            .keys
                            .form
                            .map(|f| category(lang, "form", f.slug()))
                            .unwrap_or_default();
                        (l.clone(), vec![Some(bar_of(lang, r, &l))])
                    })
                    .collect::<Vec<_>>(),
                &tr("data-form"),
                &persons,
            )),
            _ => None,
        };
        let mut fs = f.clone();
        fs.sex = None;
        let sex_rows = stats.run(ind, &fs, &[GroupBy::Sex])?;
        let sex = range_bars(
            lang,
            "by-sex",
            &titled("data-chart-sex-title"),
            &tr("data-chart-sex-desc"),
            &[label],
            &sex_rows
                .iter()
                .map(|r| {
                    let l = r
                        .keys
                        .sex
                        .map(|s| category(lang, "sex", s.slug()))
                        .unwrap_or_default();
                    (l.clone(), vec![Some(bar_of(lang, r, &l))])
                })
                .collect::<Vec<_>>(),
            &tr("data-sex"),
            &persons,
        );
        let mut fa = f.clone();
        fa.age = None;
        let age_rows = stats.run(ind, &fa, &[GroupBy::Age, GroupBy::Sex])?;
        let ages = [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown];
        let sexes = [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown];
        let sex_names: Vec<String> = sexes
            .iter()
            .map(|s| category(lang, "sex", s.slug()))
            .collect();
        let age = range_bars(
            lang,
            "by-age-sex",
            &titled("data-chart-age-title"),
            &tr("data-chart-age-desc"),
            &sex_names.iter().map(String::as_str).collect::<Vec<_>>(),
            &ages
                .iter()
                .map(|a| {
                    let an = category(lang, "age", a.slug());
                    (
                        an.clone(),
                        sexes
                            .iter()
                            .zip(&sex_names)
                            .map(|(s, sn)| {
                                age_rows
                                    .iter()
                                    .find(|r| r.keys.age == Some(*a) && r.keys.sex == Some(*s))
                                    .map(|r| bar_of(lang, r, &format!("{an}, {sn}")))
                            })
                            .collect(),
                    )
                })
                .collect::<Vec<_>>(),
            &tr("data-age-group"),
            &persons,
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
        let (det_name, conv_name) = (
            category(lang, "indicator", Indicator::DetectedVictims.slug()),
            category(lang, "indicator", Indicator::Convicted.slug()),
        );
        let conv_notes: Vec<String> = years_seen
            .iter()
            .map(|y| {
                let n = |rows: &[IndicatorRow]| {
                    rows.iter()
                        .find(|r| r.keys.year == Some(*y))
                        .map_or(0, |r| r.areas.len() as u64)
                };
                format!("{} · {}", count(lang, n(&det)), count(lang, n(&conv)))
            })
            .collect();
        let conv = range_bars_noted(
            lang,
            "conv-det",
            (&tr("data-chart-conv-title"), &tr("data-chart-conv-desc")),
            &[det_name.as_str(), conv_name.as_str()],
            &years_seen
                .iter()
                .map(|y| {
                    let pick = |rows: &[IndicatorRow], what: &str| {
                        rows.iter()
                            .find(|r| r.keys.year == Some(*y))
                            .map(|r| bar_of(lang, r, what))
                    };
                    (
                        y.to_string(),
                        vec![pick(&det, &det_name), pick(&conv, &conv_name)],
                    )
                })
                .collect::<Vec<_>>(),
            (&year, &persons),
            Some((&tr("data-reporting-countries-two"), &conv_notes)),
        );
        Ok(Self {
            has_breakdowns: has_forms || !sex_rows.is_empty(),
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
fn world_map(
    stats: &Stats<'_>,
    ind: Indicator,
    f: &Filter,
    (lang, base): (Lang, &str),
    countries: &HashMap<String, palermo_model::Country>,
) -> Result<Svg, WebError> {
    let label = category(lang, "indicator", ind.slug());
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
                    let d = |x| palermo_i18n::format::decimal(lang, x, 2);
                    let rate = if (a - b).abs() < 1e-9 {
                        d(a)
                    } else {
                        format!("{}–{}", d(a), d(b))
                    };
                    format!("; {}", message(lang, "data-rate", &[("rate", &rate)]))
                })
                .unwrap_or_default();
            Some((
                c,
                (
                    r.value,
                    format!(
                        "{} ({}){rate}",
                        range_text(lang, r),
                        years_text(lang, &r.years)
                    ),
                ),
            ))
        })
        .collect();
    Ok(choropleth(
        lang,
        "map",
        &message(lang, "data-map-title", &[("indicator", &label)]),
        &t(lang, "data-map-desc"),
        &map_values,
        selection.as_ref(),
        Some(&format!("{base}/countries/")),
        Some(countries),
    ))
}

/// The top 20 corridors of detected victims (whatever the form filter).
fn corridor_rows(
    recs: &StatIndex,
    countries: &HashMap<String, palermo_model::Country>,
    f: &Filter,
    lang: Lang,
) -> Result<Vec<CorridorRow>, WebError> {
    let names_of: HashMap<&str, &str> = recs
        .area_names()
        .iter()
        .map(|(n, c)| (c.as_str(), n.as_str()))
        .collect();
    let mut fcor = f.clone();
    fcor.form = None;
    Ok(recs
        .corridors(Indicator::DetectedVictims, &fcor, 20)
        .map_err(query_err)?
        .into_iter()
        .map(|r| {
            let country = r.keys.country.clone().unwrap_or_default();
            CorridorRow {
                citizenship: citizenship_text(lang, r.keys.citizenship.as_deref()),
                country_name: area_name(
                    lang,
                    countries,
                    &country,
                    names_of.get(country.as_str()).copied(),
                ),
                country,
                value: range_text(lang, &r),
                years: years_text(lang, &r.years),
            }
        })
        .collect())
}

/// The case records by year, beside the national figures of that year.
fn case_rows(cases: &CaseSection, by_year: &[IndicatorRow], lang: Lang) -> Vec<CaseRow> {
    cases
        .rows
        .iter()
        .map(|(y, value)| CaseRow {
            year: y
                .map(|y| y.to_string())
                .unwrap_or_else(|| t(lang, "date-unknown")),
            glotip: by_year
                .iter()
                .find(|r| r.keys.year.is_some() && r.keys.year == *y)
                .map(|r| range_text(lang, r))
                .unwrap_or_else(|| t(lang, "no-data")),
            cases: value.clone(),
        })
        .collect()
}

/// The datasets stored, for the page's source line: each with the date of
/// its data as its import stated it (or that it did not).
fn datasets_text(stored: &[StatDataset], lang: Lang) -> String {
    stored
        .iter()
        .map(|d| {
            let as_of = match &d.as_of {
                Some(date) => message(lang, "data-dataset-as-of", &[("date", date)]),
                None => t(lang, "data-dataset-no-as-of"),
            };
            message(
                lang,
                "data-dataset",
                &[
                    ("file", &file_name(&d.file)),
                    ("rows", &d.rows.1),
                    ("imported", &d.imported_at),
                    ("asof", &as_of),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The as-of date the page's footer states: the newest stated as-of date
/// of the datasets (each is listed with its own in the source line).
pub fn datasets_as_of(stored: &[StatDataset]) -> Option<String> {
    stored.iter().filter_map(|d| d.as_of.clone()).max()
}

/// A country or territory of the statistics in `lang`: CLDR's name of its
/// code when the code is a country's, else the name the data give.
fn area_name(
    lang: Lang,
    countries: &HashMap<String, palermo_model::Country>,
    iso3: &str,
    published: Option<&str>,
) -> String {
    countries
        .get(iso3)
        .map(|c| names::country_name(lang, c))
        .unwrap_or_else(|| published.unwrap_or(iso3).to_owned())
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
    fn of(
        recs: &StatIndex,
        countries: &HashMap<String, palermo_model::Country>,
        p: &Parsed,
        lang: Lang,
    ) -> Self {
        let f = &p.filter;
        // (name in the language, ISO3), one name a code (the first
        // published name of the code), sorted by the language's collation.
        let mut names: Vec<(String, String)> = recs
            .area_names()
            .iter()
            .map(|(n, c)| (n.clone(), c.clone()))
            .collect();
        names.sort_by(|a, b| a.1.cmp(&b.1));
        names.dedup_by(|a, b| a.1 == b.1);
        let mut names: Vec<(String, String)> = names
            .into_iter()
            .map(|(n, c)| (area_name(lang, countries, &c, Some(&n)), c))
            .collect();
        names::sort_by_name(lang, &mut names, |(n, _)| n.as_str());
        let region = |r: &str| names::m49_area_name(lang, r).unwrap_or(r).to_owned();
        Self {
            indicators: options(
                Indicator::ALL
                    .iter()
                    .map(|i| (i.slug().to_owned(), category(lang, "indicator", i.slug()))),
                Some(p.indicator.slug()),
            ),
            regions: options(
                recs.regions()
                    .iter()
                    .chain(recs.subregions())
                    .map(|r| (r.clone(), region(r))),
                f.region.as_deref(),
            ),
            countries: options(names.into_iter().map(|(n, c)| (c, n)), f.country.as_deref()),
            sexes: options(
                [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown]
                    .iter()
                    .map(|s| (s.slug().to_owned(), category(lang, "sex", s.slug()))),
                f.sex.map(Sex::slug),
            ),
            ages: options(
                [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown]
                    .iter()
                    .map(|a| (a.slug().to_owned(), category(lang, "age", a.slug()))),
                f.age.map(AgeGroup::slug),
            ),
            forms: options(
                [
                    FormOfExploitation::Sexual,
                    FormOfExploitation::ForcedLabour,
                    FormOfExploitation::Other,
                ]
                .iter()
                .map(|x| (x.slug().to_owned(), category(lang, "form", x.slug()))),
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
    locale: Locale,
    Params(q): Params<DataQuery>,
) -> Result<Html<String>, PageError> {
    check_no_k(&q)?;
    let p = parse_request(&state, &q).await?;
    let stats = state.datahub.stats(&state.store).await?;
    let population = state.datahub.population(&state.store).await?;
    let datasets = state.store.stat_datasets().await?;
    let release = state.store.latest_case_release().await?;
    let cases = super::releases::case_section(release.as_ref(), locale.lang)?;
    let page = data_page(
        &p,
        &q,
        &DataInputs {
            stats: &stats,
            population: &population,
            datasets: &datasets,
            cases: &cases,
            countries: &crate::treaty::pages::countries_by_iso3(&state.store).await?,
        },
        locale.lang,
        &locale.base(),
    )?;
    let mut layout = Layout::public(&locale);
    if let Some(date) = datasets_as_of(&datasets) {
        layout = layout.as_of(date);
    }
    Ok(Html(DataHtml { layout, page }.render()?))
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
    /// The source line (`source-glotip`) with the stored as-of date of the
    /// datasets (`stat_datasets.as_of`, the newest stated; issue #13 item
    /// 17), or the words that the date is not stated.
    pub source: String,
}

/// The country page's statistics for `iso3`, `None` when it has none;
/// `stored` are the datasets stored, whose as-of date the source line
/// states.
///
/// # Errors
/// [`WebError::BadRequest`] if the indicators refuse the query (never for
/// a country filter).
pub fn country_series(
    recs: &StatIndex,
    iso3: &str,
    stored: &[StatDataset],
    lang: Lang,
) -> Result<Option<CountrySeries>, WebError> {
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
    let name = |i: Indicator| category(lang, "indicator", i.slug());
    let (dn, pn, cn) = (
        name(Indicator::DetectedVictims),
        name(Indicator::Prosecuted),
        name(Indicator::Convicted),
    );
    let chart = range_bars(
        lang,
        "country-series",
        &t(lang, "data-country-series-title"),
        &t(lang, "data-country-series-desc"),
        &[dn.as_str(), pn.as_str(), cn.as_str()],
        &years
            .iter()
            .map(|y| {
                let pick = |rows: &[IndicatorRow], what: &str| {
                    rows.iter()
                        .find(|r| r.keys.year == Some(*y))
                        .map(|r| bar_of(lang, r, &format!("{y}, {what}")))
                };
                (
                    y.to_string(),
                    vec![pick(&det, &dn), pick(&pros, &pn), pick(&conv, &cn)],
                )
            })
            .collect::<Vec<_>>(),
        &t(lang, "col-year"),
        &t(lang, "data-unit-persons"),
    );
    let conflicts = det
        .iter()
        .chain(&pros)
        .chain(&conv)
        .map(|r| r.conflicts)
        .sum();
    let date = datasets_as_of(stored).unwrap_or_else(|| t(lang, "data-dataset-no-as-of"));
    let source = message(lang, "source-glotip", &[("date", &date)]);
    Ok(Some(CountrySeries {
        chart,
        conflicts,
        source,
    }))
}
