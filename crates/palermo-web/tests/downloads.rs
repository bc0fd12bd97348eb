//! Downloads and source lines state their source's as-of date (issue #13,
//! item 17). The bundled GLOTIP table's date, 2023-01-24, is the outside
//! fact: `data/PROVENANCE.md` gives it as the UNODC data portal's "last
//! update" of `data_glotip.xlsx`; a dataset imported with its own as-of
//! date must show that date instead.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::http::StatusCode;
use palermo_store::Store;

mod common;
use common::{get, rt};

/// The text of the country page's statistics section (the chart and the
/// source line beneath it).
fn series_section(page: &str) -> &str {
    let s = page
        .split("aria-labelledby=\"series-h\"")
        .nth(1)
        .expect("no statistics section");
    s.split("</section>").next().unwrap()
}

/// The country page's source line gives the stored as-of date of the
/// statistics: the bundled file's publication date when seeded, the
/// import's `--as-of` date after a newer import, never a hard-coded date.
#[test]
fn the_country_page_states_the_stored_as_of_date() {
    rt().block_on(async {
        // Seeded with the bundled table: its publication date.
        let store = Store::open_in_memory().await.unwrap();
        store.seed_statistics().await.unwrap();
        let app = palermo_web::router(store);
        let (s, page) = get(&app, "/en/countries/ALB").await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            series_section(&page).contains(
                "Source: UNODC, Global Report on Trafficking in Persons (data portal, 2023-01-24)."
            ),
            "{}",
            series_section(&page)
        );

        // A newer import with its own as-of date replaces it.
        let store = Store::open_in_memory().await.unwrap();
        let index = store.country_index().await.unwrap();
        let csv = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n\
                   MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,17,GLOTIP\n";
        let rdr = palermo_import::glotip::GlotipReader::new(
            "t.csv",
            csv.as_bytes(),
            &index,
            palermo_import::glotip::GlotipOptions::default(),
        )
        .unwrap();
        store
            .import_statistics_as_of(
                ("glotip", "t.csv", Some(time::macros::date!(2025 - 06 - 30))),
                rdr,
                false,
                &mut palermo_store::stats::NullSink::default(),
            )
            .await
            .unwrap();
        let app = palermo_web::router(store);
        let (s, page) = get(&app, "/en/countries/MDA").await;
        assert_eq!(s, StatusCode::OK);
        let section = series_section(&page);
        assert!(section.contains("(data portal, 2025-06-30)."), "{section}");
        assert!(!section.contains("2023-01-24"), "{section}");
    });
}
