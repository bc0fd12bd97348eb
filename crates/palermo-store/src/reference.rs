//! Countries, name aliases and population.

use palermo_import::bundled::ReferenceData;
use palermo_model::{Country, CountryIndex, PopulationRecord};
use sqlx::{Row, Sqlite, Transaction};

use crate::{Result, Store};

pub(crate) async fn insert_reference(
    tx: &mut Transaction<'_, Sqlite>,
    data: &ReferenceData,
) -> Result<()> {
    for c in &data.countries {
        sqlx::query(
            "INSERT INTO countries (iso3, iso2, m49, name, region, sub_region, \
             intermediate_region, un_member) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&c.iso3)
        .bind(&c.iso2)
        .bind(i64::from(c.m49))
        .bind(&c.name)
        .bind(&c.region)
        .bind(&c.sub_region)
        .bind(&c.intermediate_region)
        .bind(c.un_member)
        .execute(&mut **tx)
        .await?;
    }
    for (alias, iso3) in &data.aliases {
        sqlx::query("INSERT OR REPLACE INTO country_aliases (alias, iso3) VALUES (?, ?)")
            .bind(alias)
            .bind(iso3)
            .execute(&mut **tx)
            .await?;
    }
    for (iso3, p) in &data.population {
        sqlx::query("INSERT OR REPLACE INTO population (iso3, year, population) VALUES (?, ?, ?)")
            .bind(iso3)
            .bind(p.year)
            .bind(i64::try_from(p.population).unwrap_or(i64::MAX))
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

fn country_from_row(r: &sqlx::sqlite::SqliteRow) -> Country {
    Country {
        iso3: r.get("iso3"),
        iso2: r.get("iso2"),
        m49: u16::try_from(r.get::<i64, _>("m49")).unwrap_or(0),
        name: r.get("name"),
        region: r.get("region"),
        sub_region: r.get("sub_region"),
        intermediate_region: r.get("intermediate_region"),
        un_member: r.get("un_member"),
    }
}

const COUNTRY_COLUMNS: &str =
    "iso3, iso2, m49, name, region, sub_region, intermediate_region, un_member";

impl Store {
    /// All countries and territories, ordered by name.
    ///
    /// # Errors
    /// Database errors.
    pub async fn countries(&self) -> Result<Vec<Country>> {
        let rows = sqlx::query(&format!(
            "SELECT {COUNTRY_COLUMNS} FROM countries ORDER BY name"
        ))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(country_from_row).collect())
    }

    /// The country with ISO 3166-1 alpha-3 code `iso3`, if any.
    ///
    /// # Errors
    /// Database errors.
    pub async fn country(&self, iso3: &str) -> Result<Option<Country>> {
        let row = sqlx::query(&format!(
            "SELECT {COUNTRY_COLUMNS} FROM countries WHERE iso3 = ?"
        ))
        .bind(iso3)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(country_from_row))
    }

    /// The country index (codes, ISO names and aliases) for resolving names.
    ///
    /// # Errors
    /// Database errors.
    pub async fn country_index(&self) -> Result<CountryIndex> {
        let countries = self.countries().await?;
        let aliases: Vec<(String, String)> =
            sqlx::query_as("SELECT alias, iso3 FROM country_aliases")
                .fetch_all(self.pool())
                .await?;
        Ok(CountryIndex::new(countries, &aliases))
    }

    /// Total population of `iso3` by year (World Bank SP.POP.TOTL), oldest
    /// first; empty if the World Bank has no figures for it.
    ///
    /// # Errors
    /// Database errors.
    pub async fn population(&self, iso3: &str) -> Result<Vec<PopulationRecord>> {
        let rows: Vec<(i64, i64)> =
            sqlx::query_as("SELECT year, population FROM population WHERE iso3 = ? ORDER BY year")
                .bind(iso3)
                .fetch_all(self.pool())
                .await?;
        Ok(rows
            .into_iter()
            .map(|(year, p)| PopulationRecord {
                year: i32::try_from(year).unwrap_or(0),
                population: u64::try_from(p).unwrap_or(0),
            })
            .collect())
    }
}
