//! Case records under the Human Trafficking Case Data Standard (HTCDS 2.0,
//! IOM and partners, 2023), as CSV (one column per field) or JSON (an array
//! of objects, or one object per line).
//!
//! Columns are named by the standard's field names, with or without their
//! table prefix (`prs_Gender` or `Gender`). Read: `Gender`,
//! `AgeWhenTrafficked` (years), `Citizenship` (ISO 3166-1 codes; a
//! multiselect, the first is kept), `TypeOfExploitation` and
//! `MethodsOfControl` (multiselects: picklist value names or labels separated
//! by `;`), `RelationshipToTrafficker`, `LocationOfExploitation` (an ISO
//! country code), `TraffickingStatus`, and the registration year from
//! `IncomingReferralDate` (`YYYY-MM-DD`) or Palermo's `RegistrationYear`.
//!
//! Picklist values are checked against HTCDS 2.0's value names (issue #13
//! item 10): a value label or a value name in other letter case is read as
//! its value name with a warning; a spelling outside the picklist that
//! Palermo reads (`ForcedCriminality`, in practice since 2.0; `female`) is
//! kept as its own category with a warning; any other is a row error.
//! Warnings name file, line, field and the value name read, never the value
//! as written.
//!
//! Files holding identifiers of persons (`FirstName`, `SecondName`,
//! `Birthdate`, `Email`, phones, mailing address, `IdentityNumber`, an
//! event's street or coordinates …: [`crate::identifying`]) are refused as a
//! whole: Palermo never stores them. In JSON the first object's keys are
//! checked on opening ([`FileError::IdentifyingColumns`]); a later object
//! with such a key is a fatal row error that rejects the whole file.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};

use palermo_model::case::{AgeBand, CaseRecord, CaseSex, Flag};
use palermo_model::stats::FormOfExploitation as F;
use palermo_model::CountryIndex;

use crate::ctdc::{CaseOptions, MIN_YEAR};
use crate::identifying::identifying_columns;
use crate::rows::{
    check_encoding, norm_header, sniff, CsvRows, FieldKind, FileError, Parsed, RowError,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    Gender,
    Age,
    Citizenship,
    Forms,
    Means,
    Relationship,
    Location,
    Status,
    ReferralDate,
    Year,
}

impl Field {
    /// What the field holds (its length limit), from HTCDS 2.0's field
    /// types and picklists.
    const fn kind(self) -> FieldKind {
        match self {
            Field::Gender | Field::Relationship | Field::Status => FieldKind::Code,
            Field::Age => FieldKind::Age,
            Field::Citizenship => FieldKind::CountryCodes,
            Field::Location => FieldKind::CountryCode,
            Field::Forms | Field::Means => FieldKind::Codes,
            Field::ReferralDate => FieldKind::Date,
            Field::Year => FieldKind::Year,
        }
    }
}

/// Every field of HTCDS 2.0 (`HTCDS_Field_Standards_2.0.csv`, IOM, 2023:
/// its 84 rows, 82 distinct names), without the table prefix, normalised
/// as `norm_header` does: a column named so is a field of the standard,
/// read or not; any other is reported as unknown.
const HTCDS_FIELDS: [&str; 82] = [
    "actionplan",
    "actualenddate",
    "agewhentrafficked",
    "agreementtomanagepersonaldata",
    "birthdate",
    "casecomment",
    "caseowner",
    "citizenship",
    "city",
    "consent",
    "country",
    "date",
    "deceased",
    "description",
    "detailsofvulnerabilities",
    "email",
    "exploitationwebsitesandapps",
    "firstname",
    "forcedlabourindustry",
    "gender",
    "highestlevelofeducation",
    "homephone",
    "identitynumber",
    "incomingreferraldate",
    "incomingreferraldetails",
    "latitude",
    "locationofexploitation",
    "locationofrecruitment",
    "longitude",
    "mailingcity",
    "mailingcountry",
    "mailinglatitude",
    "mailinglongitude",
    "mailingpostalcode",
    "mailingstate",
    "mailingstreet",
    "maritalstatus",
    "methodofrecruitment",
    "methodsofcontrol",
    "middlename",
    "mobilephone",
    "name",
    "numberofchildren",
    "objectives",
    "organisation",
    "outgoingreferraldate",
    "outgoingreferraldetails",
    "phone",
    "plannedenddate",
    "postalcode",
    "primarylanguage",
    "reasonforcaseclosure",
    "reasonforincomingreferral",
    "reasonforoutgoingreferral",
    "recruitmentwebsitesandapps",
    "referredorganisation",
    "referredprimarycaseworker",
    "referringorganisation",
    "referringprimarycaseworker",
    "relationshiptotrafficker",
    "roledetails",
    "roleinprocess",
    "salutation",
    "secondarylanguage",
    "secondname",
    "shippingcity",
    "shippingcountry",
    "shippinglatitude",
    "shippinglongitude",
    "shippingpostalcode",
    "shippingstate",
    "shippingstreet",
    "state",
    "status",
    "street",
    "title",
    "traffickingstatus",
    "traffickingstatusdecisionmakingorg",
    "type",
    "typeofexploitation",
    "typeofsexexploitation",
    "vulnerabilities",
];

/// Whether `h` names a field of HTCDS 2.0 (read by Palermo or not), or one
/// of Palermo's own (`RegistrationYear`).
fn is_htcds_field(h: &str) -> bool {
    classify(h).is_some() || HTCDS_FIELDS.contains(&base_name(h).as_str())
}

/// The names among `names` (in order) that are no HTCDS field: 1-based
/// position and name.
fn unknown_fields<'a>(names: impl Iterator<Item = &'a str>) -> Vec<(usize, String)> {
    names
        .enumerate()
        .filter(|(_, h)| !is_htcds_field(h))
        .map(|(i, h)| (i + 1, h.to_owned()))
        .collect()
}

/// Strips a table prefix (`prs_`, `vic_`, `cas_` …) and normalises.
fn base_name(h: &str) -> String {
    let t = h.trim();
    let t = match t.split_once('_') {
        Some((p, rest)) if p.len() == 3 && p.chars().all(|c| c.is_ascii_lowercase()) => rest,
        _ => t,
    };
    norm_header(t)
}

fn classify(h: &str) -> Option<Field> {
    Some(match base_name(h).as_str() {
        "gender" => Field::Gender,
        "agewhentrafficked" => Field::Age,
        "citizenship" => Field::Citizenship,
        "typeofexploitation" => Field::Forms,
        "methodsofcontrol" => Field::Means,
        "relationshiptotrafficker" => Field::Relationship,
        "locationofexploitation" | "countryofexploitation" => Field::Location,
        "traffickingstatus" => Field::Status,
        "incomingreferraldate" => Field::ReferralDate,
        "registrationyear" | "yearofregistration" => Field::Year,
        _ => return None,
    })
}

/// The picklists of the fields Palermo reads: (value name, value label),
/// from `HTCDS_Field_Standards_2.0.csv` (IOM, 2023), columns "Value Names
/// (if picklist)" and "Value Labels (if picklist)", trimmed.
const GENDER_PICKLIST: [(&str, &str); 6] = [
    ("Feminine", "Feminine"),
    ("Masculine", "Masculine"),
    ("TransgenderFeminine", "Transgender Feminine"),
    ("TransgenderMasculine", "Transgender Masculine"),
    ("NonConforming", "Non-Conforming"),
    ("NonSpecifiedUnknown", "Not Specified/Unknown"),
];

/// `vic_TypeOfExploitation`'s picklist ([`GENDER_PICKLIST`]'s source).
const EXPLOITATION_PICKLIST: [(&str, &str); 11] = [
    ("ForcedLabour", "Forced labour"),
    ("SexualExploitation", "Sexual exploitation"),
    ("ChildLabour", "Child labour"),
    ("ForcedMarriage", "Forced marriage"),
    ("Servitude", "Servitude"),
    (
        "ForcedMilitaryByNonStateActors",
        "Forced military (by non-state actors)",
    ),
    ("OrganRemoval", "Organ removal"),
    ("ForcedBegging", "Forced begging"),
    ("ForcedAdoption", "Forced adoption"),
    ("Surrogacy", "Surrogacy"),
    ("Other", "Other"),
];

/// `vic_MethodsOfControl`'s picklist ([`GENDER_PICKLIST`]'s source).
const CONTROL_PICKLIST: [(&str, &str); 16] = [
    ("PhysicalThreats", "Physical threats"),
    ("ThreatsLawEnforcement", "Threats of law enforcement"),
    ("ThreatensChildrenFamily", "Threatens children/family"),
    ("DebtBondage", "Debt bondage"),
    ("FalsePromises", "False promises"),
    ("PhysicalAbuse", "Physical abuse"),
    ("SexualAbuse", "Sexual abuse"),
    ("TakesEarnings", "Takes earnings"),
    ("RestrictsFinancialAccess", "Restricts financial access"),
    ("RestrictsMedicalCare", "Restricts medical care"),
    ("WithholdsNecessities", "Withholds necessities"),
    ("PsychologicalAbuse", "Psychological abuse"),
    ("PsychoactiveSubstance", "Psychoactive substance"),
    ("ExcessiveWorkingHours", "Excessive working hours"),
    ("WithholdsDocuments", "Withholds documents"),
    ("Other", "Other"),
];

/// `vic_RelationshipToTrafficker`'s picklist ([`GENDER_PICKLIST`]'s source;
/// the standard spells its third value so).
const RELATIONSHIP_PICKLIST: [(&str, &str); 3] = [
    ("Familial", "Familial"),
    ("Acquainted", "Acquainted"),
    ("Unaquainted", "Unaquainted"),
];

/// `TraffickingStatus`'s picklist ([`GENDER_PICKLIST`]'s source).
const STATUS_PICKLIST: [(&str, &str); 3] = [
    (
        "PossibleVictimOfTrafficking",
        "Possible victim of trafficking",
    ),
    ("ActualVictimOfTrafficking", "Actual victim of trafficking"),
    ("NotAVictimOfTrafficking", "Not a victim of trafficking"),
];

/// How a value that was read stands to its field's picklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PicklistMatch {
    /// Exactly a value name of the picklist.
    Code,
    /// A value name in other letter case, or a value label: the value name.
    Mapped(&'static str),
    /// Neither: a spelling outside the picklist that Palermo reads all the
    /// same (`female`, `Slavery`, `ForcedCriminality` …).
    Outside,
}

/// Where `v` (trimmed) stands in `picklist` ([`PicklistMatch`]).
fn picklist_match(v: &str, picklist: &[(&'static str, &'static str)]) -> PicklistMatch {
    let v = v.trim();
    if picklist.iter().any(|(code, _)| *code == v) {
        return PicklistMatch::Code;
    }
    match picklist
        .iter()
        .find(|(code, label)| code.eq_ignore_ascii_case(v) || label.eq_ignore_ascii_case(v))
    {
        Some((code, _)) => PicklistMatch::Mapped(code),
        None => PicklistMatch::Outside,
    }
}

/// Turns one record's fields (name as written, value) into a case record.
struct RowBuilder<'a> {
    file: &'a str,
    line: u64,
    /// The record's ordinal (JSON): its source line when stored, named in
    /// messages with its line.
    record: Option<u64>,
    index: &'a CountryIndex,
    opts: &'a CaseOptions,
}

impl RowBuilder<'_> {
    fn err(&self, field: &str, v: &str, reason: impl Into<String>) -> RowError {
        let e = RowError::new(self.file, self.line, Some(field), Some(v), reason);
        match self.record {
            Some(n) => e.with_record(n),
            None => e,
        }
    }

    /// The warning for a value that was read but is not exactly one of
    /// `picklist`'s value names, if any: it names the value name read for
    /// a label or a case difference, never the value as written (kept in
    /// [`RowError::value`] for the data holder's report).
    fn picklist_warning(
        &self,
        field: &str,
        v: &str,
        picklist: &[(&'static str, &'static str)],
    ) -> Option<RowError> {
        match picklist_match(v, picklist) {
            PicklistMatch::Code => None,
            PicklistMatch::Mapped(code) => Some(self.err(
                field,
                v,
                format!("a value label or a different letter case instead of an HTCDS 2.0 picklist value name: read as {code}"),
            )),
            PicklistMatch::Outside => Some(self.err(
                field,
                v,
                "a value outside the HTCDS 2.0 picklist: read as the category Palermo maps it to",
            )),
        }
    }

    fn country(&self, field: &str, v: &str) -> Result<String, RowError> {
        self.index
            .by_code(&v.trim().to_ascii_uppercase())
            .map(|c| c.iso3.clone())
            .ok_or_else(|| {
                self.err(
                    field,
                    v,
                    "unknown country code (expected ISO 3166-1 alpha-2 or alpha-3)",
                )
            })
    }

    fn build<'v>(
        &self,
        fields: impl IntoIterator<Item = (Field, &'v str, Vec<&'v str>)>,
    ) -> Result<Parsed<CaseRecord>, RowError> {
        let mut rec = CaseRecord::empty(&self.opts.source, self.record.unwrap_or(self.line));
        let mut warnings = Vec::new();
        for (field, name, values) in fields {
            let joined = values.join(";");
            let vals: Vec<&str> = values
                .iter()
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .collect();
            if vals.is_empty() {
                continue;
            }
            match field {
                Field::Gender => {
                    rec.sex = match norm_header(vals[0]).as_str() {
                        "feminine" | "female" | "woman" => CaseSex::Female,
                        "masculine" | "male" | "man" => CaseSex::Male,
                        "transgenderfeminine" | "transgendermasculine" | "nonconforming" => CaseSex::TransOrNonConforming,
                        "nonspecifiedunknown" | "notspecified/unknown" | "unknown" => CaseSex::Unknown,
                        _ => return Err(self.err(name, &joined, "unknown gender; expected one of Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, NonConforming, NonSpecifiedUnknown")),
                    };
                    warnings.extend(self.picklist_warning(name, vals[0], &GENDER_PICKLIST));
                }
                Field::Age => {
                    let a: i64 = vals[0].parse().map_err(|_| self.err(name, &joined, "not an age in years"))?;
                    let band = u32::try_from(a).ok().and_then(AgeBand::from_age);
                    rec.age = Some(band.ok_or_else(|| self.err(name, &joined, "impossible age: expected 0 to 120 years"))?);
                }
                Field::Citizenship => rec.citizenship = Some(self.country(name, vals[0])?),
                Field::Location => rec.country_of_exploitation = Some(self.country(name, vals[0])?),
                Field::Forms => {
                    for f in F::ALL {
                        rec.forms.set(*f, Flag::No);
                    }
                    for v in vals {
                        let f = match norm_header(v).as_str() {
                            "forcedlabour" | "childlabour" => F::ForcedLabour,
                            "sexualexploitation" => F::Sexual,
                            "forcedmarriage" => F::ForcedMarriage,
                            "servitude" | "slavery" => F::Slavery,
                            "organremoval" => F::OrganRemoval,
                            "forcedbegging" | "forcedcriminality" => F::ForcedCriminality,
                            "forcedmilitarybynonstateactors" | "forcedmilitary(bynonstateactors)" | "forcedadoption" | "surrogacy" | "other" => F::Other,
                            _ => return Err(self.err(name, v, "unknown type of exploitation (HTCDS picklist: ForcedLabour, SexualExploitation, ChildLabour, ForcedMarriage, Servitude, ForcedMilitaryByNonStateActors, OrganRemoval, ForcedBegging, ForcedAdoption, Surrogacy, Other)")),
                        };
                        rec.forms.set(f, Flag::Yes);
                        warnings.extend(self.picklist_warning(name, v, &EXPLOITATION_PICKLIST));
                    }
                }
                Field::Means => {
                    let m = &mut rec.means;
                    for slot in [
                        &mut m.debt_bondage_earnings,
                        &mut m.threats,
                        &mut m.abuse,
                        &mut m.false_promises,
                        &mut m.drugs_alcohol,
                        &mut m.deny_basic_needs,
                        &mut m.excessive_work_hours,
                        &mut m.withhold_documents,
                        &mut m.other,
                    ] {
                        *slot = Flag::No;
                    }
                    for v in vals {
                        let slot = match norm_header(v).as_str() {
                            "debtbondage" | "takesearnings" => &mut m.debt_bondage_earnings,
                            "physicalthreats" | "threatslawenforcement" | "threatsoflawenforcement" | "threatenschildrenfamily" | "threatenschildren/family" => &mut m.threats,
                            "physicalabuse" | "sexualabuse" | "psychologicalabuse" => &mut m.abuse,
                            "falsepromises" => &mut m.false_promises,
                            "psychoactivesubstance" => &mut m.drugs_alcohol,
                            "restrictsfinancialaccess" | "restrictsmedicalcare" | "withholdsnecessities" => &mut m.deny_basic_needs,
                            "excessiveworkinghours" => &mut m.excessive_work_hours,
                            "withholdsdocuments" => &mut m.withhold_documents,
                            "other" => &mut m.other,
                            _ => return Err(self.err(name, v, "unknown method of control (HTCDS picklist value such as DebtBondage, FalsePromises, WithholdsDocuments)")),
                        };
                        *slot = Flag::Yes;
                        warnings.extend(self.picklist_warning(name, v, &CONTROL_PICKLIST));
                    }
                }
                Field::Relationship => {
                    let r = &mut rec.recruiter;
                    r.intimate_partner = Flag::Unknown;
                    r.family = Flag::No;
                    r.friend = Flag::No;
                    r.other = Flag::No;
                    match norm_header(vals[0]).as_str() {
                        "familial" => r.family = Flag::Yes,
                        "acquainted" => r.friend = Flag::Yes,
                        "unaquainted" | "unacquainted" => r.other = Flag::Yes,
                        _ => return Err(self.err(name, &joined, "unknown relationship; expected Familial, Acquainted or Unaquainted")),
                    }
                    warnings.extend(self.picklist_warning(name, vals[0], &RELATIONSHIP_PICKLIST));
                }
                Field::Status => match norm_header(vals[0]).as_str() {
                    "possiblevictimoftrafficking" | "actualvictimoftrafficking" => {
                        warnings.extend(self.picklist_warning(name, vals[0], &STATUS_PICKLIST));
                    }
                    "notavictimoftrafficking" => {
                        return Err(self.err(name, &joined, "not a victim of trafficking: not imported as a case record"))
                    }
                    _ => return Err(self.err(name, &joined, "unknown trafficking status; expected PossibleVictimOfTrafficking, ActualVictimOfTrafficking or NotAVictimOfTrafficking")),
                },
                Field::ReferralDate => {
                    let d = palermo_model::date::parse_iso(vals[0])
                        .ok_or_else(|| self.err(name, &joined, "not a date (expected YYYY-MM-DD)"))?;
                    if rec.year.is_none() {
                        rec.year = Some(self.year(name, d.year())?);
                    }
                }
                Field::Year => {
                    let y: i32 = vals[0].parse().map_err(|_| self.err(name, &joined, "not a year"))?;
                    rec.year = Some(self.year(name, y)?);
                }
            }
        }
        Ok(Parsed {
            value: rec,
            warnings,
        })
    }

    fn year(&self, name: &str, y: i32) -> Result<i32, RowError> {
        if y < MIN_YEAR || y > self.opts.max_year {
            return Err(self.err(
                name,
                &y.to_string(),
                format!(
                    "impossible year: expected {MIN_YEAR} to {}",
                    self.opts.max_year
                ),
            ));
        }
        Ok(y)
    }
}

/// Streams HTCDS case records from CSV.
pub struct HtcdsCsvReader<'i, R: Read> {
    rows: CsvRows<R>,
    index: &'i CountryIndex,
    opts: CaseOptions,
    cols: Vec<(usize, Field)>,
    /// Columns that are no HTCDS field: 1-based position and header.
    unknown: Vec<(usize, String)>,
}

impl<'i, R: Read> HtcdsCsvReader<'i, R> {
    /// Opens `source`: UTF-8, comma-separated, HTCDS field names as header,
    /// at least one field Palermo reads, and no identifying field.
    pub fn new(
        file: &str,
        source: R,
        index: &'i CountryIndex,
        opts: CaseOptions,
    ) -> Result<Self, FileError> {
        let rows = CsvRows::open(file, source, b",")?;
        let ids = identifying_columns(rows.header.iter().map(String::as_str));
        if !ids.is_empty() {
            return Err(FileError::IdentifyingColumns {
                file: file.to_owned(),
                columns: ids,
            });
        }
        let cols: Vec<(usize, Field)> = rows
            .header
            .iter()
            .enumerate()
            .filter_map(|(i, h)| classify(h).map(|f| (i, f)))
            .collect();
        // One field under two spellings (`prs_Gender` and `Gender`): which
        // column holds it is a guess (positions named, not the names: a
        // file without a header has a record there).
        for (n, (i, f)) in cols.iter().enumerate() {
            if let Some((j, _)) = cols[..n].iter().find(|(_, g)| g == f) {
                return Err(FileError::Syntax {
                    file: file.to_owned(),
                    line: 1,
                    reason: format!(
                        "columns {} and {} of the header name the same HTCDS field",
                        j + 1,
                        i + 1
                    ),
                });
            }
        }
        if !cols.iter().any(|(_, f)| *f == Field::Gender)
            || !cols.iter().any(|(_, f)| *f == Field::Forms)
        {
            return Err(FileError::MissingColumns {
                file: file.to_owned(),
                missing: vec!["prs_Gender".into(), "vic_TypeOfExploitation".into()],
                found: rows.header.clone(),
            });
        }
        let unknown = unknown_fields(rows.header.iter().map(String::as_str));
        Ok(Self {
            rows,
            index,
            opts,
            cols,
            unknown,
        })
    }

    /// The header's columns that are no HTCDS 2.0 field (1-based position
    /// and header), ignored: for one warning per file
    /// ([`crate::rows::unknown_columns_warning`]).
    pub fn unknown_columns(&self) -> &[(usize, String)] {
        &self.unknown
    }

    fn parse_current(&self) -> Result<Parsed<CaseRecord>, RowError> {
        self.rows.check_width()?;
        let b = RowBuilder {
            file: &self.rows.file,
            line: self.rows.line(),
            record: None,
            index: self.index,
            opts: &self.opts,
        };
        let mut fields = Vec::with_capacity(self.cols.len());
        for (i, f) in &self.cols {
            let name = self.rows.header[*i].as_str();
            let v = self.rows.field_of(*i, name, f.kind())?;
            fields.push((*f, name, v.split(';').collect::<Vec<_>>()));
        }
        b.build(fields)
    }
}

impl<R: Read> Iterator for HtcdsCsvReader<'_, R> {
    type Item = Result<Parsed<CaseRecord>, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.rows.advance()? {
            Ok(()) => Some(self.parse_current()),
            Err(e) => Some(Err(e)),
        }
    }
}

/// Streams HTCDS case records from JSON: a top-level array of objects, or one
/// object per line (JSON Lines). Each object is parsed on its own, so memory
/// stays bounded by the largest object. Values are strings, numbers, or
/// arrays of strings (multiselects).
///
/// Records are numbered in file order (1-based): the number is the record's
/// source line when stored (several records may share a line of the file),
/// and messages name both, `record N (line L)`. Broken structure (an array
/// without its closing `]`, records without commas between them, anything
/// after the `]`, an element that is not an object, invalid JSON, a record
/// cut off by the end of the file) rejects the whole file
/// ([`RowError::fatal`]).
pub struct HtcdsJsonReader<'i, R: Read> {
    src: BufReader<std::io::Chain<std::io::Cursor<Vec<u8>>, R>>,
    file: String,
    index: &'i CountryIndex,
    opts: CaseOptions,
    line: u64,
    in_array: bool,
    /// What may come next between the array's records.
    expect: Expect,
    /// Records started so far.
    records: u64,
    done: bool,
    buf: Vec<u8>,
    /// The first object, read (into `buf`) when opening.
    first: Option<Result<Option<(u64, u64)>, RowError>>,
    /// The first object's keys that are no HTCDS field: 1-based position
    /// and key.
    unknown: Vec<(usize, String)>,
}

/// An object's keys in the order written (its values skipped).
struct KeysInOrder(Vec<String>);

impl<'de> serde::Deserialize<'de> for KeysInOrder {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = KeysInOrder;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<KeysInOrder, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = m.next_key::<String>()? {
                    m.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(KeysInOrder(keys))
            }
        }
        d.deserialize_map(V)
    }
}

/// A JSON object whose keys are each given once: RFC 8259 leaves the
/// meaning of a repeated name undefined (serde_json keeps the last), so a
/// record that repeats one is rejected rather than read one way or the
/// other.
/// The second field holds the first repeated key, if any (reported after
/// the check for identifying keys, which rejects the whole file).
struct UniqueKeys(HashMap<String, serde_json::Value>, Option<String>);

impl<'de> serde::Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> serde::de::Visitor<'de> for Keys {
            type Value = UniqueKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object of HTCDS fields")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<UniqueKeys, A::Error> {
                let mut out = HashMap::new();
                let mut repeated = None;
                while let Some(k) = m.next_key::<String>()? {
                    let v: serde_json::Value = m.next_value()?;
                    match out.entry(k) {
                        std::collections::hash_map::Entry::Occupied(e) => {
                            repeated.get_or_insert_with(|| e.key().clone());
                        }
                        std::collections::hash_map::Entry::Vacant(e) => {
                            e.insert(v);
                        }
                    }
                }
                Ok(UniqueKeys(out, repeated))
            }
        }
        d.deserialize_map(Keys)
    }
}

/// The identifying keys of `obj`, sorted (a map's order is not the file's).
fn sorted_identifying(obj: &HashMap<String, serde_json::Value>) -> Vec<String> {
    let mut ids = identifying_columns(obj.keys().map(String::as_str));
    ids.sort();
    ids
}

/// What an array may hold next, between records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Just after `[`: a record or `]`.
    First,
    /// After a `,`: a record.
    Record,
    /// After a record: `,` or `]`.
    CommaOrEnd,
    /// After `]`: only white space.
    Nothing,
}

/// What a JSON value starting with `b` is, for messages.
fn json_kind(b: u8) -> &'static str {
    match b {
        b'"' => "a string",
        b'0'..=b'9' | b'-' => "a number",
        b't' | b'f' => "true or false",
        b'n' => "null",
        b'[' => "an array",
        b'{' => "an object",
        b'}' | b']' => "a closing bracket",
        b',' => "a comma",
        _ => "something that is not JSON",
    }
}

impl<'i, R: Read> HtcdsJsonReader<'i, R> {
    /// Opens `source`, which must start (after white space) with `[` or `{`.
    ///
    /// # Errors
    /// [`FileError`]: unreadable, empty, not UTF-8, not a JSON array or
    /// objects.
    pub fn new(
        file: &str,
        source: R,
        index: &'i CountryIndex,
        opts: CaseOptions,
    ) -> Result<Self, FileError> {
        let (mut head, rest) = sniff(file, source)?;
        let body = check_encoding(file, &head)?;
        let skip = head.len() - body.len();
        let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
        let in_array = match first {
            Some(b'[') => true,
            Some(b'{') => false,
            None => {
                return Err(FileError::Empty {
                    file: file.to_owned(),
                })
            }
            Some(_) => {
                return Err(FileError::Syntax {
                    file: file.to_owned(),
                    line: 1,
                    reason: "expected a JSON array of objects or one JSON object per line".into(),
                })
            }
        };
        head.drain(..skip);
        let mut src = BufReader::new(std::io::Cursor::new(head).chain(rest));
        let mut line = 1;
        if in_array {
            // Consume up to and including '['.
            loop {
                let mut b = [0u8];
                match src.read(&mut b) {
                    Ok(1) if b[0] == b'[' => break,
                    Ok(1) => {
                        if b[0] == b'\n' {
                            line += 1;
                        }
                    }
                    Ok(_) => break,
                    Err(e) => {
                        return Err(FileError::Io {
                            file: file.to_owned(),
                            source: e,
                        })
                    }
                }
            }
        }
        let mut r = Self {
            src,
            file: file.to_owned(),
            index,
            opts,
            line,
            in_array,
            expect: Expect::First,
            records: 0,
            done: false,
            buf: Vec::new(),
            first: None,
            unknown: Vec::new(),
        };
        // The first object's keys decide, as a CSV header does; its errors
        // (if any) are reported when it is read as a row.
        let first = r.next_object();
        if let Ok(Some(_)) = first {
            if let Ok(obj) = serde_json::from_slice::<HashMap<String, serde_json::Value>>(&r.buf) {
                let ids = sorted_identifying(&obj);
                if !ids.is_empty() {
                    return Err(FileError::IdentifyingColumns {
                        file: file.to_owned(),
                        columns: ids,
                    });
                }
            }
            if let Ok(KeysInOrder(keys)) = serde_json::from_slice(&r.buf) {
                r.unknown = unknown_fields(keys.iter().map(String::as_str));
            }
        }
        r.first = Some(first);
        Ok(r)
    }

    /// The first record's keys that are no HTCDS 2.0 field (1-based
    /// position among its keys, and the key), ignored: for one warning per
    /// file ([`crate::rows::unknown_columns_warning`]). Later records are
    /// not looked at (a key is a column: the first record is the header).
    pub fn unknown_columns(&self) -> &[(usize, String)] {
        &self.unknown
    }

    /// A fatal error at `line`.
    fn fatal(&self, line: u64, reason: impl Into<String>) -> RowError {
        RowError::new(&self.file, line, None, None, reason).into_fatal()
    }

    /// What comes between records: white space, and in an array `,` and
    /// `]` where they belong. `Ok(true)` when `b` starts a record.
    fn between(&mut self, b: u8) -> Result<bool, RowError> {
        if b.is_ascii_whitespace() {
            return Ok(false);
        }
        let next = self.records + 1;
        if !self.in_array {
            return match b {
                b'{' => Ok(true),
                _ => Err(self.fatal(
                    self.line,
                    format!(
                        "record {next}: expected a JSON object, found {}",
                        json_kind(b)
                    ),
                )),
            };
        }
        match (self.expect, b) {
            (Expect::First | Expect::Record, b'{') => Ok(true),
            (Expect::First | Expect::CommaOrEnd, b']') => {
                self.expect = Expect::Nothing;
                Ok(false)
            }
            (Expect::CommaOrEnd, b',') => {
                self.expect = Expect::Record;
                Ok(false)
            }
            (Expect::CommaOrEnd, b'{') => Err(self.fatal(
                self.line,
                format!(
                    "missing ',' between record {} and record {next}",
                    self.records
                ),
            )),
            (Expect::Nothing, _) => Err(self.fatal(
                self.line,
                format!("found {} after the array's closing ']'", json_kind(b)),
            )),
            (Expect::Record, b']') => Err(self.fatal(
                self.line,
                "a ',' before the closing ']' (trailing comma): not JSON",
            )),
            (Expect::CommaOrEnd, _) => Err(self.fatal(
                self.line,
                format!(
                    "expected ',' or ']' after record {}, found {}",
                    self.records,
                    json_kind(b)
                ),
            )),
            (Expect::First | Expect::Record, _) => Err(self.fatal(
                self.line,
                format!(
                    "record {next}: expected a JSON object, found {}",
                    json_kind(b)
                ),
            )),
        }
    }

    /// Reads the bytes of the next top-level object into `buf`, tracking
    /// lines and checking what comes between objects. Returns the record's
    /// number and the line where it starts, or `None` at the end.
    fn next_object(&mut self) -> Result<Option<(u64, u64)>, RowError> {
        self.buf.clear();
        let mut depth = 0u32;
        let mut in_str = false;
        let mut esc = false;
        let mut start = self.line;
        loop {
            let chunk = match self.src.fill_buf() {
                Ok(c) => c.to_vec(),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(self.fatal(self.line, format!("read error: {e}"))),
            };
            if chunk.is_empty() {
                if depth > 0 {
                    return Err(self
                        .fatal(
                            start,
                            "the file ends inside an object (truncated last record?)",
                        )
                        .with_record(self.records));
                }
                if self.in_array && self.expect != Expect::Nothing {
                    return Err(self.fatal(
                        self.line,
                        "the file ends before the array's closing ']' (truncated file?)",
                    ));
                }
                return Ok(None);
            }
            let mut i = 0;
            let mut finished = false;
            while i < chunk.len() {
                let b = chunk[i];
                i += 1;
                if b == b'\n' {
                    self.line += 1;
                }
                if depth == 0 {
                    if self.between(b)? {
                        depth = 1;
                        self.records += 1;
                        self.expect = Expect::CommaOrEnd;
                        start = self.line;
                        self.buf.push(b);
                    }
                    continue;
                }
                self.buf.push(b);
                if self.buf.len() > 1 << 20 {
                    return Err(self
                        .fatal(start, "record larger than 1 MiB")
                        .with_record(self.records));
                }
                if in_str {
                    if esc {
                        esc = false;
                    } else if b == b'\\' {
                        esc = true;
                    } else if b == b'"' {
                        in_str = false;
                    }
                } else {
                    match b {
                        b'"' => in_str = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                finished = true;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            self.src.consume(i);
            if finished {
                return Ok(Some((self.records, start)));
            }
        }
    }

    fn parse_object(&self, record: u64, line: u64) -> Result<Parsed<CaseRecord>, RowError> {
        let UniqueKeys(obj, repeated) =
            serde_json::from_slice::<UniqueKeys>(&self.buf).map_err(|e| {
                // serde_json counts lines within the record.
                let at = line + (e.line() as u64).saturating_sub(1);
                let msg = e.to_string();
                let msg = msg.rfind(" at line ").map_or(msg.as_str(), |k| &msg[..k]);
                // serde_json's data errors quote the value ("invalid type:
                // string \"…\""): replaced by what is wrong, never the value.
                let reason = if !e.is_data() {
                    format!("not valid JSON: {msg}")
                } else {
                    "not a JSON object (each record is an object of HTCDS fields)".to_owned()
                };
                let err = RowError::new(&self.file, at, None, None, reason).with_record(record);
                if e.is_data() {
                    err
                } else {
                    err.into_fatal()
                }
            })?;
        let ids = sorted_identifying(&obj);
        if !ids.is_empty() {
            return Err(RowError::new(
                &self.file,
                line,
                Some(&ids.join(", ")),
                None,
                "identifies a person; Palermo stores no names, dates of birth, addresses or document numbers",
            )
            .with_record(record)
            .into_fatal());
        }
        if let Some(k) = repeated {
            // A field's name, bounded all the same.
            let name: String = k.chars().take(60).collect();
            return Err(RowError::new(
                &self.file,
                line,
                Some(&name),
                None,
                "the key appears twice in the object: which value holds is a guess",
            )
            .with_record(record));
        }
        let b = RowBuilder {
            file: &self.file,
            line,
            record: Some(record),
            index: self.index,
            opts: &self.opts,
        };
        let mut fields = Vec::new();
        let mut seen: Vec<(Field, &str)> = Vec::new();
        for (k, v) in &obj {
            let Some(f) = classify(k) else { continue };
            if let Some((_, other)) = seen.iter().find(|(g, _)| *g == f) {
                // Both names, in a fixed order, bounded.
                let (a, b) = if other < &k.as_str() {
                    (*other, k.as_str())
                } else {
                    (k.as_str(), *other)
                };
                let names: String = format!("{a}, {b}").chars().take(120).collect();
                return Err(RowError::new(
                    &self.file,
                    line,
                    Some(&names),
                    None,
                    "the same HTCDS field under two names: which value holds is a guess",
                )
                .with_record(record));
            }
            seen.push((f, k.as_str()));
            let vals: Vec<&str> = match v {
                serde_json::Value::Null => Vec::new(),
                serde_json::Value::String(s) => s.split(';').collect(),
                serde_json::Value::Array(a) => {
                    a.iter().filter_map(serde_json::Value::as_str).collect()
                }
                serde_json::Value::Number(_) | serde_json::Value::Bool(_) => {
                    // Numbers are handled by formatting below.
                    Vec::new()
                }
                serde_json::Value::Object(_) => {
                    return Err(RowError::new(
                        &self.file,
                        line,
                        Some(k),
                        None,
                        "expected a string, number or array of strings",
                    )
                    .with_record(record))
                }
            };
            // The field as a whole, as in CSV: a multiselect's values
            // joined by `;`.
            let number = v.as_number().map(ToString::to_string);
            let joined = vals.join(";");
            let whole = number.as_deref().unwrap_or(&joined);
            f.kind()
                .check(&self.file, line, k, whole)
                .map_err(|e| e.with_record(record))?;
            fields.push((f, k.as_str(), vals, v.as_number().map(ToString::to_string)));
        }
        // `{}`, or only keys that are not HTCDS fields: no victim to count.
        if fields.is_empty() {
            return Err(RowError::new(
                &self.file,
                line,
                None,
                None,
                "no HTCDS field in this record (an empty object, or only unknown keys); not stored",
            )
            .with_record(record));
        }
        let owned: Vec<(Field, &str, Vec<&str>)> = fields
            .iter()
            .map(|(f, k, vals, num)| match num {
                Some(n) => (*f, *k, vec![n.as_str()]),
                None => (*f, *k, vals.clone()),
            })
            .collect();
        b.build(owned)
    }
}

impl<R: Read> Iterator for HtcdsJsonReader<'_, R> {
    type Item = Result<Parsed<CaseRecord>, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let object = match self.first.take() {
            Some(first) => first,
            None if self.done => return None,
            None => self.next_object(),
        };
        match object {
            Ok(Some((record, line))) => Some(self.parse_object(record, line)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}
