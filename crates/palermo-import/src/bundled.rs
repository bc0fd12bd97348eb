//! Reference data and the treaty status snapshot, compiled into the binary
//! from the repository's `data/` folder (see `data/PROVENANCE.md`), so that
//! `palermo serve` works from an empty directory.

use std::collections::HashSet;

use palermo_model::{Country, CountryIndex, Instrument, PopulationRecord};
use time::{macros::date, Date};

use crate::reference::{read_aliases, read_countries, read_population};
use crate::untc::{read_status, StatusFormat, StatusTable};
use crate::ImportError;

/// `data/countries/iso3166_m49_all.csv`.
pub const COUNTRIES_CSV: &str = include_str!("../../../data/countries/iso3166_m49_all.csv");
/// `data/countries/country_aliases.csv`.
pub const ALIASES_CSV: &str = include_str!("../../../data/countries/country_aliases.csv");
/// `data/countries/population_wb_sp_pop_totl_2000_2024.csv`.
pub const POPULATION_CSV: &str =
    include_str!("../../../data/countries/population_wb_sp_pop_totl_2000_2024.csv");

/// "Status as at" date of the bundled UNTC snapshot (the date the tables
/// were copied from the UN Treaty Collection: 2014-07-10).
pub const TREATY_SNAPSHOT_AS_OF: Date = date!(2014 - 07 - 10);

/// Source label stored with the bundled snapshot.
pub const TREATY_SNAPSHOT_SOURCE: &str =
    "UN Treaty Collection status tables via github.com/zmjones/untreaties (commit 65551ea)";

/// The bundled UNTC status tables: `(instrument, file name, contents)`.
pub const TREATY_SNAPSHOTS: [(Instrument, &str, &str); 4] = [
    (
        Instrument::Untoc,
        "data/treaty-status/untc_18-12_zmjones_2014-07-10.csv",
        include_str!("../../../data/treaty-status/untc_18-12_zmjones_2014-07-10.csv"),
    ),
    (
        Instrument::Tip,
        "data/treaty-status/untc_18-12-a_zmjones_2014-07-10.csv",
        include_str!("../../../data/treaty-status/untc_18-12-a_zmjones_2014-07-10.csv"),
    ),
    (
        Instrument::Som,
        "data/treaty-status/untc_18-12-b_zmjones_2014-07-10.csv",
        include_str!("../../../data/treaty-status/untc_18-12-b_zmjones_2014-07-10.csv"),
    ),
    (
        Instrument::Firearms,
        "data/treaty-status/untc_18-12-c_zmjones_2014-07-10.csv",
        include_str!("../../../data/treaty-status/untc_18-12-c_zmjones_2014-07-10.csv"),
    ),
];

/// Everything the store seeds on first start.
#[derive(Debug, Clone)]
pub struct ReferenceData {
    /// Countries and territories.
    pub countries: Vec<Country>,
    /// `(alias, iso3)` pairs.
    pub aliases: Vec<(String, String)>,
    /// `(iso3, record)` pairs.
    pub population: Vec<(String, PopulationRecord)>,
}

impl ReferenceData {
    /// The country index built from these countries and aliases.
    pub fn index(&self) -> CountryIndex {
        CountryIndex::new(self.countries.clone(), &self.aliases)
    }
}

/// Parses the bundled reference data.
///
/// # Errors
/// Only if the bundled files are malformed (a build defect, caught by tests).
pub fn reference_data() -> Result<ReferenceData, ImportError> {
    let countries = read_countries(
        "data/countries/iso3166_m49_all.csv",
        COUNTRIES_CSV.as_bytes(),
    )?;
    let aliases = read_aliases("data/countries/country_aliases.csv", ALIASES_CSV.as_bytes())?;
    let known: HashSet<String> = countries.iter().map(|c| c.iso3.clone()).collect();
    let population = read_population(
        "data/countries/population_wb_sp_pop_totl_2000_2024.csv",
        POPULATION_CSV.as_bytes(),
        &known,
    )?;
    Ok(ReferenceData {
        countries,
        aliases,
        population,
    })
}

/// Parses the bundled treaty status snapshot, one table per instrument.
///
/// # Errors
/// Only if the bundled files are malformed (a build defect, caught by tests).
pub fn treaty_snapshots(
    countries: &CountryIndex,
) -> Result<Vec<(Instrument, &'static str, StatusTable)>, ImportError> {
    TREATY_SNAPSHOTS
        .iter()
        .map(|(instrument, file, text)| {
            read_status(
                file,
                text.as_bytes(),
                *instrument,
                TREATY_SNAPSHOT_AS_OF,
                Some(StatusFormat::Untc),
                countries,
            )
            .map(|t| (*instrument, *file, t))
        })
        .collect()
}
