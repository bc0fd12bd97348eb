//! Helpers shared by the web crate's integration tests.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

pub mod app;

/// GET `uri` through `app`: the status and the body as text (invalid UTF-8
/// replaced), bodies up to 32 MiB.
pub async fn get(app: &axum::Router, uri: &str) -> (axum::http::StatusCode, String) {
    use tower::ServiceExt;
    let res = app
        .clone()
        .oneshot(
            axum::http::Request::get(uri)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 25)
        .await
        .unwrap();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

/// A current-thread runtime, for tests that block on async code.
pub fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Runs each `async fn NAME(db: TestStore)` of the test file on every
/// backend, as `palermo-store`'s `testing` module does for the store: a
/// test `sqlite::NAME` always, and `postgres::NAME` on a database of its
/// own when `PALERMO_TEST_POSTGRES` names a server (without it the test
/// says so and passes; under `CI=true` it fails).
#[allow(unused_macros)]
macro_rules! on_every_backend {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(crate::common::sqlite().await).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    if let Some(db) = crate::common::postgres().await {
                        super::$name(db).await;
                    }
                }
            )+
        }
    };
}

use palermo_store::testing::TestStore;

/// A fresh in-memory SQLite store (migrated, reference data seeded).
pub async fn sqlite() -> TestStore {
    palermo_store::testing::sqlite().await
}

/// A fresh PostgreSQL store on a database of its own, when the server is
/// configured (`palermo_store::testing::postgres_server`).
pub async fn postgres() -> Option<TestStore> {
    palermo_store::testing::postgres().await
}

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
    with_cases(&store, source, csv).await;
    store
}

/// [`store_with_cases`] on `store` (of either backend).
pub async fn with_cases(store: &Store, source: &str, csv: &str) {
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
    release(store, ReleaseSpec::CellKey { k: 10 }).await;
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

/// A second fresh store of `db`'s backend.
pub async fn another(db: &TestStore) -> TestStore {
    if db.backend == "postgres" {
        postgres().await.unwrap()
    } else {
        sqlite().await
    }
}
