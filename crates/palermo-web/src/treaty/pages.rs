//! The treaty pages' handlers: each parses its request, loads what its
//! model needs from the store, builds the model ([`super::model`]) and
//! renders it in the site's layout.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use palermo_model::date::parse_iso;
use palermo_model::{Country, Instrument};
use palermo_store::Store;

use super::model::{
    countries_page, country_page, home_page, instrument_page, CountriesPage, CountryPage, HomePage,
    InstrumentPage, InstrumentQuery, Snapshots,
};
use crate::error::{tr, PageError, WebError};
use crate::lang::Locale;
use crate::layout::Layout;
use crate::params::{NoParams, Params};
use crate::AppState;

/// A page model in the site's layout: the template reads the model's
/// fields through `Deref`, and the layout from `layout`.
macro_rules! html_page {
    ($html:ident, $model:ty, $path:literal) => {
        #[derive(Template)]
        #[template(path = $path)]
        struct $html {
            layout: Layout,
            page: $model,
        }

        impl std::ops::Deref for $html {
            type Target = $model;
            fn deref(&self) -> &$model {
                &self.page
            }
        }
    };
}

html_page!(HomeHtml, HomePage, "treaty/home.html");
html_page!(InstrumentHtml, InstrumentPage, "treaty/instrument.html");
html_page!(CountryHtml, CountryPage, "treaty/country.html");
html_page!(CountriesHtml, CountriesPage, "treaty/countries.html");

/// The latest snapshot of every instrument.
///
/// # Errors
/// Database errors.
pub async fn snapshots(store: &Store) -> Result<Snapshots, WebError> {
    let mut v = Vec::new();
    for i in Instrument::ALL {
        v.push((i, store.treaty_snapshot(i).await?));
    }
    Ok(Snapshots(v))
}

/// Every country, by ISO3 code.
///
/// # Errors
/// Database errors.
pub async fn countries_by_iso3(store: &Store) -> Result<HashMap<String, Country>, WebError> {
    Ok(store
        .countries()
        .await?
        .into_iter()
        .map(|c| (c.iso3.clone(), c))
        .collect())
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

pub(crate) async fn home(
    State(state): State<AppState>,
    locale: Locale,
    _: Params<NoParams>,
) -> Result<Html<String>, PageError> {
    let all = state.store.treaty_status(None).await?;
    let countries = countries_by_iso3(&state.store).await?;
    let page = home_page(
        &all,
        &snapshots(&state.store).await?,
        &countries,
        today(),
        locale.lang,
    );
    Ok(Html(
        HomeHtml {
            layout: Layout::public(&locale),
            page,
        }
        .render()?,
    ))
}

fn parse_instrument(code: &str) -> Result<Instrument, WebError> {
    code.parse::<Instrument>()
        .map_err(|_| WebError::NotFound(tr("error-no-instrument", &[("code", &code)])))
}

/// Parses an optional `as_of` query parameter.
pub(crate) fn parse_as_of(s: Option<&str>) -> Result<Option<time::Date>, WebError> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => parse_iso(s)
            .map(Some)
            .ok_or_else(|| WebError::BadRequest(tr("error-as-of-not-a-date", &[("value", &s)]))),
    }
}

pub(crate) async fn instrument(
    State(state): State<AppState>,
    locale: Locale,
    Path(code): Path<String>,
    Params(q): Params<InstrumentQuery>,
) -> Result<Html<String>, PageError> {
    let i = parse_instrument(&code)?;
    let as_of = parse_as_of(q.as_of.as_deref())?;
    let snapshot = state.store.treaty_snapshot(i).await?;
    let all = state.store.treaty_status(Some(i)).await?;
    let countries = countries_by_iso3(&state.store).await?;
    let page = instrument_page(
        i,
        &q,
        as_of,
        snapshot.as_ref(),
        &all,
        &countries,
        today(),
        locale.lang,
    );
    Ok(Html(
        InstrumentHtml {
            layout: Layout::public(&locale).as_of(page.as_of.clone()),
            page,
        }
        .render()?,
    ))
}

pub(crate) async fn country(
    State(state): State<AppState>,
    locale: Locale,
    Path(code): Path<String>,
    _: Params<NoParams>,
) -> Result<Html<String>, PageError> {
    let iso3 = code.to_ascii_uppercase();
    let country = state
        .store
        .country(&iso3)
        .await?
        .ok_or_else(|| WebError::NotFound(tr("error-no-country", &[("code", &code)])))?;
    let statuses = state.store.treaty_status_of_country(&iso3).await?;
    let population = state.store.population(&iso3).await?;
    let stats = state.datahub.stats(&state.store).await?;
    let datasets = state.store.stat_datasets().await?;
    let series = crate::data::page::country_series(&stats, &iso3, &datasets, locale.lang)?;
    let page = country_page(
        country,
        &statuses,
        &snapshots(&state.store).await?,
        &population,
        series,
        today(),
        locale.lang,
    );
    Ok(Html(
        CountryHtml {
            layout: Layout::public(&locale),
            page,
        }
        .render()?,
    ))
}

pub(crate) async fn countries(
    State(state): State<AppState>,
    locale: Locale,
    _: Params<NoParams>,
) -> Result<Html<String>, PageError> {
    let all = state.store.treaty_status(None).await?;
    let page = countries_page(
        &all,
        state.store.countries().await?,
        &snapshots(&state.store).await?,
        today(),
        locale.lang,
    );
    Ok(Html(
        CountriesHtml {
            layout: Layout::public(&locale),
            page,
        }
        .render()?,
    ))
}
