//! The data hub's pages and API, rendered from a test database seeded with
//! the bundled GLOTIP table (and the synthetic CTDC-layout sample).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::http::StatusCode;
use palermo_disclosure::dp::DpCategories;
use palermo_disclosure::release::{Epsilon, ReleaseSpec};
use palermo_import::ctdc::{CaseOptions, CtdcReader};
use palermo_store::stats::NullSink;

#[macro_use]
mod common;
use common::get;
use common::release;
use palermo_store::testing::TestStore;

on_every_backend!(
    pages_and_api,
    case_outputs_never_show_a_cell_below_k,
    filtered_case_queries_cannot_be_subtracted,
    map_shades_only_the_selection,
    data_page_reaches_the_unknown_cell,
    k_is_fixed_on_public_outputs,
    public_outputs_name_no_case_source,
    public_case_counts_are_perturbed_but_stable,
    a_parameter_given_twice_is_a_clear_400,
    case_tables_come_only_from_releases,
    a_year_has_one_spelling,
);

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

/// After a change, the time the response cache may keep the page it had
/// (`cache::CHECK_INTERVAL`): on PostgreSQL the cache learns of a change
/// from the change counter or its notification, not at once; SQLite's
/// in-memory test store is not versioned, so nothing is kept.
async fn settle(db: &TestStore) {
    if db.backend == "postgres" {
        tokio::time::sleep(palermo_web::cache::CHECK_INTERVAL * 2).await;
    }
}

/// The app over `db` with the bundled statistics and, if `with_cases`,
/// the synthetic sample released as source `demo`.
async fn app(db: &TestStore, with_cases: bool) -> axum::Router {
    if with_cases {
        app_with(db, "demo", SAMPLE).await
    } else {
        db.store.seed_statistics().await.unwrap();
        palermo_web::router(db.store.clone())
    }
}

/// The app over `db` with the CTDC-layout `csv` loaded as case-record
/// source `source`.
async fn app_with(db: &TestStore, source: &str, csv: &str) -> axum::Router {
    common::with_cases(&db.store, source, csv).await;
    palermo_web::router(db.store.clone())
}

async fn pages_and_api(db: TestStore) {
    {
        let app = app(&db, true).await;
        let (s, body) = get(&app, "/data").await;
        assert_eq!(s, StatusCode::OK);
        for want in [
            "<h1>Trafficking in persons: national statistics</h1>",
            "detected trafficking victims",
            "id=\"by-year-t\"",
            "id=\"map-t\"",
            "Corridors: citizenship → country of detection",
            "Case records beside the national figures",
            "role=\"img\"",
        ] {
            assert!(body.contains(want), "missing {want:?}");
        }
        let (s, body) = get(
            &app,
            "/data?country=ARG&from=2019&to=2019&indicator=detected-victims",
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        // Sex "Other" is published twice, "<5" and 11: its children and
        // adults (<5 and 11 by age), so read as their sum, and said so.
        assert!(
            body.contains("repeated keys summed") || body.contains("repeated key summed"),
            "the ARG 2019 repeated key is reported"
        );
        let (s, body) = get(&app, "/countries/MDA").await;
        assert_eq!(s, StatusCode::OK);
        assert!(body.contains("Trafficking statistics") && body.contains("country-series-t"));
        let (s, _) = get(&app, "/data?sex=robot").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);

        // API: censored totals are flagged, with their range; coverage is stated.
        let (s, body) = get(
            &app,
            "/api/v1/statistics/indicators?by=year&from=2019&to=2019",
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let row = &v[0];
        assert_eq!(row["year"], 2019);
        assert_eq!(row["censored"], true);
        assert!(row["value"].is_null());
        assert!(row["value_min"].as_u64().unwrap() < row["value_max"].as_u64().unwrap());
        assert!(row["countries"].as_u64().unwrap() > 100);
        // CSV of the same.
        let (s, body) = get(
            &app,
            "/api/v1/statistics/indicators?by=year&from=2019&to=2019&format=csv",
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            body.starts_with("indicator,year,value,value_min,value_max,censored"),
            "{body}"
        );
        // Corridors, conflicts, datasets, OpenAPI.
        let (s, body) = get(&app, "/api/v1/statistics/corridors?top=5").await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&body)
                .unwrap()
                .as_array()
                .unwrap()
                .len(),
            5
        );
        let (_, body) = get(&app, "/api/v1/statistics/conflicts").await;
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&body).unwrap()["conflicts"]
                .as_array()
                .unwrap()
                .len(),
            336
        );
        let (_, body) = get(&app, "/api/v1/statistics/datasets").await;
        assert!(body.contains("\"rows_stored\":46556"), "{body}");
        let (_, body) = get(&app, "/api/v1/openapi.json").await;
        assert!(body.contains("/statistics/indicators") && body.contains("/cases/indicators"));
        let (s, body) = get(&app, "/api/v1/statistics/indicators?by=citizenship,form").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(body.contains("\"error\""));
    }
}

async fn case_outputs_never_show_a_cell_below_k(db: TestStore) {
    {
        let app = app(&db, true).await;
        for q in [
            "by=year",
            "by=sex",
            "by=country",
            "by=citizenship",
            "by=age",
            "by=form",
            "",
        ] {
            let (s, body) = get(&app, &format!("/api/v1/cases/indicators?{q}")).await;
            assert_eq!(s, StatusCode::OK, "{q}");
            let v: serde_json::Value = serde_json::from_str(&body).unwrap();
            let k = v["k"].as_u64().unwrap();
            // k is fixed at 10 on public outputs.
            assert_eq!(k, 10, "{q}");
            for c in v["cells"].as_array().unwrap() {
                if let Some(n) = c["value"].as_u64() {
                    assert!(n >= k, "{q}: a cell of {n} < {k}");
                } else {
                    assert_eq!(c["suppressed"], true);
                }
            }
        }
        let (_, body) = get(&app, "/data?from=2020").await;
        assert!(body.contains("counts below 10 withheld"), "{body}");
    }
}

/// Differencing: two public tables must not subtract to a small cell. The
/// QA attack was "all years" minus "from 2003" = 2002 for one country, and
/// a filtered single cell against a table's secondary suppression. Public
/// case tables are one-way tables of all pooled records: a filter or a
/// second grouping is refused with the reason (it used to be ignored
/// silently), and the /data page's case table does not change with the
/// page's filters.
async fn filtered_case_queries_cannot_be_subtracted(db: TestStore) {
    {
        let app = app(&db, true).await;
        for q in [
            "by=year&country=BGD",
            "by=year&country=BGD&from=2003",
            "by=year&sex=female&age=adult",
            "by=year,sex",
            "by=country&region=Europe",
        ] {
            let (s, body) = get(&app, &format!("/api/v1/cases/indicators?{q}")).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{q}");
            assert!(
                body.contains("one-way tables over all pooled case records"),
                "{body}"
            );
        }
        // The case-record column (the national statistics beside it follow
        // the filters).
        let case_table = |page: &str| {
            let t = &page[page.find("pooled case records of all sources").unwrap()..];
            let t = &t[..t.find("</table>").unwrap()];
            t.split("</tr>")
                .filter_map(|row| row.rsplit("<td>").next().map(str::to_owned))
                .collect::<Vec<_>>()
        };
        let (_, all) = get(&app, "/data").await;
        let (_, bgd) = get(&app, "/data?country=BGD&from=2003&sex=female").await;
        assert_eq!(case_table(&all), case_table(&bgd));
    }
}

/// The map's paths as (class, ISO3), in drawing order.
fn map_paths(body: &str) -> Vec<(String, String)> {
    let map = &body[body.find("id=\"map-t\"").unwrap()..];
    let map = &map[..map.find("</svg>").unwrap()];
    map.split("<path ")
        .skip(1)
        .map(|p| {
            let attr = |name: &str| {
                let at = p.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                p[at..at + p[at..].find('"').unwrap()].to_owned()
            };
            (attr("class"), attr("data-iso3"))
        })
        .collect()
}

fn shaded(paths: &[(String, String)]) -> Vec<&str> {
    paths
        .iter()
        .filter(|(c, _)| c.starts_with("map-c"))
        .map(|(_, iso)| iso.as_str())
        .collect()
}

/// The world map follows the country and region filters like the rest of
/// the page: only countries inside the selection are shaded.
async fn map_shades_only_the_selection(db: TestStore) {
    {
        let app = app(&db, false).await;
        // Argentina 2019: the source's "Total, Total" cell is "1,590"
        // (`zcat data/glotip/unodc_glotip_data_portal.csv.gz | grep
        // '^ARG,.*Detected trafficking victims,Total,Total,Total,Total,2019'`).
        let (s, body) = get(&app, "/data?country=ARG&from=2019&to=2019").await;
        assert_eq!(s, StatusCode::OK);
        let paths = map_paths(&body);
        assert!(paths.len() > 150);
        assert_eq!(shaded(&paths), ["ARG"]);
        assert!(paths.iter().all(|(c, iso)| iso == "ARG" || c == "map-out"));
        assert!(body.contains("Brazil: not in the selection"));
        assert!(body.contains("<strong>1,590</strong>"));
        // The legend has the one class of the selection, labelled with its
        // value, not bins of the whole world.
        let legend = &body[body.find("<span class=\"legend\">").unwrap()..];
        let legend = &legend[..legend.find("</figcaption>").unwrap()];
        assert_eq!(legend.matches("class=\"map-key\"").count(), 3, "{legend}");
        assert!(legend.contains("</span>1,590</span>"), "{legend}");
        assert!(legend.contains("not in the selection"));

        // A region: the shaded countries are exactly those the API lists
        // for the same filter (those the map draws), all in Europe.
        let (_, body) = get(&app, "/data?region=Europe&from=2019&to=2019").await;
        let paths = map_paths(&body);
        let (_, api) = get(
            &app,
            "/api/v1/statistics/indicators?region=Europe&from=2019&to=2019&by=country",
        )
        .await;
        let api: serde_json::Value = serde_json::from_str(&api).unwrap();
        let listed: std::collections::BTreeSet<String> = api
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["country"].as_str().unwrap().to_owned())
            .collect();
        let drawn: std::collections::BTreeSet<&str> =
            paths.iter().map(|(_, iso)| iso.as_str()).collect();
        let want: Vec<&str> = listed
            .iter()
            .map(String::as_str)
            .filter(|c| drawn.contains(c))
            .collect();
        let mut got = shaded(&paths);
        got.sort_unstable();
        assert_eq!(got, want);
        assert!(got.contains(&"FRA") || got.contains(&"DEU"), "{got:?}");
        for outside in ["ARG", "BRA", "USA", "CHN", "NGA"] {
            let c = &paths.iter().find(|(_, iso)| iso == outside).unwrap().0;
            assert_eq!(c, "map-out", "{outside}");
        }
        // Without a filter there is no "outside".
        let (_, body) = get(&app, "/data?from=2019&to=2019").await;
        let paths = map_paths(&body);
        assert!(paths.iter().all(|(c, _)| c != "map-out"));
        assert!(shaded(&paths).len() > 100);
    }
}

/// `?sex=unknown` (and `age=unknown`) reach GLOTIP's one cell of unknown
/// sex and age: Argentina 2019, source line 1196, "<5", shown as 1–4.
async fn data_page_reaches_the_unknown_cell(db: TestStore) {
    {
        let app = app(&db, false).await;
        for q in ["sex=unknown", "age=unknown", "sex=unknown&age=unknown"] {
            let (s, body) = get(&app, &format!("/data?country=ARG&from=2019&to=2019&{q}")).await;
            assert_eq!(s, StatusCode::OK, "{q}");
            assert!(body.contains("<strong>1–4</strong>"), "{q}");
            assert!(body.contains("The total is a range"), "{q}");
            assert_eq!(shaded(&map_paths(&body)), ["ARG"], "{q}");
        }
        // The sex chart has its "Unknown" bar.
        let (_, body) = get(&app, "/data?country=ARG&from=2019&to=2019").await;
        let sex = &body[body.find("id=\"by-sex-t\"").unwrap()..];
        let sex = &sex[..sex.find("</svg>").unwrap()];
        assert!(sex.contains("<title>Unknown: 1–4"), "{sex}");
    }
}

/// QA attack: raising `k` step by step and watching which cells become
/// withheld brackets a withheld cell's value (total 78, two cells withheld;
/// the second withheld from k=76 on, so it is 75 and the other 3). Public
/// outputs use the fixed k = 10 and refuse a `k` parameter.
async fn k_is_fixed_on_public_outputs(db: TestStore) {
    {
        let app = app(&db, true).await;
        let (s, body) = get(&app, "/api/v1/cases/indicators?by=year").await;
        assert_eq!(s, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["k"], 10);
        for q in [
            "by=year&k=76",
            "by=year&k=77",
            "by=year&k=10",
            "by=year&k=2",
            "by=year&k=",
            "by=year&format=csv&k=76",
        ] {
            let (s, body) = get(&app, &format!("/api/v1/cases/indicators?{q}")).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{q}: {body}");
            assert!(
                body.contains("k is fixed at 10 on public outputs"),
                "{q}: {body}"
            );
            assert!(body.contains("palermo cases indicators --k"), "{q}: {body}");
            assert!(!body.contains("\"cells\""), "{q}: {body}");
        }
        let (s, body) = get(&app, "/data?k=76").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(body.contains("k is fixed at 10"), "{body}");
        assert!(!body.contains("Counts below 76"), "{body}");
        let (_, body) = get(&app, "/api/v1/openapi.json").await;
        assert!(
            body.contains("k is fixed at 10 on public outputs"),
            "{body}"
        );
    }
}

/// Case sources are never named or counted one by one in public: the
/// QA case was source "kanon" listed with 6 records (below k). Only the
/// pooled total is published, and only when at least k.
async fn public_outputs_name_no_case_source(db: TestStore) {
    {
        // Six records of one small source: fewer than k = 10.
        let six = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation\n\
                   2019,Woman,9--17,MDA,ROU\n2019,Woman,9--17,MDA,ROU\n2019,Man,48+,UKR,POL\n\
                   2020,Woman,18--20,MDA,ROU\n2020,Woman,18--20,MDA,ROU\n2021,Man,30--38,UKR,POL\n";
        let small_db = common::another(&db).await;
        let small = app_with(&small_db, "kanon", six).await;
        let (s, body) = get(&small, "/api/v1/statistics/datasets").await;
        assert_eq!(s, StatusCode::OK);
        assert!(!body.contains("kanon"), "{body}");
        assert!(!body.contains("\"records\":6"), "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(v.get("case_sources").is_none(), "{body}");
        assert!(v["case_records"]["total"].is_null(), "{body}");
        assert_eq!(v["case_records"]["text"], "fewer than 10");
        let (s, page) = get(&small, "/data").await;
        assert_eq!(s, StatusCode::OK);
        assert!(!page.contains("kanon"));
        assert!(page.contains("made from fewer than 10 records"), "{page}");
        assert!(!page.contains("source(s)"));

        // The synthetic sample: 2,000 rows (`wc -l` of the file, less the
        // header), pooled, published as a total only.
        let app = app(&db, true).await;
        let (_, body) = get(&app, "/api/v1/statistics/datasets").await;
        assert!(!body.contains("demo"), "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["case_records"]["total"], 2000, "{body}");
        let (_, page) = get(&app, "/data").await;
        assert!(page.contains("made from about 2,000 records"));
    }
}

/// Public case counts carry the cell-key noise: each published value is
/// within ±2 of the count the data holder's exact table gives (computed
/// here from the same sample with `palermo_disclosure::public_case_table`),
/// the API says so (`max_noise`: 2), and the same request gives the same
/// figures again.
async fn public_case_counts_are_perturbed_but_stable(db: TestStore) {
    {
        let app = app(&db, true).await;
        let (s, body) = get(&app, "/api/v1/cases/indicators?by=year").await;
        assert_eq!(s, StatusCode::OK);
        let (_, again) = get(&app, "/api/v1/cases/indicators?by=year").await;
        assert_eq!(body, again);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["max_noise"], 2);
        let idx = palermo_import::bundled::reference_data().unwrap().index();
        let records: Vec<_> = CtdcReader::new(
            "sample.csv",
            SAMPLE.as_bytes(),
            &idx,
            CaseOptions::new("demo"),
        )
        .unwrap()
        .map(|r| r.unwrap().value)
        .collect();
        let exact = palermo_disclosure::public_case_table(
            &records,
            &palermo_model::indicator::CaseFilter::default(),
            &[palermo_model::indicator::GroupBy::Year],
            10,
        );
        let mut differ = 0;
        // The release lists every public year (2000 on, and unknown);
        // years with no record are withheld cells.
        let cells = v["cells"].as_array().unwrap();
        assert!(cells.len() >= exact.cells.len());
        for c in cells {
            let Some(e) = exact
                .cells
                .iter()
                .find(|e| c["year"].as_i64() == e.keys.year.map(i64::from))
            else {
                assert!(c["value"].is_null(), "a year with no record published: {c}");
                continue;
            };
            match (c["value"].as_u64(), e.value) {
                (Some(p), Some(x)) => {
                    assert!(p.abs_diff(x) <= 2, "{p} vs {x}");
                    differ += usize::from(p != x);
                }
                // Withheld: below k, or secondarily (the release's table
                // has more cells, the empty years, so its secondary
                // suppression may withhold more than the exact table's).
                (None, _) => {}
                other => panic!("published where the exact table withholds: {other:?}"),
            }
        }
        // With several published cells, some noise is not zero.
        assert!(differ > 0);
    }
}

/// A parameter given twice gets the page's (or the API's JSON) 400 with a
/// reason, not a bare text from the framework.
async fn a_parameter_given_twice_is_a_clear_400(db: TestStore) {
    {
        let app = app(&db, false).await;
        let (s, body) = get(&app, "/data?country=ARG&country=BRA").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(
            body.contains("<html") && body.contains("is given more than once"),
            "{body}"
        );
        let (s, body) = get(&app, "/api/v1/statistics/indicators?by=year&by=sex").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(
            v["message"]
                .as_str()
                .unwrap()
                .contains("is given more than once"),
            "{body}"
        );
    }
}

/// Public case tables come only from releases: an import changes nothing
/// public until the next release; an older release stays available by
/// number, unchanged; a withdrawn one is no longer served; a DP release
/// states its method and ε. Until the first release there is nothing.
async fn case_tables_come_only_from_releases(db: TestStore) {
    {
        let store = db.store.clone();
        store.seed_statistics().await.unwrap();
        let app = palermo_web::router(store.clone());
        let (s, body) = get(&app, "/api/v1/cases/indicators?by=year").await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
        assert!(body.contains("palermo cases release create"), "{body}");
        let idx = store.country_index().await.unwrap();
        let import = |csv: String| {
            let store = store.clone();
            let idx = idx.clone();
            async move {
                let r = CtdcReader::new("s.csv", csv.as_bytes(), &idx, CaseOptions::new("demo"))
                    .unwrap();
                store
                    .import_cases(
                        "demo",
                        "s.csv",
                        "ctdc",
                        r,
                        true,
                        &mut NullSink::default(),
                        &palermo_store::cases::ImportBy::cli(
                            &palermo_store::accounts::AuditContext::cli(0),
                        ),
                    )
                    .await
                    .unwrap();
            }
        };
        import(SAMPLE.to_owned()).await;
        settle(&db).await;
        // Imported, not released: still nothing public.
        let (s, _) = get(&app, "/api/v1/cases/indicators?by=year").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (_, page) = get(&app, "/data").await;
        assert!(page.contains("No case-record release has been published"));
        let first = release(&store, ReleaseSpec::CellKey { k: 10 }).await;
        settle(&db).await;
        let (s, one) = get(&app, "/api/v1/cases/indicators?by=sex").await;
        assert_eq!(s, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&one).unwrap();
        assert_eq!(v["release"]["id"], first);
        assert_eq!(v["release"]["method"], "cell-key");
        // 20 more records (the sample's first 20 again): imported, the
        // public table does not move.
        let mut more: Vec<&str> = SAMPLE.lines().collect();
        more.extend(SAMPLE.lines().skip(1).take(20));
        import(more.join("\n") + "\n").await;
        settle(&db).await;
        let (_, same) = get(&app, "/api/v1/cases/indicators?by=sex").await;
        assert_eq!(same, one);
        // A DP release: served as the latest, with its ε; the first stays
        // available unchanged by number.
        store.set_privacy_budget(None, 3.0).await.unwrap();
        let dp = release(
            &store,
            ReleaseSpec::Dp {
                k: 10,
                epsilon: Epsilon::new(1.0).unwrap(),
            },
        )
        .await;
        settle(&db).await;
        let (_, latest) = get(&app, "/api/v1/cases/indicators?by=sex").await;
        let v: serde_json::Value = serde_json::from_str(&latest).unwrap();
        assert_eq!(v["release"]["id"], dp);
        assert_eq!(v["release"]["method"], "dp");
        assert_eq!(v["release"]["epsilon"], 1.0);
        assert_eq!(v["release"]["delta"], 0.0);
        let (_, page) = get(&app, "/data").await;
        assert!(page.contains("differential privacy: ε = 1"), "{page}");
        let (_, again) = get(
            &app,
            &format!("/api/v1/cases/indicators?by=sex&release={first}"),
        )
        .await;
        assert_eq!(again, one);
        let (s, all) = get(&app, "/api/v1/cases/releases").await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&all).unwrap()["releases"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        // Withdrawn: no longer served; the latest is the one before.
        store
            .withdraw_case_release(dp, &palermo_store::accounts::AuditContext::cli(0))
            .await
            .unwrap();
        settle(&db).await;
        let (s, body) = get(&app, &format!("/api/v1/cases/releases/{dp}")).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert!(body.contains("withdrawn"), "{body}");
        let (_, now) = get(&app, "/api/v1/cases/indicators?by=sex").await;
        assert_eq!(now, one);
        let (s, _) = get(&app, "/api/v1/cases/indicators?by=sex&release=x").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        // A withdrawn release's note is no longer public (QA: a note naming
        // a shelter stayed listed after its release was withdrawn).
        let cats = DpCategories {
            years: 2000..=2025,
            countries: vec!["MDA".into()],
        };
        let noted = store
            .create_case_release(
                &ReleaseSpec::Dp {
                    k: 10,
                    epsilon: Epsilon::new(0.5).unwrap(),
                },
                Some("mistaken note naming a shelter"),
                &cats,
                &palermo_store::accounts::AuditContext::cli(0),
            )
            .await
            .unwrap()
            .id;
        let (_, all) = get(&app, "/api/v1/cases/releases").await;
        assert!(all.contains("mistaken note naming a shelter"), "{all}");
        store
            .withdraw_case_release(noted, &palermo_store::accounts::AuditContext::cli(0))
            .await
            .unwrap();
        settle(&db).await;
        let (_, all) = get(&app, "/api/v1/cases/releases").await;
        assert!(!all.contains("naming a shelter"), "{all}");
        // Unknown parameters are refused on the release routes too.
        for path in ["/api/v1/cases/releases?x=1", "/api/v1/cases/releases/1?k=1"] {
            let (s, _) = get(&app, path).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{path}");
        }
    }
}

/// QA: `from=02010` (and `%2B2010`, a literal plus) rendered anew as another spelling of 2010
/// (a cache entry per spelling); a year is four digits.
async fn a_year_has_one_spelling(db: TestStore) {
    {
        let app = app(&db, false).await;
        for bad in ["02010", "002010", "%2B2010", "2010.0", "2010x"] {
            let (s, _) = get(&app, &format!("/api/v1/statistics/indicators?from={bad}")).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}");
        }
        let (s, _) = get(&app, "/api/v1/statistics/indicators?from=2010").await;
        assert_eq!(s, StatusCode::OK);
    }
}
