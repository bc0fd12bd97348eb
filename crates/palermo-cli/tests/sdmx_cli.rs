//! `palermo stats export --format sdmx-csv` end to end through the binary:
//! the export parses against the SDG DSD's dimensions, attributes and code
//! lists as transcribed from the cited source (`data/sdmx/`, see
//! `data/PROVENANCE.md`), and carries the bundled GLOTIP file's figures.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod common;

use common::{palermo, text, Dir};

fn repo_file(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Rows of a `#`-commented TSV file.
fn tsv(rel: &str) -> Vec<Vec<String>> {
    repo_file(rel)
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// The export of the bundled data as (header, rows of column → value).
fn export(dir: &Dir, extra: &[&str]) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let out_file = dir.0.join("sdg.csv");
    let mut args = vec![
        "stats",
        "export",
        "--format",
        "sdmx-csv",
        "-o",
        out_file.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = palermo(&dir.0, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut r = csv::Reader::from_path(&out_file).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn the_export_parses_against_the_dsd_dimensions_and_code_lists() {
    let d = Dir::new("sdmx-dsd");
    let (header, rows) = export(&d, &["--from", "2018", "--to", "2020"]);
    assert!(rows.len() > 1000, "{} rows", rows.len());

    // Columns: SDMX-CSV 1.0's DATAFLOW, the DSD's dimensions in its order
    // (time last), OBS_VALUE, then attributes in the DSD's order.
    let dsd = tsv("data/sdmx/dsd_sdg_components.tsv");
    let dims: Vec<&str> = dsd
        .iter()
        .filter(|r| r[0] == "dimension" || r[0] == "time")
        .map(|r| r[2].as_str())
        .collect();
    assert_eq!(dims.len(), 16);
    assert_eq!(header[0], "DATAFLOW");
    assert_eq!(&header[1..17], dims.as_slice());
    assert_eq!(header[17], "OBS_VALUE");
    let attrs: Vec<&str> = dsd
        .iter()
        .filter(|r| r[0] == "attribute")
        .map(|r| r[2].as_str())
        .collect();
    let written: Vec<&str> = header[18..].iter().map(String::as_str).collect();
    let mut last = None;
    for a in &written {
        let pos = attrs.iter().position(|x| x == a);
        assert!(pos.is_some(), "{a} is not an attribute of the DSD");
        assert!(pos > last, "{a} out of the DSD's order");
        last = pos;
    }
    for m in dsd
        .iter()
        .filter(|r| r[0] == "attribute" && r[4] == "Mandatory")
    {
        assert!(
            written.contains(&m[2].as_str()),
            "mandatory {} missing",
            m[2]
        );
    }

    // Every code is in its code list (as transcribed).
    let mut lists: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in tsv("data/sdmx/codes_used.tsv") {
        lists.entry(r[0].clone()).or_default().insert(r[1].clone());
    }
    let m49: BTreeSet<String> = repo_file("data/countries/iso3166_m49_all.csv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes());
            let rec = r.records().next()?.ok()?;
            Some(rec.get(3)?.trim_start_matches('0').to_owned())
        })
        .collect();
    let list_of = |col: &str| -> &str {
        match col {
            "FREQ" => "CL_FREQ",
            "REPORTING_TYPE" => "CL_REPORTING_TYPE",
            "SERIES" => "CL_SERIES",
            "SEX" => "CL_SEX",
            "AGE" => "CL_AGE",
            "OBS_STATUS" => "CL_OBS_STATUS",
            "UNIT_MULT" => "CL_UNIT_MULT",
            "UNIT_MEASURE" => "CL_UNIT_MEASURE",
            "NATURE" => "CL_NATURE",
            _ => "CL_BREAKDOWN",
        }
    };
    for row in &rows {
        assert_eq!(row["DATAFLOW"], "IAEG-SDGs:DF_SDG_GLH(1.12)");
        for (col, v) in row {
            match col.as_str() {
                "DATAFLOW" | "COMMENT_OBS" | "SOURCE_DETAIL" => {}
                "REF_AREA" => assert!(m49.contains(v), "REF_AREA {v} is not an M49 code"),
                "TIME_PERIOD" => {
                    let y: i32 = v.parse().unwrap();
                    assert!((2018..=2020).contains(&y));
                }
                "OBS_VALUE" => {
                    if row["OBS_STATUS"] == "A" {
                        assert!(v.parse::<f64>().unwrap() >= 0.0);
                    } else {
                        assert!(v.is_empty(), "a suppressed value is not invented");
                    }
                }
                c => {
                    let l = list_of(c);
                    assert!(lists[l].contains(v), "{c}={v} is not in {l}");
                }
            }
        }
    }
    // One observation per key (dimensions).
    let keys: BTreeSet<Vec<&str>> = rows
        .iter()
        .map(|r| dims.iter().map(|d| r[*d].as_str()).collect())
        .collect();
    assert_eq!(keys.len(), rows.len());
}

fn find<'a>(
    rows: &'a [BTreeMap<String, String>],
    series: &str,
    area: &str,
    sex: &str,
    year: &str,
) -> &'a BTreeMap<String, String> {
    rows.iter()
        .find(|r| {
            r["SERIES"] == series
                && r["REF_AREA"] == area
                && r["SEX"] == sex
                && r["AGE"] == "_T"
                && r["TIME_PERIOD"] == year
        })
        .unwrap_or_else(|| panic!("{series} {area} {sex} {year} missing"))
}

#[test]
fn known_values_of_the_bundled_glotip_file() {
    let d = Dir::new("sdmx-values");
    let (_, rows) = export(&d, &["--from", "2019", "--to", "2019"]);
    // data/glotip/unodc_glotip_data_portal.csv.gz, line 380: Albania (M49
    // 008), detected victims, Total, 2019: 103.
    let alb = find(&rows, "VC_HTF_DETV", "8", "_T", "2019");
    assert_eq!(alb["OBS_VALUE"], "103");
    assert_eq!(alb["UNIT_MEASURE"], "NUMBER");
    // Line 397: Albania, sexual exploitation, 2019: 65.
    assert_eq!(
        find(&rows, "VC_HTF_DETVSX", "8", "_T", "2019")["OBS_VALUE"],
        "65"
    );
    // Line 37908: Argentina (M49 032), female, all ages, 2019: 741.
    assert_eq!(
        find(&rows, "VC_HTF_DETV", "32", "F", "2019")["OBS_VALUE"],
        "741"
    );
    // The rate: 103 per Albania's 2019 population (World Bank SP.POP.TOTL,
    // data/countries/population_wb_sp_pop_totl_2000_2024.csv: 2,567,801).
    let r = find(&rows, "VC_HTF_DETVR", "8", "_T", "2019");
    assert_eq!(r["UNIT_MEASURE"], "PER_100000_POP");
    let v: f64 = r["OBS_VALUE"].parse().unwrap();
    assert!((v - 103.0 * 100_000.0 / 2_567_801.0).abs() < 0.001, "{v}");
    // Line 390: Albania, forced labour, 2019, published "<5": no value.
    let fl = find(&rows, "VC_HTF_DETVFL", "8", "_T", "2019");
    assert_eq!(fl["OBS_VALUE"], "");
    assert_eq!(fl["OBS_STATUS"], "Q");
}

#[test]
fn a_country_filter_keeps_that_country_only() {
    let d = Dir::new("sdmx-country");
    let (_, rows) = export(&d, &["--country", "ALB"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["REF_AREA"] == "8"));
}
