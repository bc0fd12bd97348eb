//! Countries, name aliases and population.

use palermo_import::bundled::ReferenceData;
use palermo_model::{Country, CountryIndex, PopulationRecord};

use crate::bulk::insert_all;
use crate::db::{query, Row, Tx};
use crate::{Result, Store};

static COUNTRY_INSERT: [&str; 8] = [
    "iso3",
    "iso2",
    "m49",
    "name",
    "region",
    "sub_region",
    "intermediate_region",
    "un_member",
];

pub(crate) async fn insert_reference(tx: &mut Tx, data: &ReferenceData) -> Result<()> {
    insert_all(
        tx,
        "countries",
        &COUNTRY_INSERT,
        &data.countries,
        |rows, c| {
            rows.text(c.iso3.clone());
            rows.text(c.iso2.clone());
            rows.int(i64::from(c.m49));
            rows.text(c.name.clone());
            rows.text(c.region.clone());
            rows.text(c.sub_region.clone());
            rows.text(c.intermediate_region.clone());
            rows.bool(c.un_member);
        },
    )
    .await?;
    // A repeated alias or (country, year): the later row wins, as the
    // earlier INSERT OR REPLACE did (a stable sort of the reversed list,
    // then the first of each key).
    let mut aliases: Vec<(&String, &String)> = data.aliases.iter().map(|(a, i)| (a, i)).collect();
    aliases.reverse();
    aliases.sort_by(|a, b| a.0.cmp(b.0));
    aliases.dedup_by(|a, b| a.0 == b.0);
    insert_all(
        tx,
        "country_aliases",
        &["alias", "iso3"],
        aliases,
        |rows, (alias, iso3)| {
            rows.text(alias.clone());
            rows.text(iso3.clone());
        },
    )
    .await?;
    let mut population: Vec<(&String, i64, i64)> = data
        .population
        .iter()
        .map(|(iso3, p)| {
            (
                iso3,
                i64::from(p.year),
                i64::try_from(p.population).unwrap_or(i64::MAX),
            )
        })
        .collect();
    population.reverse();
    population.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    population.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));
    insert_all(
        tx,
        "population",
        &["iso3", "year", "population"],
        population,
        |rows, (iso3, year, p)| {
            rows.text(iso3.clone());
            rows.int(year);
            rows.int(p);
        },
    )
    .await
}

fn country_from_row(r: &Row) -> Result<Country> {
    Ok(Country {
        iso3: r.get("iso3")?,
        iso2: r.get("iso2")?,
        m49: u16::try_from(r.get::<i64>("m49")?).map_err(|_| r.corrupt("m49"))?,
        name: r.get("name")?,
        region: r.get("region")?,
        sub_region: r.get("sub_region")?,
        intermediate_region: r.get("intermediate_region")?,
        un_member: r.get("un_member")?,
    })
}

const COUNTRY_COLUMNS: &str =
    "iso3, iso2, m49, name, region, sub_region, intermediate_region, un_member";

impl Store {
    /// All countries and territories, ordered by name.
    ///
    /// # Errors
    /// Database errors; a corrupt stored value.
    pub async fn countries(&self) -> Result<Vec<Country>> {
        let rows = self
            .pool()
            .fetch_all(query(
                "countries",
                format!("SELECT {COUNTRY_COLUMNS} FROM countries ORDER BY name"),
            ))
            .await?;
        rows.iter().map(country_from_row).collect()
    }

    /// The country with ISO 3166-1 alpha-3 code `iso3`, if any.
    ///
    /// # Errors
    /// Database errors; a corrupt stored value.
    pub async fn country(&self, iso3: &str) -> Result<Option<Country>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "countries",
                    format!("SELECT {COUNTRY_COLUMNS} FROM countries WHERE iso3 = $1"),
                )
                .bind(iso3),
            )
            .await?;
        row.as_ref().map(country_from_row).transpose()
    }

    /// The country index (codes, ISO names and aliases) for resolving names.
    ///
    /// # Errors
    /// Database errors; a corrupt stored value.
    pub async fn country_index(&self) -> Result<CountryIndex> {
        let countries = self.countries().await?;
        let aliases = self
            .pool()
            .fetch_all(query(
                "country_aliases",
                "SELECT alias, iso3 FROM country_aliases",
            ))
            .await?
            .iter()
            .map(|r| Ok((r.get("alias")?, r.get("iso3")?)))
            .collect::<Result<Vec<(String, String)>>>()?;
        Ok(CountryIndex::new(countries, &aliases))
    }

    /// Total population of `iso3` by year (World Bank SP.POP.TOTL), oldest
    /// first; empty if the World Bank has no figures for it.
    ///
    /// # Errors
    /// Database errors; a corrupt stored value.
    pub async fn population(&self, iso3: &str) -> Result<Vec<PopulationRecord>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "population",
                    "SELECT year, population FROM population WHERE iso3 = $1 ORDER BY year",
                )
                .bind(iso3),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(PopulationRecord {
                    year: i32::try_from(r.get::<i64>("year")?).map_err(|_| r.corrupt("year"))?,
                    population: r.get_u64("population")?,
                })
            })
            .collect()
    }
}
