//! The differencing attack against differentially private releases, run
//! as an attacker would: the attacker knows every record but one, sees a
//! release made either without or with that record (a fair coin decides),
//! and guesses which. Under ε-differential privacy no test can be right
//! more often than e^ε / (1 + e^ε) (Kairouz, Oh & Viswanath 2015, Thm 2.1
//! at δ = 0): 0.731 at ε = 1. The attacker here adds up, over the six
//! tables, how far the released count of the record's cell lies above the
//! count it knows without the record, and says "present" above half the
//! number of tables. At ε = 20 the same attack almost always wins, which
//! shows that the test can see a leak.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_disclosure::dp::DpCategories;
use palermo_disclosure::release::{make_release, Epsilon, ReleaseSpec};
use palermo_model::case::{AgeBand, CaseRecord, CaseSex, Flag};
use palermo_model::indicator::GroupBy;
use palermo_model::stats::{AgeGroup, FormOfExploitation, Sex};

fn victim(line: u64) -> CaseRecord {
    let mut r = CaseRecord::empty("agency", line);
    r.year = Some(2020);
    r.sex = CaseSex::Female;
    r.age = Some(AgeBand::A30to38);
    r.forms.sexual = Flag::Yes;
    r.country_of_exploitation = Some("MDA".into());
    r.citizenship = Some("UKR".into());
    r
}

/// The attacker's share of right guesses over `trials` coin flips.
fn attack(epsilon: f64, trials: u32) -> f64 {
    let cats = DpCategories {
        years: 2020..=2021,
        countries: vec!["MDA".into(), "UKR".into()],
    };
    let base: Vec<CaseRecord> = (0..40).map(|i| victim(i + 2)).collect();
    let mut with = base.clone();
    with.push(victim(1_000));
    let spec = ReleaseSpec::Dp {
        k: 3,
        epsilon: Epsilon::new(epsilon).unwrap(),
    };
    let mut right = 0u32;
    for t in 0..trials {
        let present = t % 2 == 1;
        let rel = make_release(&spec, if present { &with } else { &base }, b"", &cats).unwrap();
        let cell = |by: GroupBy| {
            let table = rel.table(Some(by)).unwrap();
            let c = table
                .cells
                .iter()
                .find(|c| match by {
                    GroupBy::Year => c.keys.year == Some(2020),
                    GroupBy::Sex => c.keys.sex == Some(Sex::Female),
                    GroupBy::Age => c.keys.age == Some(AgeGroup::Adult),
                    GroupBy::Form => c.keys.form == Some(FormOfExploitation::Sexual),
                    GroupBy::Country => c.keys.country.as_deref() == Some("MDA"),
                    _ => c.keys.citizenship.as_deref() == Some("UKR"),
                })
                .unwrap();
            c.value.map_or(0.0, |v| v as f64)
        };
        let score: f64 = palermo_disclosure::dp::GROUPINGS
            .iter()
            .map(|by| cell(*by) - 40.0)
            .sum();
        let guess = score > 3.0;
        right += u32::from(guess == present);
    }
    f64::from(right) / f64::from(trials)
}

#[test]
fn differencing_two_releases_is_bounded_by_epsilon() {
    let trials = 800;
    let bound = 1f64.exp() / (1.0 + 1f64.exp());
    let sd = (bound * (1.0 - bound) / f64::from(trials)).sqrt();
    // Four standard deviations: a correct mechanism fails this about
    // three times in 100,000 runs.
    let at_1 = attack(1.0, trials);
    assert!(at_1 <= bound + 4.0 * sd, "ε = 1: {at_1} > {bound}");
    // The same attack on little noise wins far above the ε = 1 bound, so
    // the test can see a leak. (Its rate is about 0.96, not 1: the
    // post-processing shares each table's noise out; 0.85 is more than ten
    // standard deviations below it at 400 trials, and far above 0.731.)
    let at_20 = attack(20.0, 400);
    assert!(at_20 > 0.85, "ε = 20: {at_20}");
}
