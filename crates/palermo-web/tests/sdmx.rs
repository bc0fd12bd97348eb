//! `/api/v1/sdmx/data/{flowRef}`: the SDG 16.2.2 SDMX-CSV over the web, with
//! the bundled GLOTIP file's figure for Albania in 2019 (line 380 of
//! `data/glotip/unodc_glotip_data_portal.csv.gz`: 103), and 404 for a
//! dataflow that is not the SDG one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use common::{get, rt};

#[test]
fn the_sdg_dataflow_answers_sdmx_csv_and_another_is_not_found() {
    rt().block_on(async {
        let store = palermo_store::Store::open_in_memory().await.unwrap();
        store.seed_statistics().await.unwrap();
        let app = palermo_web::router(store);
        let (s, body) = get(&app, "/api/v1/sdmx/data/IAEG-SDGs,DF_SDG_GLH,1.12").await;
        assert_eq!(s, StatusCode::OK);
        let mut lines = body.lines();
        let header = lines.next().unwrap();
        assert!(header.starts_with("DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,"));
        assert!(body.contains(
            "IAEG-SDGs:DF_SDG_GLH(1.12),A,G,VC_HTF_DETV,8,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2019,103,A,0,NUMBER,C,"
        ));
        let (s, _) = get(&app, "/api/v1/sdmx/data/ECB,EXR,1.0").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    });
}
