//! Privacy of the data hub's imports through the binary: terminal messages
//! never print a value of a case record, and no local path is stored.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{cases_import, palermo, stderr, stdout, Dir};

/// A value a QA pass typed into the citizenship column: a name and a date
/// of birth, which must stay in the holder's report file only.
const SECRET: &str = "Maria Lopez 1990-02-03";

fn assert_no_secret(out: &std::process::Output) {
    common::assert_not_on_terminal(out, &["Maria", "1990-02-03"]);
}

#[test]
fn strict_case_import_prints_line_field_and_reason_not_the_value() {
    let d = Dir::new("priv-strict");
    d.file(
        "h1.csv",
        &format!(
            "prs_Gender,vic_TypeOfExploitation,prs_Citizenship\nFeminine,Other,MD\nFeminine,Other,{SECRET}\n"
        ),
    );
    let out = cases_import(&d.0, "h1.csv", "h", "htcds-csv", &["--strict"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("h1.csv: line 3, field prs_Citizenship: unknown country code"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert_no_secret(&out);

    // Without --strict the value goes to the holder's report only.
    let out = cases_import(&d.0, "h1.csv", "h", "htcds-csv", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_no_secret(&out);
    let report = std::fs::read_to_string(d.0.join("h1.csv.rejected.csv")).unwrap();
    assert!(report.contains(SECRET), "{report}");
}

#[test]
fn strict_stats_import_prints_no_value() {
    let d = Dir::new("priv-stats-strict");
    d.file(
        "s.csv",
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n\
         MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n\
         MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Maria Lopez 1990-02-03,2019,Counts,3,GLOTIP\n",
    );
    let out = palermo(
        &d.0,
        &["stats", "import", "s.csv", "--dataset", "t", "--strict"],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("s.csv: line 3, field Age: unknown age group"),
        "{err}"
    );
    assert_no_secret(&out);
}

/// `stats import` records the file's name, not the path typed (which the
/// public `/data` page and `/api/v1/statistics/datasets` show); the
/// terminal may still name the path.
#[test]
fn stats_import_stores_the_file_name_not_its_path() {
    let d = Dir::new("priv-path");
    let sub = d.0.join("agency-secret-folder");
    std::fs::create_dir_all(&sub).unwrap();
    let f = sub.join("glotip_part.csv");
    std::fs::write(
        &f,
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n\
         MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,3,GLOTIP\n",
    )
    .unwrap();
    let out = palermo(
        &d.0,
        &["stats", "import", f.to_str().unwrap(), "--dataset", "part"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let datasets = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = palermo_store::Store::open(&d.0.join("palermo.db"))
                .await
                .unwrap();
            store.stat_datasets().await.unwrap()
        });
    let part = datasets.iter().find(|s| s.dataset == "part").unwrap();
    assert_eq!(part.file, "glotip_part.csv");
    assert!(
        datasets.iter().all(|s| !s.file.contains('/')),
        "{datasets:?}"
    );
}

/// A JSON object with an identifying key after valid ones rejects the whole
/// file, `--strict` or not: nothing is stored, and no value is printed.
#[test]
fn json_with_identifiers_later_in_the_file_is_refused_whole() {
    let d = Dir::new("priv-json");
    d.file(
        "h.json",
        "{\"Gender\": \"Feminine\", \"TypeOfExploitation\": \"Other\"}\n\
         {\"Gender\": \"Feminine\", \"TypeOfExploitation\": \"Other\", \"prs_FirstName\": \"Maria\"}\n",
    );
    let out = cases_import(&d.0, "h.json", "j", "htcds-json", &[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("h.json: record 2 (line 2), field prs_FirstName: identifies a person"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert_no_secret(&out);
    let out = palermo(&d.0, &["cases", "sources"]);
    assert!(!stdout(&out).contains("h.json"), "{}", stdout(&out));
}
