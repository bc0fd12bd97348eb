//! Indicators computed from national statistics ([`StatRecord`]) and from
//! case records ([`CaseRecord`]), for any filter of years, region, country,
//! sex, age and form of exploitation.
//!
//! Rules, so that a total never says more than the data do:
//! * **One cell per area and year.** A query selects exactly one breakdown
//!   (the "Total" cell unless it groups or filters by sex, age, form or
//!   citizenship), so that no person is counted twice.
//! * **Censored cells propagate.** `"<5"` adds 1–4 to a total: every total is
//!   an interval [`Count`], flagged `censored` when any censored cell
//!   contributes.
//! * **Repeated keys are read as the table says.** A key published more
//!   than once is read as the sum of its rows when the country-year's own
//!   totals and breakdowns fit the sum and not the alternatives
//!   ([`crate::stats::readings`]); the row counts it as `summed`. Otherwise
//!   the cell counts as the hull of its values (the truth is one of them)
//!   and the row reports the conflict.
//! * **A total where none is published is derived, and says so.** An area
//!   and year that publish no total but all three forms of exploitation
//!   count their sum, as `derived` ([`stat_indicators_read`]).
//! * **Missing is not zero.** Each row states its coverage: which areas and
//!   years contributed. A country that reported nothing is absent, not 0.
//! * **UNODC's regional aggregates** (areas with no published region, such
//!   as `"SAM"`) are not added to country, regional or global totals.
//! * **Unknown sex and unknown age are one cell.** GLOTIP publishes the
//!   victims whose sex and age are not known as a single cell, sex
//!   "Unknown" and age "Unknown"; it never publishes sex "Unknown" for all
//!   ages, nor age "Unknown" for both sexes. That cell therefore answers a
//!   query for sex unknown over all ages (`--sex unknown`, or grouping by
//!   sex) and one for age unknown over both sexes (`--age unknown`, or
//!   grouping by age), as well as the two together. A cell published for
//!   exactly that breakdown ((Unknown, Total) or (Total, Unknown)) is read
//!   instead when present, so no person is counted twice.
//!
//! Case-record counts ([`case_counts`]) are raw: every public output built
//! from them must pass through `palermo-disclosure` first.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

pub mod index;
pub mod panel;

use crate::case::{CaseRecord, CaseSex};
use crate::stats::readings::{judge_repeated, Reading as RowsReading, Readings};
use crate::stats::{
    AgeGroup, Category, Count, Dimension, FormOfExploitation, Indicator, Sex, StatRecord,
};

/// What to group by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    /// Calendar year.
    Year,
    /// Sex (Female, Male, Other, Unknown).
    Sex,
    /// Age group (children 0–17, adults 18+, unknown).
    Age,
    /// Form of exploitation (GLOTIP's three groups).
    Form,
    /// Reporting country (country of detection; for case records the
    /// country of exploitation).
    Country,
    /// Citizenship of the person.
    Citizenship,
    /// UNODC region of the reporting country.
    Region,
}

impl GroupBy {
    /// Parses `year`, `sex`, `age`, `form`, `country`, `citizenship`, `region`.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "year" => Self::Year,
            "sex" => Self::Sex,
            "age" => Self::Age,
            "form" => Self::Form,
            "country" => Self::Country,
            "citizenship" => Self::Citizenship,
            "region" => Self::Region,
            _ => return None,
        })
    }

    /// The one spelling of this grouping in URLs and the CLI (what
    /// [`GroupBy::parse`] reads back).
    pub const fn slug(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Sex => "sex",
            Self::Age => "age",
            Self::Form => "form",
            Self::Country => "country",
            Self::Citizenship => "citizenship",
            Self::Region => "region",
        }
    }
}

/// A selection of cells. Empty fields select everything.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Filter {
    /// First year (inclusive).
    pub from: Option<i32>,
    /// Last year (inclusive).
    pub to: Option<i32>,
    /// Reporting country, ISO 3166-1 alpha-3 (or the area code as published).
    pub country: Option<String>,
    /// UNODC region or sub-region, case-insensitive (`"Europe"`,
    /// `"Sub-Saharan Africa"`).
    pub region: Option<String>,
    /// Sex (`None` = all, the "Total" cell).
    pub sex: Option<Sex>,
    /// Age group (`None` = all ages).
    pub age: Option<AgeGroup>,
    /// Form of exploitation (GLOTIP group).
    pub form: Option<FormOfExploitation>,
}

/// Why a query cannot be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// GLOTIP does not cross form of exploitation with citizenship.
    #[error("GLOTIP does not break one indicator down by form of exploitation and by citizenship at once")]
    FormAndCitizenship,
    /// `--from` after `--to`.
    #[error("the year range is empty: from {0} to {1}")]
    EmptyYears(i32, i32),
}

/// The grouping keys of an output row; only the requested ones are set.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct GroupKeys {
    /// Year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Country (ISO3, or the area code as published).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Citizenship (ISO3, or `other:` and the published label).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citizenship: Option<String>,
    /// Sex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Age group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeGroup>,
    /// Form of exploitation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<FormOfExploitation>,
}

/// Total population by (ISO3, year), persons.
#[derive(Debug, Clone, Default)]
pub struct PopulationTable {
    /// By ISO3, then year: looked up by `&str`, without allocating a key
    /// (a data page looks up thousands of country-years).
    map: HashMap<String, HashMap<i32, u64>>,
}

impl PopulationTable {
    /// An empty table.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the population of `iso3` in `year`.
    pub fn insert(&mut self, iso3: &str, year: i32, population: u64) {
        self.map
            .entry(iso3.to_owned())
            .or_default()
            .insert(year, population);
    }

    /// The population of `iso3` in `year`, if known.
    pub fn get(&self, iso3: &str, year: i32) -> Option<u64> {
        self.map.get(iso3)?.get(&year).copied()
    }

    /// Number of (country, year) entries.
    pub fn len(&self) -> usize {
        self.map.values().map(HashMap::len).sum()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl FromIterator<(String, crate::country::PopulationRecord)> for PopulationTable {
    fn from_iter<I: IntoIterator<Item = (String, crate::country::PopulationRecord)>>(
        iter: I,
    ) -> Self {
        let mut t = Self::new();
        for (iso3, r) in iter {
            t.map.entry(iso3).or_default().insert(r.year, r.population);
        }
        t
    }
}

/// One output row of a statistics indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRow {
    /// The indicator.
    pub indicator: Indicator,
    /// Grouping keys.
    #[serde(flatten)]
    pub keys: GroupKeys,
    /// The total as an interval (exact when `min == max`).
    pub value: Count,
    /// Whether a censored (`"<5"`) cell or a conflicting duplicate
    /// contributes, so that the total is a range.
    pub censored: bool,
    /// Number of cells (area × year) added.
    pub cells: usize,
    /// Keys published more than once with different values among those cells.
    pub conflicts: usize,
    /// Source lines of the conflicting duplicates.
    pub conflict_lines: Vec<u64>,
    /// Keys published more than once whose rows were summed, being parts
    /// of the cell ([`crate::stats::readings`]), among those cells.
    pub summed: usize,
    /// Their source lines.
    pub summed_lines: Vec<u64>,
    /// Cells (area × year) whose total is not published but derived from
    /// a complete breakdown by form of exploitation.
    pub derived: usize,
    /// The areas of those cells (ISO3 or area code), sorted.
    pub derived_areas: BTreeSet<String>,
    /// Areas that contributed (ISO3 or area code), sorted.
    pub areas: BTreeSet<String>,
    /// Years that contributed, sorted.
    pub years: BTreeSet<i32>,
    /// Population of the contributing (country, year) pairs, when every
    /// one of them is known.
    pub population: Option<u64>,
    /// Rate per 100,000 population as (low, high), when `population` is known.
    pub rate_per_100k: Option<(f64, f64)>,
}

/// A cell after duplicates were folded (borrowing from its records).
struct Cell<'a> {
    area: &'a str,
    iso3: Option<&'a str>,
    year: i32,
    keys: GroupKeys,
    value: Count,
    censored: bool,
    conflict_lines: Vec<u64>,
    texts: Vec<&'a str>,
    /// Read in place of a breakdown GLOTIP does not publish ([`Reading`]).
    stand_in: bool,
    /// Whether its rows were summed (a repeated key read as a sum,
    /// [`crate::stats::readings`]).
    summed: bool,
    /// Derived from a complete breakdown by form of exploitation (no total
    /// is published for it).
    derived: bool,
    /// The GLOTIP group of a cell by form of exploitation.
    form: Option<FormOfExploitation>,
    /// After [`Cell::settle`]: repeated keys read as alternatives that
    /// differ in value, and their lines.
    conflicts: (usize, Vec<u64>),
    /// After [`Cell::settle`]: repeated keys read as sums, and their lines.
    sums: (usize, Vec<u64>),
}

impl Cell<'_> {
    /// Counts the cell's repeated key once folding is done: a sum, a
    /// conflict (alternatives that differ), or neither.
    fn settle(&mut self) {
        let lines = std::mem::take(&mut self.conflict_lines);
        if self.texts.len() < 2 {
            return;
        }
        if self.summed {
            self.sums = (1, lines);
        } else if self.texts.iter().any(|t| *t != self.texts[0]) {
            self.conflicts = (1, lines);
        }
    }
}

/// The published cell key (area, year, category, sex, age), with sex and
/// age as read.
type CellKey<'a> = (&'a str, i32, &'a str, Sex, AgeGroup);

/// Folds record `r`, read as `read`, into `cells`: a repeated key adds its
/// rows when `readings` judged it a sum, and is the hull of its rows
/// otherwise; a published breakdown replaces a stand-in for it.
fn fold_cell<'a>(
    cells: &mut HashMap<CellKey<'a>, Cell<'a>>,
    r: &'a StatRecord,
    read: Reading,
    keys: impl FnOnce() -> GroupKeys,
    readings: &Readings,
) {
    let ck = (
        r.area.as_str(),
        r.year,
        r.category_label.as_str(),
        read.sex,
        read.age,
    );
    let fresh = |keys: GroupKeys| Cell {
        area: &r.area,
        iso3: r.iso3.as_deref(),
        year: r.year,
        keys,
        value: r.value,
        censored: r.value.is_censored(),
        conflict_lines: vec![r.source_line],
        texts: vec![r.value_text.as_str()],
        stand_in: read.stand_in,
        summed: false,
        derived: false,
        form: match r.category {
            Category::Form(f) => Some(f.glotip_group()),
            _ => None,
        },
        conflicts: (0, Vec::new()),
        sums: (0, Vec::new()),
    };
    match cells.get_mut(&ck) {
        // The published breakdown wins over a stand-in for it.
        Some(c) if c.stand_in && !read.stand_in => *c = fresh(keys()),
        Some(c) if !c.stand_in && read.stand_in => {}
        Some(c) => {
            if readings.reading(&r.key()) == RowsReading::Sum {
                c.value = c.value.add(r.value);
                c.summed = true;
            } else {
                c.value = c.value.hull(r.value);
            }
            c.censored |= r.value.is_censored();
            c.conflict_lines.push(r.source_line);
            c.texts.push(&r.value_text);
        }
        None => {
            cells.insert(ck, fresh(keys()));
        }
    }
}

/// Totals derived where no total is published: for each area, year, sex
/// and age of `forms` (cells by form of exploitation) with no cell in
/// `totals`, the sum of its forms when all three GLOTIP groups (sexual
/// exploitation, forced labour, other forms) are published. The one
/// dimension whose breakdown is known complete: GLOTIP publishes sex
/// "Other" and "Unknown" and age "Unknown" only where they are not zero,
/// so a breakdown by sex or age without them cannot be told from one that
/// leaves persons out.
fn derive_totals<'a>(
    totals: &mut HashMap<CellKey<'a>, Cell<'a>>,
    forms: HashMap<CellKey<'a>, Cell<'a>>,
) {
    let published: BTreeSet<(&str, i32, Sex, AgeGroup)> = totals
        .keys()
        .map(|(a, y, _, s, g)| (*a, *y, *s, *g))
        .collect();
    let mut parts: BTreeMap<(&str, i32, Sex, AgeGroup), Vec<Cell<'a>>> = BTreeMap::new();
    for ((a, y, _, s, g), c) in forms {
        if !published.contains(&(a, y, s, g)) {
            parts.entry((a, y, s, g)).or_default().push(c);
        }
    }
    for ((a, y, s, g), cs) in parts {
        let groups: BTreeSet<FormOfExploitation> = cs.iter().filter_map(|c| c.form).collect();
        if groups.len() < 3 {
            continue;
        }
        let mut cs = cs.into_iter();
        let Some(mut d) = cs.next() else { continue };
        d.form = None;
        for c in cs {
            d.value = d.value.add(c.value);
            d.censored |= c.censored;
            d.conflicts.0 += c.conflicts.0;
            d.conflicts.1.extend(c.conflicts.1);
            d.sums.0 += c.sums.0;
            d.sums.1.extend(c.sums.1);
        }
        d.derived = true;
        totals.insert((a, y, "Total", s, g), d);
    }
}

fn region_matches(want: &str, r: &StatRecord) -> bool {
    want.eq_ignore_ascii_case(&r.region) || want.eq_ignore_ascii_case(&r.subregion)
}

/// Which breakdown a query reads, from its filter and grouping (so that a
/// store can pre-select the cells).
///
/// # Errors
/// [`QueryError::FormAndCitizenship`] when both are asked for.
pub fn wanted_dimension(filter: &Filter, by: &[GroupBy]) -> Result<Dimension, QueryError> {
    let form = filter.form.is_some() || by.contains(&GroupBy::Form);
    let cit = by.contains(&GroupBy::Citizenship);
    match (form, cit) {
        (true, true) => Err(QueryError::FormAndCitizenship),
        (true, false) => Ok(Dimension::FormOfExploitation),
        (false, true) => Ok(Dimension::Citizenship),
        (false, false) => Ok(Dimension::Total),
    }
}

/// What a query asks of one person dimension (sex or age).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want<T> {
    /// The all-values cell ("Total"): neither filtered nor grouped.
    Total,
    /// One value (a filter).
    Only(T),
    /// Every value but "Total" (grouped, not filtered).
    Each,
}

impl<T: Copy + PartialEq> Want<T> {
    /// The want of a filter value and whether the query groups by the
    /// dimension (`total` is the dimension's "Total" value: filtering on it
    /// is not filtering).
    fn of(filter: Option<T>, grouped: bool, total: T) -> Self {
        match (filter, grouped) {
            (Some(v), _) if v == total => Self::Total,
            (Some(v), _) => Self::Only(v),
            (None, true) => Self::Each,
            (None, false) => Self::Total,
        }
    }

    /// Whether a cell's value `v` answers this want (`total` is the
    /// dimension's "Total" value).
    fn accepts(self, v: T, total: T) -> bool {
        match self {
            Self::Total => v == total,
            Self::Only(w) => v == w,
            Self::Each => v != total,
        }
    }
}

/// How a selected cell is read: the sex and age it stands for, and whether
/// it stands in for a breakdown GLOTIP does not publish (see the module
/// documentation: GLOTIP's one (Unknown, Unknown) cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reading {
    sex: Sex,
    age: AgeGroup,
    stand_in: bool,
}

/// Which sex and age cell of a record the query reads, if any.
fn read_person_cell(r: &StatRecord, filter: &Filter, by: &[GroupBy]) -> Option<Reading> {
    let sex = Want::of(filter.sex, by.contains(&GroupBy::Sex), Sex::Total);
    let age = Want::of(filter.age, by.contains(&GroupBy::Age), AgeGroup::Total);
    if sex.accepts(r.sex, Sex::Total) && age.accepts(r.age, AgeGroup::Total) {
        return Some(Reading {
            sex: r.sex,
            age: r.age,
            stand_in: false,
        });
    }
    if r.sex == Sex::Unknown && r.age == AgeGroup::Unknown {
        // Sex unknown, all ages.
        if sex.accepts(Sex::Unknown, Sex::Total) && age == Want::Total {
            return Some(Reading {
                sex: Sex::Unknown,
                age: AgeGroup::Total,
                stand_in: true,
            });
        }
        // Age unknown, both sexes.
        if age.accepts(AgeGroup::Unknown, AgeGroup::Total) && sex == Want::Total {
            return Some(Reading {
                sex: Sex::Total,
                age: AgeGroup::Unknown,
                stand_in: true,
            });
        }
    }
    None
}

/// Whether a query with `filter` and `by` can read a cell published for
/// (`sex`, `age`): true for every cell [`read_person_cell`] reads, and for
/// GLOTIP's (Unknown, Unknown) cell, which may stand in for another
/// breakdown. What [`index::StatIndex`] pre-selects by; the rule itself
/// stays [`read_person_cell`]'s.
pub(crate) fn reads_person_cell(filter: &Filter, by: &[GroupBy], sex: Sex, age: AgeGroup) -> bool {
    let sw = Want::of(filter.sex, by.contains(&GroupBy::Sex), Sex::Total);
    let aw = Want::of(filter.age, by.contains(&GroupBy::Age), AgeGroup::Total);
    (sw.accepts(sex, Sex::Total) && aw.accepts(age, AgeGroup::Total))
        || (sex == Sex::Unknown && age == AgeGroup::Unknown)
}

impl Filter {
    /// Whether the reporting area of `r` is inside the filter's places
    /// (country and region; years, sex, age and form are not looked at).
    /// UNODC's regional aggregates never are.
    pub fn selects_area(&self, r: &StatRecord) -> bool {
        if !r.is_country_area() {
            return false;
        }
        if let Some(c) = &self.country {
            if r.iso3.as_deref() != Some(c.as_str()) && r.area != *c {
                return false;
            }
        }
        if let Some(reg) = &self.region {
            if !region_matches(reg, r) {
                return false;
            }
        }
        true
    }
}

/// Whether `r` is one of the cells the query reads, and how it is read.
fn selected(
    r: &StatRecord,
    ind: Indicator,
    dim: Dimension,
    filter: &Filter,
    by: &[GroupBy],
) -> Option<Reading> {
    if r.indicator != ind || r.dimension != dim || !filter.selects_area(r) {
        return None;
    }
    if filter.from.is_some_and(|y| r.year < y) || filter.to.is_some_and(|y| r.year > y) {
        return None;
    }
    let reading = read_person_cell(r, filter, by)?;
    let category_ok = match dim {
        Dimension::Total => r.category == Category::Total,
        Dimension::FormOfExploitation => match (&r.category, filter.form) {
            (Category::Form(f), Some(want)) => f.glotip_group() == want.glotip_group(),
            (Category::Form(_), None) => true,
            _ => false,
        },
        Dimension::Citizenship | Dimension::CountryOfRepatriation => r.category != Category::Total,
    };
    category_ok.then_some(reading)
}

fn keys_of(r: &StatRecord, read: Reading, by: &[GroupBy]) -> GroupKeys {
    let mut k = GroupKeys::default();
    for b in by {
        match b {
            GroupBy::Year => k.year = Some(r.year),
            GroupBy::Sex => k.sex = Some(read.sex),
            GroupBy::Age => k.age = Some(read.age),
            GroupBy::Form => {
                if let Category::Form(f) = r.category {
                    k.form = Some(f.glotip_group());
                }
            }
            GroupBy::Country => k.country = Some(r.iso3.clone().unwrap_or_else(|| r.area.clone())),
            GroupBy::Citizenship => {
                k.citizenship = Some(match &r.category {
                    // Nationals are citizens of the reporting country.
                    Category::Nationals => r.iso3.clone().unwrap_or_else(|| r.area.clone()),
                    c => c.key(&r.category_label),
                })
            }
            GroupBy::Region => k.region = Some(r.region.clone()),
        }
    }
    k
}

/// Computes `indicator` over `records` for `filter`, grouped by `by`, with
/// rates from `population` when given. Rows are sorted by their keys.
/// Repeated keys are read as [`judge_repeated`] judges them within
/// `records` (give the whole table); [`stat_indicators_read`] takes
/// readings judged once.
///
/// Errors when the query asks for a breakdown GLOTIP does not publish.
pub fn stat_indicators<'a>(
    records: impl IntoIterator<Item = &'a StatRecord>,
    indicator: Indicator,
    filter: &Filter,
    by: &[GroupBy],
    population: Option<&PopulationTable>,
) -> Result<Vec<IndicatorRow>, QueryError> {
    let records: Vec<&StatRecord> = records.into_iter().collect();
    let readings = judge_repeated(records.iter().copied());
    stat_indicators_read(records, &readings, indicator, filter, by, population)
}

/// [`stat_indicators`] with the readings of repeated keys given
/// (`readings`, from [`judge_repeated`] over the whole table, so that a
/// query handed only the cells it can select reads them as the whole
/// table says).
///
/// A query for totals (no form filter or grouping, no citizenship) also
/// reads the cells by form of exploitation: where an area and year publish
/// no total but all three forms, the total is their sum, counted as
/// derived ([`IndicatorRow::derived`]), never as published.
///
/// # Errors
/// When the query asks for a breakdown GLOTIP does not publish.
pub fn stat_indicators_read<'a>(
    records: impl IntoIterator<Item = &'a StatRecord>,
    readings: &Readings,
    indicator: Indicator,
    filter: &Filter,
    by: &[GroupBy],
    population: Option<&PopulationTable>,
) -> Result<Vec<IndicatorRow>, QueryError> {
    if let (Some(a), Some(b)) = (filter.from, filter.to) {
        if a > b {
            return Err(QueryError::EmptyYears(a, b));
        }
    }
    let dim = wanted_dimension(filter, by)?;
    // Fold duplicates: the published cell key (area, year, category, sex,
    // age), with sex and age as read (a stand-in cell under the breakdown
    // it stands for, so that a cell published for that breakdown replaces it).
    let mut cells: HashMap<CellKey<'_>, Cell<'_>> = HashMap::new();
    let mut forms: HashMap<CellKey<'_>, Cell<'_>> = HashMap::new();
    for r in records {
        if let Some(read) = selected(r, indicator, dim, filter, by) {
            fold_cell(&mut cells, r, read, || keys_of(r, read, by), readings);
        } else if dim == Dimension::Total && r.dimension == Dimension::FormOfExploitation {
            if let Some(read) = selected(r, indicator, r.dimension, filter, by) {
                fold_cell(&mut forms, r, read, || keys_of(r, read, by), readings);
            }
        }
    }
    for c in cells.values_mut().chain(forms.values_mut()) {
        c.settle();
    }
    if !forms.is_empty() {
        derive_totals(&mut cells, forms);
    }
    let mut groups: BTreeMap<GroupKeys, IndicatorRow> = BTreeMap::new();
    for c in cells.into_values() {
        // The row's keys are set from the map's key below (one copy).
        let row = groups.entry(c.keys).or_insert_with(|| IndicatorRow {
            indicator,
            keys: GroupKeys::default(),
            value: Count::exact(0),
            censored: false,
            cells: 0,
            conflicts: 0,
            conflict_lines: Vec::new(),
            summed: 0,
            summed_lines: Vec::new(),
            derived: 0,
            derived_areas: BTreeSet::new(),
            areas: BTreeSet::new(),
            years: BTreeSet::new(),
            population: Some(0),
            rate_per_100k: None,
        });
        row.value = row.value.add(c.value);
        row.censored |= c.censored || c.value.is_censored();
        row.cells += 1;
        row.conflicts += c.conflicts.0;
        row.conflict_lines.extend(c.conflicts.1);
        row.summed += c.sums.0;
        row.summed_lines.extend(c.sums.1);
        let area = c.iso3.unwrap_or(c.area);
        if c.derived {
            row.derived += 1;
            if !row.derived_areas.contains(area) {
                row.derived_areas.insert(area.to_owned());
            }
        }
        if !row.areas.contains(area) {
            row.areas.insert(area.to_owned());
        }
        row.years.insert(c.year);
        let p = population.and_then(|t| c.iso3.and_then(|iso| t.get(iso, c.year)));
        match (p, row.population) {
            (Some(p), Some(acc)) => row.population = Some(acc + p),
            _ => row.population = None,
        }
    }
    let mut out: Vec<IndicatorRow> = groups
        .into_iter()
        .map(|(keys, row)| IndicatorRow { keys, ..row })
        .collect();
    for row in &mut out {
        row.conflict_lines.sort_unstable();
        row.summed_lines.sort_unstable();
        if population.is_none() {
            row.population = None;
        }
        if let Some(p) = row.population.filter(|p| *p > 0) {
            let f = 100_000.0 / p as f64;
            row.rate_per_100k = Some((row.value.min as f64 * f, row.value.max as f64 * f));
        }
    }
    Ok(out)
}

/// Top corridors of `indicator` (usually detected victims): citizenship →
/// country of detection, summed over the filter's years, largest first
/// (by upper bound, then lower bound). Citizenship "Nationals" is the
/// reporting country itself (domestic trafficking). Repeated keys are read
/// as in [`stat_indicators`].
pub fn corridors<'a>(
    records: impl IntoIterator<Item = &'a StatRecord>,
    indicator: Indicator,
    filter: &Filter,
    top: usize,
) -> Result<Vec<IndicatorRow>, QueryError> {
    let records: Vec<&StatRecord> = records.into_iter().collect();
    let readings = judge_repeated(records.iter().copied());
    corridors_read(records, &readings, indicator, filter, top)
}

/// [`corridors`] with the readings of repeated keys given (see
/// [`stat_indicators_read`]).
///
/// # Errors
/// As [`stat_indicators`].
pub fn corridors_read<'a>(
    records: impl IntoIterator<Item = &'a StatRecord>,
    readings: &Readings,
    indicator: Indicator,
    filter: &Filter,
    top: usize,
) -> Result<Vec<IndicatorRow>, QueryError> {
    let mut rows = stat_indicators_read(
        records,
        readings,
        indicator,
        filter,
        &[GroupBy::Citizenship, GroupBy::Country],
        None,
    )?;
    rows.sort_by(|a, b| {
        (b.value.max, b.value.min)
            .cmp(&(a.value.max, a.value.min))
            .then_with(|| a.keys.cmp(&b.keys))
    });
    rows.truncate(top);
    Ok(rows)
}

/// The GLOTIP sex of a case record's sex.
pub const fn case_sex(s: CaseSex) -> Sex {
    match s {
        CaseSex::Female => Sex::Female,
        CaseSex::Male => Sex::Male,
        CaseSex::TransOrNonConforming => Sex::Other,
        CaseSex::Unknown => Sex::Unknown,
    }
}

/// The GLOTIP age group of a case record.
pub fn case_age(r: &CaseRecord) -> AgeGroup {
    match r.age {
        Some(b) if b.is_child() => AgeGroup::Child,
        Some(_) => AgeGroup::Adult,
        None => AgeGroup::Unknown,
    }
}

/// A filter over case records, in the same terms as [`Filter`]; `region`
/// needs the set of ISO3 codes in the region (the caller resolves it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaseFilter {
    /// Years, countries, sex, age and form as in [`Filter`] (`country` is
    /// the country of exploitation; `region` is ignored here).
    pub base: Filter,
    /// Countries of exploitation of the region, when filtering by region.
    pub region_countries: Option<BTreeSet<String>>,
    /// Only records from this source (`--source`).
    pub source: Option<String>,
}

/// A raw count of case records for one group. Not for publication as is:
/// pass it through `palermo-disclosure`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseCount {
    /// Grouping keys.
    pub keys: GroupKeys,
    /// Number of victims (records).
    pub count: u64,
    /// The cell key: the wrapping sum of the counted records' keys
    /// ([`case_counts_keyed`]; 0 from [`case_counts`]), for the cell-key
    /// perturbation of `palermo-disclosure`.
    pub cell_key: u32,
}

/// Counts case records matching `filter`, grouped by `by`, sorted by keys.
///
/// Forms of exploitation are multi-response: grouped by form, a victim
/// counts once under each GLOTIP group recorded `Yes` (and under none when
/// no form is known), so the groups can add up to more than the victims.
/// Region grouping is not available for case records (the caller maps
/// countries to regions); `GroupBy::Region` is ignored.
pub fn case_counts<'a>(
    records: impl IntoIterator<Item = &'a CaseRecord>,
    filter: &CaseFilter,
    by: &[GroupBy],
) -> Vec<CaseCount> {
    case_counts_keyed(records, filter, by, |_| 0)
}

/// [`case_counts`], with each cell's key: the wrapping sum (mod 2^32) of
/// `record_key` over the records it counts (the cell-key method: Fraser &
/// Wooton, "A proposed method for confidentialising tabular output to
/// protect against differencing", UNECE/Eurostat work session on
/// statistical data confidentiality, 2005).
pub fn case_counts_keyed<'a>(
    records: impl IntoIterator<Item = &'a CaseRecord>,
    filter: &CaseFilter,
    by: &[GroupBy],
    record_key: impl Fn(&CaseRecord) -> u32,
) -> Vec<CaseCount> {
    case_counts_weighted(records.into_iter().map(|r| (r, 1)), filter, by, record_key)
}

/// [`case_counts_keyed`] over records that stand for `weight` identical
/// records each (what a store's `GROUP BY` over the fields the counts read
/// gives): a record of weight *w* counts *w* times and adds *w* times its
/// key to its cells' keys (mod 2^32), exactly as *w* copies of it would.
pub fn case_counts_weighted<'a>(
    records: impl IntoIterator<Item = (&'a CaseRecord, u64)>,
    filter: &CaseFilter,
    by: &[GroupBy],
    record_key: impl Fn(&CaseRecord) -> u32,
) -> Vec<CaseCount> {
    let f = &filter.base;
    let mut groups: BTreeMap<GroupKeys, (u64, u32)> = BTreeMap::new();
    let forms = [
        FormOfExploitation::Sexual,
        FormOfExploitation::ForcedLabour,
        FormOfExploitation::Other,
    ];
    for (r, weight) in records {
        if weight == 0 {
            continue;
        }
        if let Some(src) = &filter.source {
            if r.source != *src {
                continue;
            }
        }
        if f.from.is_some() || f.to.is_some() {
            match r.year {
                Some(y) if f.from.is_none_or(|a| y >= a) && f.to.is_none_or(|b| y <= b) => {}
                _ => continue,
            }
        }
        if let Some(c) = &f.country {
            if r.country_of_exploitation.as_deref() != Some(c.as_str()) {
                continue;
            }
        }
        if let Some(set) = &filter.region_countries {
            match &r.country_of_exploitation {
                Some(c) if set.contains(c) => {}
                _ => continue,
            }
        }
        if f.sex
            .is_some_and(|s| s != Sex::Total && case_sex(r.sex) != s)
        {
            continue;
        }
        if f.age
            .is_some_and(|a| a != AgeGroup::Total && case_age(r) != a)
        {
            continue;
        }
        if let Some(form) = f.form {
            if !r.forms.in_glotip_group(form) {
                continue;
            }
        }
        let mut k = GroupKeys::default();
        for b in by {
            match b {
                GroupBy::Year => k.year = r.year,
                GroupBy::Sex => k.sex = Some(case_sex(r.sex)),
                GroupBy::Age => k.age = Some(case_age(r)),
                GroupBy::Country => {
                    k.country = Some(
                        r.country_of_exploitation
                            .clone()
                            .unwrap_or_else(|| "unknown".into()),
                    )
                }
                GroupBy::Citizenship => {
                    k.citizenship = Some(r.citizenship.clone().unwrap_or_else(|| "unknown".into()))
                }
                GroupBy::Form | GroupBy::Region => {}
            }
        }
        // w copies of the key, mod 2^32 (the truncation is the modulus).
        let key = record_key(r).wrapping_mul(weight as u32);
        let mut add = |keys: GroupKeys| {
            let e = groups.entry(keys).or_insert((0, 0));
            e.0 += weight;
            e.1 = e.1.wrapping_add(key);
        };
        if by.contains(&GroupBy::Form) {
            for g in forms {
                if r.forms.in_glotip_group(g) {
                    let mut kk = k.clone();
                    kk.form = Some(g);
                    add(kk);
                }
            }
        } else {
            add(k);
        }
    }
    groups
        .into_iter()
        .map(|(keys, (count, cell_key))| CaseCount {
            keys,
            count,
            cell_key,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Flag;

    #[allow(clippy::too_many_arguments)]
    fn rec(
        area: &str,
        year: i32,
        dim: Dimension,
        cat: Category,
        label: &str,
        sex: Sex,
        v: &str,
        line: u64,
    ) -> StatRecord {
        StatRecord {
            area: area.into(),
            iso3: Some(area.into()),
            area_name: area.into(),
            region: "Europe".into(),
            subregion: "Eastern Europe".into(),
            indicator: Indicator::DetectedVictims,
            dimension: dim,
            category: cat,
            category_label: label.into(),
            sex,
            age: AgeGroup::Total,
            year,
            value: Count::parse(v).unwrap(),
            value_text: v.into(),
            source_line: line,
        }
    }

    #[test]
    fn totals_censor_and_conflict() {
        let t = Dimension::Total;
        let rs = vec![
            rec(
                "MDA",
                2019,
                t,
                Category::Total,
                "Total",
                Sex::Total,
                "100",
                2,
            ),
            rec(
                "ROU",
                2019,
                t,
                Category::Total,
                "Total",
                Sex::Total,
                "<5",
                3,
            ),
            rec(
                "ARG",
                2019,
                t,
                Category::Total,
                "Total",
                Sex::Other,
                "<5",
                4,
            ),
            rec(
                "ARG",
                2019,
                t,
                Category::Total,
                "Total",
                Sex::Other,
                "11",
                5,
            ),
            rec(
                "ARG",
                2019,
                t,
                Category::Total,
                "Total",
                Sex::Female,
                "20",
                6,
            ),
        ];
        let rows = stat_indicators(
            &rs,
            Indicator::DetectedVictims,
            &Filter::default(),
            &[GroupBy::Year],
            None,
        )
        .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].value, Count { min: 101, max: 104 });
        assert!(rows[0].censored);
        assert_eq!(rows[0].areas.len(), 2);

        let rows = stat_indicators(
            &rs,
            Indicator::DetectedVictims,
            &Filter::default(),
            &[GroupBy::Sex],
            None,
        )
        .unwrap();
        let other = rows
            .iter()
            .find(|r| r.keys.sex == Some(Sex::Other))
            .unwrap();
        assert_eq!(other.value, Count { min: 1, max: 11 });
        assert_eq!(other.conflicts, 1);
        assert_eq!(other.conflict_lines, vec![4, 5]);

        let mut pop = PopulationTable::new();
        pop.insert("MDA", 2019, 2_000_000);
        let f = Filter {
            country: Some("MDA".into()),
            ..Filter::default()
        };
        let rows = stat_indicators(
            &rs,
            Indicator::DetectedVictims,
            &f,
            &[GroupBy::Year],
            Some(&pop),
        )
        .unwrap();
        assert_eq!(rows[0].rate_per_100k, Some((5.0, 5.0)));
    }

    /// GLOTIP's one cell of unknown sex and age (as Argentina 2019 publishes
    /// it: Female/Total 741, Male/Total 838, Total/Total 1,590, children
    /// 101, adults 1,489, Unknown/Unknown "<5").
    fn arg_2019() -> Vec<StatRecord> {
        let t = Dimension::Total;
        let cell = |sex, age, v: &str, line| StatRecord {
            age,
            ..rec("ARG", 2019, t, Category::Total, "Total", sex, v, line)
        };
        vec![
            cell(Sex::Total, AgeGroup::Total, "1,590", 1),
            cell(Sex::Female, AgeGroup::Total, "741", 2),
            cell(Sex::Male, AgeGroup::Total, "838", 3),
            cell(Sex::Total, AgeGroup::Child, "101", 4),
            cell(Sex::Total, AgeGroup::Adult, "1,489", 5),
            cell(Sex::Female, AgeGroup::Child, "70", 6),
            cell(Sex::Unknown, AgeGroup::Unknown, "<5", 7),
        ]
    }

    fn one(
        rs: &[StatRecord],
        sex: Option<Sex>,
        age: Option<AgeGroup>,
        by: &[GroupBy],
    ) -> Vec<(GroupKeys, Count)> {
        let f = Filter {
            sex,
            age,
            ..Filter::default()
        };
        stat_indicators(rs, Indicator::DetectedVictims, &f, by, None)
            .unwrap()
            .into_iter()
            .map(|r| {
                assert_eq!(r.censored, r.value.is_censored());
                (r.keys, r.value)
            })
            .collect()
    }

    #[test]
    fn unknown_sex_and_age_read_the_one_unknown_cell() {
        let rs = arg_2019();
        let censored = Count { min: 1, max: 4 };
        let unknown = |sex: Option<Sex>, age: Option<AgeGroup>| GroupKeys {
            sex,
            age,
            ..GroupKeys::default()
        };
        // Filtered on sex unknown, age unknown, or both: the "<5" cell.
        for (s, a) in [
            (Some(Sex::Unknown), None),
            (None, Some(AgeGroup::Unknown)),
            (Some(Sex::Unknown), Some(AgeGroup::Unknown)),
            // "total" spelled out is no filter.
            (Some(Sex::Total), Some(AgeGroup::Unknown)),
            (Some(Sex::Unknown), Some(AgeGroup::Total)),
        ] {
            assert_eq!(one(&rs, s, a, &[]), vec![(GroupKeys::default(), censored)]);
        }
        // Grouped: the unknown group is there, beside the published ones.
        assert_eq!(
            one(&rs, None, None, &[GroupBy::Sex]),
            vec![
                (unknown(Some(Sex::Female), None), Count::exact(741)),
                (unknown(Some(Sex::Male), None), Count::exact(838)),
                (unknown(Some(Sex::Unknown), None), censored),
            ]
        );
        assert_eq!(
            one(&rs, None, None, &[GroupBy::Age]),
            vec![
                (unknown(None, Some(AgeGroup::Child)), Count::exact(101)),
                (unknown(None, Some(AgeGroup::Adult)), Count::exact(1489)),
                (unknown(None, Some(AgeGroup::Unknown)), censored),
            ]
        );
        assert_eq!(
            one(&rs, Some(Sex::Unknown), None, &[GroupBy::Age]),
            vec![(unknown(None, Some(AgeGroup::Unknown)), censored)]
        );
        // The total stays the published total, not plus the unknown cell.
        assert_eq!(
            one(&rs, None, None, &[]),
            vec![(GroupKeys::default(), Count::exact(1590))]
        );
        // GLOTIP publishes no female count of unknown age: no data, not 1–4.
        assert!(one(&rs, Some(Sex::Female), Some(AgeGroup::Unknown), &[]).is_empty());
    }

    #[test]
    fn a_published_breakdown_wins_over_the_unknown_cell() {
        // A table that does publish sex "Unknown" for all ages: that cell is
        // read, the (Unknown, Unknown) one is not added to it.
        let mut rs = arg_2019();
        rs.push(StatRecord {
            age: AgeGroup::Total,
            ..rec(
                "ARG",
                2019,
                Dimension::Total,
                Category::Total,
                "Total",
                Sex::Unknown,
                "3",
                8,
            )
        });
        for order in [false, true] {
            if order {
                rs.reverse();
            }
            let rows = stat_indicators(
                &rs,
                Indicator::DetectedVictims,
                &Filter {
                    sex: Some(Sex::Unknown),
                    ..Filter::default()
                },
                &[],
                None,
            )
            .unwrap();
            assert_eq!(rows[0].value, Count::exact(3));
            assert_eq!((rows[0].cells, rows[0].conflicts), (1, 0));
            assert!(!rows[0].censored);
        }
    }

    #[test]
    fn case_counts_multi_response() {
        let mut a = CaseRecord::empty("t", 2);
        a.forms.sexual = Flag::Yes;
        a.forms.forced_marriage = Flag::Yes;
        a.year = Some(2020);
        let mut b = CaseRecord::empty("t", 3);
        b.forms.forced_labour = Flag::Yes;
        b.year = Some(2021);
        let rows = case_counts([&a, &b], &CaseFilter::default(), &[GroupBy::Form]);
        assert_eq!(rows.len(), 3);
        let f = CaseFilter {
            base: Filter {
                from: Some(2021),
                ..Filter::default()
            },
            ..CaseFilter::default()
        };
        let rows = case_counts([&a, &b], &f, &[]);
        assert_eq!(rows[0].count, 1);
    }
}

/// An [`IndicatorRow`] as published (CLI JSON, API): grouping keys,
/// `value` (null when the total is a range), and when a censored cell or a
/// conflicting duplicate contributes, `censored: true` with `value_min` and
/// `value_max`; coverage (`countries`, `country_codes`, `years`); conflicts;
/// repeated keys summed (`summed`); totals derived from a breakdown
/// (`derived`, `derived_country_codes`); population and rates per 100,000.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublishedRow {
    /// Indicator slug.
    pub indicator: &'static str,
    /// Grouping keys.
    #[serde(flatten)]
    pub keys: GroupKeys,
    /// The exact total, or `None` when it is a range.
    pub value: Option<u64>,
    /// Whether the total is a range.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub censored: bool,
    /// Lower bound (when censored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_min: Option<u64>,
    /// Upper bound (when censored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<u64>,
    /// Cells (country × year) added.
    pub cells: usize,
    /// Number of countries covered.
    pub countries: usize,
    /// The countries covered (ISO3 or area code).
    pub country_codes: Vec<String>,
    /// The years covered.
    pub years: Vec<i32>,
    /// Conflicting duplicated keys among the cells.
    #[serde(skip_serializing_if = "is_zero")]
    pub conflicts: usize,
    /// Their source lines.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflict_lines: Vec<u64>,
    /// Keys published more than once read as the sum of their rows (parts
    /// of one cell, tested against the country-year's totals).
    #[serde(skip_serializing_if = "is_zero")]
    pub summed: usize,
    /// Their source lines.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub summed_lines: Vec<u64>,
    /// Cells (country × year) with no published total, derived from a
    /// complete breakdown by form of exploitation.
    #[serde(skip_serializing_if = "is_zero")]
    pub derived: usize,
    /// The countries of those cells.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub derived_country_codes: Vec<String>,
    /// Population of the covered country-years, when all are known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// Rate per 100,000 (exact totals).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_per_100k: Option<f64>,
    /// Rate per 100,000, lower bound (ranges).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_per_100k_min: Option<f64>,
    /// Rate per 100,000, upper bound (ranges).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_per_100k_max: Option<f64>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Grouping-key columns in output order, with the grouping each stands for.
pub const KEY_COLUMNS: [(GroupBy, &str); 7] = [
    (GroupBy::Year, "year"),
    (GroupBy::Region, "region"),
    (GroupBy::Country, "country"),
    (GroupBy::Citizenship, "citizenship"),
    (GroupBy::Sex, "sex"),
    (GroupBy::Age, "age"),
    (GroupBy::Form, "form"),
];

/// The value columns of an indicator row in CSV, after `indicator` and the
/// grouping keys.
pub const VALUE_COLUMNS: [&str; 12] = [
    "value",
    "value_min",
    "value_max",
    "censored",
    "cells",
    "countries",
    "years",
    "conflicts",
    "summed",
    "derived",
    "rate_per_100k_min",
    "rate_per_100k_max",
];

/// The grouping-key columns asked for by `by`, in [`KEY_COLUMNS`] order.
pub fn key_columns(by: &[GroupBy]) -> Vec<&'static str> {
    KEY_COLUMNS
        .iter()
        .filter(|(g, _)| by.contains(g))
        .map(|(_, c)| *c)
        .collect()
}

impl GroupKeys {
    /// The value of key column `col` (one of [`KEY_COLUMNS`]), empty when
    /// the row is not grouped by it.
    pub fn value_of(&self, col: &str) -> String {
        match col {
            "year" => self.year.map(|y| y.to_string()),
            "region" => self.region.clone(),
            "country" => self.country.clone(),
            "citizenship" => self.citizenship.clone(),
            "sex" => self.sex.map(|s| s.slug().to_owned()),
            "age" => self.age.map(|a| a.slug().to_owned()),
            "form" => self.form.map(|f| f.slug().to_owned()),
            _ => None,
        }
        .unwrap_or_default()
    }
}

/// The CSV header of indicator rows grouped by the key columns `cols`:
/// `indicator`, the keys, then [`VALUE_COLUMNS`].
pub fn csv_header(cols: &[&str]) -> Vec<String> {
    std::iter::once("indicator")
        .chain(cols.iter().copied())
        .chain(VALUE_COLUMNS)
        .map(str::to_owned)
        .collect()
}

impl IndicatorRow {
    /// Whether the total is one exact number.
    pub fn is_exact(&self) -> bool {
        !self.censored && self.value.min == self.value.max
    }

    /// The row's CSV fields under [`csv_header`]`(cols)`: `value` is
    /// empty when the total is a range; rates have three decimals.
    pub fn csv_record(&self, cols: &[&str]) -> Vec<String> {
        let exact = self.is_exact();
        let mut f = vec![self.indicator.slug().to_owned()];
        f.extend(cols.iter().map(|c| self.keys.value_of(c)));
        f.push(if exact {
            self.value.min.to_string()
        } else {
            String::new()
        });
        f.push(self.value.min.to_string());
        f.push(self.value.max.to_string());
        f.push((!exact).to_string());
        f.push(self.cells.to_string());
        f.push(self.areas.len().to_string());
        f.push(
            self.years
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(" "),
        );
        f.push(self.conflicts.to_string());
        f.push(self.summed.to_string());
        f.push(self.derived.to_string());
        let (a, b) = self
            .rate_per_100k
            .map(|(a, b)| (format!("{a:.3}"), format!("{b:.3}")))
            .unwrap_or_default();
        f.push(a);
        f.push(b);
        f
    }

    /// The row as published.
    pub fn published(&self) -> PublishedRow {
        let exact = self.is_exact();
        let (rate, rmin, rmax) = match self.rate_per_100k {
            Some((a, _)) if exact => (Some(round3(a)), None, None),
            Some((a, b)) => (None, Some(round3(a)), Some(round3(b))),
            None => (None, None, None),
        };
        PublishedRow {
            indicator: self.indicator.slug(),
            keys: self.keys.clone(),
            value: exact.then_some(self.value.min),
            censored: !exact,
            value_min: (!exact).then_some(self.value.min),
            value_max: (!exact).then_some(self.value.max),
            cells: self.cells,
            countries: self.areas.len(),
            country_codes: self.areas.iter().cloned().collect(),
            years: self.years.iter().copied().collect(),
            conflicts: self.conflicts,
            conflict_lines: self.conflict_lines.clone(),
            summed: self.summed,
            summed_lines: self.summed_lines.clone(),
            derived: self.derived,
            derived_country_codes: self.derived_areas.iter().cloned().collect(),
            population: self.population,
            rate_per_100k: rate,
            rate_per_100k_min: rmin,
            rate_per_100k_max: rmax,
        }
    }
}
