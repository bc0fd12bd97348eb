//! The data hub's query parameters, shared by the data page and the API,
//! parsed once into a validated [`Parsed`] query; and the rules on what a
//! public case table may be asked for, decided by `palermo-disclosure`
//! ([`public_case_query`]).

use palermo_disclosure::public::{CaseRequest, PublicCaseQuery, PublicQueryError};
use palermo_model::indicator::{Filter, GroupBy};
use palermo_model::stats::{AgeGroup, FormOfExploitation, Indicator, Sex};
use serde::Deserialize;

use crate::error::{tr, WebError};

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
        "country" => t.to_ascii_uppercase(),
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

fn parse_year(name: &str, s: &Option<String>) -> Result<Option<i32>, WebError> {
    match nonempty(s) {
        None => Ok(None),
        // Four digits only: `02010` or `+2010` would be the same year under
        // another spelling, hence another cache entry and render (QA).
        Some(t) => Some(t)
            .filter(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<i32>().ok())
            .filter(|y| (1900..=2100).contains(y))
            .map(Some)
            .ok_or_else(|| {
                WebError::BadRequest(tr("error-not-a-year", &[("name", &name), ("value", &t)]))
            }),
    }
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

/// Validates a query: every value parsed, or a 400 naming the parameter.
///
/// # Errors
/// [`WebError::BadRequest`] naming the parameter and why.
pub fn parse_query(q: &DataQuery) -> Result<Parsed, WebError> {
    let bad = |m: String| WebError::BadRequest(m);
    let indicator = match nonempty(&q.indicator) {
        None => Indicator::DetectedVictims,
        Some(t) => Indicator::parse(t).ok_or_else(|| {
            bad(tr(
                "error-unknown-value",
                &[("name", &"indicator"), ("value", &t)],
            ))
        })?,
    };
    let sex = nonempty(&q.sex)
        .map(|t| {
            Sex::parse(t).ok_or_else(|| {
                bad(tr(
                    "error-unknown-value",
                    &[("name", &"sex"), ("value", &t)],
                ))
            })
        })
        .transpose()?;
    let age = nonempty(&q.age)
        .map(|t| {
            AgeGroup::parse(t).ok_or_else(|| {
                bad(tr(
                    "error-unknown-value",
                    &[("name", &"age"), ("value", &t)],
                ))
            })
        })
        .transpose()?;
    let form = nonempty(&q.form)
        .map(|t| {
            FormOfExploitation::parse(t)
                .map(FormOfExploitation::glotip_group)
                .ok_or_else(|| {
                    bad(tr(
                        "error-unknown-value",
                        &[("name", &"form"), ("value", &t)],
                    ))
                })
        })
        .transpose()?;
    let by = match nonempty(&q.by) {
        None => Vec::new(),
        Some(t) => t
            .split(',')
            .map(|p| {
                GroupBy::parse(p).ok_or_else(|| {
                    bad(tr("error-unknown-value", &[("name", &"by"), ("value", &p)]))
                })
            })
            .collect::<Result<_, _>>()?,
    };
    let csv = match nonempty(&q.format) {
        None | Some("json") => false,
        Some("csv") => true,
        Some(t) => return Err(bad(tr("error-format", &[("value", &t)]))),
    };
    let balanced = match nonempty(&q.panel) {
        None => false,
        Some(t) if t.eq_ignore_ascii_case("balanced") => true,
        Some(t) => {
            return Err(bad(tr(
                "error-unknown-value",
                &[("name", &"panel"), ("value", &t)],
            )))
        }
    };
    Ok(Parsed {
        balanced,
        indicator,
        filter: Filter {
            from: parse_year("from", &q.from)?,
            to: parse_year("to", &q.to)?,
            country: nonempty(&q.country).map(str::to_ascii_uppercase),
            region: nonempty(&q.region).map(str::to_owned),
            sex,
            age,
            form,
        },
        by,
        csv,
    })
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
