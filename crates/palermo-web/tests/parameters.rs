//! Unknown parameter names and values are refused with 400 and the reason,
//! on pages and API alike (issue #13, item 13), with the messages the CLI
//! gives (`palermo-cli/tests/datahub_cli.rs`, `parameters_as_the_web`).
//! The outside facts: ISO 3166-1 gives Italy the alpha-3 code ITA, and
//! keeps ZZZ user-assigned (never a country); the bundled GLOTIP file's
//! regions are Africa, Americas, Asia, Europe and Oceania (its `Region`
//! column).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::http::StatusCode;

mod common;
use common::{get, rt};

async fn app() -> axum::Router {
    let store = palermo_store::Store::open_in_memory().await.unwrap();
    store.seed_statistics().await.unwrap();
    palermo_web::router(store)
}

/// (query, what the reason must say): the English messages of
/// `errors.ftl`, which the CLI prints for the same values.
const REFUSED: &[(&str, &str)] = &[
    (
        "country=ZZZ",
        "unknown country “ZZZ”: give an ISO 3166-1 alpha-3 code such as MDA",
    ),
    (
        "country=Italy",
        "country “Italy” is a name: give its ISO 3166-1 alpha-3 code, ITA",
    ),
    (
        "region=Nowhere",
        "unknown region “Nowhere”: expected one of Africa, Americas, Asia, Europe, Oceania, or one of their sub-regions",
    ),
    ("contry=ITA", "unknown parameter contry: did you mean country?"),
    ("country=ITA&country=ARG", "parameter country is given more than once"),
    ("sex=women2", "unknown sex “women2”"),
    ("from=1850", "from=1850 is not a year"),
];

#[test]
fn refused_on_pages_and_api_with_the_reason() {
    rt().block_on(async {
        let app = app().await;
        for path in [
            "/data",
            "/api/v1/statistics/indicators",
            "/api/v1/statistics/corridors",
        ] {
            for (q, why) in REFUSED {
                let (s, body) = get(&app, &format!("{path}?{q}")).await;
                assert_eq!(s, StatusCode::BAD_REQUEST, "{path}?{q}");
                if path.starts_with("/api/") {
                    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
                    assert_eq!(v["code"], "bad-request");
                    let m = v["message"].as_str().unwrap();
                    assert!(m.contains(why), "{path}?{q}: {m}");
                } else {
                    // The page shows the reason (nothing in it is escaped).
                    assert!(body.contains(why), "{path}?{q}: reason missing");
                }
            }
        }
    });
}

#[test]
fn what_is_taken_still_answers() {
    rt().block_on(async {
        let app = app().await;
        // Any case of the code, and of the region: one answer.
        let (s, upper) = get(&app, "/api/v1/statistics/indicators?country=ITA&by=year").await;
        assert_eq!(s, StatusCode::OK);
        let (s, lower) = get(&app, "/api/v1/statistics/indicators?country=ita&by=year").await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(upper, lower);
        assert!(upper.contains("\"ITA\""), "Italy's rows name ITA");
        let (s, _) = get(&app, "/data?region=europe").await;
        assert_eq!(s, StatusCode::OK);
        let (s, _) = get(
            &app,
            "/api/v1/statistics/indicators?region=Sub-Saharan%20Africa",
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        // A region of the participants' table is a UN M49 region.
        let (s, _) = get(&app, "/api/v1/instruments/tip/participants?region=Africa").await;
        assert_eq!(s, StatusCode::OK);
        let (s, body) = get(&app, "/api/v1/instruments/tip/participants?region=Nowhere").await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{body}");
    });
}

#[test]
fn the_reason_in_the_language_asked() {
    rt().block_on(async {
        let app = app().await;
        let (s, body) = get(&app, "/fr/api/v1/statistics/indicators?country=Italy").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            v["message"],
            "le pays « Italy » est un nom : donnez son code ISO 3166-1 alpha-3, ITA"
        );
        let (_, body) = get(&app, "/zh/api/v1/statistics/indicators?contry=ITA").await;
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(
            v["message"]
                .as_str()
                .unwrap()
                .starts_with("未知参数 contry"),
            "{v}"
        );
    });
}
