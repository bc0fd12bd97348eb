//! Property: no public output built from case records has a cell below k,
//! over random records, random filters and random groupings; and no withheld
//! cell can be recovered from the published total by subtraction.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::type_complexity)]

use palermo_disclosure::{protect, public_case_table, MIN_K};
use palermo_model::case::{AgeBand, CaseRecord, CaseSex, Flag};
use palermo_model::indicator::{CaseFilter, Filter, GroupBy};
use palermo_model::stats::{AgeGroup, FormOfExploitation, Sex};
use proptest::prelude::*;

const COUNTRIES: [&str; 4] = ["MDA", "ROU", "UKR", "NGA"];

fn flag() -> impl Strategy<Value = Flag> {
    prop_oneof![Just(Flag::Yes), Just(Flag::No), Just(Flag::Unknown)]
}

fn record() -> impl Strategy<Value = CaseRecord> {
    (
        proptest::option::of(2015i32..2022),
        0usize..4,
        proptest::option::of(0usize..AgeBand::ALL.len()),
        proptest::option::of(0usize..4),
        proptest::option::of(0usize..4),
        (flag(), flag(), flag()),
    )
        .prop_map(|(year, sex, age, cit, coe, (s, l, o))| {
            let mut r = CaseRecord::empty("p", 1);
            r.year = year;
            r.sex = [
                CaseSex::Female,
                CaseSex::Male,
                CaseSex::TransOrNonConforming,
                CaseSex::Unknown,
            ][sex];
            r.age = age.map(|a| AgeBand::ALL[a]);
            r.citizenship = cit.map(|c| COUNTRIES[c].to_owned());
            r.country_of_exploitation = coe.map(|c| COUNTRIES[c].to_owned());
            r.forms.sexual = s;
            r.forms.forced_labour = l;
            r.forms.other = o;
            r
        })
}

fn filter() -> impl Strategy<Value = CaseFilter> {
    (
        proptest::option::of(2015i32..2022),
        proptest::option::of(0usize..4),
        proptest::option::of(0usize..5),
        proptest::option::of(0usize..4),
        proptest::option::of(0usize..3),
    )
        .prop_map(|(from, country, sex, age, form)| CaseFilter {
            base: Filter {
                from,
                to: from.map(|y| y + 2),
                country: country.map(|c| COUNTRIES[c].to_owned()),
                region: None,
                sex: sex.map(|s| Sex::ALL[s]),
                age: age.map(|a| AgeGroup::ALL[a]),
                form: form.map(|f| {
                    [
                        FormOfExploitation::Sexual,
                        FormOfExploitation::ForcedLabour,
                        FormOfExploitation::Other,
                    ][f]
                }),
            },
            region_countries: None,
            source: None,
        })
}

fn grouping() -> impl Strategy<Value = Vec<GroupBy>> {
    proptest::sample::subsequence(
        vec![
            GroupBy::Year,
            GroupBy::Sex,
            GroupBy::Age,
            GroupBy::Form,
            GroupBy::Country,
            GroupBy::Citizenship,
        ],
        0..=3,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_public_cell_below_k(records in proptest::collection::vec(record(), 0..400), f in filter(), by in grouping(), k in 0u64..25) {
        let t = public_case_table(&records, &f, &by, k);
        prop_assert!(t.k >= MIN_K && t.k >= k);
        for c in &t.cells {
            match c.value {
                Some(v) => prop_assert!(v >= t.k, "published {v} < k {}", t.k),
                None => prop_assert!(c.suppressed),
            }
        }
        if let Some(total) = t.total {
            prop_assert!(total >= t.k);
        }
    }

    #[test]
    fn withheld_cells_cannot_be_recovered(cells in proptest::collection::vec(0u64..40, 0..12), k in 0u64..20) {
        let total: u64 = cells.iter().sum();
        let t = protect(cells.iter().copied().enumerate().collect(), Some(total), k);
        let hidden: Vec<u64> = cells.iter().zip(&t.cells).filter(|(_, c)| c.suppressed).map(|(v, _)| *v).collect();
        for c in &t.cells {
            prop_assert!(c.value.is_none_or(|v| v >= t.k));
        }
        if t.total.is_some() && !hidden.is_empty() {
            prop_assert!(hidden.len() >= 2, "a lone withheld cell with a published total");
            prop_assert!(hidden.iter().sum::<u64>() >= t.k, "withheld cells add up to less than k");
        }
    }
}
