//! The attacks a QA pass ran against cell-key releases, run again here
//! (pure, on synthetic records). Each failed before the fix:
//!
//! 1. *Averaging through unpublished edits*: the data holder re-imports
//!    the same victims 30 times, each time with a means of control flipped
//!    in 5 records (no table shows it), and releases; the noise used to be
//!    redrawn for every cell holding an edited record, and the average of
//!    the releases rounded to every exact count. Now the releases are
//!    bit-identical: nothing to average.
//! 2. *Existence*: a table used to list only the categories present, so a
//!    citizenship listed (even withheld) had at least one victim and a
//!    citizenship appearing in the next release disclosed its first victim.
//!    Now every table lists the same public categories.
//! 3. *The differencing guard passed by unpublished edits*: 5 edited
//!    records plus 1 new one used to count as 11 changes (≥ k); now 1.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_disclosure::dp::DpCategories;
use palermo_disclosure::release::{
    check_cell_key_increment, make_release, record_digests, ReleaseError, ReleaseSpec,
};
use palermo_model::case::{AgeBand, CaseRecord, CaseSex, Flag};
use palermo_model::indicator::GroupBy;

const SECRET: &[u8] = b"database secret of this test, 32b";

fn victim(i: u64) -> CaseRecord {
    let mut r = CaseRecord::empty("agency", i + 2);
    r.year = Some(2015 + (i % 5) as i32);
    r.sex = if i.is_multiple_of(3) {
        CaseSex::Male
    } else {
        CaseSex::Female
    };
    r.age = Some(if i.is_multiple_of(4) {
        AgeBand::A9to17
    } else {
        AgeBand::A30to38
    });
    r.forms.sexual = if i.is_multiple_of(2) {
        Flag::Yes
    } else {
        Flag::No
    };
    r.forms.forced_labour = if i % 2 == 1 { Flag::Yes } else { Flag::No };
    r.country_of_exploitation = Some(["MDA", "ROU", "ITA"][(i % 3) as usize].into());
    r.citizenship = Some(["UKR", "MDA", "NGA", "VNM"][(i % 4) as usize].into());
    r
}

fn cats() -> DpCategories {
    DpCategories {
        years: 2000..=2026,
        countries: ["ERI", "ITA", "MDA", "NGA", "ROU", "UKR", "VNM"]
            .map(String::from)
            .to_vec(),
    }
}

fn base() -> Vec<CaseRecord> {
    (0..300).map(victim).collect()
}

#[test]
fn releases_after_unpublished_edits_are_identical_so_averaging_teaches_nothing() {
    let spec = ReleaseSpec::CellKey { k: 10 };
    let first = make_release(&spec, &base(), SECRET, &cats()).unwrap();
    for round in 0..30u64 {
        let mut edited = base();
        for j in 0..5 {
            let r = &mut edited[((round * 5 + j) % 300) as usize];
            r.means.threats = if round.is_multiple_of(2) {
                Flag::Yes
            } else {
                Flag::No
            };
            r.data_source = Some(format!("hotline {round}"));
            r.source_line += 1_000;
        }
        let again = make_release(&spec, &edited, SECRET, &cats()).unwrap();
        assert_eq!(again, first, "round {round}");
    }
}

#[test]
fn every_cell_key_table_lists_the_same_public_categories() {
    let spec = ReleaseSpec::CellKey { k: 10 };
    let before = make_release(&spec, &base(), SECRET, &cats()).unwrap();
    let mut with_eri = base();
    let mut eri = victim(7);
    eri.citizenship = Some("ERI".into());
    with_eri.extend((0..12).map(|i| {
        let mut r = victim(1_000 + i);
        r.citizenship = Some("VNM".into());
        r
    }));
    with_eri.push(eri);
    let after = make_release(&spec, &with_eri, SECRET, &cats()).unwrap();
    for by in [
        GroupBy::Citizenship,
        GroupBy::Country,
        GroupBy::Year,
        GroupBy::Sex,
    ] {
        let keys = |t: &palermo_disclosure::release::ReleaseTables| {
            t.table(Some(by))
                .unwrap()
                .cells
                .iter()
                .map(|c| c.keys.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            keys(&before),
            keys(&after),
            "{by:?}: the listed cells moved"
        );
    }
    // ERI is listed (withheld) though no victim of the base set has it.
    let t = before.table(Some(GroupBy::Citizenship)).unwrap();
    let eri_cell = t
        .cells
        .iter()
        .find(|c| c.keys.citizenship.as_deref() == Some("ERI"))
        .expect("ERI listed");
    assert!(eri_cell.suppressed && eri_cell.value.is_none());
}

#[test]
fn unpublished_edits_do_not_open_the_differencing_guard() {
    let earlier = record_digests(SECRET, &base());
    let mut now = base();
    for r in now.iter_mut().take(5) {
        r.means.threats = Flag::Yes;
    }
    let mut new = victim(5_000);
    new.citizenship = Some("ERI".into());
    now.push(new);
    let err =
        check_cell_key_increment(&record_digests(SECRET, &now), [(1, earlier.as_slice())], 10)
            .unwrap_err();
    assert_eq!(
        err,
        ReleaseError::TooFewChanges {
            release: 1,
            changed: 1,
            k: 10
        }
    );
}
