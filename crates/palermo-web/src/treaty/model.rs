//! The treaty pages' models, built by plain functions from values loaded
//! from the store ([`TreatyData`] and what each builder takes): no request,
//! no session, no I/O, so that the report to the Commission can build the
//! same sections from the CLI.

use std::collections::{BTreeMap, HashMap};

use palermo_model::date::iso;
use palermo_model::treaty::{
    count, effective_date, parties_by_year, snapshot_age_years, status_on, un_members_not_party,
    StatusCounts,
};
use palermo_model::{Country, Instrument, ParticipantStatus};
use palermo_store::treaty::SnapshotInfo;
use serde::Deserialize;

use palermo_i18n::{names, t, Lang};

use crate::charts::{bar_chart, Svg};
use crate::data::page::CountrySeries;
use crate::layout::message;

/// An instrument's short name in `lang` (`treaty.ftl`, `instrument-<code>`).
pub fn short_name(lang: Lang, i: Instrument) -> String {
    t(lang, &format!("instrument-{}", i.code()))
}

/// The kind of a consent to be bound in `lang` (`consent-ratification`, …).
pub fn consent_kind(lang: Lang, kind: palermo_model::ConsentType) -> String {
    t(
        lang,
        &format!("consent-{}", kind.as_str().replace('_', "-")),
    )
}

/// A participant's name in `lang`: the country's name (CLDR, through
/// `palermo_i18n::names`) when it is a country, else the name the
/// depositary gives (a regional economic integration organisation).
pub fn participant_name(
    lang: Lang,
    iso3: Option<&str>,
    name: &str,
    countries: &HashMap<String, Country>,
) -> String {
    iso3.and_then(|c| countries.get(c))
        .map_or_else(|| name.to_owned(), |c| names::country_name(lang, c))
}

/// A UN M49 region or sub-region in `lang`, as the model names it.
pub fn region_name(lang: Lang, region: &str) -> String {
    names::m49_area_name(lang, region).map_or_else(|| region.to_owned(), str::to_owned)
}

/// The latest snapshot of each instrument, in [`Instrument::ALL`]'s order.
#[derive(Debug, Clone)]
pub struct Snapshots(pub Vec<(Instrument, Option<SnapshotInfo>)>);

impl Snapshots {
    /// The snapshot of `i`, if one was loaded.
    pub fn of(&self, i: Instrument) -> Option<&SnapshotInfo> {
        self.0
            .iter()
            .find(|(x, _)| *x == i)
            .and_then(|(_, s)| s.as_ref())
    }

    /// The "status as at" date of `i`'s snapshot (`YYYY-MM-DD`), empty
    /// when none was loaded (the page says "unknown").
    pub fn date(&self, i: Instrument) -> String {
        self.of(i).map(|s| iso(s.as_of)).unwrap_or_default()
    }
}

/// What a treaty page says about the age of the status it shows: the
/// snapshot's date and age, the newest official count known (when it is newer
/// than the snapshot), the depositary's page and how to load a newer table.
#[derive(Debug, Clone)]
pub struct SnapshotNotice {
    /// The instrument's code.
    pub code: &'static str,
    /// The instrument's short name, in the page's language.
    pub short_name: String,
    /// The snapshot's "status as at" date, or empty (unknown).
    pub snapshot_as_of: String,
    /// Its age on the day the page is built, whole years.
    pub age_years: u32,
    /// The newest official count, when it is newer than the snapshot:
    /// (as-of date, parties, signatories, source page).
    pub newer_official: Option<(String, u32, u32, &'static str)>,
    /// The instrument's status page at the UN Treaty Collection.
    pub untc_url: String,
}

impl SnapshotNotice {
    /// The notice of `i`'s snapshot on the day `today`, in `lang`.
    pub fn new(
        i: Instrument,
        snapshot: Option<&SnapshotInfo>,
        today: time::Date,
        lang: Lang,
    ) -> Self {
        let snapshot = snapshot.map(|s| s.as_of);
        let official = i.latest_official_count();
        Self {
            code: i.code(),
            short_name: short_name(lang, i),
            snapshot_as_of: snapshot.map(iso).unwrap_or_default(),
            age_years: snapshot.map_or(0, |d| snapshot_age_years(d, today)),
            newer_official: official
                .filter(|c| snapshot.is_none_or(|d| c.as_of > d))
                .map(|c| (iso(c.as_of), c.parties, c.signatories, c.source_url)),
            untc_url: i.untc_url(),
        }
    }

    /// Whether the page must warn that the status is out of date: a newer
    /// official count is known, or the snapshot is a year old or more.
    fn is_stale(&self) -> bool {
        self.newer_official.is_some() || self.age_years >= 1
    }
}

/// The notices of one page (one instrument, or all four).
#[derive(Debug, Clone)]
pub struct SnapshotNotices {
    /// One notice per instrument shown.
    pub items: Vec<SnapshotNotice>,
    /// Whether any of them is out of date (the page shows the notice then).
    pub stale: bool,
    /// The `--instrument` value for the import command shown.
    pub instrument_arg: String,
}

impl SnapshotNotices {
    /// The notices of `items`.
    pub fn new(items: Vec<SnapshotNotice>) -> Self {
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

    /// The notices of all four instruments, in `lang`.
    pub fn all(snapshots: &Snapshots, today: time::Date, lang: Lang) -> Self {
        Self::new(
            Instrument::ALL
                .iter()
                .map(|i| SnapshotNotice::new(*i, snapshots.of(*i), today, lang))
                .collect(),
        )
    }
}

/// One instrument on the dashboard.
#[derive(Debug, Clone)]
pub struct InstrumentCard {
    /// The instrument's code.
    pub code: &'static str,
    /// Its short name.
    pub short_name: String,
    /// Its official title, from its authentic text in the page's language.
    pub title: &'static str,
    /// The "status as at" date of its data.
    pub as_of: String,
    /// Its counts.
    pub counts: StatusCounts,
    /// Width of the progress bar, percent of UN Member States (SVG units).
    pub percent: String,
    /// The same share as the language writes a percentage (`12.3%`,
    /// `12,3 %`).
    pub percent_text: String,
}

/// A recent consent, for the dashboard.
#[derive(Debug, Clone)]
pub struct RecentParty {
    /// The participant's name.
    pub participant: String,
    /// Its ISO3 code (none for a regional organisation).
    pub iso3: Option<String>,
    /// The instrument's short name.
    pub instrument: String,
    /// The instrument's code.
    pub instrument_code: &'static str,
    /// The date of consent.
    pub date: String,
    /// The kind of consent.
    pub kind: String,
}

/// The dashboard.
#[derive(Debug, Clone)]
pub struct HomePage {
    /// How old the status shown is.
    pub notices: SnapshotNotices,
    /// One card per instrument.
    pub cards: Vec<InstrumentCard>,
    /// The twelve latest consents.
    pub recent: Vec<RecentParty>,
    /// The number of UN Member States.
    pub un_members: usize,
}

/// The dashboard from the status of every instrument (`all`), in `lang`.
pub fn home_page(
    all: &[ParticipantStatus],
    snapshots: &Snapshots,
    countries: &HashMap<String, Country>,
    today: time::Date,
    lang: Lang,
) -> HomePage {
    let un_members = palermo_model::country::UN_MEMBER_STATES.len();
    let cards = Instrument::ALL
        .iter()
        .map(|&i| {
            let rows: Vec<ParticipantStatus> =
                all.iter().filter(|r| r.instrument == i).cloned().collect();
            let counts = count(&rows, None);
            let info = i.info();
            let share = counts.un_member_parties as f64 / un_members as f64;
            InstrumentCard {
                code: info.code,
                short_name: short_name(lang, i),
                title: names::instrument_title(lang, i),
                as_of: snapshots.date(i),
                percent: format!("{:.1}", 100.0 * share),
                percent_text: palermo_i18n::format::percent(lang, share, 1),
                counts,
            }
        })
        .collect();
    let mut consents: Vec<&ParticipantStatus> =
        all.iter().filter(|r| r.consent.is_some()).collect();
    consents.sort_by_key(|r| std::cmp::Reverse(r.consent.map(|c| c.date)));
    let recent = consents
        .into_iter()
        .take(12)
        .filter_map(|r| {
            let c = r.consent?;
            Some(RecentParty {
                participant: participant_name(lang, r.iso3.as_deref(), &r.participant, countries),
                iso3: r.iso3.clone(),
                instrument: short_name(lang, r.instrument),
                instrument_code: r.instrument.code(),
                date: iso(c.date),
                kind: consent_kind(lang, c.kind),
            })
        })
        .collect();
    HomePage {
        notices: SnapshotNotices::all(snapshots, today, lang),
        cards,
        recent,
        un_members,
    }
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

/// A participant in the instrument page's table.
#[derive(Debug, Clone)]
pub struct ParticipantRow {
    /// Its name.
    pub participant: String,
    /// Its ISO3 code (none for a regional organisation).
    pub iso3: Option<String>,
    /// Its UN region, or "regional organisation", in the page's language.
    pub region: String,
    /// The date of signature, or empty.
    pub signature: String,
    /// The date of consent to be bound, or empty.
    pub consent: String,
    /// The kind of consent, or empty.
    pub kind: String,
    /// Whether it is a party.
    pub party: bool,
}

/// A sortable column heading.
#[derive(Debug, Clone)]
pub struct SortLink {
    /// The heading's message (`col-participant`, …).
    pub label: &'static str,
    /// The link that sorts by it.
    pub href: String,
    /// `aria-sort` value: `ascending`, `descending` or `none`.
    pub aria: &'static str,
}

/// The UN Member States of one region that are not party.
#[derive(Debug, Clone)]
pub struct RegionGroup {
    /// The region.
    pub region: String,
    /// (ISO3, name, has signed) of each.
    pub states: Vec<(String, String, bool)>,
}

/// The page of one instrument.
#[derive(Debug, Clone)]
pub struct InstrumentPage {
    /// The instrument's code.
    pub code: &'static str,
    /// Its short name.
    pub short_name: String,
    /// Its official title, from its authentic text in the page's language.
    pub title: &'static str,
    /// Its MTDSG reference.
    pub mtdsg_no: &'static str,
    /// Its adoption date.
    pub adopted: String,
    /// The resolution that adopted it, in the page's language.
    pub adopted_by: String,
    /// Its entry into force.
    pub entry_into_force: String,
    /// UN Treaty Series volume.
    pub unts_volume: u32,
    /// UN Treaty Series registration number.
    pub unts_registration: u32,
    /// The date the status is shown as at.
    pub as_of: String,
    /// A date asked for beyond the snapshot's (shown as the snapshot's).
    pub asked_beyond: Option<String>,
    /// The `as_of` asked for (`YYYY-MM-DD`), empty when none, for the CSV link.
    pub asked_as_of: String,
    /// Number of UN Member States on the date shown.
    pub members_then: usize,
    /// The snapshot's date, or "unknown".
    pub snapshot_as_of: String,
    /// Where the snapshot came from.
    pub source: String,
    /// The counts on the date shown.
    pub counts: StatusCounts,
    /// Parties by year.
    pub chart: Svg,
    /// The participants, sorted as asked.
    pub rows: Vec<ParticipantRow>,
    /// The column headings' sort links.
    pub sort_links: Vec<SortLink>,
    /// UN Member States not party, by region.
    pub not_party: Vec<RegionGroup>,
    /// How many they are.
    pub not_party_total: usize,
    /// How old the status shown is.
    pub notices: SnapshotNotices,
}

/// The page of instrument `i` from its status rows (`all`), its latest
/// snapshot and the countries, as asked by `q` (sort and date, `as_of`
/// already parsed), in `lang`.
#[allow(clippy::too_many_arguments)]
pub fn instrument_page(
    i: Instrument,
    q: &InstrumentQuery,
    as_of: Option<time::Date>,
    snapshot: Option<&SnapshotInfo>,
    all: &[ParticipantStatus],
    countries: &HashMap<String, Country>,
    today: time::Date,
    lang: Lang,
) -> InstrumentPage {
    let info = i.info();
    let snapshot_date_value = snapshot.map(|s| s.as_of);
    // The data say nothing after the snapshot: never show a later date.
    let shown = snapshot_date_value.map(|d| effective_date(as_of, d));
    let asked_beyond = match (as_of, snapshot_date_value) {
        (Some(a), Some(d)) if a > d => Some(iso(a)),
        _ => None,
    };
    let rows = status_on(all, shown);

    let by_year = parties_by_year(&rows, shown.map(|d| d.year()));
    let bars: Vec<(String, f64, String)> = by_year
        .iter()
        .map(|(y, new, total)| {
            (
                y.to_string(),
                *total as f64,
                message(
                    lang,
                    "chart-parties-tip",
                    &[("year", &y.to_string()), ("total", total), ("new", new)],
                ),
            )
        })
        .collect();
    let chart = bar_chart(
        lang,
        "parties-by-year",
        &message(
            lang,
            "chart-parties-title",
            &[("instrument", &short_name(lang, i))],
        ),
        &t(lang, "chart-parties-desc"),
        &bars,
        &t(lang, "col-year"),
        &t(lang, "chart-parties-unit"),
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
            let name = |r: &ParticipantStatus| {
                participant_name(lang, r.iso3.as_deref(), &r.participant, countries)
            };
            let mut named: Vec<(String, ParticipantStatus)> =
                sorted.drain(..).map(|r| (name(&r), r)).collect();
            names::sort_by_name(lang, &mut named, |(n, _)| n.as_str());
            sorted = named.into_iter().map(|(_, r)| r).collect();
            if desc {
                sorted.reverse();
            }
        }
    }
    let as_of_param = as_of
        .map(|d| format!("&as_of={}", iso(d)))
        .unwrap_or_default();
    let sort_links = [
        ("participant", "col-participant"),
        ("signature", "col-signature"),
        ("consent", "col-consent"),
        ("type", "col-kind"),
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
            participant: participant_name(lang, r.iso3.as_deref(), &r.participant, countries),
            iso3: r.iso3.clone(),
            region: r
                .iso3
                .as_ref()
                .and_then(|c| countries.get(c))
                .map(|c| region_name(lang, &c.region))
                .unwrap_or_else(|| t(lang, "regional-organisation")),
            signature: r.signature.map(iso).unwrap_or_default(),
            consent: r.consent.map(|c| iso(c.date)).unwrap_or_default(),
            kind: r
                .consent
                .map(|c| consent_kind(lang, c.kind))
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
            groups
                .entry(region_name(lang, &c.region))
                .or_default()
                .push((c.iso3.clone(), names::country_name(lang, c), signed));
        }
    }
    let mut not_party: Vec<RegionGroup> = groups
        .into_iter()
        .map(|(region, mut states)| {
            names::sort_by_name(lang, &mut states, |s| s.1.as_str());
            RegionGroup { region, states }
        })
        .collect();
    names::sort_by_name(lang, &mut not_party, |g| g.region.as_str());

    let snapshot_as_of = snapshot.map(|s| iso(s.as_of)).unwrap_or_default();
    InstrumentPage {
        code: info.code,
        short_name: short_name(lang, i),
        title: names::instrument_title(lang, i),
        mtdsg_no: info.mtdsg_no,
        adopted: iso(info.adopted),
        adopted_by: match info.adopted_by.strip_prefix("General Assembly resolution ") {
            Some(number) => message(lang, "instrument-adopted-by", &[("resolution", &number)]),
            None => info.adopted_by.to_owned(),
        },
        entry_into_force: iso(info.entry_into_force),
        unts_volume: info.unts_volume,
        unts_registration: info.unts_registration,
        as_of: shown.map(iso).unwrap_or_else(|| snapshot_as_of.clone()),
        asked_beyond,
        asked_as_of: as_of.map(iso).unwrap_or_default(),
        members_then,
        snapshot_as_of,
        source: snapshot.map(|s| s.source.clone()).unwrap_or_default(),
        counts: count(&rows, shown),
        chart,
        rows: table_rows,
        sort_links,
        not_party_total: missing.len(),
        not_party,
        notices: SnapshotNotices::new(vec![SnapshotNotice::new(i, snapshot, today, lang)]),
    }
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

/// A country's status under one instrument.
#[derive(Debug, Clone)]
pub struct CountryStatusRow {
    /// "Status as at" date of this instrument's data.
    pub as_of: String,
    /// The instrument's code.
    pub code: &'static str,
    /// Its short name.
    pub short_name: String,
    /// The date of signature, or empty.
    pub signature: String,
    /// The date of consent, or empty.
    pub consent: String,
    /// The kind of consent, or empty.
    pub kind: String,
    /// "Party since …", "Signatory since …" or neither, in the page's
    /// language.
    pub summary: String,
}

/// The page of one country.
#[derive(Debug, Clone)]
pub struct CountryPage {
    /// The country.
    pub country: Country,
    /// Its name in the page's language.
    pub name: String,
    /// Its region and sub-region in the page's language.
    pub region: String,
    /// Its sub-region in the page's language, or empty.
    pub sub_region: String,
    /// Its status under each instrument.
    pub statuses: Vec<CountryStatusRow>,
    /// Its latest population figure: (year, persons).
    pub population: Option<(i32, u64)>,
    /// The data hub's statistics for it, if any.
    pub series: Option<CountrySeries>,
    /// How old the status shown is.
    pub notices: SnapshotNotices,
}

/// The page of `country` from its status rows, the snapshots, its
/// population series and its statistics, in `lang`.
pub fn country_page(
    country: Country,
    statuses_raw: &[ParticipantStatus],
    snapshots: &Snapshots,
    population: &[palermo_model::PopulationRecord],
    series: Option<CountrySeries>,
    today: time::Date,
    lang: Lang,
) -> CountryPage {
    let statuses = Instrument::ALL
        .iter()
        .map(|i| {
            let as_of = snapshots.date(*i);
            let r = statuses_raw.iter().find(|r| r.instrument == *i);
            let signature = r.and_then(|r| r.signature).map(iso).unwrap_or_default();
            let consent = r.and_then(|r| r.consent);
            let date = |d| palermo_i18n::format::date(lang, d);
            let summary = match (consent, r.and_then(|r| r.signature)) {
                (Some(c), _) => message(
                    lang,
                    "country-party-since",
                    &[
                        ("date", &date(c.date)),
                        ("kind", &consent_kind(lang, c.kind)),
                    ],
                ),
                (None, Some(s)) => message(lang, "country-signatory-since", &[("date", &date(s))]),
                (None, None) => t(lang, "country-neither"),
            };
            CountryStatusRow {
                as_of,
                code: i.code(),
                short_name: short_name(lang, *i),
                signature,
                consent: consent.map(|c| iso(c.date)).unwrap_or_default(),
                kind: consent
                    .map(|c| consent_kind(lang, c.kind))
                    .unwrap_or_default(),
                summary,
            }
        })
        .collect();
    CountryPage {
        name: names::country_name(lang, &country),
        region: region_name(lang, &country.region),
        sub_region: if country.sub_region.is_empty() {
            String::new()
        } else {
            region_name(lang, &country.sub_region)
        },
        country,
        statuses,
        population: population.last().map(|p| (p.year, p.population)),
        series,
        notices: SnapshotNotices::all(snapshots, today, lang),
    }
}

/// A country in the list of countries.
#[derive(Debug, Clone)]
pub struct CountryListRow {
    /// ISO3.
    pub iso3: String,
    /// Name.
    pub name: String,
    /// UN region.
    pub region: String,
    /// Whether it is a UN Member State.
    pub un_member: bool,
    /// The message of its status under each instrument: `mark-party`,
    /// `mark-signatory` or `mark-none` (a dash).
    pub marks: Vec<&'static str>,
}

/// The list of countries.
#[derive(Debug, Clone)]
pub struct CountriesPage {
    /// One row per country.
    pub rows: Vec<CountryListRow>,
    /// Short name and "status as at" date of each instrument's data.
    pub instruments: Vec<(String, String)>,
    /// How old the status shown is.
    pub notices: SnapshotNotices,
}

/// The list of countries from the status of every instrument (`all`), in
/// `lang`, sorted by name in its collation order.
pub fn countries_page(
    all: &[ParticipantStatus],
    countries: Vec<Country>,
    snapshots: &Snapshots,
    today: time::Date,
    lang: Lang,
) -> CountriesPage {
    let mut by_country: HashMap<&str, Vec<&ParticipantStatus>> = HashMap::new();
    for r in all {
        if let Some(c) = r.iso3.as_deref() {
            by_country.entry(c).or_default().push(r);
        }
    }
    let rows = countries
        .into_iter()
        .map(|c| {
            let marks = Instrument::ALL
                .iter()
                .map(|i| {
                    let r = by_country
                        .get(c.iso3.as_str())
                        .and_then(|v| v.iter().find(|r| r.instrument == *i));
                    match r {
                        Some(r) if r.consent.is_some() => "mark-party",
                        Some(_) => "mark-signatory",
                        None => "mark-none",
                    }
                })
                .collect();
            CountryListRow {
                name: names::country_name(lang, &c),
                region: region_name(lang, &c.region),
                iso3: c.iso3,
                un_member: c.un_member,
                marks,
            }
        })
        .collect::<Vec<_>>();
    let mut rows = rows;
    names::sort_by_name(lang, &mut rows, |r| r.name.as_str());
    CountriesPage {
        rows,
        instruments: Instrument::ALL
            .iter()
            .map(|i| (short_name(lang, *i), snapshots.date(*i)))
            .collect(),
        notices: SnapshotNotices::all(snapshots, today, lang),
    }
}
