//! Helpers shared by the web crate's integration tests.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

pub mod app;

use palermo_disclosure::dp::DpCategories;
use palermo_disclosure::release::ReleaseSpec;
use palermo_import::ctdc::{CaseOptions, CtdcReader};
use palermo_store::stats::NullSink;
use palermo_store::Store;

/// A new in-memory database with the bundled statistics, the CTDC-layout
/// `csv` imported as case-record source `source`, and a release of it
/// under cell-key noise with k = 10 (what `palermo cases release create`
/// makes by default).
pub async fn store_with_cases(source: &str, csv: &str) -> Store {
    let store = Store::open_in_memory().await.unwrap();
    store.seed_statistics().await.unwrap();
    let idx = store.country_index().await.unwrap();
    let r = CtdcReader::new("sample.csv", csv.as_bytes(), &idx, CaseOptions::new(source)).unwrap();
    store
        .import_cases(
            source,
            "sample.csv",
            "ctdc",
            r,
            true,
            &mut NullSink::default(),
            &palermo_store::cases::ImportBy::cli(&palermo_store::accounts::AuditContext::cli(0)),
        )
        .await
        .unwrap();
    release(&store, ReleaseSpec::CellKey { k: 10 }).await;
    store
}

/// What the data holder runs as `palermo cases release create`: a release
/// of the stored case records under `spec`, over the years 2000–2025 and
/// every known country; its id.
pub async fn release(store: &Store, spec: ReleaseSpec) -> i64 {
    let cats = DpCategories {
        years: 2000..=2025,
        countries: store
            .countries()
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.iso3)
            .collect(),
    };
    store
        .create_case_release(
            &spec,
            None,
            &cats,
            &palermo_store::accounts::AuditContext::cli(0),
        )
        .await
        .unwrap()
        .id
}

/// Through `other`: a snapshot of 2016-01-01 in which the Republic of
/// Korea has ratified the Protocol (its ratification of 2015-11-05), the
/// 160th party.
pub async fn korea_ratifies(other: &Store) {
    let mut rows = other
        .treaty_status(Some(palermo_model::Instrument::Tip))
        .await
        .unwrap();
    let korea = rows
        .iter_mut()
        .find(|r| r.iso3.as_deref() == Some("KOR"))
        .unwrap();
    korea.consent = Some(palermo_model::treaty::Consent {
        date: time::macros::date!(2015 - 11 - 05),
        kind: palermo_model::ConsentType::Ratification,
    });
    other
        .import_treaty_status(
            palermo_model::Instrument::Tip,
            time::macros::date!(2016 - 01 - 01),
            "test",
            &rows,
            Default::default(),
        )
        .await
        .unwrap();
}
