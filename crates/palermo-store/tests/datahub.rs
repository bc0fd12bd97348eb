//! Data hub store: the bundled GLOTIP table seeds completely, imports are
//! atomic and idempotent, rejected rows are reported, `--strict` rejects the
//! whole file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_import::ctdc::{CaseOptions, CtdcReader};
use palermo_import::glotip::{GlotipOptions, GlotipReader};
use palermo_import::rows::RowError;
use palermo_store::stats::{DatahubError, ImportSink, NullSink, GLOTIP_DATASET};
use palermo_store::testing::stores;

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");
const HEADER: &str = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n";

#[derive(Default)]
struct Collect {
    rejected: Vec<String>,
    warnings: usize,
    progress: u64,
}

impl ImportSink for Collect {
    fn rejected(&mut self, e: &RowError) {
        self.rejected.push(e.to_string());
    }
    fn warning(&mut self, _: &RowError) {
        self.warnings += 1;
    }
    fn progress(&mut self, rows: u64) {
        self.progress = rows;
    }
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn bundled_glotip_is_seeded_with_every_row_and_its_conflicts() {
    rt().block_on(async {
        for t in stores().await {
            let store = &t.store;
            store.seed_statistics().await.unwrap();
            let recs = store.stat_records(Some(GLOTIP_DATASET)).await.unwrap();
            assert_eq!(recs.len(), 46_556);
            let ds = store.stat_datasets().await.unwrap();
            assert_eq!(ds[0].rows, (46_556, 46_556, 0));
            let conflicts = store.stat_conflicts(GLOTIP_DATASET).await.unwrap();
            assert_eq!(conflicts.len(), 336);
            // Round trip through the database keeps every value.
            assert_eq!(
                recs.iter().filter(|r| r.value.is_censored()).count(),
                23_076
            );
            assert!(store.statistics_generation().await.unwrap() >= 1);
        }
    });
}

fn glotip_rows(
    text: &str,
    idx: &palermo_model::CountryIndex,
) -> Vec<Result<palermo_import::rows::Parsed<palermo_model::stats::StatRecord>, RowError>> {
    GlotipReader::new("t.csv", text.as_bytes(), idx, GlotipOptions::default())
        .unwrap()
        .collect()
}

#[test]
fn statistics_import_is_idempotent_atomic_and_strict() {
    rt().block_on(async {
        for t in stores().await {
            let store = &t.store;
        store.seed_statistics().await.unwrap();
        let idx = store.country_index().await.unwrap();
        let good = format!(
            "{HEADER}MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\"1,282\",GLOTIP\n\
             MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,<5,GLOTIP\n"
        );
        let mut sink = Collect::default();
        let s = store.import_statistics("mine", "t.csv", glotip_rows(&good, &idx).into_iter(), false, &mut sink).await.unwrap();
        assert_eq!((s.stored, s.rejected, s.replaced), (2, 0, 0));
        assert_eq!(s.conflicts.len(), 1);
        assert_eq!(s.conflicts[0].occurrences, vec![(2, "1,282".to_owned()), (3, "<5".to_owned())]);
        // Re-import: same rows, no duplicates.
        let s = store.import_statistics("mine", "t.csv", glotip_rows(&good, &idx).into_iter(), false, &mut sink).await.unwrap();
        assert_eq!((s.stored, s.replaced), (2, 2));
        assert_eq!(store.stat_records(Some("mine")).await.unwrap().len(), 2);

        // A bad row: without --strict it is reported and the rest stored…
        let bad = format!("{good}MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,12a,GLOTIP\n");
        let mut sink = Collect::default();
        let s = store.import_statistics("other", "b.csv", glotip_rows(&bad, &idx).into_iter(), false, &mut sink).await.unwrap();
        assert_eq!((s.stored, s.rejected), (2, 1));
        assert!(sink.rejected[0].contains("line 4, field txtVALUE"), "{:?}", sink.rejected);

        // …with --strict the whole file is rejected and the earlier import of
        // the same dataset is intact.
        let before = store.stat_records(Some("mine")).await.unwrap();
        let err = store
            .import_statistics("mine", "b.csv", glotip_rows(&bad, &idx).into_iter(), true, &mut NullSink::default())
            .await
            .unwrap_err();
        assert!(matches!(err, DatahubError::Strict(_)));
        assert!(err.to_string().contains("line 4, field txtVALUE"), "{err}");
        assert!(err.to_string().contains("nothing was imported"), "{err}");
        assert_eq!(store.stat_records(Some("mine")).await.unwrap(), before);
        // The bundled table is untouched by all this.
        assert_eq!(store.stat_records(Some(GLOTIP_DATASET)).await.unwrap().len(), 46_556);
        }
    });
}

#[test]
fn case_records_import_idempotently_and_round_trip() {
    rt().block_on(async {
        for t in stores().await {
            let store = &t.store;
            store.seed_statistics().await.unwrap();
            let idx = store.country_index().await.unwrap();
            let read = || {
                CtdcReader::new("sample.csv", SAMPLE.as_bytes(), &idx, CaseOptions::new("x"))
                    .unwrap()
            };
            let mut sink = Collect::default();
            let s = store
                .import_cases(
                    "ctdc-demo",
                    "sample.csv",
                    "ctdc",
                    read(),
                    false,
                    &mut sink,
                    &palermo_store::cases::ImportBy::cli(
                        &palermo_store::accounts::AuditContext::cli(0),
                    ),
                )
                .await
                .unwrap();
            assert_eq!((s.rows_read, s.stored, s.rejected), (2000, 2000, 0));
            let first = store.case_records(Some("ctdc-demo")).await.unwrap();
            let direct: Vec<_> = read().map(|r| r.unwrap().value).collect();
            assert_eq!(first.len(), 2000);
            assert_eq!(first[0].forms, direct[0].forms);
            assert_eq!(first[0].means, direct[0].means);
            assert_eq!(first[0].recruiter, direct[0].recruiter);
            assert_eq!(first[5].age, direct[5].age);
            let s = store
                .import_cases(
                    "ctdc-demo",
                    "sample.csv",
                    "ctdc",
                    read(),
                    false,
                    &mut sink,
                    &palermo_store::cases::ImportBy::cli(
                        &palermo_store::accounts::AuditContext::cli(0),
                    ),
                )
                .await
                .unwrap();
            assert_eq!((s.stored, s.replaced), (2000, 2000));
            assert_eq!(store.case_records(None).await.unwrap(), first);

            // Strict failure leaves the source as it was.
            let bad = format!(
                "{}2019,Robot,9--17,MDA,ROU{}\n",
                &SAMPLE[..SAMPLE.find('\n').unwrap() + 1],
                ",".repeat(22)
            );
            let err = store
                .import_cases(
                    "ctdc-demo",
                    "bad.csv",
                    "ctdc",
                    CtdcReader::new("bad.csv", bad.as_bytes(), &idx, CaseOptions::new("x"))
                        .unwrap(),
                    true,
                    &mut NullSink::default(),
                    &palermo_store::cases::ImportBy::cli(
                        &palermo_store::accounts::AuditContext::cli(0),
                    ),
                )
                .await
                .unwrap_err();
            assert!(
                err.to_string().contains("bad.csv: line 2, field gender"),
                "{err}"
            );
            assert_eq!(
                store.case_records(Some("ctdc-demo")).await.unwrap().len(),
                2000
            );
            assert_eq!(store.case_sources().await.unwrap()[0].rows, (2000, 2000, 0));
        }
    });
}

/// A sink whose report cannot be written (a full disk, a missing folder).
struct Unwritable;

impl ImportSink for Unwritable {
    fn rejected(&mut self, _: &RowError) {}
    fn warning(&mut self, _: &RowError) {}
    fn progress(&mut self, _: u64) {}
    fn flush(&mut self) -> std::io::Result<()> {
        Err(std::io::Error::other("r.csv: no such directory"))
    }
}

const MDA: &str = "MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\"1,282\",GLOTIP\n";

/// Nothing already stored is lost or half-written: a file that cannot be
/// read to its end (a truncated last line, Latin-1), one with no data rows
/// or no valid row, and an import whose report cannot be written all leave
/// the dataset as it was, without --strict.
#[test]
fn a_file_rejected_as_a_whole_leaves_the_dataset_unchanged() {
    rt().block_on(async {
        for t in stores().await {
            let store = &t.store;
        let idx = store.country_index().await.unwrap();
        let good = format!("{HEADER}{MDA}{}", MDA.replace("2019", "2018"));
        store
            .import_statistics("d", "t.csv", glotip_rows(&good, &idx).into_iter(), false, &mut NullSink::default())
            .await
            .unwrap();
        let before = store.stat_records(Some("d")).await.unwrap();
        let datasets = store.stat_datasets().await.unwrap();
        assert_eq!(before.len(), 2);
        let import = |text: String| {
            let store = store.clone();
            let rows = glotip_rows(&text, &idx);
            async move {
                store
                    .import_statistics("d", "b.csv", rows.into_iter(), false, &mut NullSink::default())
                    .await
                    .unwrap_err()
            }
        };
        // Truncated last line.
        let e = import(format!("{HEADER}{MDA}MDA,Republic of Moldova,Eur")).await;
        assert!(matches!(e, DatahubError::File(_)), "{e}");
        assert!(e.to_string().contains("line 3: 3 fields, the header has 13 (truncated last line?); the file is rejected, nothing was imported"), "{e}");
        // Latin-1.
        let latin = format!("{HEADER}{MDA}{}", MDA.replace("Republic of Moldova", "R\u{e9}publique de Moldavie"));
        let bytes: Vec<u8> = latin.chars().map(|c| c as u32 as u8).collect();
        let rows: Vec<_> = GlotipReader::new("b.csv", &bytes[..], &idx, GlotipOptions::default()).unwrap().collect();
        let e = store
            .import_statistics("d", "b.csv", rows.into_iter(), false, &mut NullSink::default())
            .await
            .unwrap_err();
        assert!(matches!(e, DatahubError::File(_)), "{e}");
        // Header only; only rejected rows.
        let e = import(HEADER.to_owned()).await;
        assert_eq!(e.to_string(), "b.csv: no data rows; nothing was imported");
        let e = import(format!("{HEADER}{}", MDA.replace("2019", "1850"))).await;
        assert_eq!(e.to_string(), "b.csv: no valid rows (1 rejected); nothing was imported");
        // The report cannot be written.
        let rows = glotip_rows(&format!("{HEADER}{MDA}"), &idx);
        let e = store
            .import_statistics("d", "b.csv", rows.into_iter(), false, &mut Unwritable)
            .await
            .unwrap_err();
        assert!(matches!(e, DatahubError::Report(_)), "{e}");
        assert!(e.to_string().contains("r.csv: no such directory"), "{e}");

        assert_eq!(store.stat_records(Some("d")).await.unwrap(), before);
        assert_eq!(store.stat_datasets().await.unwrap(), datasets);
        }
    });
}

/// The data portal's workbook cut in the middle of its sheet (the sample's
/// sheet XML halved and re-zipped) replaces nothing.
#[test]
fn a_truncated_workbook_replaces_nothing() {
    rt().block_on(async {
        for t in stores().await {
            let store = &t.store;
            store.seed_statistics().await.unwrap();
            let idx = store.country_index().await.unwrap();
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../palermo-import/tests/fixtures/glotip_truncated.xlsx"
            );
            let f = std::io::BufReader::new(std::fs::File::open(path).unwrap());
            let reader =
                GlotipReader::from_xlsx("t.xlsx", f, &idx, GlotipOptions::default()).unwrap();
            let e = store
                .import_statistics(
                    GLOTIP_DATASET,
                    "t.xlsx",
                    reader,
                    false,
                    &mut NullSink::default(),
                )
                .await
                .unwrap_err();
            assert!(matches!(e, DatahubError::File(_)), "{e}");
            assert!(e.to_string().contains("unreadable worksheet"), "{e}");
            assert_eq!(
                store
                    .stat_records(Some(GLOTIP_DATASET))
                    .await
                    .unwrap()
                    .len(),
                46_556
            );
        }
    });
}

/// HTCDS JSON as `json.dump` writes it (one line): every record is stored,
/// numbered by its position; an empty array or broken JSON replaces nothing.
#[test]
fn htcds_json_on_one_line_imports_and_broken_json_replaces_nothing() {
    use palermo_import::htcds::HtcdsJsonReader;
    rt().block_on(async {
        for t in stores().await {
            let store = &t.store;
        let idx = store.country_index().await.unwrap();
        let two = r#"[{"prs_Gender":"Female","vic_TypeOfExploitation":"SexualExploitation","RegistrationYear":2019},{"prs_Gender":"Male","vic_TypeOfExploitation":"ForcedLabour","RegistrationYear":2019}]"#;
        let import = |text: &str, strict: bool| {
            let reader = HtcdsJsonReader::new("two.json", text.as_bytes(), &idx, CaseOptions::new("x")).unwrap();
            let rows: Vec<_> = reader.collect();
            let store = store.clone();
            async move {
                store
                    .import_cases("two", "two.json", "htcds-json", rows.into_iter(), strict, &mut NullSink::default(), &palermo_store::cases::ImportBy::cli(&palermo_store::accounts::AuditContext::cli(0)))
                    .await
            }
        };
        let s = import(two, false).await.unwrap();
        assert_eq!((s.rows_read, s.stored), (2, 2));
        let stored = store.case_records(Some("two")).await.unwrap();
        assert_eq!(stored.iter().map(|r| r.source_line).collect::<Vec<_>>(), vec![1, 2]);
        for broken in ["[]", &two[..two.len() - 1], "[1,2,3]"] {
            for strict in [false, true] {
                let e = import(broken, strict).await.unwrap_err();
                assert!(matches!(e, DatahubError::File(_) | DatahubError::NoRows { .. }), "{broken}: {e}");
            }
        }
        assert_eq!(store.case_records(Some("two")).await.unwrap(), stored);
        assert_eq!(store.case_sources().await.unwrap()[0].rows, (2, 2, 0));
        }
    });
}
