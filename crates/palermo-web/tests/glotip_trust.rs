//! Trust in the GLOTIP figures on the web (issue #13, items 5–8): what the
//! data page and the API show of repeated keys, derived totals, reporting
//! countries, the balanced panel and each dataset's as-of date, on a test
//! database seeded with the bundled table. The figures come from the
//! bundled file (see `crates/palermo-import/tests/glotip_trust.rs`, which
//! checks them against the file itself).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::http::StatusCode;
use palermo_store::Store;
use serde_json::Value;

mod common;
use common::{get, rt};

#[test]
fn the_data_page_and_api_say_what_is_published_and_what_is_derived() {
    rt().block_on(async {
        let store = Store::open_in_memory().await.unwrap();
        store.seed_statistics().await.unwrap();
        let app = palermo_web::router(store);

        // Item 6: Afghanistan publishes forms of exploitation, no total.
        let (s, page) = get(&app, "/en/data?country=AFG").await;
        assert_eq!(s, StatusCode::OK);
        let headline = page.split("<p class=\"big\">").nth(1).unwrap();
        let headline = headline.split("</p>").next().unwrap();
        assert!(!headline.contains("no data"), "{headline}");
        assert!(page.contains("Derived, not published:"), "no derived note");
        let (_, body) = get(&app, "/api/v1/statistics/indicators?country=AFG&by=year").await;
        let rows: Value = serde_json::from_str(&body).unwrap();
        let rows = rows.as_array().unwrap();
        assert!(!rows.is_empty());
        assert!(rows
            .iter()
            .all(|r| r["derived"] == 1 && r["derived_country_codes"][0] == "AFG"));
        let (_, csv) = get(
            &app,
            "/api/v1/statistics/indicators?country=AFG&by=year&format=csv",
        )
        .await;
        let header = csv.lines().next().unwrap();
        let col = header.split(',').position(|c| c == "derived").unwrap();
        assert!(csv
            .lines()
            .skip(1)
            .all(|l| l.split(',').nth(col) == Some("1")));

        // Item 5: the conflicts report says how each key is read.
        let (_, body) = get(&app, "/api/v1/statistics/conflicts").await;
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["conflicts"].as_array().unwrap().len(), 336);
        assert_eq!(v["bases"]["sum-fits"], 73);
        let alb = v["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| {
                c["key"]["area"] == "ALB"
                    && c["key"]["year"] == 2017
                    && c["key"]["category"] == "Other forms of exploitation"
                    && c["key"]["indicator"] == "detected-victims"
            })
            .unwrap();
        assert_eq!(
            (alb["reading"].as_str(), alb["basis"].as_str()),
            (Some("sum"), Some("sum-fits"))
        );
        let (_, body) = get(
            &app,
            "/api/v1/statistics/indicators?country=ALB&from=2017&to=2017&form=other",
        )
        .await;
        let r: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            (r[0]["value_min"].as_u64(), r[0]["value_max"].as_u64()),
            (Some(54), Some(60))
        );
        assert_eq!(r[0]["summed"], 1);

        // Item 7: reporting countries under each year, in the chart and its
        // table (2020: 125 publish a total, plus those derived).
        let (_, body) = get(
            &app,
            "/api/v1/statistics/indicators?by=year&from=2020&to=2021",
        )
        .await;
        let years: Value = serde_json::from_str(&body).unwrap();
        let n2021 = years[1]["countries"].as_u64().unwrap();
        let d2021 = years[1]["derived"].as_u64().unwrap_or(0);
        assert_eq!(n2021 - d2021, 55);
        let (_, page) = get(&app, "/en/data?from=2020&to=2021").await;
        assert!(page.contains("Under each year: the number of reporting countries"));
        assert!(
            page.contains(&format!(">{n2021}</text>")),
            "no count under 2021"
        );
        assert!(
            page.contains(&format!("<td>{n2021}</td>")),
            "no count in the table"
        );
        // The balanced panel, page and API.
        assert!(page.contains("The same countries every year (balanced panel)"));
        let (s, body) = get(
            &app,
            "/api/v1/statistics/indicators?by=year&from=2020&to=2021&panel=balanced",
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{body}");
        let panel: Value = serde_json::from_str(&body).unwrap();
        let panel = panel.as_array().unwrap();
        assert_eq!(panel.len(), 2);
        assert_eq!(panel[0]["country_codes"], panel[1]["country_codes"]);
        assert!(panel[1]["countries"].as_u64().unwrap() <= n2021);
        let (s, _) = get(
            &app,
            "/api/v1/statistics/indicators?by=country&panel=balanced",
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        let (s, _) = get(
            &app,
            "/api/v1/statistics/indicators?by=year&panel=unbalanced",
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST);

        // Item 8: the as-of date is the dataset's, stored at seeding.
        let (_, body) = get(&app, "/api/v1/statistics/datasets").await;
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["statistics"][0]["as_of"], "2023-01-24");
        let (_, page) = get(&app, "/en/data").await;
        assert!(page.contains("data as at 2023-01-24"));
    });
}

/// An imported dataset states its own as-of date, or says it has none; the
/// page never shows the bundled file's date for it.
#[test]
fn an_import_keeps_its_own_as_of_date() {
    rt().block_on(async {
        let store = Store::open_in_memory().await.unwrap();
        let index = store.country_index().await.unwrap();
        let csv = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n\
                   MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,17,GLOTIP\n";
        for (name, as_of) in [
            ("national", Some(time::macros::date!(2025 - 06 - 30))),
            ("undated", None),
        ] {
            let rdr = palermo_import::glotip::GlotipReader::new(
                "t.csv",
                csv.as_bytes(),
                &index,
                palermo_import::glotip::GlotipOptions::default(),
            )
            .unwrap();
            store
                .import_statistics_as_of(
                    (name, "t.csv", as_of),
                    rdr,
                    false,
                    &mut palermo_store::stats::NullSink::default(),
                )
                .await
                .unwrap();
        }
        let ds = store.stat_datasets().await.unwrap();
        let as_of: Vec<(&str, Option<&str>)> = ds
            .iter()
            .map(|d| (d.dataset.as_str(), d.as_of.as_deref()))
            .collect();
        assert_eq!(
            as_of,
            vec![("national", Some("2025-06-30")), ("undated", None)]
        );
        let app = palermo_web::router(store);
        let (_, page) = get(&app, "/en/data").await;
        assert!(page.contains("data as at 2025-06-30"));
        assert!(page.contains("date of the data not stated"));
        assert!(!page.contains("2023-01-24"));
    });
}
