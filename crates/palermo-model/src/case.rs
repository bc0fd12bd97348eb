//! Victim case records: one row per identified or reported victim, as agencies
//! keep them under the Human Trafficking Case Data Standard (HTCDS 2.0, IOM
//! and partners) or in the Counter Trafficking Data Collaborative (CTDC)
//! microdata layout.
//!
//! A case record holds no identifier of a person: no name, date of birth,
//! address or document number (those are encoded into CLKs on the data
//! holder's machine, see `palermo linkage encode`). Every attribute keeps
//! "unknown" distinct from "no": [`Flag::Unknown`] is not [`Flag::No`].

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::stats::FormOfExploitation;

/// A yes/no attribute that may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Flag {
    /// The attribute was recorded as present.
    Yes,
    /// The attribute was recorded as absent.
    No,
    /// Not recorded (missing). Never counted as "no".
    #[default]
    Unknown,
}

impl Flag {
    /// `Yes` → `Some(true)`, `No` → `Some(false)`, `Unknown` → `None`.
    pub const fn as_option(self) -> Option<bool> {
        match self {
            Self::Yes => Some(true),
            Self::No => Some(false),
            Self::Unknown => None,
        }
    }

    /// The inverse of [`Flag::as_option`].
    pub const fn from_option(b: Option<bool>) -> Self {
        match b {
            Some(true) => Self::Yes,
            Some(false) => Self::No,
            None => Self::Unknown,
        }
    }
}

/// Victim's sex or gender as case records give it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum CaseSex {
    /// Female, woman, girl (CTDC `Woman`/`Female`, HTCDS `Feminine`).
    Female,
    /// Male, man, boy (CTDC `Man`/`Male`, HTCDS `Masculine`).
    Male,
    /// Transgender or gender non-conforming (CTDC
    /// `Trans/Transgender/NonConforming`; HTCDS `TransgenderFeminine`,
    /// `TransgenderMasculine`, `NonConforming`). Counted as GLOTIP's "Other".
    TransOrNonConforming,
    /// Not recorded or not specified.
    #[default]
    Unknown,
}

impl CaseSex {
    /// Short name used in outputs: `female`, `male`, `other`, `unknown`.
    pub const fn slug(self) -> &'static str {
        match self {
            Self::Female => "female",
            Self::Male => "male",
            Self::TransOrNonConforming => "other",
            Self::Unknown => "unknown",
        }
    }
}

/// Age band at registration, following CTDC's `ageBroad` bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    /// 0–8 years.
    #[serde(rename = "0-8")]
    A0to8,
    /// 9–17 years.
    #[serde(rename = "9-17")]
    A9to17,
    /// 18–20 years.
    #[serde(rename = "18-20")]
    A18to20,
    /// 21–23 years.
    #[serde(rename = "21-23")]
    A21to23,
    /// 24–26 years.
    #[serde(rename = "24-26")]
    A24to26,
    /// 27–29 years.
    #[serde(rename = "27-29")]
    A27to29,
    /// 30–38 years.
    #[serde(rename = "30-38")]
    A30to38,
    /// 39–47 years.
    #[serde(rename = "39-47")]
    A39to47,
    /// 48 years or over.
    #[serde(rename = "48+")]
    A48Plus,
    /// A minor whose band is not finer known (`majorityStatus` "Minor").
    #[serde(rename = "minor")]
    MinorUnknownBand,
    /// An adult whose band is not finer known (`majorityStatus` "Adult").
    #[serde(rename = "adult")]
    AdultUnknownBand,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 11] = [
        Self::A0to8,
        Self::A9to17,
        Self::A18to20,
        Self::A21to23,
        Self::A24to26,
        Self::A27to29,
        Self::A30to38,
        Self::A39to47,
        Self::A48Plus,
        Self::MinorUnknownBand,
        Self::AdultUnknownBand,
    ];

    /// The band's label (`"0-8"`, `"48+"`, `"minor"`, `"adult"`).
    pub const fn label(self) -> &'static str {
        match self {
            Self::A0to8 => "0-8",
            Self::A9to17 => "9-17",
            Self::A18to20 => "18-20",
            Self::A21to23 => "21-23",
            Self::A24to26 => "24-26",
            Self::A27to29 => "27-29",
            Self::A30to38 => "30-38",
            Self::A39to47 => "39-47",
            Self::A48Plus => "48+",
            Self::MinorUnknownBand => "minor",
            Self::AdultUnknownBand => "adult",
        }
    }

    /// The band of an age in completed years; `None` above 120 (impossible).
    pub const fn from_age(age: u32) -> Option<Self> {
        Some(match age {
            0..=8 => Self::A0to8,
            9..=17 => Self::A9to17,
            18..=20 => Self::A18to20,
            21..=23 => Self::A21to23,
            24..=26 => Self::A24to26,
            27..=29 => Self::A27to29,
            30..=38 => Self::A30to38,
            39..=47 => Self::A39to47,
            48..=120 => Self::A48Plus,
            _ => return None,
        })
    }

    /// Parses a CTDC band as written in data files or the codebook: `0--8`,
    /// `0—8` (em dash), `0-8`, `48+`; also `Minor`/`Adult`.
    pub fn parse(s: &str) -> Option<Self> {
        let t: String = s
            .trim()
            .chars()
            .map(|c| {
                if matches!(c, '—' | '–' | '−') {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let t = t.replace("--", "-");
        let lower = t.to_ascii_lowercase();
        Self::ALL.into_iter().find(|b| b.label() == lower)
    }

    /// Whether the band is under 18 (GLOTIP's "0 to 17 years").
    pub const fn is_child(self) -> bool {
        matches!(self, Self::A0to8 | Self::A9to17 | Self::MinorUnknownBand)
    }
}

impl fmt::Display for AgeBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Means of control an exploiter used (HTCDS `MethodsOfControl`, CTDC
/// `means*`), each yes/no/unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MeansOfControl {
    /// Debt bondage and/or withheld earnings.
    pub debt_bondage_earnings: Flag,
    /// Threats to the person or family (including threats of law enforcement).
    pub threats: Flag,
    /// Psychological, physical and/or sexual abuse.
    pub abuse: Flag,
    /// False promises, deception.
    pub false_promises: Flag,
    /// Psychoactive substances.
    pub drugs_alcohol: Flag,
    /// Restricted finances, movement, medical care or necessities.
    pub deny_basic_needs: Flag,
    /// Excessive working hours.
    pub excessive_work_hours: Flag,
    /// Withheld documents.
    pub withhold_documents: Flag,
    /// Other means.
    pub other: Flag,
}

impl MeansOfControl {
    /// The flags in field order (the order stores and keys rely on).
    pub const fn flags(&self) -> [Flag; 9] {
        [
            self.debt_bondage_earnings,
            self.threats,
            self.abuse,
            self.false_promises,
            self.drugs_alcohol,
            self.deny_basic_needs,
            self.excessive_work_hours,
            self.withhold_documents,
            self.other,
        ]
    }
}

/// Forms of exploitation recorded for the victim (multi-response), each
/// yes/no/unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Forms {
    /// Sexual exploitation.
    pub sexual: Flag,
    /// Forced labour.
    pub forced_labour: Flag,
    /// Forced marriage.
    pub forced_marriage: Flag,
    /// Slavery and similar practices, servitude.
    pub slavery: Flag,
    /// Removal of organs.
    pub organ_removal: Flag,
    /// Forced criminality, forced begging.
    pub forced_criminality: Flag,
    /// Other forms.
    pub other: Flag,
}

impl Forms {
    /// The flag of one form.
    pub const fn get(&self, f: FormOfExploitation) -> Flag {
        match f {
            FormOfExploitation::Sexual => self.sexual,
            FormOfExploitation::ForcedLabour => self.forced_labour,
            FormOfExploitation::ForcedMarriage => self.forced_marriage,
            FormOfExploitation::Slavery => self.slavery,
            FormOfExploitation::OrganRemoval => self.organ_removal,
            FormOfExploitation::ForcedCriminality => self.forced_criminality,
            FormOfExploitation::Other => self.other,
        }
    }

    /// Sets the flag of one form.
    pub fn set(&mut self, f: FormOfExploitation, v: Flag) {
        let slot = match f {
            FormOfExploitation::Sexual => &mut self.sexual,
            FormOfExploitation::ForcedLabour => &mut self.forced_labour,
            FormOfExploitation::ForcedMarriage => &mut self.forced_marriage,
            FormOfExploitation::Slavery => &mut self.slavery,
            FormOfExploitation::OrganRemoval => &mut self.organ_removal,
            FormOfExploitation::ForcedCriminality => &mut self.forced_criminality,
            FormOfExploitation::Other => &mut self.other,
        };
        *slot = v;
    }

    /// Whether the victim counts under a GLOTIP group (sexual, forced labour,
    /// other): `Yes` if any form folded into it is `Yes`.
    pub fn in_glotip_group(&self, group: FormOfExploitation) -> bool {
        FormOfExploitation::ALL
            .iter()
            .any(|f| f.glotip_group() == group.glotip_group() && self.get(*f) == Flag::Yes)
    }
}

/// A picklist value outside HTCDS 2.0 that a record keeps as written
/// (issue #13 item 10), e.g. a form of exploitation the standard does not
/// list. Bounded and printable: at most [`OutsideValue::MAX_CHARS`]
/// characters after trimming, not empty, no control character and no `;`
/// (the multiselect separator, so that a stored list reads back as
/// written).
///
/// The text is the data holder's, which may be anything typed into the
/// field (a name, by mistake): it is never shown in a message or a public
/// output as it is. The disclosure layer names one only when enough records
/// hold it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OutsideValue(String);

/// Why a text cannot be an [`OutsideValue`]. Holds counts, never the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OutsideValueError {
    /// Empty after trimming.
    #[error("empty value")]
    Empty,
    /// Longer than [`OutsideValue::MAX_CHARS`] characters.
    #[error("{chars} characters, more than {max}")]
    TooLong {
        /// Characters after trimming.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// Holds a control character (or the `;` separator).
    #[error("a control character or a separator")]
    Control,
}

impl OutsideValue {
    /// The longest value kept, in characters (HTCDS 2.0's longest picklist
    /// value name, `ForcedMilitaryByNonStateActors`, has 30).
    pub const MAX_CHARS: usize = 64;

    /// Checks and keeps `s`, trimmed.
    ///
    /// # Errors
    /// [`OutsideValueError`] when empty, too long, or holding a control
    /// character or `;`.
    pub fn new(s: &str) -> Result<Self, OutsideValueError> {
        let t = s.trim();
        if t.is_empty() {
            return Err(OutsideValueError::Empty);
        }
        let chars = t.chars().count();
        if chars > Self::MAX_CHARS {
            return Err(OutsideValueError::TooLong {
                chars,
                max: Self::MAX_CHARS,
            });
        }
        if t.chars().any(|c| c.is_control() || c == ';') {
            return Err(OutsideValueError::Control);
        }
        Ok(Self(t.to_owned()))
    }

    /// The value as kept.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OutsideValue {
    type Error = OutsideValueError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::new(&s)
    }
}

impl From<OutsideValue> for String {
    fn from(v: OutsideValue) -> Self {
        v.0
    }
}

/// The recruiter's relation to the victim (CTDC `recruiterRelation*`; HTCDS
/// `RelationshipToTrafficker`: Familial → family, Acquainted → friend,
/// Unacquainted → other).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RecruiterRelation {
    /// Current or former intimate partner.
    pub intimate_partner: Flag,
    /// Friend or acquaintance.
    pub friend: Flag,
    /// Family member.
    pub family: Flag,
    /// Other relation (employer, broker, smuggler, stranger …).
    pub other: Flag,
}

impl RecruiterRelation {
    /// The flags in field order (the order stores and keys rely on).
    pub const fn flags(&self) -> [Flag; 4] {
        [self.intimate_partner, self.friend, self.family, self.other]
    }
}

/// One victim's case record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRecord {
    /// The agency or data set that supplied the record (`--source`, e.g.
    /// `"CTDC"`, `"police-MDA"`).
    pub source: String,
    /// The data source within the file, when the file says (CTDC
    /// `Datasource`: "Case Management", "Hotline" …).
    pub data_source: Option<String>,
    /// Year the victim was registered (identified, assisted, referred).
    pub year: Option<i32>,
    /// Sex or gender.
    pub sex: CaseSex,
    /// Age band at registration.
    pub age: Option<AgeBand>,
    /// Citizenship, ISO 3166-1 alpha-3.
    pub citizenship: Option<String>,
    /// Country of exploitation (or of identification), ISO 3166-1 alpha-3.
    pub country_of_exploitation: Option<String>,
    /// Forms of exploitation.
    pub forms: Forms,
    /// Means of control.
    pub means: MeansOfControl,
    /// Recruiter relation.
    pub recruiter: RecruiterRelation,
    /// Line of the source file (1-based, header = line 1), or record number
    /// for JSON arrays.
    pub source_line: u64,
}

impl CaseRecord {
    /// An empty record from `source` at `line`: everything unknown.
    pub fn empty(source: &str, line: u64) -> Self {
        Self {
            source: source.to_owned(),
            data_source: None,
            year: None,
            sex: CaseSex::Unknown,
            age: None,
            citizenship: None,
            country_of_exploitation: None,
            forms: Forms::default(),
            means: MeansOfControl::default(),
            recruiter: RecruiterRelation::default(),
            source_line: line,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_bands() {
        assert_eq!(AgeBand::parse("9--17"), Some(AgeBand::A9to17));
        assert_eq!(AgeBand::parse("0—8"), Some(AgeBand::A0to8));
        assert_eq!(AgeBand::parse("48+"), Some(AgeBand::A48Plus));
        assert_eq!(AgeBand::parse("Adult"), Some(AgeBand::AdultUnknownBand));
        assert_eq!(AgeBand::parse("17-19"), None);
        assert_eq!(AgeBand::from_age(17), Some(AgeBand::A9to17));
        assert_eq!(AgeBand::from_age(121), None);
        assert!(AgeBand::A9to17.is_child());
    }

    #[test]
    fn glotip_groups() {
        let mut f = Forms::default();
        f.set(FormOfExploitation::ForcedMarriage, Flag::Yes);
        assert!(f.in_glotip_group(FormOfExploitation::Other));
        assert!(!f.in_glotip_group(FormOfExploitation::Sexual));
        assert_eq!(Flag::from_option(None), Flag::Unknown);
    }

    #[test]
    fn outside_values_are_bounded_and_printable() {
        // HTCDS 2.0's longest value name fits; a value beyond the bound,
        // an empty one, a control character and the separator do not.
        assert_eq!(
            OutsideValue::new("  ForcedMilitaryByNonStateActors ")
                .unwrap()
                .as_str(),
            "ForcedMilitaryByNonStateActors"
        );
        assert_eq!(OutsideValue::new("Piracy").unwrap().as_str(), "Piracy");
        assert_eq!(OutsideValue::new(" "), Err(OutsideValueError::Empty));
        let long = "x".repeat(65);
        assert_eq!(
            OutsideValue::new(&long),
            Err(OutsideValueError::TooLong { chars: 65, max: 64 })
        );
        assert!(OutsideValue::new(&"é".repeat(64)).is_ok());
        assert_eq!(
            OutsideValue::new("a\u{7}b"),
            Err(OutsideValueError::Control)
        );
        assert_eq!(OutsideValue::new("a;b"), Err(OutsideValueError::Control));
        // The message never holds the text.
        let e = OutsideValue::new(&format!("Jane Doe{}", "y".repeat(60))).unwrap_err();
        assert!(!e.to_string().contains("Jane"));
        // Serde reads back only what `new` accepts.
        let v: OutsideValue = serde_json::from_str("\"Piracy\"").unwrap();
        assert_eq!(v.as_str(), "Piracy");
        assert!(serde_json::from_str::<OutsideValue>("\"a;b\"").is_err());
    }
}
