//! The data hub's query parameters, shared by the data page and the API,
//! parsed once into a validated [`Parsed`] query; and the rules on what a
//! public case table may be asked for, decided by `palermo-disclosure`
//! ([`public_case_query`]).

use palermo_disclosure::public::{CaseRequest, PublicCaseQuery, PublicQueryError};
use palermo_model::indicator::{Filter, GroupBy};
use palermo_model::query::{self, ParamError};
use palermo_model::stats::{AgeGroup, FormOfExploitation, Indicator, Sex};
use serde::Deserialize;

use crate::error::WebError;
use crate::AppState;

/// Query parameters shared by the data page and the API. Every field is
/// optional; invalid values and unknown names answer 400 with the reason.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct DataQuery {
    /// `detected-victims` (default), `prosecuted`, `convicted`, `formal-contact`, `offences`.
    pub indicator: Option<String>,
    /// First year.
    pub from: Option<String>,
    /// Last year.
    pub to: Option<String>,
    /// Country, ISO3.
    pub country: Option<String>,
    /// Region or sub-region.
    pub region: Option<String>,
    /// Sex.
    pub sex: Option<String>,
    /// Age group.
    pub age: Option<String>,
    /// Form of exploitation.
    pub form: Option<String>,
    /// Grouping, comma-separated.
    pub by: Option<String>,
    /// `json` (default) or `csv` (API only).
    pub format: Option<String>,
    /// Number of corridors.
    pub top: Option<String>,
    /// Refused when present: public case tables use the fixed threshold
    /// [`palermo_disclosure::DEFAULT_K`] ([`PublicQueryError::KChosen`]).
    pub k: Option<String>,
    /// Case tables: a release number (default: the latest release not
    /// withdrawn).
    pub release: Option<String>,
    /// `balanced` (API, with `by=year`): the same countries in every year
    /// of the range (`from`–`to`, else the last five years with data).
    pub panel: Option<String>,
}

/// The one spelling of a value of the data hub's query parameters, for the
/// response cache's key (and the request the handler then reads): what the
/// handler parses the value to, written back in its canonical form: the
/// country's ISO3 code in upper case, the slugs of the indicator, sex, age
/// group, form of exploitation (its GLOTIP group, which is what is
/// filtered on) and groupings, the number of corridors in decimal without
/// leading zeros. `None` when `name` is not one of these, the value is
/// empty or does not parse (the handler refuses it with 400, so it is never
/// kept). A parameter name means the same on every route that takes it.
pub fn canonical_value(name: &str, value: &str) -> Option<String> {
    let t = value.trim();
    if t.is_empty() {
        return None;
    }
    Some(match name {
        // A code in any case is one code; anything else is kept as given
        // (the handler refuses it, naming it as typed).
        "country" if t.len() == 3 && t.bytes().all(|b| b.is_ascii_alphabetic()) => {
            t.to_ascii_uppercase()
        }
        "country" => return None,
        "indicator" => Indicator::parse(t)?.slug().to_owned(),
        "sex" => Sex::parse(t)?.slug().to_owned(),
        "age" => AgeGroup::parse(t)?.slug().to_owned(),
        "form" => FormOfExploitation::parse(t)?
            .glotip_group()
            .slug()
            .to_owned(),
        "by" => t
            .split(',')
            .map(|p| GroupBy::parse(p).map(GroupBy::slug))
            .collect::<Option<Vec<_>>>()?
            .join(","),
        "top" => t.parse::<usize>().ok()?.to_string(),
        "panel" if t.eq_ignore_ascii_case("balanced") => "balanced".to_owned(),
        _ => return None,
    })
}

pub(crate) fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A validated query.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The indicator (default: detected victims).
    pub indicator: Indicator,
    /// The filters.
    pub filter: Filter,
    /// The groupings, in the order given.
    pub by: Vec<GroupBy>,
    /// Whether CSV was asked for (`format=csv`).
    pub csv: bool,
    /// Whether the balanced panel was asked for (`panel=balanced`).
    pub balanced: bool,
}

/// Validates a query's values by the model's rules
/// ([`palermo_model::query`], the CLI's too): every value parsed, or a 400
/// naming the parameter. The country and the region are checked against
/// the countries and the statistics by [`parse_request`]; this keeps them
/// as given (trimmed).
///
/// # Errors
/// [`WebError::BadRequest`] naming the parameter and why.
pub fn parse_query(q: &DataQuery) -> Result<Parsed, WebError> {
    let indicator = nonempty(&q.indicator)
        .map(query::parse_indicator)
        .transpose()?
        .unwrap_or(Indicator::DetectedVictims);
    let by = nonempty(&q.by)
        .map(query::parse_by)
        .transpose()?
        .unwrap_or_default();
    let csv = match nonempty(&q.format) {
        None | Some("json") => false,
        Some("csv") => true,
        Some(t) => {
            return Err(ParamError::UnknownValue {
                name: "format".into(),
                value: query::echo(t),
                expected: "json, csv".into(),
            }
            .into())
        }
    };
    if let Some(t) = nonempty(&q.top) {
        query::parse_top(t)?;
    }
    if let Some(t) = nonempty(&q.release) {
        query::parse_count("release", t, 1, i64::MAX.unsigned_abs())?;
    }
    let year = |name: &str, v: &Option<String>| {
        nonempty(v).map(|t| query::parse_year(name, t)).transpose()
    };
    let balanced = match nonempty(&q.panel) {
        None => false,
        Some(t) if t.eq_ignore_ascii_case("balanced") => true,
        Some(t) => {
            return Err(ParamError::UnknownValue {
                name: "panel".into(),
                value: query::echo(t),
                expected: "balanced".into(),
            }
            .into())
        }
    };
    Ok(Parsed {
        balanced,
        indicator,
        filter: Filter {
            from: year("from", &q.from)?,
            to: year("to", &q.to)?,
            country: nonempty(&q.country).map(str::to_owned),
            region: nonempty(&q.region).map(str::to_owned),
            sex: nonempty(&q.sex).map(query::parse_sex).transpose()?,
            age: nonempty(&q.age).map(query::parse_age).transpose()?,
            form: nonempty(&q.form).map(query::parse_form).transpose()?,
        },
        by,
        csv,
    })
}

/// [`parse_query`], then the country checked against the store's countries
/// (an ISO 3166-1 alpha-3 code; a name is refused with its code) and the
/// region against the statistics' regions and sub-regions
/// ([`palermo_model::query::parse_country`], `parse_region`: the rules of
/// `palermo stats indicators --country/--region`).
///
/// # Errors
/// [`WebError::BadRequest`] naming the parameter and why; database errors.
pub async fn parse_request(state: &AppState, q: &DataQuery) -> Result<Parsed, WebError> {
    let mut p = parse_query(q)?;
    if let Some(c) = p.filter.country.take() {
        let index = state.store.country_index().await?;
        p.filter.country = Some(query::parse_country(&index, &c)?);
    }
    if let Some(r) = p.filter.region.take() {
        let stats = state.datahub.stats(&state.store).await?;
        p.filter.region = Some(query::parse_region(
            &r,
            stats.regions().iter().map(String::as_str),
            stats.subregions().iter().map(String::as_str),
        )?);
    }
    Ok(p)
}

pub(crate) fn query_err(e: palermo_model::indicator::QueryError) -> WebError {
    WebError::BadRequest(e.to_string())
}

/// The public case-record query of a request
/// ([`palermo_disclosure::public::PublicCaseQuery`]: one table of one
/// stored release, no `k`, no filter, one grouping at most), or the 400
/// with the rule's reason.
///
/// # Errors
/// [`WebError::BadRequest`] with the reason from `palermo-disclosure`.
pub fn public_case_query(q: &DataQuery, p: &Parsed) -> Result<PublicCaseQuery, WebError> {
    PublicCaseQuery::from_request(&CaseRequest {
        by: &p.by,
        filter: &p.filter,
        k_given: q.k.is_some(),
        release: q.release.as_deref(),
    })
    .map_err(|e| WebError::BadRequest(e.to_string()))
}

/// The data page shows national statistics under any filter but its
/// case-record table is fixed (by year, latest release): a `k` is refused
/// there as on the API ([`PublicQueryError::KChosen`]).
pub(crate) fn check_no_k(q: &DataQuery) -> Result<(), WebError> {
    if q.k.is_some() {
        return Err(WebError::BadRequest(PublicQueryError::KChosen.to_string()));
    }
    Ok(())
}

/// Query string of a filter (for links to the API).
pub(crate) fn query_string(q: &DataQuery) -> String {
    let mut parts = Vec::new();
    for (k, v) in [
        ("indicator", &q.indicator),
        ("from", &q.from),
        ("to", &q.to),
        ("country", &q.country),
        ("region", &q.region),
        ("sex", &q.sex),
        ("age", &q.age),
        ("form", &q.form),
    ] {
        if let Some(v) = nonempty(v) {
            let enc: String = v
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b == b'-' {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            parts.push(format!("{k}={enc}"));
        }
    }
    parts.join("&")
}
