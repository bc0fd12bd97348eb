//! Victim case microdata in the Counter Trafficking Data Collaborative (CTDC,
//! IOM) layout.
//!
//! Two layouts are read, recognised by their column names:
//! * the **2024 Global Synthetic Dataset** (codebook v2, February 2024):
//!   comma-separated, 27 variables, ISO alpha-3 countries, binary variables
//!   `1` or empty (never `0`);
//! * the older **k-anonymised Global Dataset**: semicolon-separated, 63
//!   variables after an always-empty first column, ISO alpha-2 countries,
//!   `0`/`1`, `-99` for missing.
//!
//! Binary groups are recoded as the codebook (section 6) prescribes: within a
//! group (forms of exploitation, means of control, recruiter relation) an
//! empty cell is "no" only when the record has at least one `1` in the same
//! group; otherwise the whole group is unknown. Columns a layout does not have
//! stay unknown.

use std::io::Read;

use palermo_model::case::{AgeBand, CaseRecord, CaseSex, Flag};
use palermo_model::CountryIndex;

use crate::identifying::identifying_columns;
use crate::rows::{norm_header, CsvRows, FieldKind, FileError, Parsed, RowError};

/// Earliest registration year accepted (CTDC data start in 2002).
pub const MIN_YEAR: i32 = 1990;

/// The columns every CTDC file must have.
const REQUIRED: [&str; 5] = [
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "citizenship",
    "CountryOfExploitation",
];

/// Options for reading case records.
#[derive(Debug, Clone)]
pub struct CaseOptions {
    /// The agency or data set the records come from (`--source`).
    pub source: String,
    /// Latest acceptable year (the CLI passes the current year).
    pub max_year: i32,
}

impl CaseOptions {
    /// Options for `source` with no upper year bound beyond 2100.
    pub fn new(source: &str) -> Self {
        Self {
            source: source.to_owned(),
            max_year: 2100,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Year,
    Gender,
    AgeBroad,
    Majority,
    Citizenship,
    Exploitation,
    Datasource,
    /// Form slots (indices into `FORM_SLOTS`), up to two.
    Form(u8, u8),
    Means(u8),
    Recruiter(u8),
    Ignore,
}

const NONE: u8 = u8::MAX;
// Form slots: sexual, forced labour, forced marriage, slavery, organ removal, forced criminality, other.
const F_SEX: u8 = 0;
const F_LAB: u8 = 1;
const F_MAR: u8 = 2;
const F_SLA: u8 = 3;
const F_ORG: u8 = 4;
const F_OTH: u8 = 6;

/// Every variable of the two CTDC layouts read, normalised as
/// `norm_header` does: the 2024 Global Synthetic Dataset (codebook v2024,
/// its 27 variables and the names of its variable list) and the older
/// k-anonymised Global Dataset (its header's 63 variables after the
/// terms-of-use column). A column named so is a CTDC field, read or not;
/// any other is reported as unknown.
const CTDC_FIELDS: [&str; 73] = [
    "agebroad",
    "citizenship",
    "countryofexploitation",
    "datasource",
    "gender",
    "isabduction",
    "isforcedlabour",
    "isforcedmarriage",
    "isforcedmilitary",
    "isorganremoval",
    "isotherexploit",
    "issexandlabour",
    "issexualexploit",
    "isslaveryandpractices",
    "majorityentry",
    "majoritystatus",
    "majoritystatusatexploit",
    "meansabusepsyphysex",
    "meansdebtbondageearnings",
    "meansdenybasicneeds",
    "meansdrugsalcohol",
    "meansexcessiveworkhours",
    "meansfalsepromises",
    "meansofcontrolconcatenated",
    "meansofcontroldebtbondage",
    "meansofcontrolexcessiveworkinghours",
    "meansofcontrolfalsepromises",
    "meansofcontrolnotspecified",
    "meansofcontrolother",
    "meansofcontrolphysicalabuse",
    "meansofcontrolpsychoactivesubstances",
    "meansofcontrolpsychologicalabuse",
    "meansofcontrolrestrictsfinancialaccess",
    "meansofcontrolrestrictsmedicalcare",
    "meansofcontrolrestrictsmovement",
    "meansofcontrolsexualabuse",
    "meansofcontroltakesearnings",
    "meansofcontrolthreatoflawenforcement",
    "meansofcontrolthreats",
    "meansofcontroluseschildren",
    "meansofcontrolwithholdsdocuments",
    "meansofcontrolwithholdsnecessities",
    "meansthreats",
    "meanswithholddocs",
    "meanswithholddocuments",
    "recruiterrelationfamily",
    "recruiterrelationfriend",
    "recruiterrelationintimatepartner",
    "recruiterrelationother",
    "recruiterrelationship",
    "recruiterrelationunknown",
    "traffickmonths",
    "typeofexploitconcatenated",
    "typeoflabouragriculture",
    "typeoflabouraquafarming",
    "typeoflabourbegging",
    "typeoflabourconcatenated",
    "typeoflabourconstruction",
    "typeoflabourdomesticwork",
    "typeoflabourhospitality",
    "typeoflabourillicitactivities",
    "typeoflabourmanufacturing",
    "typeoflabourminingordrilling",
    "typeoflabournotspecified",
    "typeoflabourother",
    "typeoflabourpeddling",
    "typeoflabourtransportation",
    "typeofsexconcatenated",
    "typeofsexpornography",
    "typeofsexprivatesexualservices",
    "typeofsexprostitution",
    "typeofsexremoteinteractiveservices",
    "yearofregistration",
];

/// Whether a header that Palermo does not read is still a CTDC column (a
/// variable of either layout, or the older layout's first column, headed
/// by CTDC's terms of use).
fn is_ctdc_field(h: &str) -> bool {
    let n = norm_header(h);
    CTDC_FIELDS.contains(&n.as_str()) || n.starts_with("byusingthisdatayouagree")
}

impl Col {
    /// What the column holds (its length limit), from the CTDC codebooks.
    const fn kind(self) -> FieldKind {
        match self {
            Col::Year => FieldKind::Year,
            Col::Gender | Col::AgeBroad | Col::Majority => FieldKind::Code,
            Col::Citizenship | Col::Exploitation => FieldKind::CountryCode,
            Col::Datasource => FieldKind::Name,
            Col::Form(..) | Col::Means(_) | Col::Recruiter(_) => FieldKind::Binary,
            Col::Ignore => FieldKind::Text,
        }
    }
}

fn classify(h: &str) -> Col {
    match norm_header(h).as_str() {
        "yearofregistration" => Col::Year,
        "gender" => Col::Gender,
        "agebroad" => Col::AgeBroad,
        "majoritystatus" => Col::Majority,
        "citizenship" => Col::Citizenship,
        "countryofexploitation" => Col::Exploitation,
        "datasource" => Col::Datasource,
        "isforcedlabour" => Col::Form(F_LAB, NONE),
        "issexualexploit" => Col::Form(F_SEX, NONE),
        "isotherexploit" => Col::Form(F_OTH, NONE),
        "issexandlabour" => Col::Form(F_SEX, F_LAB),
        "isforcedmarriage" => Col::Form(F_MAR, NONE),
        "isforcedmilitary" => Col::Form(F_OTH, NONE),
        "isorganremoval" => Col::Form(F_ORG, NONE),
        "isslaveryandpractices" => Col::Form(F_SLA, NONE),
        "meansdebtbondageearnings"
        | "meansofcontroldebtbondage"
        | "meansofcontroltakesearnings" => Col::Means(0),
        "meansthreats"
        | "meansofcontrolthreats"
        | "meansofcontroluseschildren"
        | "meansofcontrolthreatoflawenforcement" => Col::Means(1),
        "meansabusepsyphysex"
        | "meansofcontrolpsychologicalabuse"
        | "meansofcontrolphysicalabuse"
        | "meansofcontrolsexualabuse" => Col::Means(2),
        "meansfalsepromises" | "meansofcontrolfalsepromises" => Col::Means(3),
        "meansdrugsalcohol" | "meansofcontrolpsychoactivesubstances" => Col::Means(4),
        "meansdenybasicneeds"
        | "meansofcontrolrestrictsfinancialaccess"
        | "meansofcontrolrestrictsmovement"
        | "meansofcontrolrestrictsmedicalcare"
        | "meansofcontrolwithholdsnecessities" => Col::Means(5),
        "meansexcessiveworkhours" | "meansofcontrolexcessiveworkinghours" => Col::Means(6),
        "meanswithholddocuments" | "meanswithholddocs" | "meansofcontrolwithholdsdocuments" => {
            Col::Means(7)
        }
        "meansofcontrolother" => Col::Means(8),
        "recruiterrelationintimatepartner" => Col::Recruiter(0),
        "recruiterrelationfriend" => Col::Recruiter(1),
        "recruiterrelationfamily" => Col::Recruiter(2),
        "recruiterrelationother" => Col::Recruiter(3),
        _ => Col::Ignore,
    }
}

/// A binary group being read: which slots the file has, which are `1`,
/// which are an explicit `0`.
#[derive(Clone, Copy, Default)]
struct Group {
    present: u16,
    ones: u16,
    zeros: u16,
}

impl Group {
    fn flag(&self, slot: u8) -> Flag {
        let bit = 1u16 << slot;
        if self.ones & bit != 0 {
            Flag::Yes
        } else if self.zeros & bit != 0 || (self.ones != 0 && self.present & bit != 0) {
            Flag::No
        } else {
            Flag::Unknown
        }
    }
}

/// Streams CTDC case records.
pub struct CtdcReader<'i, R: Read> {
    rows: CsvRows<R>,
    index: &'i CountryIndex,
    opts: CaseOptions,
    cols: Vec<Col>,
    present: [u16; 3],
    /// Columns that are no CTDC variable: 1-based position and header.
    unknown: Vec<(usize, String)>,
}

impl<'i, R: Read> CtdcReader<'i, R> {
    /// Opens `source`, named `file` in messages: UTF-8, comma- or
    /// semicolon-separated, with at least the columns `yearOfRegistration`,
    /// `gender`, `ageBroad`, `citizenship`, `CountryOfExploitation`, and no
    /// column identifying a person ([`crate::identifying`]; the file is
    /// refused whole).
    pub fn new(
        file: &str,
        source: R,
        index: &'i CountryIndex,
        opts: CaseOptions,
    ) -> Result<Self, FileError> {
        let rows = CsvRows::open(file, source, b",;")?;
        let ids = identifying_columns(rows.header.iter().map(String::as_str));
        if !ids.is_empty() {
            return Err(FileError::IdentifyingColumns {
                file: file.to_owned(),
                columns: ids,
            });
        }
        let cols: Vec<Col> = rows.header.iter().map(|h| classify(h)).collect();
        let unknown = rows
            .header
            .iter()
            .zip(&cols)
            .enumerate()
            .filter(|(_, (h, c))| **c == Col::Ignore && !is_ctdc_field(h))
            .map(|(i, (h, _))| (i + 1, h.clone()))
            .collect();
        let missing: Vec<String> = REQUIRED
            .iter()
            .filter(|r| !rows.header.iter().any(|h| norm_header(h) == norm_header(r)))
            .map(|r| (*r).to_owned())
            .collect();
        if !missing.is_empty() {
            return Err(FileError::MissingColumns {
                file: file.to_owned(),
                missing,
                found: rows.header.clone(),
            });
        }
        let mut present = [0u16; 3];
        for c in &cols {
            match *c {
                Col::Form(a, b) => {
                    present[0] |= 1 << a;
                    if b != NONE {
                        present[0] |= 1 << b;
                    }
                }
                Col::Means(m) => present[1] |= 1 << m,
                Col::Recruiter(r) => present[2] |= 1 << r,
                _ => {}
            }
        }
        Ok(Self {
            rows,
            index,
            opts,
            cols,
            present,
            unknown,
        })
    }

    /// The header's columns that are no variable of either CTDC layout
    /// (1-based position and header), ignored: for one warning per file
    /// ([`crate::rows::unknown_columns_warning`]).
    pub fn unknown_columns(&self) -> &[(usize, String)] {
        &self.unknown
    }

    /// Rows read so far.
    pub fn rows_read(&self) -> u64 {
        self.rows.rows
    }

    fn err(&self, field: &str, value: &str, reason: impl Into<String>) -> RowError {
        RowError::new(
            &self.rows.file,
            self.rows.line(),
            Some(field),
            Some(value),
            reason,
        )
    }

    /// A country cell: ISO 3166-1 alpha-3 or alpha-2, or missing. CTDC
    /// writes `00` for a country that is not known (citizenship "unknown"
    /// in its releases); it is read as missing, not refused.
    fn country(&self, field: &str, v: &str) -> Result<Option<String>, RowError> {
        if is_missing(v) || v == CTDC_UNKNOWN_COUNTRY {
            return Ok(None);
        }
        let up = v.to_ascii_uppercase();
        match self.index.by_code(&up) {
            Some(c) => Ok(Some(c.iso3.clone())),
            None => Err(self.err(
                field,
                v,
                "unknown country code (expected ISO 3166-1 alpha-3 such as MDA, or alpha-2)",
            )),
        }
    }

    fn parse_current(&self) -> Result<Parsed<CaseRecord>, RowError> {
        self.rows.check_width()?;
        let mut rec = CaseRecord::empty(&self.opts.source, self.rows.line());
        let mut groups = [Group::default(); 3];
        for (g, p) in groups.iter_mut().zip(self.present) {
            g.present = p;
        }
        let mut majority: Option<AgeBand> = None;
        for (i, col) in self.cols.iter().enumerate() {
            if *col == Col::Ignore {
                continue;
            }
            let name = self.rows.header.get(i).map_or("", String::as_str);
            let v = self.rows.field_of(i, name, col.kind())?;
            match *col {
                Col::Year => {
                    if !is_missing(v) {
                        let y: i32 = v.parse().map_err(|_| self.err(name, v, "not a year (expected four digits)"))?;
                        if y < MIN_YEAR || y > self.opts.max_year {
                            return Err(self.err(
                                name,
                                v,
                                format!("impossible year of registration: expected {MIN_YEAR} to {}", self.opts.max_year),
                            ));
                        }
                        rec.year = Some(y);
                    }
                }
                Col::Gender => {
                    rec.sex = match v.to_ascii_lowercase().as_str() {
                        "" | "-99" | "unknown" => CaseSex::Unknown,
                        "woman" | "female" | "girl" => CaseSex::Female,
                        "man" | "male" | "boy" => CaseSex::Male,
                        "trans/transgender/nonconforming" | "transgender" | "nonconforming" | "trans" => {
                            CaseSex::TransOrNonConforming
                        }
                        _ => {
                            return Err(self.err(
                                name,
                                v,
                                "unknown gender; expected \"Man\", \"Woman\", \"Trans/Transgender/NonConforming\" or empty",
                            ))
                        }
                    }
                }
                Col::AgeBroad => {
                    if !is_missing(v) {
                        rec.age = Some(AgeBand::parse(v).ok_or_else(|| {
                            self.err(name, v, "unknown age band; expected 0--8, 9--17, 18--20, 21--23, 24--26, 27--29, 30--38, 39--47, 48+ or empty")
                        })?);
                    }
                }
                Col::Majority => {
                    majority = match v.to_ascii_lowercase().as_str() {
                        "adult" => Some(AgeBand::AdultUnknownBand),
                        "minor" => Some(AgeBand::MinorUnknownBand),
                        _ => None,
                    }
                }
                Col::Citizenship => rec.citizenship = self.country(name, v)?,
                Col::Exploitation => rec.country_of_exploitation = self.country(name, v)?,
                Col::Datasource => {
                    if !is_missing(v) {
                        rec.data_source = Some(v.to_owned());
                    }
                }
                Col::Form(a, b) => {
                    let bit = self.binary(name, v)?;
                    set_bits(&mut groups[0], a, bit);
                    if b != NONE {
                        set_bits(&mut groups[0], b, bit);
                    }
                }
                Col::Means(m) => {
                    let bit = self.binary(name, v)?;
                    set_bits(&mut groups[1], m, bit);
                }
                Col::Recruiter(r) => {
                    let bit = self.binary(name, v)?;
                    set_bits(&mut groups[2], r, bit);
                }
                Col::Ignore => {}
            }
        }
        if rec.age.is_none() {
            rec.age = majority;
        }
        if let (
            Some(AgeBand::A48Plus | AgeBand::A30to38 | AgeBand::A39to47),
            Some(AgeBand::MinorUnknownBand),
        ) = (rec.age, majority)
        {
            return Err(self.err(
                "majorityStatus",
                "Minor",
                "a minor cannot be in an adult age band",
            ));
        }
        let [forms, means, rel] = groups;
        use palermo_model::stats::FormOfExploitation as F;
        for (slot, f) in [
            (F_SEX, F::Sexual),
            (F_LAB, F::ForcedLabour),
            (F_MAR, F::ForcedMarriage),
            (F_SLA, F::Slavery),
            (F_ORG, F::OrganRemoval),
            (5, F::ForcedCriminality),
            (F_OTH, F::Other),
        ] {
            rec.forms.set(f, forms.flag(slot));
        }
        let m = &mut rec.means;
        m.debt_bondage_earnings = means.flag(0);
        m.threats = means.flag(1);
        m.abuse = means.flag(2);
        m.false_promises = means.flag(3);
        m.drugs_alcohol = means.flag(4);
        m.deny_basic_needs = means.flag(5);
        m.excessive_work_hours = means.flag(6);
        m.withhold_documents = means.flag(7);
        m.other = means.flag(8);
        let r = &mut rec.recruiter;
        r.intimate_partner = rel.flag(0);
        r.friend = rel.flag(1);
        r.family = rel.flag(2);
        r.other = rel.flag(3);
        Ok(Parsed {
            value: rec,
            warnings: Vec::new(),
        })
    }

    /// `1` → Some(true), `0` → Some(false), empty / `-99` → None.
    fn binary(&self, name: &str, v: &str) -> Result<Option<bool>, RowError> {
        match v {
            "1" | "1.0" => Ok(Some(true)),
            "0" | "0.0" => Ok(Some(false)),
            _ if is_missing(v) => Ok(None),
            _ => Err(self.err(name, v, "expected 1, 0 or empty")),
        }
    }
}

fn set_bits(g: &mut Group, slot: u8, bit: Option<bool>) {
    match bit {
        Some(true) => g.ones |= 1 << slot,
        Some(false) => g.zeros |= 1 << slot,
        None => {}
    }
}

/// Empty, `NULL`, `NA` or `-99`: missing.
/// CTDC's code for a country that is not known (e.g. citizenship unknown).
pub const CTDC_UNKNOWN_COUNTRY: &str = "00";

fn is_missing(v: &str) -> bool {
    v.is_empty() || v == "-99" || v.eq_ignore_ascii_case("null") || v.eq_ignore_ascii_case("na")
}

impl<R: Read> Iterator for CtdcReader<'_, R> {
    type Item = Result<Parsed<CaseRecord>, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.rows.advance()? {
            Ok(()) => Some(self.parse_current()),
            Err(e) => Some(Err(e)),
        }
    }
}

/// Reads a whole CTDC file held in memory (for tests and fuzzing).
pub fn parse_bytes(
    file: &str,
    bytes: &[u8],
    index: &CountryIndex,
    source: &str,
) -> Result<(Vec<CaseRecord>, Vec<RowError>), FileError> {
    let rdr = CtdcReader::new(file, bytes, index, CaseOptions::new(source))?;
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for r in rdr {
        match r {
            Ok(p) => ok.push(p.value),
            Err(e) => bad.push(e),
        }
    }
    Ok((ok, bad))
}
