//! National statistics on trafficking in persons, in the terms of UNODC's
//! Global Report on Trafficking in Persons (GLOTIP).
//!
//! One [`StatRecord`] is one published cell: a country (or other reporting
//! area), a year, an [`Indicator`], a [`Dimension`] with its category, a
//! [`Sex`], an [`AgeGroup`] and a [`Count`]. UNODC suppresses small counts and
//! publishes them as `"<5"`: Palermo keeps such a cell as a censored count,
//! the interval 1–4, never as 0 or 5 ([`Count::parse`]).

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub mod readings;

pub use readings::{judge_repeated, Basis, Judgement, Reading, Readings};

/// A published count, exact or censored.
///
/// An exact count has `min == max`. A censored one (published as `"<5"`) is
/// the closed interval `min..=max` (1–4 for `"<5"`: UNODC publishes zeros as
/// `0`, so a suppressed cell holds at least one person).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Count {
    /// Smallest value the cell can hold (persons, offences).
    pub min: u64,
    /// Largest value the cell can hold; equal to `min` when exact.
    pub max: u64,
}

/// Why a published value could not be read as a count.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountError {
    /// The cell is empty.
    #[error("empty value")]
    Empty,
    /// The text is not a count, e.g. `"12a"` or `"-3"`.
    #[error("not a count (expected digits such as 1282 or \"1,282\", or \"<5\")")]
    NotACount(String),
    /// `"<0"` or `"<1"`: a censored value that cannot hold any positive count.
    #[error("an empty interval")]
    EmptyInterval(String),
}

impl Count {
    /// An exact count.
    pub const fn exact(n: u64) -> Self {
        Self { min: n, max: n }
    }

    /// Whether the count is censored (an interval rather than one number).
    pub const fn is_censored(self) -> bool {
        self.min != self.max
    }

    /// The exact value, or `None` when censored.
    pub const fn value(self) -> Option<u64> {
        if self.is_censored() {
            None
        } else {
            Some(self.min)
        }
    }

    /// Adds two counts: bounds add.
    pub const fn add(self, other: Self) -> Self {
        Self {
            min: self.min.saturating_add(other.min),
            max: self.max.saturating_add(other.max),
        }
    }

    /// The smallest interval holding both counts (used for conflicting
    /// duplicates: the truth is one of them, so it lies in their hull).
    pub fn hull(self, other: Self) -> Self {
        Self {
            min: self.min.min(other.min),
            max: self.max.max(other.max),
        }
    }

    /// Parses a published value: `"1282"`, `"1,282"` (thousands separators),
    /// `"<5"` (censored: 1–4), `"< 10"` (1–9). Surrounding white space is
    /// ignored. Decimals, signs and anything else are errors.
    pub fn parse(s: &str) -> Result<Self, CountError> {
        let t = s.trim();
        if t.is_empty() {
            return Err(CountError::Empty);
        }
        if let Some(rest) = t.strip_prefix('<') {
            let n = parse_digits(rest.trim()).ok_or_else(|| CountError::NotACount(s.to_owned()))?;
            if n < 2 {
                return Err(CountError::EmptyInterval(s.to_owned()));
            }
            return Ok(Self { min: 1, max: n - 1 });
        }
        parse_digits(t)
            .map(Self::exact)
            .ok_or_else(|| CountError::NotACount(s.to_owned()))
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_censored() {
            write!(f, "{}–{}", self.min, self.max)
        } else {
            write!(f, "{}", self.min)
        }
    }
}

/// Digits with optional comma thousands separators in groups of three.
fn parse_digits(t: &str) -> Option<u64> {
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    if t.contains(',') {
        let mut groups = t.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 {
            return None;
        }
        for g in groups {
            if g.len() != 3 {
                return None;
            }
        }
    }
    let mut n: u64 = 0;
    for b in t.bytes().filter(u8::is_ascii_digit) {
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    Some(n)
}

macro_rules! labelled_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $err:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $label:literal, $slug:literal $(| $alias:literal)* ; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The label as UNODC publishes it.
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// Palermo's short name (used in URLs, the CLI and JSON).
            pub const fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug,)+ }
            }

            /// Parses the published label or the short name (case-insensitive).
            pub fn parse(s: &str) -> Option<Self> {
                let t = s.trim();
                $(
                    if t.eq_ignore_ascii_case($label) || t.eq_ignore_ascii_case($slug)
                        $(|| t.eq_ignore_ascii_case($alias))* {
                        return Some($name::$variant);
                    }
                )+
                None
            }

            /// The accepted spellings, for error messages.
            pub fn expected() -> String {
                let v: Vec<String> = vec![$(format!("{:?}", $label)),+];
                format!("{} ({})", $err, v.join(", "))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

labelled_enum! {
    /// A GLOTIP indicator: what is counted.
    Indicator, "one of" {
        /// Detected trafficking victims (persons).
        DetectedVictims => "Detected trafficking victims", "detected-victims" | "victims";
        /// Persons prosecuted for trafficking in persons.
        Prosecuted => "Persons prosecuted", "prosecuted" | "prosecutions";
        /// Persons convicted of trafficking in persons.
        Convicted => "Persons convicted", "convicted" | "convictions";
        /// Persons brought into formal contact with the police and/or the
        /// criminal justice system.
        FormalContact => "Persons brought into formal contact", "formal-contact" | "suspects";
        /// Offences of trafficking in persons recorded (offences, not persons).
        Offences => "Offences of trafficking in persons", "offences";
    }
}

labelled_enum! {
    /// How a GLOTIP indicator is broken down.
    Dimension, "one of" {
        /// No breakdown (the category is "Total").
        Total => "Total", "total";
        /// By form of exploitation (sexual, forced labour, other).
        FormOfExploitation => "by form of exploitation", "form";
        /// By the citizenship of the person.
        Citizenship => "by citizenship", "citizenship";
        /// By the country to which detected victims were repatriated.
        CountryOfRepatriation => "by country of repatriation", "repatriation";
    }
}

labelled_enum! {
    /// Sex as GLOTIP records it.
    Sex, "one of" {
        /// Both sexes (no breakdown).
        Total => "Total", "total";
        /// Female.
        Female => "Female", "female" | "women" | "f";
        /// Male.
        Male => "Male", "male" | "men" | "m";
        /// Other (as reported by the country).
        Other => "Other", "other";
        /// Sex not known.
        Unknown => "Unknown", "unknown";
    }
}

labelled_enum! {
    /// Age group as GLOTIP records it.
    AgeGroup, "one of" {
        /// All ages (no breakdown).
        Total => "Total", "total";
        /// Children: 0 to 17 years.
        Child => "0 to 17 years", "child" | "children" | "0-17";
        /// Adults: 18 years or over.
        Adult => "18 years or over", "adult" | "adults" | "18+";
        /// Age not known.
        Unknown => "Unknown", "unknown";
    }
}

labelled_enum! {
    /// Forms of exploitation. GLOTIP publishes three (sexual exploitation,
    /// forced labour, other forms); case records distinguish more, which
    /// [`FormOfExploitation::glotip_group`] folds into GLOTIP's three.
    FormOfExploitation, "one of" {
        /// Sexual exploitation.
        Sexual => "Sexual exploitation", "sexual";
        /// Forced labour or services.
        ForcedLabour => "Forced labour", "forced-labour" | "forced labor" | "labour";
        /// Forced marriage.
        ForcedMarriage => "Forced marriage", "forced-marriage";
        /// Slavery and practices similar to slavery, servitude.
        Slavery => "Slavery and similar practices", "slavery" | "servitude";
        /// Removal of organs.
        OrganRemoval => "Removal of organs", "organ-removal";
        /// Forced criminal activity (including forced begging).
        ForcedCriminality => "Forced criminality", "forced-criminality";
        /// Other forms of exploitation (GLOTIP's residual category).
        Other => "Other forms of exploitation", "other";
    }
}

impl FormOfExploitation {
    /// The GLOTIP category this form is counted under: sexual exploitation,
    /// forced labour, or other forms of exploitation.
    pub const fn glotip_group(self) -> Self {
        match self {
            Self::Sexual => Self::Sexual,
            Self::ForcedLabour => Self::ForcedLabour,
            _ => Self::Other,
        }
    }
}

/// The category of a [`Dimension`], interpreted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "value")]
pub enum Category {
    /// "Total": no breakdown.
    Total,
    /// A form of exploitation (dimension "by form of exploitation").
    Form(FormOfExploitation),
    /// A country, ISO 3166-1 alpha-3 (dimension "by citizenship" or "by
    /// country of repatriation").
    Country(String),
    /// "Nationals": citizens of the reporting country.
    Nationals,
    /// "Abroad": repatriated or from abroad, country not given.
    Abroad,
    /// A category Palermo does not interpret (an unresolved country name, a
    /// regional group such as "Other Europe", "Unknown", or empty); the
    /// published text is in [`StatRecord::category_label`].
    Unresolved,
}

impl Category {
    /// A short key for grouping and URLs: `total`, the form's slug, the ISO3
    /// code, `nationals`, `abroad`, or `other:` and the published label.
    pub fn key(&self, label: &str) -> String {
        match self {
            Self::Total => "total".into(),
            Self::Form(f) => f.slug().into(),
            Self::Country(c) => c.clone(),
            Self::Nationals => "nationals".into(),
            Self::Abroad => "abroad".into(),
            Self::Unresolved => format!("other:{label}"),
        }
    }
}

/// One published GLOTIP cell, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatRecord {
    /// The reporting area's code as published (`Iso3_code`), or its name
    /// when the code is empty (UNODC's "Sark"). Always non-empty.
    pub area: String,
    /// The ISO 3166-1 alpha-3 code when the area is a country or territory
    /// Palermo knows; `None` for UNODC's regional aggregates (`"SAM"`,
    /// `"CAR"` …) and unresolved names.
    pub iso3: Option<String>,
    /// The area's name as published (may be empty).
    pub area_name: String,
    /// UNODC region as published (`"Europe"` …); empty for aggregates.
    pub region: String,
    /// UNODC sub-region as published.
    pub subregion: String,
    /// What is counted.
    pub indicator: Indicator,
    /// How it is broken down.
    pub dimension: Dimension,
    /// The breakdown's category, interpreted.
    pub category: Category,
    /// The category as published (`"Republic of Moldova"`, `"Total"` …).
    pub category_label: String,
    /// Sex.
    pub sex: Sex,
    /// Age group.
    pub age: AgeGroup,
    /// Calendar year the count refers to.
    pub year: i32,
    /// The count, exact or censored.
    pub value: Count,
    /// The value as published (`"<5"`, `"1,282"`).
    pub value_text: String,
    /// The line of the source file the cell was read from (1-based, the
    /// header is line 1).
    pub source_line: u64,
}

impl StatRecord {
    /// Whether the area counts as a country in regional and global totals:
    /// it has a published region. UNODC's sub-regional aggregates (`"SAM"`,
    /// `"CAR"`, … with no name and no region) do not, so that no total counts
    /// a person twice.
    pub fn is_country_area(&self) -> bool {
        !self.region.is_empty()
    }

    /// The cell's identity: area, indicator, dimension, category, sex, age,
    /// year. Two records with the same key are duplicates.
    pub fn key(&self) -> StatKey {
        StatKey {
            area: self.area.clone(),
            indicator: self.indicator,
            dimension: self.dimension,
            category: self.category_label.clone(),
            sex: self.sex,
            age: self.age,
            year: self.year,
        }
    }

    /// A 64-bit FNV-1a hash of [`StatRecord::key`]'s fields (area,
    /// indicator and dimension slugs, category as published, sex and age
    /// slugs, year), each followed by a 0x1F separator. Stable across
    /// builds and platforms (unlike `std`'s hasher), so the store can keep it
    /// and find keys published more than once with an integer `GROUP BY`;
    /// equal keys have equal hashes, and callers compare the full keys.
    pub fn key_hash(&self) -> u64 {
        let mut h = FNV_OFFSET;
        let year = self.year.to_le_bytes();
        for part in [
            self.area.as_bytes(),
            self.indicator.slug().as_bytes(),
            self.dimension.slug().as_bytes(),
            self.category_label.as_bytes(),
            self.sex.slug().as_bytes(),
            self.age.slug().as_bytes(),
            &year,
        ] {
            h = fnv1a(fnv1a(h, part), &[0x1f]);
        }
        h
    }
}

/// FNV-1a 64-bit offset basis (Fowler, Noll, Vo; IETF draft
/// draft-eastlake-fnv, section 2).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a: folds `bytes` into the hash `h`.
fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// The identity of a published cell (see [`StatRecord::key`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct StatKey {
    /// Reporting area (see [`StatRecord::area`]).
    pub area: String,
    /// Indicator.
    pub indicator: Indicator,
    /// Dimension.
    pub dimension: Dimension,
    /// Category as published.
    pub category: String,
    /// Sex.
    pub sex: Sex,
    /// Age group.
    pub age: AgeGroup,
    /// Year.
    pub year: i32,
}

impl fmt::Display for StatKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}, {} {:?}, sex {}, age {}",
            self.area, self.year, self.indicator, self.dimension, self.category, self.sex, self.age
        )
    }
}

/// A key published more than once in the same table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// The duplicated key.
    pub key: StatKey,
    /// Each occurrence: source line and the value as published, in line
    /// order.
    pub occurrences: Vec<(u64, String)>,
    /// Whether the occurrences disagree (differ in value); identical
    /// repetitions are duplicates but not disagreements.
    pub values_differ: bool,
}

/// Finds every key that occurs more than once, in order of first
/// occurrence. Nothing is chosen or summed here: how the rows are read is
/// [`readings::judge_repeated`]'s (sum or alternatives, tested against the
/// country-year's totals), which [`crate::indicator`] follows.
pub fn find_conflicts<'a>(records: impl IntoIterator<Item = &'a StatRecord>) -> Vec<Conflict> {
    let mut by_key: HashMap<StatKey, Vec<(u64, String)>> = HashMap::new();
    for r in records {
        by_key
            .entry(r.key())
            .or_default()
            .push((r.source_line, r.value_text.clone()));
    }
    let mut out: Vec<Conflict> = by_key
        .into_iter()
        .filter(|(_, occ)| occ.len() > 1)
        .map(|(key, mut occurrences)| {
            occurrences.sort();
            let values_differ = occurrences.iter().any(|(_, t)| *t != occurrences[0].1);
            Conflict {
                key,
                occurrences,
                values_differ,
            }
        })
        .collect();
    out.sort_by_key(|c| c.occurrences[0].0);
    out
}

/// The most distinct keys [`RepeatedKeys`] tracks (at most 72 MiB of hash
/// table, 107 MiB while it grows); beyond that, the conflicts are left to
/// the store to find after the import.
pub const MAX_TRACKED_KEYS: usize = 1 << 21;

/// The most source lines an import summary lists conflicts from (a file
/// repeating millions of keys must not fill memory with them).
pub const MAX_LISTED_LINES: usize = 100_000;

/// Finds, while an import streams, the source lines of cells whose key hash
/// ([`StatRecord::key_hash`]) was seen before: a hash table of key hash →
/// first line (16 bytes a distinct key, bounded by [`MAX_TRACKED_KEYS`]).
/// Equal hashes are candidates only: the cells of the lines listed are then
/// compared on their full keys ([`find_conflicts`]).
#[derive(Debug)]
pub struct RepeatedKeys {
    /// Key hash → the first line with it; `None` once the bound was passed.
    seen: Option<std::collections::HashMap<u64, u64>>,
    /// Lines whose key hash occurs more than once (with repeats), up to
    /// [`MAX_LISTED_LINES`].
    lines: Vec<u64>,
    /// Whether `lines` holds every repeated line.
    complete: bool,
}

impl Default for RepeatedKeys {
    fn default() -> Self {
        Self::new()
    }
}

impl RepeatedKeys {
    /// Nothing seen yet.
    pub fn new() -> Self {
        Self {
            seen: Some(std::collections::HashMap::new()),
            lines: Vec::new(),
            complete: true,
        }
    }

    /// Records the cell of source line `line` with key hash `hash`.
    pub fn observe(&mut self, hash: u64, line: u64) {
        let Some(seen) = &mut self.seen else { return };
        if let Some(&first) = seen.get(&hash) {
            if self.lines.len() < MAX_LISTED_LINES {
                self.lines.extend([first, line]);
            } else {
                self.complete = false;
            }
        } else if seen.len() >= MAX_TRACKED_KEYS {
            self.seen = None;
            self.lines = Vec::new();
        } else {
            seen.insert(hash, line);
        }
    }

    /// The candidate lines, sorted and without repeats, and whether they
    /// are all the repeated lines; `None` when more than
    /// [`MAX_TRACKED_KEYS`] distinct keys were seen (then nothing is known
    /// and the store must look for itself).
    pub fn into_lines(mut self) -> Option<(Vec<u64>, bool)> {
        self.seen.as_ref()?;
        self.lines.sort_unstable();
        self.lines.dedup();
        Some((self.lines, self.complete))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        // draft-eastlake-fnv, appendix C / the FNV authors' test suite.
        assert_eq!(super::fnv1a(super::FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a(super::FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(
            super::fnv1a(super::FNV_OFFSET, b"foobar"),
            0x8594_4171_f739_67e8
        );
    }

    use super::*;

    #[test]
    fn counts() {
        assert_eq!(Count::parse("1,282"), Ok(Count::exact(1282)));
        assert_eq!(Count::parse(" 17 "), Ok(Count::exact(17)));
        assert_eq!(Count::parse("0"), Ok(Count::exact(0)));
        assert_eq!(Count::parse("<5"), Ok(Count { min: 1, max: 4 }));
        assert_eq!(Count::parse("< 10"), Ok(Count { min: 1, max: 9 }));
        assert!(Count::parse("<5").is_ok_and(Count::is_censored));
        assert_eq!(Count::parse(""), Err(CountError::Empty));
        assert!(matches!(
            Count::parse("12,34"),
            Err(CountError::NotACount(_))
        ));
        assert!(matches!(Count::parse("-3"), Err(CountError::NotACount(_))));
        assert!(matches!(Count::parse("1.5"), Err(CountError::NotACount(_))));
        assert!(matches!(
            Count::parse("<1"),
            Err(CountError::EmptyInterval(_))
        ));
        assert!(matches!(
            Count::parse("99999999999999999999999"),
            Err(CountError::NotACount(_))
        ));
        assert_eq!(Count::parse("<5").map(|c| c.to_string()), Ok("1–4".into()));
    }

    #[test]
    fn labels_round_trip() {
        for i in Indicator::ALL {
            assert_eq!(Indicator::parse(i.label()), Some(*i));
            assert_eq!(Indicator::parse(i.slug()), Some(*i));
        }
        assert_eq!(AgeGroup::parse("0 to 17 years"), Some(AgeGroup::Child));
        assert_eq!(
            FormOfExploitation::parse("Other forms of exploitation"),
            Some(FormOfExploitation::Other)
        );
        assert_eq!(
            FormOfExploitation::OrganRemoval.glotip_group(),
            FormOfExploitation::Other
        );
        assert!(Sex::expected().contains("\"Female\""));
    }

    #[test]
    fn repeated_keys_give_up_at_their_bound() {
        let mut r = RepeatedKeys::new();
        r.observe(7, 9);
        r.observe(7, 1);
        r.observe(7, 5);
        r.observe(8, 2);
        // Line 9 came first; 1 and 5 repeat its hash.
        assert_eq!(r.into_lines(), Some((vec![1, 5, 9], true)));
        let mut full = RepeatedKeys::new();
        for h in 0..MAX_TRACKED_KEYS as u64 {
            full.observe(h, h);
        }
        full.observe(u64::MAX, 0);
        assert_eq!(full.into_lines(), None);
    }
}
