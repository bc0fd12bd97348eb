//! The bundled GLOTIP table: every row accounted for, names resolved,
//! censored cells and the 336 duplicated keys kept.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::type_complexity)]

use std::collections::BTreeMap;

use palermo_import::glotip::{bundled_reader, BUNDLED_NAME};
use palermo_import::glotip::{GlotipOptions, GlotipReader};
use palermo_model::stats::{find_conflicts, Category, StatRecord};

fn read_all() -> (
    Vec<StatRecord>,
    Vec<String>,
    Vec<palermo_import::rows::RowError>,
) {
    let index = palermo_import::bundled::reference_data().unwrap().index();
    let rdr = GlotipReader::new(
        BUNDLED_NAME,
        bundled_reader(),
        &index,
        GlotipOptions::default(),
    )
    .unwrap();
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    let mut warn = Vec::new();
    for r in rdr {
        match r {
            Ok(p) => {
                warn.extend(p.warnings);
                ok.push(p.value);
            }
            Err(e) => bad.push(e.to_string()),
        }
    }
    (ok, bad, warn)
}

#[test]
fn every_row_accounted_for() {
    let (ok, bad, warn) = read_all();
    assert_eq!(ok.len() + bad.len(), 46_556, "rejected: {bad:?}");
    assert!(bad.is_empty(), "{bad:?}");
    // Censored cells: 23,076 "<5" in the source.
    assert_eq!(ok.iter().filter(|r| r.value.is_censored()).count(), 23_076);
    assert!(ok
        .iter()
        .filter(|r| r.value_text == "<5")
        .all(|r| r.value.min == 1 && r.value.max == 4));
    // Every reporting area with a region resolves to an ISO country, except Sark.
    let mut unresolved: BTreeMap<String, usize> = BTreeMap::new();
    for r in ok
        .iter()
        .filter(|r| r.iso3.is_none() && r.is_country_area())
    {
        *unresolved.entry(r.area.clone()).or_default() += 1;
    }
    assert_eq!(
        unresolved.keys().cloned().collect::<Vec<_>>(),
        vec!["Sark".to_owned()],
        "{unresolved:?}"
    );
    // Category names that did not resolve.
    let mut cats: BTreeMap<String, usize> = BTreeMap::new();
    for r in ok.iter().filter(|r| r.category == Category::Unresolved) {
        *cats.entry(r.category_label.clone()).or_default() += 1;
    }
    eprintln!("unresolved categories: {cats:?}");
    eprintln!("warnings: {}", warn.len());
    // Named examples.
    let mda = ok
        .iter()
        .find(|r| r.area_name == "Republic of Moldova")
        .unwrap();
    assert_eq!(mda.iso3.as_deref(), Some("MDA"));
}

#[test]
fn duplicated_keys_are_kept_and_reported() {
    let (ok, _, _) = read_all();
    let conflicts = find_conflicts(&ok);
    assert_eq!(conflicts.len(), 336);
    let arg = conflicts
        .iter()
        .find(|c| {
            c.key.area == "ARG"
                && c.key.year == 2019
                && c.key.sex == palermo_model::stats::Sex::Other
                && c.key.category == "Total"
        })
        .unwrap();
    let texts: Vec<&str> = arg.occurrences.iter().map(|(_, t)| t.as_str()).collect();
    assert!(texts.contains(&"<5") && texts.contains(&"11"), "{texts:?}");
    assert!(arg.values_differ);
}

/// Totals by year, region, form, sex and age equal those the independent
/// script (`tests/glotip_totals.py`, Python standard library) computes from
/// the source file, bounds, censored flags and cell counts alike. The sex
/// and age tables include UNODC's one cell of victims whose sex and age are
/// unknown (e.g. Argentina 2019, source line 1196, `"<5"`), which filters
/// on sex or age alone once missed.
#[test]
fn totals_equal_the_independent_script() {
    use palermo_model::indicator::{stat_indicators, Filter, GroupBy};
    use palermo_model::stats::Indicator;
    let expected = include_str!("../../../tests/data/glotip_totals.csv");
    let (ok, _, _) = read_all();
    let mut got: BTreeMap<(String, String, String), (u64, u64, bool, usize)> = BTreeMap::new();
    for ind in Indicator::ALL {
        for (table, by) in [
            ("year", vec![GroupBy::Year]),
            ("region_year", vec![GroupBy::Region, GroupBy::Year]),
            ("form_year", vec![GroupBy::Form, GroupBy::Year]),
            ("sex_year", vec![GroupBy::Sex, GroupBy::Year]),
            ("age_year", vec![GroupBy::Age, GroupBy::Year]),
        ] {
            for row in stat_indicators(&ok, *ind, &Filter::default(), &by, None).unwrap() {
                let y = row.keys.year.unwrap().to_string();
                let group = match table {
                    "year" => y,
                    "region_year" => format!("{}|{y}", row.keys.region.clone().unwrap()),
                    "sex_year" => format!("{}|{y}", row.keys.sex.unwrap().label()),
                    "age_year" => format!("{}|{y}", row.keys.age.unwrap().label()),
                    _ => format!("{}|{y}", row.keys.form.unwrap().label()),
                };
                assert!(row.censored || row.value.min == row.value.max);
                got.insert(
                    (table.into(), ind.label().into(), group),
                    (row.value.min, row.value.max, row.censored, row.cells),
                );
            }
        }
    }
    let mut n = 0;
    for line in expected.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let key = (f[0].to_owned(), f[1].to_owned(), f[2].to_owned());
        let want = (
            f[3].parse().unwrap(),
            f[4].parse().unwrap(),
            f[5] == "true",
            f[6].parse().unwrap(),
        );
        assert_eq!(got.get(&key), Some(&want), "{key:?}");
        n += 1;
    }
    assert_eq!(n, got.len(), "Palermo has groups the script does not");
    assert!(n > 500);
}

/// Argentina 2019, detected victims of unknown sex and age: the source
/// publishes one row, `Sex "Unknown", Age "Unknown"`, value `"<5"` (line
/// 1196; `zcat data/glotip/unodc_glotip_data_portal.csv.gz | grep -n
/// '^ARG,.*,Total,Total,Unknown,Unknown,2019'`). The test reads the source
/// again with the plain CSV reader, apart from Palermo's importer, and
/// checks that a filter on sex unknown, on age unknown, or on both, reaches
/// that cell as the censored range 1–4 (never a number, never dropped), and
/// that grouping by sex or by age shows it.
#[test]
fn unknown_sex_and_age_reach_the_censored_cell() {
    use std::io::Read;

    use palermo_model::indicator::{stat_indicators, Filter, GroupBy};
    use palermo_model::stats::{AgeGroup, Count, Indicator, Sex};

    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/glotip/unodc_glotip_data_portal.csv.gz"
    );
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let header = rdr.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (iso, ind, dim, cat, sex, age, year, val) = (
        col("Iso3_code"),
        col("Indicator"),
        col("Dimension"),
        col("Category"),
        col("Sex"),
        col("Age"),
        col("Year"),
        col("txtVALUE"),
    );
    let source: Vec<(u64, String)> = rdr
        .records()
        .map(Result::unwrap)
        .filter(|r| {
            r[iso] == *"ARG"
                && r[ind] == *"Detected trafficking victims"
                && r[dim] == *"Total"
                && r[cat] == *"Total"
                && r[year] == *"2019"
                && (r[sex] == *"Unknown" || r[age] == *"Unknown")
        })
        .map(|r| (r.position().unwrap().line(), r[val].to_owned()))
        .collect();
    assert_eq!(source, vec![(1196, "<5".to_owned())]);

    let (ok, _, _) = read_all();
    let base = Filter {
        from: Some(2019),
        to: Some(2019),
        country: Some("ARG".into()),
        ..Filter::default()
    };
    let run = |f: &Filter, by: &[GroupBy]| {
        stat_indicators(&ok, Indicator::DetectedVictims, f, by, None).unwrap()
    };
    for (sex, age) in [
        (Some(Sex::Unknown), None),
        (None, Some(AgeGroup::Unknown)),
        (Some(Sex::Unknown), Some(AgeGroup::Unknown)),
    ] {
        let f = Filter {
            sex,
            age,
            ..base.clone()
        };
        let rows = run(&f, &[]);
        assert_eq!(rows.len(), 1, "{sex:?} {age:?}: no data");
        assert_eq!(rows[0].value, Count { min: 1, max: 4 });
        assert!(rows[0].censored && !rows[0].is_exact());
        assert!(rows[0].published().value.is_none());
        assert_eq!(rows[0].cells, 1);
    }
    let by_sex = run(&base, &[GroupBy::Sex]);
    let unknown = by_sex
        .iter()
        .find(|r| r.keys.sex == Some(Sex::Unknown))
        .unwrap();
    assert_eq!(unknown.value, Count { min: 1, max: 4 });
    let by_age = run(&base, &[GroupBy::Age]);
    let unknown = by_age
        .iter()
        .find(|r| r.keys.age == Some(AgeGroup::Unknown))
        .unwrap();
    assert_eq!(unknown.value, Count { min: 1, max: 4 });
    // The unfiltered total is the published "Total, Total" cell (1,590),
    // not that plus the unknown cell.
    assert_eq!(run(&base, &[])[0].value, Count::exact(1590));
}
