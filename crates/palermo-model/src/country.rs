//! Countries and territories, and the index that resolves their names.
//!
//! Codes follow ISO 3166-1 (alpha-2, alpha-3) and the UN Statistics
//! Division's M49 standard (numeric code, region, sub-region). The UN Treaty
//! Collection and UNODC write country names in UN style ("Republic of
//! Moldova", "Venezuela (Bolivarian Republic of)"), ISO in its own
//! ("Moldova, Republic of"); [`CountryIndex::resolve`] accepts both through an
//! alias table.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// A country or territory (ISO 3166-1, with its UN M49 classification).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code, e.g. `"MDA"`. The primary key.
    pub iso3: String,
    /// ISO 3166-1 alpha-2 code, e.g. `"MD"`.
    pub iso2: String,
    /// UN M49 / ISO 3166-1 numeric code, e.g. `498`.
    pub m49: u16,
    /// Name in ISO / UN form, e.g. `"Moldova, Republic of"`.
    pub name: String,
    /// UN M49 region (`"Africa"`, `"Americas"`, `"Asia"`, `"Europe"`,
    /// `"Oceania"`), empty for Antarctica.
    pub region: String,
    /// UN M49 sub-region, e.g. `"Eastern Europe"`.
    pub sub_region: String,
    /// UN M49 intermediate region, e.g. `"Caribbean"`; often empty.
    pub intermediate_region: String,
    /// Whether the country is one of the 193 UN Member States.
    pub un_member: bool,
}

/// Total population of a country in one year (World Bank SP.POP.TOTL).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PopulationRecord {
    /// Calendar year.
    pub year: i32,
    /// Persons, mid-year estimate.
    pub population: u64,
}

/// The 193 Member States of the United Nations, as ISO 3166-1 alpha-3 codes
/// (source: United Nations, "Member States", un.org; unchanged since South
/// Sudan's admission on 14 July 2011).
pub const UN_MEMBER_STATES: [&str; 193] = [
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
    "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
    "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
    "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
    "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ",
    "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK",
    "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
    "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
];

/// Whether `iso3` (ISO 3166-1 alpha-3, upper case) is a UN Member State
/// today.
pub fn is_un_member(iso3: &str) -> bool {
    UN_MEMBER_STATES.contains(&iso3)
}

/// Admission dates of the Member States admitted after the Convention was
/// adopted (15 November 2000), from the UN's list of Member States
/// (un.org, "Growth in United Nations membership"): Switzerland,
/// Timor-Leste, Montenegro, South Sudan. Every other current Member State
/// was already a member on that date.
pub const ADMITTED_AFTER_2000: [(&str, time::Date); 4] = [
    ("CHE", time::macros::date!(2002 - 09 - 10)),
    ("TLS", time::macros::date!(2002 - 09 - 27)),
    ("MNE", time::macros::date!(2006 - 06 - 28)),
    ("SSD", time::macros::date!(2011 - 07 - 14)),
];

/// Whether `iso3` was a UN Member State on `date` (`None`: today). Exact
/// for any date from 15 November 2000, the Convention's adoption.
pub fn is_un_member_on(iso3: &str, date: Option<time::Date>) -> bool {
    if !is_un_member(iso3) {
        return false;
    }
    match (date, ADMITTED_AFTER_2000.iter().find(|(c, _)| *c == iso3)) {
        (Some(d), Some((_, admitted))) => d >= *admitted,
        _ => true,
    }
}

/// The UN Member States on `date` (`None`: today), as alpha-3 codes.
pub fn un_member_states_on(date: Option<time::Date>) -> Vec<&'static str> {
    UN_MEMBER_STATES
        .iter()
        .copied()
        .filter(|c| is_un_member_on(c, date))
        .collect()
}

/// Normalises a country name for lookup: case-folded, diacritics of the
/// common Latin letters removed, punctuation and "the" dropped, white space
/// folded. `"Côte d'Ivoire"` and `"Cote dIvoire"` normalise alike.
pub fn normalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for ch in name.chars().flat_map(char::to_lowercase) {
        let c = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        out.push(c);
    }
    out.split_whitespace()
        .filter(|w| *w != "the" && *w != "of")
        .collect::<Vec<_>>()
        .join(" ")
}

/// Looks up countries by code or by name (ISO name or a known alias).
#[derive(Debug, Clone, Default)]
pub struct CountryIndex {
    countries: Vec<Country>,
    by_code: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
}

impl CountryIndex {
    /// Builds the index from countries and `(alias, iso3)` pairs. Aliases that
    /// name an unknown code are ignored.
    pub fn new(countries: Vec<Country>, aliases: &[(String, String)]) -> Self {
        let mut by_code = HashMap::new();
        let mut by_name = HashMap::new();
        for (i, c) in countries.iter().enumerate() {
            by_code.insert(c.iso3.clone(), i);
            by_code.insert(c.iso2.clone(), i);
            by_name.insert(normalize_name(&c.name), i);
        }
        for (alias, iso3) in aliases {
            if let Some(&i) = by_code.get(iso3.as_str()) {
                by_name.insert(normalize_name(alias), i);
            }
        }
        Self {
            countries,
            by_code,
            by_name,
        }
    }

    /// All countries, in the order given to [`CountryIndex::new`].
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with this ISO 3166-1 alpha-3 or alpha-2 code (upper case).
    pub fn by_code(&self, code: &str) -> Option<&Country> {
        self.by_code.get(code).map(|&i| &self.countries[i])
    }

    /// Resolves a country name as written by ISO, the UN Treaty Collection
    /// or UNODC (through the alias table), or an ISO code.
    pub fn resolve(&self, name_or_code: &str) -> Option<&Country> {
        let t = name_or_code.trim();
        if (t.len() == 3 || t.len() == 2) && t.bytes().all(|b| b.is_ascii_uppercase()) {
            if let Some(c) = self.by_code(t) {
                return Some(c);
            }
        }
        self.by_name
            .get(&normalize_name(t))
            .map(|&i| &self.countries[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_list_has_no_duplicates() {
        let mut v = UN_MEMBER_STATES.to_vec();
        v.sort_unstable();
        v.dedup();
        assert_eq!(v.len(), 193);
    }

    #[test]
    fn membership_over_time() {
        use time::macros::date;
        // 189 Member States in 2001 (UN: 189 after Tuvalu, 5 Sep 2000).
        assert_eq!(un_member_states_on(Some(date!(2001 - 06 - 30))).len(), 189);
        // 192 after Montenegro (28 Jun 2006), 193 after South Sudan (14 Jul 2011).
        assert_eq!(un_member_states_on(Some(date!(2008 - 09 - 26))).len(), 192);
        assert_eq!(un_member_states_on(Some(date!(2011 - 07 - 14))).len(), 193);
        assert_eq!(un_member_states_on(None).len(), 193);
        assert!(!is_un_member_on("SSD", Some(date!(2011 - 07 - 13))));
    }

    #[test]
    fn normalisation() {
        assert_eq!(normalize_name("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(
            normalize_name("Netherlands, Kingdom of the"),
            "netherlands kingdom"
        );
        assert_eq!(normalize_name("Türkiye"), "turkiye");
    }

    #[test]
    fn resolves_aliases() {
        let c = Country {
            iso3: "MDA".into(),
            iso2: "MD".into(),
            m49: 498,
            name: "Moldova, Republic of".into(),
            region: "Europe".into(),
            sub_region: "Eastern Europe".into(),
            intermediate_region: String::new(),
            un_member: true,
        };
        let idx = CountryIndex::new(vec![c], &[("Republic of Moldova".into(), "MDA".into())]);
        assert_eq!(idx.resolve("Republic of Moldova").map(|c| c.m49), Some(498));
        assert_eq!(
            idx.resolve("moldova, republic of").map(|c| c.m49),
            Some(498)
        );
        assert_eq!(idx.resolve("MDA").map(|c| c.m49), Some(498));
        assert!(idx.resolve("Atlantis").is_none());
    }
}
