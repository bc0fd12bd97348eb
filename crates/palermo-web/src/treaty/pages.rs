//! Server-rendered HTML pages: the dashboard, one page per instrument, one
//! page per country, and the list of countries.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use palermo_model::date::{iso, parse_iso};
use palermo_model::treaty::{
    count, effective_date, parties_by_year, snapshot_age_years, status_on, un_members_not_party,
    StatusCounts,
};
use palermo_model::{Country, Instrument, ParticipantStatus};
use serde::Deserialize;

use crate::charts::bar_chart;
use crate::error::{PageError, WebError};
use crate::format::thousands;
use crate::params::{NoParams, Params};
use crate::AppState;

/// One instrument on the dashboard.
struct InstrumentCard {
    code: &'static str,
    short_name: &'static str,
    title: &'static str,
    as_of: String,
    counts: StatusCounts,
    /// Width of the progress bar, percent of UN Member States.
    percent: String,
}

/// A recent consent, for the dashboard.
struct RecentParty {
    participant: String,
    iso3: Option<String>,
    instrument: &'static str,
    instrument_code: &'static str,
    date: String,
    kind: &'static str,
}

#[derive(Template)]
#[template(path = "treaty/home.html")]
struct HomePage {
    layout: crate::layout::Layout,
    notices: SnapshotNotices,
    cards: Vec<InstrumentCard>,
    recent: Vec<RecentParty>,
    un_members: usize,
}

async fn snapshot_date(state: &AppState, i: Instrument) -> Result<String, WebError> {
    Ok(state
        .store
        .treaty_snapshot(i)
        .await?
        .map(|s| iso(s.as_of))
        .unwrap_or_else(|| "unknown".into()))
}

/// What a treaty page says about the age of the status it shows: the
/// snapshot's date and age, the newest official count known (when it is newer
/// than the snapshot), the depositary's page and how to load a newer table.
pub(crate) struct SnapshotNotice {
    code: &'static str,
    short_name: &'static str,
    snapshot_as_of: String,
    age_years: u32,
    /// The newest official count, when it is newer than the snapshot:
    /// (as-of date, parties, signatories, source page).
    newer_official: Option<(String, u32, u32, &'static str)>,
    untc_url: String,
}

impl SnapshotNotice {
    /// Whether the page must warn that the status is out of date: a newer
    /// official count is known, or the snapshot is a year old or more.
    fn is_stale(&self) -> bool {
        self.newer_official.is_some() || self.age_years >= 1
    }
}

/// The notices of one page (one instrument, or all four).
pub(crate) struct SnapshotNotices {
    items: Vec<SnapshotNotice>,
    /// Whether any of them is out of date (the page shows the notice then).
    stale: bool,
    /// The `--instrument` value for the import command shown.
    instrument_arg: String,
}

impl SnapshotNotices {
    fn new(items: Vec<SnapshotNotice>) -> Self {
        let instrument_arg = match items.as_slice() {
            [one] => one.code.to_string(),
            _ => "untoc|tip|som|firearms".to_string(),
        };
        Self {
            stale: items.iter().any(SnapshotNotice::is_stale),
            items,
            instrument_arg,
        }
    }
}

async fn snapshot_notice(state: &AppState, i: Instrument) -> Result<SnapshotNotice, WebError> {
    let snapshot = state.store.treaty_snapshot(i).await?.map(|s| s.as_of);
    let today = time::OffsetDateTime::now_utc().date();
    let official = i.latest_official_count();
    Ok(SnapshotNotice {
        code: i.code(),
        short_name: i.info().short_name,
        snapshot_as_of: snapshot.map(iso).unwrap_or_else(|| "unknown".into()),
        age_years: snapshot.map_or(0, |d| snapshot_age_years(d, today)),
        newer_official: official
            .filter(|c| snapshot.is_none_or(|d| c.as_of > d))
            .map(|c| (iso(c.as_of), c.parties, c.signatories, c.source_url)),
        untc_url: i.untc_url(),
    })
}

async fn snapshot_notices(state: &AppState) -> Result<SnapshotNotices, WebError> {
    let mut notices = Vec::new();
    for i in Instrument::ALL {
        notices.push(snapshot_notice(state, i).await?);
    }
    Ok(SnapshotNotices::new(notices))
}

pub(crate) async fn home(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Html<String>, PageError> {
    let all = state.store.treaty_status(None).await?;
    let un_members = palermo_model::country::UN_MEMBER_STATES.len();
    let mut cards = Vec::new();
    for i in Instrument::ALL {
        let rows: Vec<ParticipantStatus> =
            all.iter().filter(|r| r.instrument == i).cloned().collect();
        let counts = count(&rows, None);
        let info = i.info();
        cards.push(InstrumentCard {
            code: info.code,
            short_name: info.short_name,
            title: info.title,
            as_of: snapshot_date(&state, i).await?,
            percent: format!(
                "{:.1}",
                100.0 * counts.un_member_parties as f64 / un_members as f64
            ),
            counts,
        });
    }
    let mut consents: Vec<&ParticipantStatus> =
        all.iter().filter(|r| r.consent.is_some()).collect();
    consents.sort_by_key(|r| std::cmp::Reverse(r.consent.map(|c| c.date)));
    let recent = consents
        .into_iter()
        .take(12)
        .filter_map(|r| {
            let c = r.consent?;
            Some(RecentParty {
                participant: r.participant.clone(),
                iso3: r.iso3.clone(),
                instrument: r.instrument.info().short_name,
                instrument_code: r.instrument.code(),
                date: iso(c.date),
                kind: c.kind.as_str(),
            })
        })
        .collect();
    Ok(Html(
        HomePage {
            layout: crate::layout::Layout::public(),
            notices: snapshot_notices(&state).await?,
            cards,
            recent,
            un_members,
        }
        .render()?,
    ))
}

/// Query parameters of the instrument page.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct InstrumentQuery {
    /// Sort key: `participant`, `signature`, `consent`, `type`.
    pub sort: Option<String>,
    /// `asc` or `desc`.
    pub dir: Option<String>,
    /// Show the status as it stood on this date (YYYY-MM-DD).
    pub as_of: Option<String>,
}

struct ParticipantRow {
    participant: String,
    iso3: Option<String>,
    region: String,
    signature: String,
    consent: String,
    kind: String,
    party: bool,
}

struct SortLink {
    label: &'static str,
    href: String,
    /// `aria-sort` value: `ascending`, `descending` or `none`.
    aria: &'static str,
}

struct RegionGroup {
    region: String,
    states: Vec<(String, String, bool)>,
}

#[derive(Template)]
#[template(path = "treaty/instrument.html")]
struct InstrumentPage {
    layout: crate::layout::Layout,
    code: &'static str,
    short_name: &'static str,
    title: &'static str,
    mtdsg_no: &'static str,
    adopted: String,
    adopted_by: &'static str,
    entry_into_force: String,
    unts_volume: u32,
    unts_registration: u32,
    as_of: String,
    /// A date asked for beyond the snapshot's (shown as the snapshot's).
    asked_beyond: Option<String>,
    /// The `as_of` asked for (`YYYY-MM-DD`), empty when none, for the CSV link.
    asked_as_of: String,
    /// Number of UN Member States on the date shown.
    members_then: usize,
    snapshot_as_of: String,
    source: String,
    counts: StatusCounts,
    chart: String,
    rows: Vec<ParticipantRow>,
    sort_links: Vec<SortLink>,
    not_party: Vec<RegionGroup>,
    not_party_total: usize,
    notices: SnapshotNotices,
}

fn parse_instrument(code: &str) -> Result<Instrument, WebError> {
    code.parse::<Instrument>()
        .map_err(|_| WebError::NotFound(format!("There is no instrument called {code:?}.")))
}

/// Parses an optional `as_of` query parameter.
pub(crate) fn parse_as_of(s: Option<&str>) -> Result<Option<time::Date>, WebError> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => parse_iso(s)
            .map(Some)
            .ok_or_else(|| WebError::BadRequest(format!("as_of {s:?} is not a date YYYY-MM-DD"))),
    }
}

pub(crate) async fn instrument(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Params(q): Params<InstrumentQuery>,
) -> Result<Html<String>, PageError> {
    let i = parse_instrument(&code)?;
    let info = i.info();
    let as_of = parse_as_of(q.as_of.as_deref())?;
    let snapshot = state.store.treaty_snapshot(i).await?;
    let all = state.store.treaty_status(Some(i)).await?;
    let snapshot_date_value = snapshot.as_ref().map(|s| s.as_of);
    // The data say nothing after the snapshot: never show a later date.
    let shown = snapshot_date_value.map(|d| effective_date(as_of, d));
    let asked_beyond = match (as_of, snapshot_date_value) {
        (Some(a), Some(d)) if a > d => Some(iso(a)),
        _ => None,
    };
    let rows = status_on(&all, shown);
    let countries: HashMap<String, Country> = state
        .store
        .countries()
        .await?
        .into_iter()
        .map(|c| (c.iso3.clone(), c))
        .collect();

    let by_year = parties_by_year(&rows, shown.map(|d| d.year()));
    let bars: Vec<(String, f64, String)> = by_year
        .iter()
        .map(|(y, new, total)| {
            (
                y.to_string(),
                *total as f64,
                format!("{y}: {total} parties ({new} new)"),
            )
        })
        .collect();
    let chart = bar_chart(
        "parties-by-year",
        &format!("Parties to the {} by year (cumulative)", info.short_name),
        "Number of parties at the end of each year (cumulative), counted from the dates of \
         ratification, acceptance, approval, accession or succession.",
        &bars,
        "parties",
    );

    let sort = q.sort.as_deref().unwrap_or("participant");
    let desc = q.dir.as_deref() == Some("desc");
    let mut sorted = rows.clone();
    match sort {
        // Empty dates last, whichever the direction.
        "signature" => sorted.sort_by(|a, b| cmp_missing_last(a.signature, b.signature, desc)),
        "consent" => sorted.sort_by(|a, b| {
            cmp_missing_last(a.consent.map(|c| c.date), b.consent.map(|c| c.date), desc)
        }),
        "type" => sorted.sort_by(|a, b| {
            cmp_missing_last(
                a.consent.map(|c| c.kind.as_str()),
                b.consent.map(|c| c.kind.as_str()),
                desc,
            )
        }),
        _ => {
            sorted.sort_by(|a, b| a.participant.cmp(&b.participant));
            if desc {
                sorted.reverse();
            }
        }
    }
    let as_of_param = as_of
        .map(|d| format!("&as_of={}", iso(d)))
        .unwrap_or_default();
    let sort_links = [
        ("participant", "Participant"),
        ("signature", "Signature"),
        ("consent", "Consent to be bound"),
        ("type", "Kind"),
    ]
    .into_iter()
    .map(|(key, label)| {
        let active = key == sort || (sort_is_default(sort) && key == "participant");
        let next = if active && !desc { "desc" } else { "asc" };
        SortLink {
            label,
            href: format!(
                "/instruments/{}?sort={key}&dir={next}{as_of_param}#participants",
                info.code
            ),
            aria: match (active, desc) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            },
        }
    })
    .collect();
    let table_rows = sorted
        .iter()
        .map(|r| ParticipantRow {
            participant: r.participant.clone(),
            iso3: r.iso3.clone(),
            region: r
                .iso3
                .as_ref()
                .and_then(|c| countries.get(c))
                .map(|c| c.region.clone())
                .unwrap_or_else(|| "Regional organisation".into()),
            signature: r.signature.map(iso).unwrap_or_default(),
            consent: r.consent.map(|c| iso(c.date)).unwrap_or_default(),
            kind: r
                .consent
                .map(|c| c.kind.as_str().replace('_', " "))
                .unwrap_or_default(),
            party: r.consent.is_some(),
        })
        .collect();

    let mut groups: BTreeMap<String, Vec<(String, String, bool)>> = BTreeMap::new();
    let missing = un_members_not_party(&rows, shown);
    let members_then = palermo_model::country::un_member_states_on(shown).len();
    for code in &missing {
        if let Some(c) = countries.get(*code) {
            let signed = rows
                .iter()
                .any(|r| r.iso3.as_deref() == Some(code) && r.signature.is_some());
            groups.entry(c.region.clone()).or_default().push((
                c.iso3.clone(),
                c.name.clone(),
                signed,
            ));
        }
    }
    let not_party = groups
        .into_iter()
        .map(|(region, mut states)| {
            states.sort_by(|a, b| a.1.cmp(&b.1));
            RegionGroup { region, states }
        })
        .collect();

    let snapshot_as_of = snapshot
        .as_ref()
        .map(|s| iso(s.as_of))
        .unwrap_or_else(|| "unknown".into());
    let page = InstrumentPage {
        layout: crate::layout::Layout::public(),
        code: info.code,
        short_name: info.short_name,
        title: info.title,
        mtdsg_no: info.mtdsg_no,
        adopted: iso(info.adopted),
        adopted_by: info.adopted_by,
        entry_into_force: iso(info.entry_into_force),
        unts_volume: info.unts_volume,
        unts_registration: info.unts_registration,
        as_of: shown.map(iso).unwrap_or_else(|| snapshot_as_of.clone()),
        asked_beyond,
        asked_as_of: as_of.map(iso).unwrap_or_default(),
        members_then,
        snapshot_as_of,
        source: snapshot.map(|s| s.source).unwrap_or_default(),
        counts: count(&rows, shown),
        chart,
        rows: table_rows,
        sort_links,
        not_party_total: missing.len(),
        not_party,
        notices: SnapshotNotices::new(vec![snapshot_notice(&state, i).await?]),
    };
    Ok(Html(page.render()?))
}

/// Orders two optional values, missing ones last whatever the direction.
fn cmp_missing_last<T: Ord>(a: Option<T>, b: Option<T>, desc: bool) -> std::cmp::Ordering {
    use std::cmp::Ordering::{Equal, Greater, Less};
    match (a, b) {
        (None, None) => Equal,
        (None, Some(_)) => Greater,
        (Some(_), None) => Less,
        (Some(x), Some(y)) if desc => y.cmp(&x),
        (Some(x), Some(y)) => x.cmp(&y),
    }
}

fn sort_is_default(sort: &str) -> bool {
    !matches!(sort, "participant" | "signature" | "consent" | "type")
}

struct CountryStatusRow {
    /// "Status as at" date of this instrument's data.
    as_of: String,
    code: &'static str,
    short_name: &'static str,
    signature: String,
    consent: String,
    kind: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "treaty/country.html")]
struct CountryPage {
    layout: crate::layout::Layout,
    country: Country,
    statuses: Vec<CountryStatusRow>,
    population: Option<(i32, String)>,
    /// The data hub's series for this country (HTML, may be empty).
    data_series: String,
    notices: SnapshotNotices,
}

pub(crate) async fn country(
    State(state): State<AppState>,
    Path(code): Path<String>,
    _: Params<NoParams>,
) -> Result<Html<String>, PageError> {
    let iso3 = code.to_ascii_uppercase();
    let country =
        state.store.country(&iso3).await?.ok_or_else(|| {
            WebError::NotFound(format!("There is no country with code {code:?}."))
        })?;
    let statuses_raw = state.store.treaty_status_of_country(&iso3).await?;
    let mut as_of_by_instrument = Vec::new();
    for i in Instrument::ALL {
        as_of_by_instrument.push(snapshot_date(&state, i).await?);
    }
    let statuses = Instrument::ALL
        .iter()
        .zip(as_of_by_instrument)
        .map(|(i, as_of)| {
            let r = statuses_raw.iter().find(|r| r.instrument == *i);
            let signature = r.and_then(|r| r.signature).map(iso).unwrap_or_default();
            let consent = r.and_then(|r| r.consent);
            let summary = match (consent, signature.is_empty()) {
                (Some(c), _) => format!(
                    "Party since {} ({})",
                    iso(c.date),
                    c.kind.as_str().replace('_', " ")
                ),
                (None, false) => format!("Signatory since {signature}, not yet a party"),
                (None, true) => "Not a party and not a signatory".to_string(),
            };
            CountryStatusRow {
                as_of,
                code: i.code(),
                short_name: i.info().short_name,
                signature,
                consent: consent.map(|c| iso(c.date)).unwrap_or_default(),
                kind: consent
                    .map(|c| c.kind.as_str().replace('_', " "))
                    .unwrap_or_default(),
                summary,
            }
        })
        .collect();
    let population = state
        .store
        .population(&iso3)
        .await?
        .last()
        .map(|p| (p.year, thousands(p.population)));
    Ok(Html(
        CountryPage {
            layout: crate::layout::Layout::public(),
            country,
            statuses,
            population,
            data_series: crate::data::page::country_series(&state, &iso3).await?,
            notices: snapshot_notices(&state).await?,
        }
        .render()?,
    ))
}

struct CountryListRow {
    iso3: String,
    name: String,
    region: String,
    un_member: bool,
    marks: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "treaty/countries.html")]
struct CountriesPage {
    layout: crate::layout::Layout,
    rows: Vec<CountryListRow>,
    /// Short name and "status as at" date of each instrument's data.
    instruments: Vec<(&'static str, String)>,
    notices: SnapshotNotices,
}

pub(crate) async fn countries(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Html<String>, PageError> {
    let all = state.store.treaty_status(None).await?;
    let mut by_country: HashMap<&str, Vec<&ParticipantStatus>> = HashMap::new();
    for r in &all {
        if let Some(c) = r.iso3.as_deref() {
            by_country.entry(c).or_default().push(r);
        }
    }
    let rows = state
        .store
        .countries()
        .await?
        .into_iter()
        .map(|c| {
            let marks = Instrument::ALL
                .iter()
                .map(|i| {
                    let r = by_country
                        .get(c.iso3.as_str())
                        .and_then(|v| v.iter().find(|r| r.instrument == *i));
                    match r {
                        Some(r) if r.consent.is_some() => "party",
                        Some(_) => "signatory",
                        None => "—",
                    }
                })
                .collect();
            CountryListRow {
                iso3: c.iso3,
                name: c.name,
                region: c.region,
                un_member: c.un_member,
                marks,
            }
        })
        .collect();
    let mut instruments = Vec::new();
    for i in Instrument::ALL {
        instruments.push((i.info().short_name, snapshot_date(&state, i).await?));
    }
    Ok(Html(
        CountriesPage {
            layout: crate::layout::Layout::public(),
            rows,
            instruments,
            notices: snapshot_notices(&state).await?,
        }
        .render()?,
    ))
}
