//! How to read a key that UNODC publishes more than once: as sub-counts to
//! be summed, or as alternative values of one cell.
//!
//! The GLOTIP table repeats 336 keys. Most are "Other forms of
//! exploitation" several times for one country and year: sub-forms (forced
//! marriage, forced criminality, begging …) collapsed into GLOTIP's one
//! label, each row a part of the cell. Others repeat a sex under age
//! "Total" with the figures of its age groups (Bolivia 2017: females 62
//! and 43, its adults and children), again parts. Yet some repetitions are
//! genuinely two versions of one figure. The table itself tells them
//! apart: the same country-year publishes totals and other breakdowns that
//! the cell must add up with. [`judge_repeated`] tests both readings
//! against them:
//!
//! * **sum**: the cell is the sum of its rows (bounds add: `"<5"` adds 1–4);
//! * **alternatives**: the cell is one of its rows' values.
//!
//! The identities of one area, indicator and year it tests (each only where
//! the whole and the parts it needs are published):
//!
//! * **form**: a total (sex *s*, age *a*) is the sum of the forms of
//!   exploitation of (*s*, *a*), when all three GLOTIP groups (sexual
//!   exploitation, forced labour, other forms) are published;
//! * **sex**: a cell of age *a* for both sexes is female + male (both
//!   published) + other and unknown (when published; for all ages, GLOTIP's
//!   one cell of unknown sex and age stands for unknown sex);
//! * **age**: a cell of sex *s* for all ages is children + adults (both
//!   published) + unknown age (when published; for both sexes, the cell of
//!   unknown sex and age).
//!
//! Counts are intervals, so an identity *fits* a reading when some values
//! within the published bounds satisfy it. The other cells of the identity
//! count as published; another repeated cell among them counts as anything
//! either of its readings allows (from its smallest row to the sum of its
//! rows), so that one judgement does not presume another.
//!
//! The published table does not always add up with itself, whatever the
//! reading (Hungary 2015: 23 adult females in total, 122 of them sexually
//! exploited): an identity that neither reading fits says nothing about
//! the reading and is set aside. Then a reading is used when it fits every
//! remaining identity and the other reading fails at least one
//! ([`Basis::SumFits`], [`Basis::AlternativesFit`]). Where both fit all
//! ([`Basis::BothFit`]), where the identities disagree or none fits
//! ([`Basis::NeitherFits`]), or where none can be tested
//! ([`Basis::Unchecked`]), the rows stay alternatives: the cell counts as
//! the hull of its values, as before this judgement existed.
//!
//! The worked example is Albania 2017 (`crates/palermo-import/tests/
//! repeated_keys.rs`, from the bundled file): "Other forms of exploitation"
//! five times, `<5`, 27, `<5`, 5, 20. Summed, 54–60; the total (95) is
//! 37 sexual exploitation + 1–4 forced labour + other forms, reachable only
//! by the sum, and other forms by age (48 children + 7 adults = 55) agrees.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{
    AgeGroup, Category, Count, Dimension, FormOfExploitation, Indicator, Sex, StatKey, StatRecord,
};

/// How the rows of a repeated key are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reading {
    /// The rows are parts of the cell: it is their sum.
    Sum,
    /// The rows are versions of the cell: it is one of them (it counts as
    /// the hull of their values).
    Alternatives,
}

/// Why a repeated key is read as it is ([`Judgement::basis`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The sum fits every identity that some reading fits; the
    /// alternatives fail one.
    SumFits,
    /// The alternatives fit every identity that some reading fits; the sum
    /// fails one.
    AlternativesFit,
    /// Both readings fit every identity tested.
    BothFit,
    /// No reading fits every identity (they disagree, or none fits).
    NeitherFits,
    /// No identity could be tested (the country-year publishes no total
    /// or breakdown the cell adds up with).
    Unchecked,
}

impl Basis {
    /// The reading this basis leads to: the sum only when it alone fits.
    pub const fn reading(self) -> Reading {
        match self {
            Self::SumFits => Reading::Sum,
            _ => Reading::Alternatives,
        }
    }

    /// Every basis, in declaration order.
    pub const ALL: [Self; 5] = [
        Self::SumFits,
        Self::AlternativesFit,
        Self::BothFit,
        Self::NeitherFits,
        Self::Unchecked,
    ];

    /// The short name used in JSON and the CLI (`sum-fits` …).
    pub const fn slug(self) -> &'static str {
        match self {
            Self::SumFits => "sum-fits",
            Self::AlternativesFit => "alternatives-fit",
            Self::BothFit => "both-fit",
            Self::NeitherFits => "neither-fits",
            Self::Unchecked => "unchecked",
        }
    }
}

impl Reading {
    /// The short name used in JSON and the CLI (`sum`, `alternatives`).
    pub const fn slug(self) -> &'static str {
        match self {
            Self::Sum => "sum",
            Self::Alternatives => "alternatives",
        }
    }
}

/// Which identity of the table was tested ([`Check::identity`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Identity {
    /// A total is the sum of its forms of exploitation.
    Form,
    /// Both sexes are the sum of the sexes.
    Sex,
    /// All ages are the sum of the age groups.
    Age,
}

/// One identity tested for a repeated key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// Which identity.
    pub identity: Identity,
    /// The whole of the identity: its dimension, category as published,
    /// sex and age (same area, indicator and year as the key).
    pub whole: (Dimension, String, Sex, AgeGroup),
    /// Whether the sum reading fits it.
    pub sum_fits: bool,
    /// Whether the alternatives reading fits it.
    pub alternatives_fit: bool,
}

/// The reading of one repeated key, with what it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgement {
    /// The reading used.
    pub reading: Reading,
    /// Why.
    pub basis: Basis,
    /// The identities tested, in a fixed order (form, sex, age; then by
    /// the whole's sex and age).
    pub checks: Vec<Check>,
}

/// The readings of every repeated key of a table ([`judge_repeated`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Readings {
    by_key: HashMap<StatKey, Judgement>,
}

impl Readings {
    /// No repeated key.
    pub fn new() -> Self {
        Self::default()
    }

    /// The judgement of `key`, if it is repeated.
    pub fn get(&self, key: &StatKey) -> Option<&Judgement> {
        self.by_key.get(key)
    }

    /// The reading of `key`: [`Reading::Alternatives`] unless judged a sum
    /// (a key not repeated has one row: both readings agree).
    pub fn reading(&self, key: &StatKey) -> Reading {
        self.by_key
            .get(key)
            .map_or(Reading::Alternatives, |j| j.reading)
    }

    /// The number of repeated keys judged.
    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    /// Whether no key is repeated.
    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// How many keys rest on each basis, in [`Basis::ALL`] order.
    pub fn counts(&self) -> [(Basis, usize); 5] {
        Basis::ALL.map(|b| (b, self.by_key.values().filter(|j| j.basis == b).count()))
    }

    /// Every judgement (in no particular order).
    pub fn iter(&self) -> impl Iterator<Item = (&StatKey, &Judgement)> {
        self.by_key.iter()
    }
}

/// A cell of one area, indicator and year: dimension, category as
/// published, sex, age.
type CellKey<'a> = (Dimension, &'a str, Sex, AgeGroup);

/// The published rows of the cells of one area, indicator and year, in
/// the dimensions the identities use (total and form of exploitation).
#[derive(Default)]
struct Group<'a> {
    cells: HashMap<CellKey<'a>, Vec<Count>>,
    /// The form-of-exploitation categories published (label, form).
    forms: Vec<(&'a str, FormOfExploitation)>,
    /// The categories published in each dimension (label), for the sex and
    /// age identities.
    categories: Vec<(Dimension, &'a str)>,
}

/// Whether `a` and `b` overlap.
fn meets(a: Count, b: Count) -> bool {
    a.min <= b.max && b.min <= a.max
}

/// The sum of `rows` (bounds add).
fn sum(rows: &[Count]) -> Count {
    rows.iter().fold(Count::exact(0), |acc, c| acc.add(*c))
}

impl<'a> Group<'a> {
    /// The values cell `k` can take when `key` is read as `reading`: one
    /// interval per alternative, or one interval.
    fn options(&self, k: &CellKey<'a>, key: &CellKey<'a>, reading: Reading) -> Option<Vec<Count>> {
        let rows = self.cells.get(k)?;
        Some(match rows.as_slice() {
            [one] => vec![*one],
            _ if k == key => match reading {
                Reading::Sum => vec![sum(rows)],
                Reading::Alternatives => rows.clone(),
            },
            // Another repeated cell: anything either reading allows.
            _ => {
                let lo = rows.iter().map(|c| c.min).min().unwrap_or(0);
                vec![Count {
                    min: lo,
                    max: sum(rows).max,
                }]
            }
        })
    }

    /// Whether `whole = Σ parts` can hold with `key` read as `reading`
    /// (only `key` has more than one option).
    fn fits(
        &self,
        whole: &CellKey<'a>,
        parts: &[CellKey<'a>],
        key: &CellKey<'a>,
        reading: Reading,
    ) -> bool {
        let Some(w) = self.options(whole, key, reading) else {
            return false;
        };
        let mut fixed = Count::exact(0);
        let mut choices = vec![Count::exact(0)];
        for p in parts {
            let Some(o) = self.options(p, key, reading) else {
                continue;
            };
            if p == key {
                choices = o;
            } else if let Some(c) = o.first() {
                fixed = fixed.add(*c);
            }
        }
        w.iter()
            .any(|w| choices.iter().any(|c| meets(*w, fixed.add(*c))))
    }

    /// The identities in which `key` is the whole or a part: (identity,
    /// whole, parts).
    fn identities(&self, key: &CellKey<'a>) -> Vec<(Identity, CellKey<'a>, Vec<CellKey<'a>>)> {
        let has = |k: &CellKey<'a>| self.cells.contains_key(k);
        let mut out = Vec::new();
        // Form: a total is the sum of its forms, when all three groups are
        // published.
        let (_, _, s, a) = *key;
        if matches!(key.0, Dimension::Total | Dimension::FormOfExploitation) {
            let whole = (Dimension::Total, "Total", s, a);
            let parts: Vec<CellKey<'a>> = self
                .forms
                .iter()
                .map(|(l, _)| (Dimension::FormOfExploitation, *l, s, a))
                .filter(|p| has(p))
                .collect();
            let groups: HashSet<FormOfExploitation> = self
                .forms
                .iter()
                .filter(|(l, _)| has(&(Dimension::FormOfExploitation, l, s, a)))
                .map(|(_, f)| f.glotip_group())
                .collect();
            let in_it = *key == whole || parts.contains(key);
            if has(&whole) && groups.len() == 3 && in_it {
                out.push((Identity::Form, whole, parts));
            }
        }
        let (d, c, s, a) = *key;
        let unknown_cell = (d, c, Sex::Unknown, AgeGroup::Unknown);
        // Sex: for the key's age (key is the whole or a part).
        let whole = (d, c, Sex::Total, a);
        let mut parts = vec![(d, c, Sex::Female, a), (d, c, Sex::Male, a)];
        if has(&parts[0]) && has(&parts[1]) && has(&whole) {
            parts.push((d, c, Sex::Other, a));
            let unknown = (d, c, Sex::Unknown, a);
            parts.push(if a == AgeGroup::Total && !has(&unknown) {
                unknown_cell
            } else {
                unknown
            });
            parts.retain(|p| has(p));
            if *key == whole || parts.contains(key) {
                out.push((Identity::Sex, whole, parts));
            }
        }
        // Age: for the key's sex.
        let whole = (d, c, s, AgeGroup::Total);
        let mut parts = vec![(d, c, s, AgeGroup::Child), (d, c, s, AgeGroup::Adult)];
        if has(&parts[0]) && has(&parts[1]) && has(&whole) {
            let unknown = (d, c, s, AgeGroup::Unknown);
            parts.push(if s == Sex::Total && !has(&unknown) {
                unknown_cell
            } else {
                unknown
            });
            parts.retain(|p| has(p));
            if *key == whole || parts.contains(key) {
                out.push((Identity::Age, whole, parts));
            }
        }
        // The cell of unknown sex and age as the key: it is a part of the
        // (Total, Total) cell by sex and by age, unless GLOTIP publishes
        // unknown sex for all ages (or unknown age for both sexes) itself.
        if *key == unknown_cell {
            let whole = (d, c, Sex::Total, AgeGroup::Total);
            let by_sex = (
                Identity::Sex,
                [
                    (d, c, Sex::Female, AgeGroup::Total),
                    (d, c, Sex::Male, AgeGroup::Total),
                ],
                (d, c, Sex::Other, AgeGroup::Total),
                (d, c, Sex::Unknown, AgeGroup::Total),
            );
            let by_age = (
                Identity::Age,
                [
                    (d, c, Sex::Total, AgeGroup::Child),
                    (d, c, Sex::Total, AgeGroup::Adult),
                ],
                // No optional third group by age: unknown age is the key.
                (d, c, Sex::Total, AgeGroup::Child),
                (d, c, Sex::Total, AgeGroup::Unknown),
            );
            for (id, required, optional, own) in [by_sex, by_age] {
                if required.iter().all(has) && has(&whole) && !has(&own) {
                    let mut parts = required.to_vec();
                    if id == Identity::Sex && has(&optional) {
                        parts.push(optional);
                    }
                    parts.push(unknown_cell);
                    out.push((id, whole, parts));
                }
            }
        }
        out
    }

    fn judge(&self, key: &CellKey<'a>) -> Judgement {
        let checks: Vec<Check> = self
            .identities(key)
            .into_iter()
            .map(|(identity, whole, parts)| Check {
                identity,
                whole: (whole.0, whole.1.to_owned(), whole.2, whole.3),
                sum_fits: self.fits(&whole, &parts, key, Reading::Sum),
                alternatives_fit: self.fits(&whole, &parts, key, Reading::Alternatives),
            })
            .collect();
        let sum_only = checks.iter().any(|c| c.sum_fits && !c.alternatives_fit);
        let alt_only = checks.iter().any(|c| c.alternatives_fit && !c.sum_fits);
        let informative = checks.iter().any(|c| c.sum_fits || c.alternatives_fit);
        let basis = match (sum_only, alt_only) {
            _ if checks.is_empty() => Basis::Unchecked,
            (true, false) => Basis::SumFits,
            (false, true) => Basis::AlternativesFit,
            (false, false) if informative => Basis::BothFit,
            _ => Basis::NeitherFits,
        };
        Judgement {
            reading: basis.reading(),
            basis,
            checks,
        }
    }
}

/// Judges every key of `records` that occurs more than once: sum or
/// alternatives, tested against the totals and breakdowns of the same
/// area, indicator and year (see the module documentation). Give the whole
/// table: a key whose country-year is cut away is judged without it.
/// Linear in the records, plus the country-years of repeated keys.
pub fn judge_repeated<'a>(records: impl IntoIterator<Item = &'a StatRecord>) -> Readings {
    let records: Vec<&StatRecord> = records.into_iter().collect();
    // Repeated keys, by their hash first (no key is built for the others).
    let mut seen: HashMap<u64, usize> = HashMap::with_capacity(records.len());
    let mut candidates: Vec<usize> = Vec::new();
    for (i, r) in records.iter().enumerate() {
        if let Some(&first) = seen.get(&r.key_hash()) {
            candidates.extend([first, i]);
        } else {
            seen.insert(r.key_hash(), i);
        }
    }
    if candidates.is_empty() {
        return Readings::new();
    }
    let mut rows: HashMap<StatKey, usize> = HashMap::new();
    candidates.sort_unstable();
    candidates.dedup();
    for &i in &candidates {
        *rows.entry(records[i].key()).or_default() += 1;
    }
    rows.retain(|_, n| *n > 1);
    let places: HashSet<(&str, Indicator, i32)> = rows
        .keys()
        .map(|k| (k.area.as_str(), k.indicator, k.year))
        .collect();
    let mut groups: HashMap<(&str, Indicator, i32), Group<'_>> = HashMap::new();
    for r in &records {
        let place = (r.area.as_str(), r.indicator, r.year);
        if !places.contains(&place)
            || !matches!(
                r.dimension,
                Dimension::Total | Dimension::FormOfExploitation
            )
        {
            continue;
        }
        let g = groups.entry(place).or_default();
        let label = r.category_label.as_str();
        if !g.categories.contains(&(r.dimension, label)) {
            g.categories.push((r.dimension, label));
            if let (Dimension::FormOfExploitation, Category::Form(f)) = (r.dimension, &r.category) {
                g.forms.push((label, *f));
            }
        }
        g.cells
            .entry((r.dimension, label, r.sex, r.age))
            .or_default()
            .push(r.value);
    }
    let by_key = rows
        .into_keys()
        .map(|k| {
            let j = match groups.get(&(k.area.as_str(), k.indicator, k.year)) {
                Some(g) => g.judge(&(k.dimension, k.category.as_str(), k.sex, k.age)),
                None => Judgement {
                    reading: Reading::Alternatives,
                    basis: Basis::Unchecked,
                    checks: Vec::new(),
                },
            };
            (k, j)
        })
        .collect();
    Readings { by_key }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(
        dim: Dimension,
        label: &str,
        sex: Sex,
        age: AgeGroup,
        v: &str,
        line: u64,
    ) -> StatRecord {
        StatRecord {
            area: "BOL".into(),
            iso3: Some("BOL".into()),
            area_name: "Bolivia".into(),
            region: "Americas".into(),
            subregion: "Latin America and the Caribbean".into(),
            indicator: Indicator::DetectedVictims,
            dimension: dim,
            category: match dim {
                Dimension::Total => Category::Total,
                _ => Category::Form(
                    FormOfExploitation::parse(label).unwrap_or(FormOfExploitation::Other),
                ),
            },
            category_label: label.into(),
            sex,
            age,
            year: 2017,
            value: Count::parse(v).unwrap_or(Count::exact(0)),
            value_text: v.into(),
            source_line: line,
        }
    }

    #[test]
    fn a_sex_repeated_with_its_age_groups_is_their_sum() {
        // Bolivia 2017 as GLOTIP publishes it (lines 4888–4895, 38372–38375
        // of the bundled file): females 62 and 43 for all ages, which are
        // its adults and children; the total 397 = 105 + 239 + 53 unknown.
        let t = Dimension::Total;
        let rs = vec![
            cell(t, "Total", Sex::Female, AgeGroup::Child, "43", 4888),
            cell(t, "Total", Sex::Female, AgeGroup::Adult, "62", 4889),
            cell(t, "Total", Sex::Male, AgeGroup::Child, "141", 4890),
            cell(t, "Total", Sex::Male, AgeGroup::Adult, "98", 4891),
            cell(t, "Total", Sex::Total, AgeGroup::Child, "184", 4892),
            cell(t, "Total", Sex::Total, AgeGroup::Adult, "160", 4893),
            cell(t, "Total", Sex::Total, AgeGroup::Total, "397", 4894),
            cell(t, "Total", Sex::Unknown, AgeGroup::Unknown, "53", 4895),
            cell(t, "Total", Sex::Female, AgeGroup::Total, "62", 38372),
            cell(t, "Total", Sex::Female, AgeGroup::Total, "43", 38373),
            cell(t, "Total", Sex::Male, AgeGroup::Total, "98", 38374),
            cell(t, "Total", Sex::Male, AgeGroup::Total, "141", 38375),
        ];
        let r = judge_repeated(&rs);
        assert_eq!(r.len(), 2);
        for (_, j) in r.iter() {
            assert_eq!(
                (j.reading, j.basis),
                (Reading::Sum, Basis::SumFits),
                "{j:?}"
            );
        }
    }

    #[test]
    fn nothing_to_test_keeps_the_alternatives() {
        let t = Dimension::Total;
        let rs = vec![
            cell(t, "Total", Sex::Male, AgeGroup::Total, "5", 2),
            cell(t, "Total", Sex::Male, AgeGroup::Total, "7", 3),
        ];
        let r = judge_repeated(&rs);
        let (_, j) = r.iter().next().unwrap();
        assert_eq!(
            (j.reading, j.basis),
            (Reading::Alternatives, Basis::Unchecked)
        );
        assert!(judge_repeated(&rs[..1]).is_empty());
    }
}
