//! The data page (`/data`): its model, built from the statistics, the
//! population table and the latest case-record release, and its handler;
//! and the country page's series.

use std::collections::{BTreeSet, HashMap};

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use palermo_model::indicator::{corridors, stat_indicators, Filter, GroupBy, IndicatorRow};
use palermo_model::stats::{AgeGroup, Count, FormOfExploitation, Indicator, Sex};

use super::api::file_name;
use super::charts::{choropleth, range_bars};
use super::query::{check_no_k, parse_query, query_err, query_string, DataQuery};
use super::view::{bar_of, citizenship_text, options, range_text, years_text, Opt};
use crate::error::{PageError, WebError};
use crate::format::thousands;
use crate::params::Params;
use crate::AppState;

struct CorridorRow {
    citizenship: String,
    country: String,
    value: String,
    years: String,
}

struct CaseRow {
    year: String,
    glotip: String,
    cases: String,
}

#[derive(Template)]
#[template(path = "data/data.html")]
struct DataPage {
    layout: crate::layout::Layout,
    indicators: Vec<Opt>,
    regions: Vec<Opt>,
    countries: Vec<Opt>,
    sexes: Vec<Opt>,
    ages: Vec<Opt>,
    forms: Vec<Opt>,
    from: String,
    to: String,
    indicator_label: String,
    headline: String,
    coverage: String,
    censored_note: bool,
    conflict_lines: Vec<u64>,
    chart_years: String,
    chart_forms: String,
    chart_sex: String,
    chart_age: String,
    chart_conv: String,
    map: String,
    corridors: Vec<CorridorRow>,
    case_rows: Vec<CaseRow>,
    has_cases: bool,
    case_total: String,
    case_release: String,
    case_method: String,
    api_query: String,
    datasets: String,
    loading: bool,
}

pub(crate) async fn data_page(
    State(state): State<AppState>,
    Params(q): Params<DataQuery>,
) -> Result<Html<String>, PageError> {
    let p = parse_query(&q)?;
    let recs = state.datahub.stats(&state.store).await?;
    let pop = state.datahub.population(&state.store).await?;
    let f = &p.filter;
    let ind = p.indicator;
    let label = ind.label();
    let run = |ind: Indicator, f: &Filter, by: &[GroupBy]| {
        stat_indicators(recs.iter(), ind, f, by, Some(&pop)).map_err(query_err)
    };

    let total = run(ind, f, &[])?;
    let by_year = run(ind, f, &[GroupBy::Year])?;
    let (headline, coverage, censored_note, conflict_lines) = match total.first() {
        Some(t) => (
            range_text(t),
            format!(
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
            !t.is_exact(),
            t.conflict_lines.clone(),
        ),
        None => (
            "no data".into(),
            "no country reported for this selection".into(),
            false,
            Vec::new(),
        ),
    };
    let chart_years = range_bars(
        "by-year",
        &format!("{label} by year"),
        "One bar per year: the certain part solid, the range added by \"<5\" cells hatched. Countries that reported nothing are not counted as zero.",
        &[label],
        &by_year
            .iter()
            .map(|r| (r.keys.year.map(|y| y.to_string()).unwrap_or_default(), vec![Some(bar_of(r, label))]))
            .collect::<Vec<_>>(),
        "persons",
    );
    let mut ff = f.clone();
    ff.form = None;
    let chart_forms = match run(ind, &ff, &[GroupBy::Form]) {
        Ok(rows) if !rows.is_empty() => range_bars(
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
            "persons",
        ),
        _ => "<p>No breakdown by form of exploitation for this selection.</p>".into(),
    };
    let mut fs = f.clone();
    fs.sex = None;
    let sex_rows = run(ind, &fs, &[GroupBy::Sex])?;
    let chart_sex = range_bars(
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
        "persons",
    );
    let mut fa = f.clone();
    fa.age = None;
    let age_rows = run(ind, &fa, &[GroupBy::Age, GroupBy::Sex])?;
    let ages = [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown];
    let sexes = [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown];
    let chart_age = range_bars(
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
        "persons",
    );
    let mut fc = f.clone();
    fc.form = None;
    let det = run(Indicator::DetectedVictims, &fc, &[GroupBy::Year])?;
    let conv = run(Indicator::Convicted, &fc, &[GroupBy::Year])?;
    let years: BTreeSet<i32> = det
        .iter()
        .chain(&conv)
        .filter_map(|r| r.keys.year)
        .collect();
    let chart_conv = range_bars(
        "conv-det",
        "Convictions against detected victims, by year",
        "For each year, the number of detected victims and of persons convicted, each from the countries that report it.",
        &["Detected trafficking victims", "Persons convicted"],
        &years
            .iter()
            .map(|y| {
                let pick = |rows: &[IndicatorRow], what: &str| {
                    rows.iter().find(|r| r.keys.year == Some(*y)).map(|r| bar_of(r, what))
                };
                (y.to_string(), vec![pick(&det, "Detected victims"), pick(&conv, "Convicted")])
            })
            .collect::<Vec<_>>(),
        "persons",
    );
    // The map follows the filter like every other figure: only countries
    // inside the country or region filter are shaded; others are drawn as
    // outside the selection.
    let by_country = run(ind, f, &[GroupBy::Country])?;
    let selection: Option<BTreeSet<String>> =
        (f.country.is_some() || f.region.is_some()).then(|| {
            let mut s: BTreeSet<String> = recs
                .iter()
                .filter(|r| f.selects_area(r))
                .filter_map(|r| r.iso3.clone())
                .collect();
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
    let map = choropleth(
        "map",
        &format!("{label}, total over the selected years, by country"),
        "World map; each country in the selection is shaded by its total (up to five classes holding about equal numbers of countries; a class is a range when \"<5\" cells make totals ranges). Light grey: no data (not zero). White: outside the country or region filter.",
        &map_values,
        selection.as_ref(),
        Some("/countries/"),
    );
    let mut fcor = f.clone();
    fcor.form = None;
    let corridors_rows = corridors(recs.iter(), Indicator::DetectedVictims, &fcor, 20)
        .map_err(query_err)?
        .into_iter()
        .map(|r| CorridorRow {
            citizenship: citizenship_text(r.keys.citizenship.as_deref()),
            country: r.keys.country.clone().unwrap_or_default(),
            value: range_text(&r),
            years: years_text(&r.years),
        })
        .collect();

    // Case records, side by side with the national figures (protected).
    check_no_k(&q)?;
    let cases = super::releases::page_section(&state).await?;
    let case_rows: Vec<CaseRow> = cases
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
        .collect();

    // Filter options.
    let regions: BTreeSet<&str> = recs
        .iter()
        .map(|r| r.region.as_str())
        .filter(|r| !r.is_empty())
        .collect();
    let subregions: BTreeSet<&str> = recs
        .iter()
        .map(|r| r.subregion.as_str())
        .filter(|r| !r.is_empty())
        .collect();
    let names: BTreeSet<(String, String)> = recs
        .iter()
        .filter_map(|r| Some((r.iso3.clone()?, r.area_name.clone())))
        .map(|(c, n)| (n, c))
        .collect();
    let stored = state.store.stat_datasets().await?;
    let loading = stored.is_empty();
    let datasets = stored
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
        .join("; ");
    let page = DataPage {
        layout: crate::layout::Layout::public(),
        indicators: options(
            Indicator::ALL
                .iter()
                .map(|i| (i.slug().to_owned(), i.label().to_owned())),
            Some(ind.slug()),
        ),
        regions: options(
            regions
                .iter()
                .chain(&subregions)
                .map(|r| ((*r).to_owned(), (*r).to_owned())),
            f.region.as_deref(),
        ),
        countries: options(names.into_iter().map(|(n, c)| (c, n)), f.country.as_deref()),
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
        from: f.from.map(|y| y.to_string()).unwrap_or_default(),
        to: f.to.map(|y| y.to_string()).unwrap_or_default(),
        indicator_label: label.to_owned(),
        headline,
        coverage,
        censored_note,
        conflict_lines,
        chart_years,
        chart_forms,
        chart_sex,
        chart_age,
        chart_conv,
        map,
        corridors: corridors_rows,
        case_rows,
        has_cases: cases.has_release,
        case_total: cases.records_text,
        case_release: cases.release_text,
        case_method: cases.method_text,
        api_query: query_string(&q),
        datasets,
        loading,
    };
    Ok(Html(page.render()?))
}

/// The country page's data series: detected victims and convictions by
/// year, as an SVG chart with a link to the data page (empty when the
/// country has no statistics).
pub async fn country_series(state: &AppState, iso3: &str) -> Result<String, WebError> {
    let recs = state.datahub.stats(&state.store).await?;
    let f = Filter {
        country: Some(iso3.to_owned()),
        ..Filter::default()
    };
    let run =
        |ind| stat_indicators(recs.iter(), ind, &f, &[GroupBy::Year], None).map_err(query_err);
    let det = run(Indicator::DetectedVictims)?;
    let pros = run(Indicator::Prosecuted)?;
    let conv = run(Indicator::Convicted)?;
    if det.is_empty() && conv.is_empty() && pros.is_empty() {
        return Ok(String::new());
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
        "persons",
    );
    let conflicts: usize = det
        .iter()
        .chain(&pros)
        .chain(&conv)
        .map(|r| r.conflicts)
        .sum();
    let note = if conflicts > 0 {
        format!(
            "<p class=\"asof\">{conflicts} value(s) are published more than once with different figures; the chart shows their range (<a href=\"/api/v1/statistics/conflicts\">conflicts</a>).</p>"
        )
    } else {
        String::new()
    };
    Ok(format!(
        "<section aria-labelledby=\"series-h\"><h2 id=\"series-h\">Trafficking statistics</h2>{chart}{note}\
         <p><a href=\"/data?country={iso3}\">All figures for this country</a> · \
         <a href=\"/api/v1/statistics/indicators?country={iso3}&amp;by=year\">JSON</a> · \
         <a href=\"/api/v1/statistics/indicators?country={iso3}&amp;by=year&amp;format=csv\">CSV</a>. \
         Source: UNODC, Global Report on Trafficking in Persons (data portal, 2023-01-24).</p></section>"
    ))
}
