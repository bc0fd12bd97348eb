//! Helpers shared by the web crate's integration tests.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use palermo_disclosure::dp::DpCategories;
use palermo_disclosure::release::ReleaseSpec;
use palermo_store::Store;

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
        .create_case_release(&spec, None, &cats)
        .await
        .unwrap()
        .id
}
