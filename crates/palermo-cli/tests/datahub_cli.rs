//! `palermo stats …` and `palermo cases …` end to end through the binary:
//! the JSON shape of indicators (censored ranges, conflicts, coverage), an
//! import with its report of rejected rows, `--strict`, idempotent re-import.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

mod common;

use common::{cases_import, palermo, text, Dir};

/// `stats indicators` for Argentina in 2019, the figures these tests check.
const ARG_2019: [&str; 8] = [
    "stats",
    "indicators",
    "--country",
    "ARG",
    "--from",
    "2019",
    "--to",
    "2019",
];

#[test]
fn indicators_json_shape() {
    let d = Dir::new("ind");
    let out = palermo(
        &d.0,
        &[&ARG_2019[..], &["--by", "sex", "--format", "json"]].concat(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v.as_array().unwrap();
    let female = rows.iter().find(|r| r["sex"] == "female").unwrap();
    assert_eq!(female["value"], 741);
    assert_eq!(female["country_codes"], serde_json::json!(["ARG"]));
    assert!(female.get("censored").is_none());
    // Sex "Other" for all ages: published as "<5" and as "11" (source
    // lines 37910-37911), which are its children ("<5", line 1191) and
    // adults ("11", line 1192): the age breakdown fits the sum only, so the
    // two rows are summed, 12-15, a range, flagged as summed.
    let other = rows.iter().find(|r| r["sex"] == "other").unwrap();
    assert!(other["value"].is_null());
    assert_eq!(other["censored"], true);
    assert_eq!(
        (other["value_min"].as_u64(), other["value_max"].as_u64()),
        (Some(12), Some(15))
    );
    assert_eq!(other["summed"], 1);
    assert!(other.get("conflicts").is_none());

    let out = palermo(
        &d.0,
        &[
            "stats",
            "indicators",
            "--by",
            "year",
            "--to",
            "2008",
            "--format",
            "csv",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert!(
        csv.starts_with("indicator,year,value,value_min,value_max,censored"),
        "{csv}"
    );
    // 2007: 59 countries publish a total (11,144-11,168), 4 more publish
    // all three forms only, whose sums are derived totals: 11,896-11,923
    // from 63 (the independent script's `tests/data/glotip_totals.csv`).
    assert!(
        csv.contains("\ndetected-victims,2007,,11896,11923,true,63,63,2007,0,0,4,"),
        "{csv}"
    );

    let out = palermo(&d.0, &["stats", "indicators", "--region", "Atlantis"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("unknown region “Atlantis”"),
        "{}",
        text(&out.stderr)
    );
}

/// Argentina 2019 publishes its detected victims of unknown sex and age as
/// one cell, sex "Unknown", age "Unknown", value "<5" (source line 1196:
/// `zcat data/glotip/unodc_glotip_data_portal.csv.gz | grep -n
/// '^ARG,.*Detected trafficking victims,Total,Total,Unknown,Unknown,2019'`).
/// `--sex unknown`, `--age unknown` and both reach it, as the range 1–4.
#[test]
fn unknown_sex_or_age_reaches_the_censored_cell() {
    let d = Dir::new("unknown");
    let base = ARG_2019;
    for extra in [
        &["--sex", "unknown"][..],
        &["--age", "unknown"][..],
        &["--sex", "unknown", "--age", "unknown"][..],
    ] {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--format", "json"]);
        let out = palermo(&d.0, &args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let rows = v.as_array().unwrap();
        assert_eq!(rows.len(), 1, "{extra:?}: {v}");
        let r = &rows[0];
        assert!(r["value"].is_null(), "{extra:?}: {r}");
        assert_eq!(r["censored"], true);
        assert_eq!(
            (r["value_min"].as_u64(), r["value_max"].as_u64()),
            (Some(1), Some(4)),
            "{extra:?}"
        );
        assert_eq!(r["country_codes"], serde_json::json!(["ARG"]));
        assert_eq!(r["years"], serde_json::json!([2019]));
    }
    let mut args = base.to_vec();
    args.extend_from_slice(&["--sex", "unknown"]);
    let out = palermo(&d.0, &args);
    let table = text(&out.stdout);
    assert!(table.contains("1–4*"), "{table}");
    assert!(!table.contains("no data"), "{table}");
}

#[test]
fn case_import_report_strict_and_reimport() {
    let d = Dir::new("cases");
    let f = d.0.join("agency.csv");
    std::fs::write(
        &f,
        "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isSexualExploit\n\
         2019,Woman,9--17,MDA,ROU,1\n2019,Robot,9--17,MDA,ROU,1\n2020,Man,48+,UKR,POL,\n",
    )
    .unwrap();
    let out = palermo(&d.0, &["cases", "import", "agency.csv", "--source", "ngo"]);
    // Stored, with a row rejected: exit status 3, not 0.
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("3 rows read, 2 case records stored, 1 rejected"),
        "{}",
        text(&out.stdout)
    );
    let report = std::fs::read_to_string(d.0.join("agency.csv.rejected.csv")).unwrap();
    assert!(
        report.contains("rejected,agency.csv,3,gender,Robot,"),
        "{report}"
    );
    // Re-import: replaced, not duplicated (--force: a third of the rows is
    // rejected, which a re-import refuses otherwise).
    let out = palermo(
        &d.0,
        &[
            "cases",
            "import",
            "agency.csv",
            "--source",
            "ngo",
            "--force",
        ],
    );
    assert!(
        text(&out.stdout).contains("replaced 2 rows"),
        "{}",
        text(&out.stdout)
    );
    // --strict: the whole file is rejected, the stored records stay.
    let out = palermo(
        &d.0,
        &[
            "cases",
            "import",
            "agency.csv",
            "--source",
            "ngo",
            "--strict",
        ],
    );
    assert!(!out.status.success());
    // Line, field and reason; never the value on the terminal.
    assert!(
        text(&out.stderr).contains("agency.csv: line 3, field gender: unknown gender"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("nothing was imported"));
    assert!(
        !text(&out.stderr).contains("Robot"),
        "{}",
        text(&out.stderr)
    );
    let out = palermo(&d.0, &["cases", "sources"]);
    assert!(
        text(&out.stdout).contains("3 read, 2 stored, 1 rejected"),
        "{}",
        text(&out.stdout)
    );
    // Protected output: 2 victims are below k, so nothing is shown.
    let out = palermo(
        &d.0,
        &["cases", "indicators", "--by", "year", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["cells"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["value"].is_null()));
    assert!(v["total"].is_null());
    // CSV: a header, the keys, an empty value where withheld.
    let out = palermo(
        &d.0,
        &["cases", "indicators", "--by", "year", "--format", "csv"],
    );
    let csv = text(&out.stdout);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("year,value,suppressed"), "{csv}");
    assert!(lines.all(|l| l.ends_with(",,true")), "{csv}");
    assert!(text(&out.stderr).contains("total fewer than 10"));
    // Raw records: only through the CLI, with a warning.
    let out = palermo(&d.0, &["cases", "export", "--source", "ngo"]);
    assert!(out.status.success());
    let csv = text(&out.stdout);
    assert!(
        csv.starts_with("source,source_line,data_source,year,sex,age_band"),
        "{csv}"
    );
    assert!(
        csv.contains("ngo,2,,2019,female,9-17,MDA,ROU,1,,,,,,"),
        "{csv}"
    );
    assert!(text(&out.stderr).contains("record-level"));
}

/// `stats import` of the data portal's workbook (the format follows from the
/// `.xlsx` name): the fixture holds 11 lines of the bundled table, among them
/// Argentina's 2019 detected victims of sex Other published twice ("<5" and
/// "11"), reported as a conflict with their sheet rows.
#[test]
fn stats_import_of_a_workbook() {
    let d = Dir::new("xlsx");
    let wb = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../palermo-import/tests/fixtures/glotip_sample.xlsx");
    let out = palermo(
        &d.0,
        &[
            "stats",
            "import",
            wb.to_str().unwrap(),
            "--dataset",
            "portal",
        ],
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("11 rows read, 11 cells stored, 0 rejected"),
        "{stdout}"
    );
    assert!(
        stdout.contains("line 37910: <5; line 37911: 11"),
        "{stdout}"
    );
    // A CSV named .xlsx is refused with the reason, and nothing is stored.
    std::fs::write(d.0.join("fake.xlsx"), "Iso3_code,Country\n").unwrap();
    let out = palermo(&d.0, &["stats", "import", "fake.xlsx", "--dataset", "fake"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("fake.xlsx: not a readable .xlsx workbook"),
        "{err}"
    );
    assert!(
        err.contains("this looks like a CSV file, not a workbook: use --format glotip-csv"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
}

/// Argentina's 2019 detected female victims (741), read to check that the
/// bundled dataset is intact.
fn arg_2019_female(dir: &Path) -> serde_json::Value {
    let out = palermo(
        dir,
        &[&ARG_2019[..], &["--sex", "female", "--format", "json"]].concat(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v[0]["value"].clone()
}

/// A workbook cut midway, a header-only CSV: refused with exit 1, and the
/// dataset they would replace (the bundled one) keeps every row.
#[test]
fn a_truncated_workbook_or_a_header_only_file_replaces_nothing() {
    let d = Dir::new("atomic");
    assert_eq!(arg_2019_female(&d.0), 741);
    let wb = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../palermo-import/tests/fixtures/glotip_truncated.xlsx");
    let out = palermo(&d.0, &["stats", "import", wb.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{}", text(&out.stdout));
    assert!(err.contains("unreadable worksheet"), "{err}");
    assert!(
        err.contains("the file is rejected, nothing was imported"),
        "{err}"
    );
    assert!(
        !text(&out.stdout).contains("stored"),
        "{}",
        text(&out.stdout)
    );
    let h = d.file(
        "h.csv",
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source
",
    );
    let out = palermo(&d.0, &["stats", "import", h.to_str().unwrap()]);
    assert!(!out.status.success(), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("h.csv: no data rows; nothing was imported"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(arg_2019_female(&d.0), 741);
}

/// A report that cannot be written rolls the import back: the source keeps
/// its previous records, and the rejected rows are not lost silently.
#[test]
fn an_unwritable_report_rolls_the_import_back() {
    let d = Dir::new("report");
    d.file(
        "a.csv",
        "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation
2019,Woman,9--17,MDA,ROU
",
    );
    d.file(
        "b.csv",
        "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation
2020,Man,48+,UKR,POL
2020,Robot,48+,UKR,POL
",
    );
    let out = palermo(&d.0, &["cases", "import", "a.csv", "--source", "ngo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bad = d.0.join("missing/r.csv");
    let out = palermo(
        &d.0,
        &[
            "cases",
            "import",
            "b.csv",
            "--source",
            "ngo",
            "--force",
            "--report",
            bad.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success(), "{}", text(&out.stdout));
    let err = text(&out.stderr);
    assert!(
        err.contains("writing the report of rejected rows failed"),
        "{err}"
    );
    assert!(err.contains("missing/r.csv"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    let out = palermo(&d.0, &["cases", "sources"]);
    assert!(
        text(&out.stdout).contains("a.csv\t1 read, 1 stored, 0 rejected"),
        "{}",
        text(&out.stdout)
    );
}

/// HTCDS JSON as json.dump and JSON.stringify write it: one line.
#[test]
fn htcds_json_on_one_line_imports() {
    let d = Dir::new("json");
    d.file(
        "two.json",
        r#"[{"prs_Gender":"Female","vic_TypeOfExploitation":"SexualExploitation","RegistrationYear":2019},{"prs_Gender":"Male","vic_TypeOfExploitation":"ForcedLabour","RegistrationYear":2019},{"prs_Gender":"Robot","vic_TypeOfExploitation":"Other"}]"#,
    );
    let out = cases_import(&d.0, "two.json", "two", "htcds-json", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("3 rows read, 2 case records stored, 1 rejected"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr)
            .contains("rejected: two.json: record 3 (line 1), field prs_Gender: unknown gender"),
        "{}",
        text(&out.stderr)
    );
    // An empty array or a broken one replaces nothing.
    d.file("empty.json", "[]\n");
    d.file(
        "open.json",
        "[{\"prs_Gender\":\"Female\",\"vic_TypeOfExploitation\":\"Other\"}\n",
    );
    for (f, want) in [
        (
            "empty.json",
            "empty.json: no data rows; nothing was imported",
        ),
        (
            "open.json",
            "open.json: line 2: the file ends before the array's closing ']'",
        ),
    ] {
        let out = palermo(
            &d.0,
            &[
                "cases",
                "import",
                f,
                "--source",
                "two",
                "--format",
                "htcds-json",
            ],
        );
        assert!(!out.status.success(), "{f}: {}", text(&out.stdout));
        assert!(
            text(&out.stderr).contains(want),
            "{f}: {}",
            text(&out.stderr)
        );
    }
    let out = palermo(&d.0, &["cases", "sources"]);
    assert!(
        text(&out.stdout).contains("3 read, 2 stored, 1 rejected"),
        "{}",
        text(&out.stdout)
    );
}

/// Issue #13 item 18: the portal's gzip-compressed CSV (the bundled
/// `.csv.gz`) imports as the text it holds (it used to fail as "UTF-16 or
/// binary"): UNODC's file has 46,556 data rows. A file cut short is refused
/// and stores nothing.
#[test]
fn stats_import_of_a_gzip_compressed_csv() {
    let d = Dir::new("gz");
    let gz = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/glotip/unodc_glotip_data_portal.csv.gz");
    let out = palermo(
        &d.0,
        &[
            "stats",
            "import",
            gz.to_str().unwrap(),
            "--dataset",
            "portal",
        ],
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("46,556 rows read") || stdout.contains("46556 rows read"),
        "{stdout}"
    );
    let bytes = std::fs::read(&gz).unwrap();
    std::fs::write(d.0.join("cut.csv.gz"), &bytes[..bytes.len() / 2]).unwrap();
    let out = palermo(&d.0, &["stats", "import", "cut.csv.gz", "--dataset", "cut"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("nothing was imported"),
        "{}",
        text(&out.stderr)
    );
}

/// `stats import --as-of` stores the date of the data with the dataset;
/// `stats conflicts` says how each repeated key is read (issue #13, items
/// 5 and 8).
#[test]
fn as_of_is_stored_and_conflicts_say_their_reading() {
    let d = Dir::new("asof");
    let out = palermo(&d.0, &["stats", "conflicts"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    // Albania 2017, other forms: the five rows are summed.
    let alb = s
        .lines()
        .find(|l| l.starts_with("ALB 2017 Detected trafficking victims, by form of exploitation \"Other forms of exploitation\", sex Total, age Total"))
        .unwrap();
    assert!(alb.contains("read as the sum of its rows"), "{alb}");
    assert!(s.contains("Read as sums: 73;"), "{s}");

    let csv = d.0.join("national.csv");
    std::fs::write(
        &csv,
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n\
         MDA,Republic of Moldova,Europe,Eastern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,17,GLOTIP\n",
    )
    .unwrap();
    let file = csv.display().to_string();
    let bad = palermo(
        &d.0,
        &[
            "stats",
            "import",
            &file,
            "--dataset",
            "national",
            "--as-of",
            "2025-13-01",
        ],
    );
    assert_eq!(bad.status.code(), Some(2), "{}", text(&bad.stderr));
    let out = palermo(
        &d.0,
        &[
            "stats",
            "import",
            &file,
            "--dataset",
            "national",
            "--as-of",
            "2025-06-30",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let db = d.0.join("palermo.db");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = palermo_store::Store::open(&db).await.unwrap();
        let ds = store.stat_datasets().await.unwrap();
        let got: Vec<(&str, Option<&str>)> = ds
            .iter()
            .map(|d| (d.dataset.as_str(), d.as_of.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("glotip", Some("2023-01-24")),
                ("national", Some("2025-06-30"))
            ]
        );
        store.close().await;
    });
}

/// The flags are read by the parser the web's query parameters use
/// (`palermo_model::query`), with the same messages
/// (`palermo-web/tests/parameters.rs` checks these texts on the web). ISO
/// 3166-1: Italy is ITA, ZZZ is user-assigned.
#[test]
fn parameters_as_the_web() {
    let d = Dir::new("params");
    for (flags, why) in [
        (
            &["--country", "ZZZ"][..],
            "unknown country “ZZZ”: give an ISO 3166-1 alpha-3 code such as MDA",
        ),
        (
            &["--country", "Italy"][..],
            "country “Italy” is a name: give its ISO 3166-1 alpha-3 code, ITA",
        ),
        (
            &["--region", "Nowhere"][..],
            "unknown region “Nowhere”: expected one of Africa, Americas, Asia, Europe, Oceania, or one of their sub-regions",
        ),
        (&["--sex", "women2"][..], "unknown sex “women2”"),
        (&["--from", "1850"][..], "from=1850 is not a year"),
    ] {
        let out = palermo(&d.0, &[&["stats", "indicators"][..], flags].concat());
        assert!(!out.status.success(), "{flags:?}");
        assert!(text(&out.stderr).contains(why), "{flags:?}: {}", text(&out.stderr));
    }
    let out = palermo(
        &d.0,
        &["--lang", "fr", "stats", "indicators", "--country", "Italy"],
    );
    assert!(
        text(&out.stderr)
            .contains("le pays « Italy » est un nom : donnez son code ISO 3166-1 alpha-3, ITA"),
        "{}",
        text(&out.stderr)
    );
}
