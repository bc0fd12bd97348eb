//! The UN Convention against Transnational Organized Crime and its Protocols:
//! instruments, participants and their actions.
//!
//! Terms follow the UN Treaty Collection (UNTC) and the *Treaty Handbook*
//! (UN Office of Legal Affairs, 2012): a **participant** (a State or a
//! regional economic integration organisation such as the European Union)
//! may **sign** an instrument and then consent to be bound by
//! **ratification**, **acceptance** (A) or **approval** (AA); a participant
//! that did not sign consents by **accession** (a); a successor State by
//! **succession** (d); an international organisation by **formal
//! confirmation** (c). Once it has consented to be bound it is a **party**.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::{macros::date, Date};

/// One of the four instruments: the Convention and its three Protocols
/// (UNTC chapter XVIII, items 12, 12.a, 12.b, 12.c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Instrument {
    /// United Nations Convention against Transnational Organized Crime.
    Untoc,
    /// Protocol to Prevent, Suppress and Punish Trafficking in Persons,
    /// Especially Women and Children (the "Palermo Protocol").
    Tip,
    /// Protocol against the Smuggling of Migrants by Land, Sea and Air.
    Som,
    /// Protocol against the Illicit Manufacturing of and Trafficking in
    /// Firearms, Their Parts and Components and Ammunition.
    Firearms,
}

/// Facts about an instrument, from the UN Treaty Collection and the UN
/// Treaty Series (UNTS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InstrumentInfo {
    /// The short code used in URLs and on the command line (`untoc`, `tip`,
    /// `som`, `firearms`).
    pub code: &'static str,
    /// Short name, e.g. "Trafficking in Persons Protocol".
    pub short_name: &'static str,
    /// Official title.
    pub title: &'static str,
    /// Depositary reference in *Multilateral Treaties Deposited with the
    /// Secretary-General* (MTDSG), e.g. `XVIII-12-a`.
    pub mtdsg_no: &'static str,
    /// Date of adoption by the General Assembly.
    pub adopted: Date,
    /// General Assembly resolution that adopted it.
    pub adopted_by: &'static str,
    /// Date of entry into force.
    pub entry_into_force: Date,
    /// UN Treaty Series volume.
    pub unts_volume: u32,
    /// UN Treaty Series registration number (all four share No. 39574).
    pub unts_registration: u32,
    /// Whether a State that has not signed must accede rather than ratify
    /// (true for all four: ratification, acceptance and approval follow a
    /// signature; articles 36–37 of the Convention and the final clauses of
    /// each Protocol).
    pub signature_before_ratification: bool,
}

impl Instrument {
    /// All four instruments, the Convention first.
    pub const ALL: [Instrument; 4] = [Self::Untoc, Self::Tip, Self::Som, Self::Firearms];

    /// The instrument's facts.
    pub fn info(self) -> InstrumentInfo {
        match self {
            Self::Untoc => InstrumentInfo {
                code: "untoc",
                short_name: "Organized Crime Convention (UNTOC)",
                title: "United Nations Convention against Transnational Organized Crime",
                mtdsg_no: "XVIII-12",
                adopted: date!(2000 - 11 - 15),
                adopted_by: "General Assembly resolution 55/25",
                entry_into_force: date!(2003 - 09 - 29),
                unts_volume: 2225,
                unts_registration: 39574,
                signature_before_ratification: true,
            },
            Self::Tip => InstrumentInfo {
                code: "tip",
                short_name: "Trafficking in Persons Protocol",
                title: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, \
                        Especially Women and Children, supplementing the United Nations \
                        Convention against Transnational Organized Crime",
                mtdsg_no: "XVIII-12-a",
                adopted: date!(2000 - 11 - 15),
                adopted_by: "General Assembly resolution 55/25",
                entry_into_force: date!(2003 - 12 - 25),
                unts_volume: 2237,
                unts_registration: 39574,
                signature_before_ratification: true,
            },
            Self::Som => InstrumentInfo {
                code: "som",
                short_name: "Smuggling of Migrants Protocol",
                title: "Protocol against the Smuggling of Migrants by Land, Sea and Air, \
                        supplementing the United Nations Convention against Transnational \
                        Organized Crime",
                mtdsg_no: "XVIII-12-b",
                adopted: date!(2000 - 11 - 15),
                adopted_by: "General Assembly resolution 55/25",
                entry_into_force: date!(2004 - 01 - 28),
                unts_volume: 2241,
                unts_registration: 39574,
                signature_before_ratification: true,
            },
            Self::Firearms => InstrumentInfo {
                code: "firearms",
                short_name: "Firearms Protocol",
                title: "Protocol against the Illicit Manufacturing of and Trafficking in \
                        Firearms, Their Parts and Components and Ammunition, supplementing \
                        the United Nations Convention against Transnational Organized Crime",
                mtdsg_no: "XVIII-12-c",
                adopted: date!(2001 - 05 - 31),
                adopted_by: "General Assembly resolution 55/255",
                entry_into_force: date!(2005 - 07 - 03),
                unts_volume: 2326,
                unts_registration: 39574,
                signature_before_ratification: true,
            },
        }
    }

    /// The short code (`untoc`, `tip`, `som`, `firearms`).
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The instrument's official title in one of the six languages of its
    /// authentic texts, by BCP 47 primary language tag (`ar`, `zh`, `en`,
    /// `fr`, `ru`, `es`), as the UN Treaty Series prints it (volume and
    /// page of each in `data/PROVENANCE.md`, "instruments/"); `None` for
    /// another tag. The English title is [`InstrumentInfo::title`].
    pub fn official_title(self, lang_tag: &str) -> Option<&'static str> {
        OFFICIAL_TITLES.lines().skip(1).find_map(|line| {
            let mut f = line.splitn(3, '\t');
            match (f.next(), f.next(), f.next()) {
                (Some(code), Some(tag), Some(title)) if code == self.code() && tag == lang_tag => {
                    Some(title)
                }
                _ => None,
            }
        })
    }

    /// The instrument's status page at the UN Treaty Collection (the
    /// depositary's own, always current), built from its MTDSG number:
    /// `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=…&chapter=18&clang=_en`.
    pub fn untc_url(self) -> String {
        format!(
            "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={}&chapter=18&clang=_en",
            self.info().mtdsg_no
        )
    }

    /// The newest count of parties and signatories that the depositary
    /// stated and Palermo knows of, or `None` where none was found (the
    /// Convention). Taken from the status pages' own headers as recorded in
    /// `data/treaty-status/snapshot_index.csv` (a test checks that they
    /// agree); these are counts only: the participant rows of those pages
    /// could not be obtained, so the bundled status tables are older.
    pub fn latest_official_count(self) -> Option<OfficialCount> {
        let (as_of, parties, signatories, source_url) = match self {
            Self::Untoc => return None,
            Self::Tip => (
                date!(2024 - 04 - 20),
                182,
                117,
                "https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=XVIII-12-a&chapter=18&lang=en",
            ),
            Self::Som => (
                date!(2024 - 04 - 26),
                152,
                112,
                "https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=XVIII-12-b&chapter=18&lang=en",
            ),
            Self::Firearms => (
                date!(2024 - 05 - 04),
                123,
                52,
                "http://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XVIII-12-c&chapter=18&lang=en",
            ),
        };
        Some(OfficialCount {
            as_of,
            parties,
            signatories,
            source_url,
        })
    }
}

/// `data/instruments/titles.tsv`: instrument code, language tag, official
/// title (the authentic texts' titles, UN Treaty Series).
const OFFICIAL_TITLES: &str = include_str!("../../../data/instruments/titles.tsv");

/// A count of parties and signatories stated by the depositary (the UN
/// Treaty Collection's "STATUS AS AT" page header), without the participant
/// rows behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficialCount {
    /// The page's "status as at" date.
    pub as_of: Date,
    /// Parties stated on that date.
    pub parties: u32,
    /// Signatories stated on that date.
    pub signatories: u32,
    /// The page the count was read from.
    pub source_url: &'static str,
}

/// How old a status snapshot is on `today`, in whole years (0 when `today`
/// is before its first anniversary or before the snapshot itself).
pub fn snapshot_age_years(snapshot_as_of: Date, today: Date) -> u32 {
    let mut years = today.year() - snapshot_as_of.year();
    if (today.month() as u8, today.day()) < (snapshot_as_of.month() as u8, snapshot_as_of.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

impl fmt::Display for Instrument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error for an unknown instrument code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown instrument {0:?}: expected one of untoc, tip, som, firearms")]
pub struct UnknownInstrument(pub String);

impl FromStr for Instrument {
    type Err = UnknownInstrument;

    /// Accepts the short code, the MTDSG number, or common names
    /// (`"UNTOC"`, `"TIP_Protocol"`, `"Smuggling_Protocol"`, …), any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = s
            .trim()
            .to_ascii_lowercase()
            .replace(['_', ' ', '-', '.'], "");
        Ok(match k.as_str() {
            "untoc" | "convention" | "xviii12" | "ctoc" => Self::Untoc,
            "tip" | "tipprotocol" | "trafficking" | "traffickinginpersons" | "xviii12a" => {
                Self::Tip
            }
            "som" | "smuggling" | "smugglingprotocol" | "smugglingofmigrants" | "xviii12b" => {
                Self::Som
            }
            "firearms" | "firearmsprotocol" | "xviii12c" => Self::Firearms,
            _ => return Err(UnknownInstrument(s.to_string())),
        })
    }
}

/// How a participant consented to be bound (UNTC's suffixes in brackets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentType {
    /// Ratification (no suffix).
    Ratification,
    /// Acceptance (`A`).
    Acceptance,
    /// Approval (`AA`).
    Approval,
    /// Accession (`a`).
    Accession,
    /// Succession (`d`).
    Succession,
    /// Formal confirmation (`c`).
    FormalConfirmation,
}

impl ConsentType {
    /// The snake_case name used in Palermo's CSV and JSON
    /// (`ratification`, `acceptance`, `approval`, `accession`, `succession`,
    /// `formal_confirmation`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ratification => "ratification",
            Self::Acceptance => "acceptance",
            Self::Approval => "approval",
            Self::Accession => "accession",
            Self::Succession => "succession",
            Self::FormalConfirmation => "formal_confirmation",
        }
    }

    /// The UNTC suffix: `""`, `"A"`, `"AA"`, `"a"`, `"d"`, `"c"`.
    pub fn untc_suffix(self) -> &'static str {
        match self {
            Self::Ratification => "",
            Self::Acceptance => "A",
            Self::Approval => "AA",
            Self::Accession => "a",
            Self::Succession => "d",
            Self::FormalConfirmation => "c",
        }
    }

    /// Parses a UNTC suffix (case-sensitive: `a` is accession, `A`
    /// acceptance).
    pub fn from_untc_suffix(s: &str) -> Option<Self> {
        Some(match s {
            "" => Self::Ratification,
            "A" => Self::Acceptance,
            "AA" => Self::Approval,
            "a" => Self::Accession,
            "d" => Self::Succession,
            "c" => Self::FormalConfirmation,
            _ => return None,
        })
    }

    /// Whether this kind of consent follows a signature (ratification,
    /// acceptance, approval) rather than replacing it.
    pub fn follows_signature(self) -> bool {
        matches!(self, Self::Ratification | Self::Acceptance | Self::Approval)
    }
}

impl fmt::Display for ConsentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ConsentType {
    type Err = String;

    /// Parses the snake_case name (or the UNTC suffix).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        Ok(
            match t.to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
                "ratification" => Self::Ratification,
                "acceptance" => Self::Acceptance,
                "approval" => Self::Approval,
                "accession" => Self::Accession,
                "succession" => Self::Succession,
                "formal_confirmation" | "confirmation" => Self::FormalConfirmation,
                _ => {
                    return Self::from_untc_suffix(t)
                        .filter(|_| !t.is_empty())
                        .ok_or_else(|| {
                            format!(
                                "unknown consent type {t:?}: expected ratification, acceptance, \
                         approval, accession, succession or formal_confirmation"
                            )
                        })
                }
            },
        )
    }
}

/// A consent to be bound: its date and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// Date of deposit of the instrument of ratification, accession, etc.
    pub date: Date,
    /// Kind of consent.
    #[serde(rename = "type")]
    pub kind: ConsentType,
}

/// One participant's status under one instrument, as a UNTC status table
/// row gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantStatus {
    /// The instrument.
    pub instrument: Instrument,
    /// Participant name as the depositary writes it (footnote marks removed),
    /// e.g. `"Republic of Moldova"`, `"European Union"`.
    pub participant: String,
    /// ISO 3166-1 alpha-3 code; `None` for the European Union and any other
    /// participant without one.
    pub iso3: Option<String>,
    /// Date of signature, if signed.
    pub signature: Option<Date>,
    /// Consent to be bound, if given.
    pub consent: Option<Consent>,
}

/// Why a status row is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    /// A row with neither a signature nor a consent.
    #[error("the row has neither a signature nor a consent to be bound")]
    Empty,
    /// Ratification/acceptance/approval dated before the signature.
    #[error("{kind} dated {consent} is before the signature dated {signature}")]
    ConsentBeforeSignature {
        /// Kind of consent.
        kind: ConsentType,
        /// Consent date (ISO).
        consent: String,
        /// Signature date (ISO).
        signature: String,
    },
    /// An action dated before the instrument was adopted.
    #[error("{what} dated {date} is before the instrument was adopted on {adopted}")]
    BeforeAdoption {
        /// "signature" or the kind of consent.
        what: String,
        /// The date (ISO).
        date: String,
        /// Adoption date (ISO).
        adopted: String,
    },
    /// An action dated after the snapshot's as-of date.
    #[error("{what} dated {date} is after the snapshot's as-of date {as_of}")]
    AfterAsOf {
        /// "signature" or the kind of consent.
        what: String,
        /// The date (ISO).
        date: String,
        /// As-of date (ISO).
        as_of: String,
    },
}

impl StatusError {
    /// Whether the error concerns the signature (rather than the consent
    /// or the row as a whole), to point the user at the right column.
    pub fn concerns_signature(&self) -> bool {
        matches!(self, Self::BeforeAdoption { what, .. } | Self::AfterAsOf { what, .. } if what == "signature")
    }
}

impl ParticipantStatus {
    /// Whether the participant had consented to be bound on `date`
    /// (on or before it). `None` means "as of the snapshot".
    pub fn is_party_on(&self, date: Option<Date>) -> bool {
        match (self.consent, date) {
            (Some(c), Some(d)) => c.date <= d,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    /// Whether the participant had signed on `date` (or at all, for `None`).
    pub fn is_signatory_on(&self, date: Option<Date>) -> bool {
        match (self.signature, date) {
            (Some(s), Some(d)) => s <= d,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    /// The status as it stood on `date`: actions after it are removed.
    pub fn as_of(&self, date: Date) -> Self {
        Self {
            signature: self.signature.filter(|s| *s <= date),
            consent: self.consent.filter(|c| c.date <= date),
            ..self.clone()
        }
    }

    /// Checks the row against the rules of the final clauses:
    /// at least one action; no action before adoption or after `as_of`; a
    /// ratification, acceptance or approval not dated before the signature.
    ///
    /// A ratification with no signature on record is accepted (the UNTC
    /// tables have such rows, e.g. Antigua and Barbuda under the Trafficking
    /// in Persons Protocol in 2014); see [`ParticipantStatus::warnings`].
    pub fn validate(&self, as_of: Date) -> Result<(), StatusError> {
        let adopted = self.instrument.info().adopted;
        let mut actions: Vec<(String, Date)> = Vec::new();
        if let Some(s) = self.signature {
            actions.push(("signature".into(), s));
        }
        if let Some(c) = self.consent {
            actions.push((c.kind.to_string(), c.date));
        }
        if actions.is_empty() {
            return Err(StatusError::Empty);
        }
        for (what, d) in actions {
            if d < adopted {
                return Err(StatusError::BeforeAdoption {
                    what,
                    date: crate::date::iso(d),
                    adopted: crate::date::iso(adopted),
                });
            }
            if d > as_of {
                return Err(StatusError::AfterAsOf {
                    what,
                    date: crate::date::iso(d),
                    as_of: crate::date::iso(as_of),
                });
            }
        }
        if let (Some(s), Some(c)) = (self.signature, self.consent) {
            if self.instrument.info().signature_before_ratification
                && c.kind.follows_signature()
                && c.date < s
            {
                return Err(StatusError::ConsentBeforeSignature {
                    kind: c.kind,
                    consent: crate::date::iso(c.date),
                    signature: crate::date::iso(s),
                });
            }
        }
        Ok(())
    }

    /// Oddities worth reporting that do not make the row invalid.
    pub fn warnings(&self) -> Vec<String> {
        let mut w = Vec::new();
        if let (None, Some(c)) = (self.signature, self.consent) {
            if c.kind.follows_signature() {
                w.push(format!("{} with no signature on record", c.kind));
            }
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_instrument_has_its_official_title_in_the_six_languages() {
        // How each language names the Convention inside a Protocol's title
        // (the Convention's own title, declined in Russian and Arabic).
        let convention = [
            ("ar", "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"),
            ("zh", "联合国打击跨国有组织犯罪公约"),
            ("en", "United Nations Convention against Transnational Organized Crime"),
            ("fr", "Convention des Nations Unies contre la criminalité transnationale organisée"),
            ("ru", "Организации Объединенных Наций против транснациональной организованной преступности"),
            ("es", "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional"),
        ];
        for i in Instrument::ALL {
            assert_eq!(i.official_title("en"), Some(i.info().title));
            for (tag, name) in convention {
                let title = i
                    .official_title(tag)
                    .unwrap_or_else(|| panic!("{i:?} {tag}"));
                assert!(title.contains(name), "{i:?} {tag}: {title}");
            }
            assert_eq!(i.official_title("de"), None);
        }
        assert_eq!(
            Instrument::Tip.official_title("fr"),
            Some(
                "Protocole additionnel à la Convention des Nations Unies contre la criminalité \
                 transnationale organisée visant à prévenir, réprimer et punir la traite des \
                 personnes, en particulier des femmes et des enfants"
            )
        );
        assert_eq!(OFFICIAL_TITLES.lines().count(), 1 + 4 * 6);
    }

    #[test]
    fn snapshot_age_counts_whole_years() {
        let snap = date!(2014 - 07 - 10);
        assert_eq!(snapshot_age_years(snap, date!(2026 - 12 - 01)), 12);
        assert_eq!(snapshot_age_years(snap, date!(2026 - 07 - 09)), 11);
        assert_eq!(snapshot_age_years(snap, date!(2026 - 07 - 10)), 12);
        assert_eq!(snapshot_age_years(snap, date!(2014 - 01 - 01)), 0);
    }

    #[test]
    fn untc_url_names_the_mtdsg_number() {
        assert!(Instrument::Tip
            .untc_url()
            .contains("mtdsg_no=XVIII-12-a&chapter=18"));
    }

    fn row(sig: Option<Date>, consent: Option<(Date, ConsentType)>) -> ParticipantStatus {
        ParticipantStatus {
            instrument: Instrument::Tip,
            participant: "X".into(),
            iso3: None,
            signature: sig,
            consent: consent.map(|(date, kind)| Consent { date, kind }),
        }
    }

    #[test]
    fn instrument_codes_round_trip() {
        for i in Instrument::ALL {
            assert_eq!(i.code().parse::<Instrument>().unwrap(), i);
            assert_eq!(i.info().mtdsg_no.parse::<Instrument>().unwrap(), i);
        }
        assert_eq!(
            "TIP_Protocol".parse::<Instrument>().unwrap(),
            Instrument::Tip
        );
        assert!("kyoto".parse::<Instrument>().is_err());
    }

    #[test]
    fn unts_facts() {
        assert_eq!(Instrument::Untoc.info().unts_volume, 2225);
        assert_eq!(Instrument::Tip.info().unts_volume, 2237);
        assert_eq!(Instrument::Som.info().unts_volume, 2241);
        assert_eq!(Instrument::Firearms.info().unts_volume, 2326);
        assert!(Instrument::ALL
            .iter()
            .all(|i| i.info().unts_registration == 39574));
    }

    #[test]
    fn suffixes_are_case_sensitive() {
        assert_eq!(
            ConsentType::from_untc_suffix("a"),
            Some(ConsentType::Accession)
        );
        assert_eq!(
            ConsentType::from_untc_suffix("A"),
            Some(ConsentType::Acceptance)
        );
        assert_eq!(
            ConsentType::from_untc_suffix("AA"),
            Some(ConsentType::Approval)
        );
        assert_eq!(ConsentType::from_untc_suffix("x"), None);
    }

    #[test]
    fn party_on_date() {
        let r = row(
            Some(date!(2000 - 12 - 12)),
            Some((date!(2003 - 05 - 01), ConsentType::Ratification)),
        );
        assert!(!r.is_party_on(Some(date!(2003 - 04 - 30))));
        assert!(r.is_party_on(Some(date!(2003 - 05 - 01))));
        assert!(r.is_signatory_on(Some(date!(2001 - 01 - 01))));
    }

    #[test]
    fn ratification_before_signature_is_rejected() {
        let r = row(
            Some(date!(2002 - 12 - 12)),
            Some((date!(2002 - 01 - 01), ConsentType::Ratification)),
        );
        assert!(matches!(
            r.validate(date!(2014 - 07 - 10)),
            Err(StatusError::ConsentBeforeSignature { .. })
        ));
        // Accession is not tied to a signature.
        let r = row(
            Some(date!(2002 - 12 - 12)),
            Some((date!(2002 - 01 - 01), ConsentType::Accession)),
        );
        assert!(r.validate(date!(2014 - 07 - 10)).is_ok());
    }

    #[test]
    fn dates_outside_the_window_are_rejected() {
        let r = row(Some(date!(1999 - 12 - 12)), None);
        assert!(matches!(
            r.validate(date!(2014 - 07 - 10)),
            Err(StatusError::BeforeAdoption { .. })
        ));
        let r = row(Some(date!(2015 - 12 - 12)), None);
        assert!(matches!(
            r.validate(date!(2014 - 07 - 10)),
            Err(StatusError::AfterAsOf { .. })
        ));
        assert_eq!(
            row(None, None).validate(date!(2014 - 07 - 10)),
            Err(StatusError::Empty)
        );
    }
}

/// The flat, public form of a participant's status, as the CLI's
/// `--format json|csv` and the API print it: dates `YYYY-MM-DD` or null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusRecord {
    /// Participant name as the depositary writes it.
    pub participant: String,
    /// ISO 3166-1 alpha-3 code, null for the European Union.
    pub iso3: Option<String>,
    /// Instrument code (`untoc`, `tip`, `som`, `firearms`).
    pub instrument: Instrument,
    /// Signature date.
    pub signature_date: Option<String>,
    /// Date of consent to be bound.
    pub consent_date: Option<String>,
    /// Kind of consent (`ratification`, `accession`, …).
    pub consent_type: Option<ConsentType>,
    /// Whether the participant is a party on `as_of`.
    pub party: bool,
    /// The date this status stands at (`YYYY-MM-DD`): the date asked for,
    /// or the snapshot's "status as at" date, whichever is earlier.
    pub as_of: String,
}

impl StatusRecord {
    /// The public form of `s`, a status standing at `as_of`.
    pub fn new(s: &ParticipantStatus, as_of: Date) -> Self {
        Self {
            participant: s.participant.clone(),
            iso3: s.iso3.clone(),
            instrument: s.instrument,
            signature_date: s.signature.map(crate::date::iso),
            consent_date: s.consent.map(|c| crate::date::iso(c.date)),
            consent_type: s.consent.map(|c| c.kind),
            party: s.consent.is_some(),
            as_of: crate::date::iso(as_of),
        }
    }
}

/// The columns of a status table as CSV (`palermo treaty status --format
/// csv` and `GET /api/v1/instruments/{code}/participants?format=csv`): the
/// keys of [`StatusRecord`]'s JSON, in that order.
pub const STATUS_CSV_HEADER: [&str; 8] = [
    "participant",
    "iso3",
    "instrument",
    "signature_date",
    "consent_date",
    "consent_type",
    "party",
    "as_of",
];

/// The header and one row per record, as [`STATUS_CSV_HEADER`] names them
/// (empty cells for missing dates; `party` is `true` or `false`), for a
/// [`crate::csv_out`] writer.
pub fn status_csv_rows(records: &[StatusRecord]) -> Vec<[String; 8]> {
    let mut rows = vec![STATUS_CSV_HEADER.map(String::from)];
    rows.extend(records.iter().map(|r| {
        [
            r.participant.clone(),
            r.iso3.clone().unwrap_or_default(),
            r.instrument.code().to_string(),
            r.signature_date.clone().unwrap_or_default(),
            r.consent_date.clone().unwrap_or_default(),
            r.consent_type.map(|c| c.as_str()).unwrap_or("").to_string(),
            r.party.to_string(),
            r.as_of.clone(),
        ]
    }));
    rows
}

/// Counts for one instrument at one date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    /// Participants with any action.
    pub participants: usize,
    /// Parties (consented to be bound), the European Union included.
    pub parties: usize,
    /// Signatories (signed, whether or not also parties).
    pub signatories: usize,
    /// Signatories that are not (yet) parties.
    pub signatories_not_party: usize,
    /// Parties that are UN Member States.
    pub un_member_parties: usize,
}

/// Counts parties and signatories among `rows` (already cut to `date`, see
/// [`status_on`]); UN Member States are those of `date` (`None`: today).
pub fn count(rows: &[ParticipantStatus], date: Option<Date>) -> StatusCounts {
    let mut c = StatusCounts {
        participants: rows.len(),
        ..Default::default()
    };
    for r in rows {
        let party = r.consent.is_some();
        c.parties += usize::from(party);
        c.signatories += usize::from(r.signature.is_some());
        c.signatories_not_party += usize::from(r.signature.is_some() && !party);
        c.un_member_parties += usize::from(
            party
                && r.iso3
                    .as_deref()
                    .is_some_and(|m| crate::country::is_un_member_on(m, date)),
        );
    }
    c
}

/// Restricts rows to what stood on `date` (dropping participants with no
/// action by then). `None` keeps everything.
pub fn status_on(rows: &[ParticipantStatus], date: Option<Date>) -> Vec<ParticipantStatus> {
    match date {
        None => rows.to_vec(),
        Some(d) => rows
            .iter()
            .map(|r| r.as_of(d))
            .filter(|r| r.signature.is_some() || r.consent.is_some())
            .collect(),
    }
}

/// The date a status can truly be shown for: the date asked, but never
/// later than the snapshot's "status as at" date (the data say nothing
/// about later dates).
pub fn effective_date(asked: Option<Date>, snapshot_as_of: Date) -> Date {
    asked.map_or(snapshot_as_of, |d| d.min(snapshot_as_of))
}

/// Parties by year of consent: `(year, new parties that year, parties at
/// the end of the year)`, for every year from the first consent to the last
/// one or to `until` if later (the year of the as-of date).
pub fn parties_by_year(rows: &[ParticipantStatus], until: Option<i32>) -> Vec<(i32, usize, usize)> {
    let mut years: Vec<i32> = rows
        .iter()
        .filter_map(|r| r.consent.map(|c| c.date.year()))
        .collect();
    years.sort_unstable();
    let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
        return Vec::new();
    };
    let last = until.map_or(last, |u| u.max(last));
    let mut out = Vec::new();
    let mut total = 0;
    for y in first..=last {
        let n = years.iter().filter(|&&v| v == y).count();
        total += n;
        out.push((y, n, total));
    }
    out
}

/// Member States (of `date`; `None`: today) that are not parties among
/// `rows`, as ISO alpha-3 codes. (General Assembly and Commission
/// resolutions invite the Member States that have not yet done so to
/// ratify or accede.)
pub fn un_members_not_party(rows: &[ParticipantStatus], date: Option<Date>) -> Vec<&'static str> {
    crate::country::un_member_states_on(date)
        .into_iter()
        .filter(|m| {
            !rows
                .iter()
                .any(|r| r.consent.is_some() && r.iso3.as_deref() == Some(*m))
        })
        .collect()
}

/// Participants of an instrument after the filters, as [`StatusRecord`]s
/// whose `as_of` is [`effective_date`]`(as_of, snapshot_as_of)`.
/// With `not_party`, UN Member States (of that date) with no action at all
/// are included (with null dates), since they too are "not yet party".
pub fn select_participants(
    rows: &[ParticipantStatus],
    instrument: Instrument,
    countries: &std::collections::HashMap<String, crate::Country>,
    snapshot_as_of: Date,
    as_of: Option<Date>,
    not_party: bool,
    region: Option<&str>,
) -> Vec<StatusRecord> {
    let date = effective_date(as_of, snapshot_as_of);
    let rows = status_on(rows, Some(date));
    let in_region = |iso3: Option<&str>| match region {
        None => true,
        Some(r) => iso3.and_then(|c| countries.get(c)).is_some_and(|c| {
            c.region.eq_ignore_ascii_case(r) || c.sub_region.eq_ignore_ascii_case(r)
        }),
    };
    let mut out: Vec<StatusRecord> = rows
        .iter()
        .filter(|r| !not_party || r.consent.is_none())
        .filter(|r| in_region(r.iso3.as_deref()))
        .map(|r| StatusRecord::new(r, date))
        .collect();
    if not_party {
        for m in crate::country::un_member_states_on(Some(date)) {
            if !rows.iter().any(|r| r.iso3.as_deref() == Some(m)) && in_region(Some(m)) {
                out.push(StatusRecord {
                    participant: countries
                        .get(m)
                        .map(|c| c.name.clone())
                        .unwrap_or_else(|| m.to_string()),
                    iso3: Some(m.to_string()),
                    instrument,
                    signature_date: None,
                    consent_date: None,
                    consent_type: None,
                    party: false,
                    as_of: crate::date::iso(date),
                });
            }
        }
        out.sort_by(|a, b| a.participant.cmp(&b.participant));
    }
    out
}

#[cfg(test)]
mod summary_tests {
    use super::*;

    fn party(iso3: &str, y: i32) -> ParticipantStatus {
        ParticipantStatus {
            instrument: Instrument::Tip,
            participant: iso3.into(),
            iso3: Some(iso3.into()),
            signature: None,
            consent: Some(Consent {
                date: Date::from_calendar_date(y, time::Month::June, 1).unwrap(),
                kind: ConsentType::Accession,
            }),
        }
    }

    #[test]
    fn counts_and_years() {
        let rows = vec![party("FRA", 2002), party("DEU", 2004), party("ITA", 2004)];
        assert_eq!(
            parties_by_year(&rows, None),
            vec![(2002, 1, 1), (2003, 0, 1), (2004, 2, 3)]
        );
        assert_eq!(
            parties_by_year(&rows, Some(2005)).last(),
            Some(&(2005, 0, 3))
        );
        let c = count(&rows, None);
        assert_eq!((c.parties, c.un_member_parties, c.signatories), (3, 3, 0));
        assert_eq!(un_members_not_party(&rows, None).len(), 190);
        // South Sudan was not a Member State in 2008.
        assert_eq!(
            un_members_not_party(&rows, Some(date!(2008 - 01 - 01))).len(),
            189
        );
        let on = status_on(&rows, Some(date!(2003 - 01 - 01)));
        assert_eq!(on.len(), 1);
    }
}
