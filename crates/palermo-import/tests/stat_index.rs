//! The statistics index gives the same tables as the full scan, over the
//! bundled GLOTIP table (UNODC's data portal export, 46,556 cells), for
//! every indicator and query shape the data page and the API ask; and a
//! value read by hand from the source file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_import::glotip::{bundled_reader, GlotipOptions, GlotipReader, BUNDLED_NAME};
use palermo_model::indicator::index::StatIndex;
use palermo_model::indicator::{corridors, stat_indicators, Filter, GroupBy};
use palermo_model::stats::{AgeGroup, Count, FormOfExploitation, Indicator, Sex, StatRecord};

fn bundled() -> Vec<StatRecord> {
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

fn filters() -> Vec<Filter> {
    let f = Filter::default;
    let mut out = vec![
        f(),
        Filter {
            country: Some("MDA".into()),
            ..f()
        },
        // Argentina publishes GLOTIP's (Unknown, Unknown) cell.
        Filter {
            country: Some("ARG".into()),
            from: Some(2019),
            to: Some(2019),
            ..f()
        },
        // An area code that is not an ISO3 code (UNODC's "Sark").
        Filter {
            country: Some("Sark".into()),
            ..f()
        },
        Filter {
            region: Some("Europe".into()),
            ..f()
        },
        Filter {
            region: Some("eastern europe".into()),
            ..f()
        },
        Filter {
            region: Some("Nowhere".into()),
            ..f()
        },
        Filter {
            country: Some("MDA".into()),
            region: Some("Africa".into()),
            ..f()
        },
        Filter {
            from: Some(2015),
            to: Some(2020),
            ..f()
        },
        Filter {
            from: Some(2021),
            to: Some(2019),
            ..f()
        },
    ];
    for sex in [Sex::Total, Sex::Female, Sex::Unknown] {
        out.push(Filter {
            sex: Some(sex),
            ..f()
        });
    }
    for age in [AgeGroup::Child, AgeGroup::Unknown] {
        out.push(Filter {
            age: Some(age),
            region: Some("Americas".into()),
            ..f()
        });
    }
    out.push(Filter {
        sex: Some(Sex::Unknown),
        age: Some(AgeGroup::Unknown),
        ..f()
    });
    for form in [FormOfExploitation::Sexual, FormOfExploitation::Other] {
        out.push(Filter {
            form: Some(form),
            ..f()
        });
    }
    out
}

fn groupings() -> Vec<Vec<GroupBy>> {
    use GroupBy::*;
    vec![
        vec![],
        vec![Year],
        vec![Sex],
        vec![Age],
        vec![Age, Sex],
        vec![Form],
        vec![Country],
        vec![Region, Year],
        vec![Citizenship],
        vec![Citizenship, Country],
        vec![Form, Citizenship],
    ]
}

#[test]
fn the_index_gives_the_full_scans_tables() {
    let recs = bundled();
    assert_eq!(recs.len(), 46_556);
    let index = StatIndex::new(recs.clone());
    assert_eq!(index.records(), recs.as_slice());
    let mut compared = 0;
    let mut nonempty = 0;
    for ind in Indicator::ALL {
        for f in filters() {
            for by in groupings() {
                let full = stat_indicators(&recs, *ind, &f, &by, None);
                let fast = index.indicators(*ind, &f, &by, None);
                assert_eq!(fast, full, "{ind:?} {f:?} {by:?}");
                compared += 1;
                nonempty += usize::from(full.is_ok_and(|r| !r.is_empty()));
            }
            assert_eq!(
                index.corridors(*ind, &f, 20),
                corridors(&recs, *ind, &f, 20),
                "corridors {ind:?} {f:?}"
            );
            let scanned: std::collections::BTreeSet<String> = recs
                .iter()
                .filter(|r| f.selects_area(r))
                .filter_map(|r| r.iso3.clone())
                .collect();
            assert_eq!(index.selected_iso3(&f), scanned, "{f:?}");
        }
    }
    // The comparison is not vacuous: many queries have rows (403 of 990;
    // most indicators other than detected victims have no breakdown).
    assert!(nonempty * 3 > compared, "{nonempty} of {compared}");
}

#[test]
fn the_filter_options_are_the_full_scans() {
    let recs = bundled();
    let index = StatIndex::new(recs.clone());
    let set = |f: &dyn Fn(&StatRecord) -> Option<String>| -> Vec<String> {
        recs.iter()
            .filter_map(f)
            .filter(|s| !s.is_empty())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    assert_eq!(index.regions(), set(&|r| Some(r.region.clone())));
    assert_eq!(index.subregions(), set(&|r| Some(r.subregion.clone())));
    assert!(index.regions().iter().any(|r| r == "Europe"));
    let names: std::collections::BTreeSet<(String, String)> = recs
        .iter()
        .filter_map(|r| Some((r.area_name.clone(), r.iso3.clone()?)))
        .collect();
    assert_eq!(index.area_names(), names.into_iter().collect::<Vec<_>>());
}

/// Read by hand from `unodc_glotip_data_portal.csv`: the Republic of
/// Moldova's detected victims, dimension Total, category Total, were 126 in
/// 2019 (line 22032: sex Total, age Total) and 139 in 2020 (line 22057);
/// in 2019, 16 female and 110 male (lines 40454 and 40455), 28 children
/// (line 22030: 10 girls, 18 boys, lines 22026 and 22028).
#[test]
fn moldova_as_published() {
    let index = StatIndex::new(bundled());
    let mda = |from, to| Filter {
        country: Some("MDA".into()),
        from: Some(from),
        to: Some(to),
        ..Filter::default()
    };
    let total = index
        .indicators(Indicator::DetectedVictims, &mda(2019, 2020), &[], None)
        .unwrap();
    assert_eq!(total.len(), 1);
    assert_eq!(total[0].value, Count::exact(265));
    assert_eq!(total[0].cells, 2);
    let by_sex = index
        .indicators(
            Indicator::DetectedVictims,
            &mda(2019, 2019),
            &[GroupBy::Sex],
            None,
        )
        .unwrap();
    let v: Vec<(Option<Sex>, Count)> = by_sex.iter().map(|r| (r.keys.sex, r.value)).collect();
    assert!(v.contains(&(Some(Sex::Female), Count::exact(16))), "{v:?}");
    assert!(v.contains(&(Some(Sex::Male), Count::exact(110))), "{v:?}");
    let children = index
        .indicators(
            Indicator::DetectedVictims,
            &Filter {
                age: Some(AgeGroup::Child),
                region: Some("Eastern Europe".into()),
                ..mda(2019, 2019)
            },
            &[GroupBy::Sex],
            None,
        )
        .unwrap();
    let v: Vec<(Option<Sex>, Count)> = children.iter().map(|r| (r.keys.sex, r.value)).collect();
    assert!(v.contains(&(Some(Sex::Female), Count::exact(10))), "{v:?}");
    assert!(v.contains(&(Some(Sex::Male), Count::exact(18))), "{v:?}");
}
