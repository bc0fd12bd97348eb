//! Trust in the GLOTIP figures (issue #13, items 5–7), checked against the
//! bundled source file itself, read here with the `csv` crate alone (not
//! Palermo's reader): repeated keys read as the country-year's totals say,
//! totals derived where only a complete breakdown is published, and the
//! number of reporting countries per year.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use palermo_import::glotip::{bundled_reader, GlotipOptions, GlotipReader, BUNDLED_NAME};
use palermo_model::indicator::index::StatIndex;
use palermo_model::indicator::{stat_indicators, Filter, GroupBy};
use palermo_model::stats::{
    judge_repeated, Basis, Count, FormOfExploitation, Indicator, Reading, StatRecord,
};

/// The bundled file's rows as published: (line, column → value).
fn source() -> Vec<(u64, BTreeMap<String, String>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/glotip/unodc_glotip_data_portal.csv.gz"
    );
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_owned).collect();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            let line = r.position().unwrap().line();
            (
                line,
                header
                    .iter()
                    .cloned()
                    .zip(r.iter().map(str::to_owned))
                    .collect(),
            )
        })
        .collect()
}

/// The rows of `source` matching every (column, value) of `want`.
fn rows<'a>(
    source: &'a [(u64, BTreeMap<String, String>)],
    want: &[(&str, &str)],
) -> Vec<(u64, &'a str)> {
    source
        .iter()
        .filter(|(_, r)| want.iter().all(|(k, v)| r[*k] == *v))
        .map(|(l, r)| (*l, r["txtVALUE"].as_str()))
        .collect()
}

/// A published value as an interval ("<5" is 1–4).
fn interval(t: &str) -> Count {
    match t.strip_prefix('<') {
        Some(n) => Count {
            min: 1,
            max: n.parse::<u64>().unwrap() - 1,
        },
        None => Count::exact(t.replace(',', "").parse().unwrap()),
    }
}

fn records() -> Vec<StatRecord> {
    let index = palermo_import::bundled::reference_data().unwrap().index();
    GlotipReader::new(
        BUNDLED_NAME,
        bundled_reader(),
        &index,
        GlotipOptions::default(),
    )
    .unwrap()
    .map(|r| r.unwrap().value)
    .collect()
}

const DV: &str = "Detected trafficking victims";

/// Issue #13's worked example: Albania 2017 publishes "Other forms of
/// exploitation" five times. Only their sum reaches the published total,
/// and other forms by age agree with the sum.
#[test]
fn albania_2017_other_forms_are_summed_as_the_total_requires() {
    let src = source();
    let alb = |dim: &str, cat: &str, sex: &str, age: &str| {
        rows(
            &src,
            &[
                ("Iso3_code", "ALB"),
                ("Indicator", DV),
                ("Year", "2017"),
                ("Dimension", dim),
                ("Category", cat),
                ("Sex", sex),
                ("Age", age),
            ],
        )
    };
    let form = "by form of exploitation";
    let other: Vec<&str> = alb(form, "Other forms of exploitation", "Total", "Total")
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(other, ["<5", "27", "<5", "5", "20"]);
    let total = interval(alb("Total", "Total", "Total", "Total")[0].1);
    let sexual = interval(alb(form, "Sexual exploitation", "Total", "Total")[0].1);
    let labour = interval(alb(form, "Forced labour", "Total", "Total")[0].1);
    assert_eq!(
        (total, sexual, labour),
        (Count::exact(95), Count::exact(37), Count { min: 1, max: 4 })
    );
    let summed = other
        .iter()
        .fold(Count::exact(0), |a, v| a.add(interval(v)));
    assert_eq!(summed, Count { min: 54, max: 60 });
    // Sum: 37 + 1–4 + 54–60 = 92–101 holds 95; no single value can
    // (the largest, 27, gives at most 37 + 4 + 27 = 68).
    let by_age: Count = ["0 to 17 years", "18 years or over"]
        .iter()
        .map(|a| interval(alb(form, "Other forms of exploitation", "Total", a)[0].1))
        .fold(Count::exact(0), Count::add);
    assert_eq!(by_age, Count::exact(55));

    let recs = records();
    let readings = judge_repeated(&recs);
    let key = recs
        .iter()
        .find(|r| {
            r.area == "ALB"
                && r.year == 2017
                && r.indicator == Indicator::DetectedVictims
                && r.category_label == "Other forms of exploitation"
                && r.sex == palermo_model::stats::Sex::Total
                && r.age == palermo_model::stats::AgeGroup::Total
        })
        .unwrap()
        .key();
    let j = readings.get(&key).unwrap();
    assert_eq!((j.reading, j.basis), (Reading::Sum, Basis::SumFits));
    // Both identities tested fit the sum only.
    assert_eq!(j.checks.len(), 2, "{j:?}");
    assert!(j.checks.iter().all(|c| c.sum_fits && !c.alternatives_fit));

    // The indicator reads the sum: other forms 54–60, not [1, 27].
    let f = Filter {
        from: Some(2017),
        to: Some(2017),
        country: Some("ALB".into()),
        form: Some(FormOfExploitation::Other),
        ..Filter::default()
    };
    let rows = stat_indicators(&recs, Indicator::DetectedVictims, &f, &[], None).unwrap();
    assert_eq!(rows[0].value, summed);
    assert_eq!((rows[0].summed, rows[0].conflicts), (1, 0));
    assert_eq!(rows[0].summed_lines.len(), 5);
    // The index, which hands the query only the cells it can select,
    // reads it the same way.
    let index = StatIndex::new(recs.clone());
    assert_eq!(
        index
            .indicators(Indicator::DetectedVictims, &f, &[], None)
            .unwrap(),
        rows
    );
}

/// The 336 repeated keys, judged: how many each way. The figures are those
/// of an independent implementation of the same rule in Python over the
/// bundled file (`tests/data/repeated_keys_check.py`, its output noted
/// there).
#[test]
fn the_336_repeated_keys_are_judged() {
    let recs = records();
    let readings = judge_repeated(&recs);
    assert_eq!(readings.len(), 336);
    let counts: BTreeMap<&str, usize> = readings
        .counts()
        .iter()
        .map(|(b, n)| (b.slug(), *n))
        .collect();
    let expected: BTreeMap<&str, usize> = include_str!("data/repeated_keys_check.out")
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(b, n)| (b, n.trim().parse().unwrap()))
        .collect();
    assert_eq!(counts, expected);
}

/// `/data?country=AFG` said "no data": Afghanistan publishes detected
/// victims by form of exploitation only. Where all three forms are
/// published, the total is their sum, marked as derived.
#[test]
fn afghanistan_has_a_derived_total_from_its_forms() {
    let src = source();
    let afg_total = rows(
        &src,
        &[
            ("Iso3_code", "AFG"),
            ("Indicator", DV),
            ("Dimension", "Total"),
            ("Sex", "Total"),
            ("Age", "Total"),
        ],
    );
    assert!(afg_total.is_empty(), "AFG publishes a total: {afg_total:?}");
    // Years with all three forms (sex and age Total), and their sums.
    let mut by_year: BTreeMap<i32, (BTreeSet<String>, Count)> = BTreeMap::new();
    for (_, r) in &src {
        if r["Iso3_code"] == "AFG"
            && r["Indicator"] == DV
            && r["Dimension"] == "by form of exploitation"
            && r["Sex"] == "Total"
            && r["Age"] == "Total"
        {
            let e = by_year
                .entry(r["Year"].parse().unwrap())
                .or_insert((BTreeSet::new(), Count::exact(0)));
            e.0.insert(r["Category"].clone());
            e.1 = e.1.add(interval(&r["txtVALUE"]));
        }
    }
    let complete: BTreeMap<i32, Count> = by_year
        .into_iter()
        .filter(|(_, (cats, _))| cats.len() == 3)
        .map(|(y, (_, c))| (y, c))
        .collect();
    assert!(!complete.is_empty());

    let recs = records();
    let f = Filter {
        country: Some("AFG".into()),
        ..Filter::default()
    };
    let rows = stat_indicators(
        &recs,
        Indicator::DetectedVictims,
        &f,
        &[GroupBy::Year],
        None,
    )
    .unwrap();
    let got: BTreeMap<i32, Count> = rows
        .iter()
        .map(|r| (r.keys.year.unwrap(), r.value))
        .collect();
    assert_eq!(got, complete);
    assert!(rows.iter().all(|r| r.derived == 1 && r.cells == 1));
    let published = rows[0].published();
    assert_eq!(published.derived_country_codes, vec!["AFG".to_owned()]);
}

/// The reporting countries per year (issue #13: 125 in 2020, 55 in 2021):
/// from the source, the countries (with a region: no UNODC aggregate)
/// publishing a total of detected victims that year; the model's by-year
/// rows count them, and beside them the countries whose total is derived.
#[test]
fn reporting_countries_per_year_match_the_source() {
    let src = source();
    let mut published: BTreeMap<i32, BTreeSet<String>> = BTreeMap::new();
    for (_, r) in &src {
        if r["Indicator"] == DV
            && r["Dimension"] == "Total"
            && r["Sex"] == "Total"
            && r["Age"] == "Total"
            && !r["Region"].is_empty()
        {
            let area = if r["Iso3_code"].is_empty() {
                r["Country"].clone()
            } else {
                r["Iso3_code"].clone()
            };
            published
                .entry(r["Year"].parse().unwrap())
                .or_default()
                .insert(area);
        }
    }
    assert_eq!(published[&2020].len(), 125);
    assert_eq!(published[&2021].len(), 55);
    let recs = records();
    let index = StatIndex::new(recs);
    let rows = index
        .indicators(
            Indicator::DetectedVictims,
            &Filter::default(),
            &[GroupBy::Year],
            None,
        )
        .unwrap();
    for r in &rows {
        let y = r.keys.year.unwrap();
        let own: BTreeSet<String> = r.areas.difference(&r.derived_areas).cloned().collect();
        assert_eq!(own, published.get(&y).cloned().unwrap_or_default(), "{y}");
    }
    // The balanced panel of 2020–2021: the countries with a published or
    // derived total in both years, no other.
    let panel = index
        .balanced_panel(
            Indicator::DetectedVictims,
            &Filter::default(),
            (2020, 2021),
            None,
        )
        .unwrap();
    let both: BTreeSet<String> = rows
        .iter()
        .filter(|r| r.keys.year == Some(2020))
        .flat_map(|r| r.areas.iter().cloned())
        .filter(|a| {
            rows.iter()
                .any(|r| r.keys.year == Some(2021) && r.areas.contains(a))
        })
        .collect();
    let both_published: BTreeSet<String> = published[&2020]
        .intersection(&published[&2021])
        .cloned()
        .collect();
    assert!(both_published.is_subset(&panel.countries));
    assert_eq!(panel.countries, both);
    assert_eq!(panel.rows.len(), 2);
    assert!(panel.rows.iter().all(|r| r.areas == panel.countries));
}
