//! The bundled 2014 UN Treaty Collection snapshot parses completely, and its
//! counts and dates match the source.
//!
//! Expected values come from the source, not from Palermo: the party counts
//! are those stated in `../shared/data/PROVENANCE.md` and
//! `snapshot_index.csv` ("179 with an action date" for UNTOC, 159 TIP, 138
//! SOM, 109 Firearms; participant rows 185, 167, 152, 123), and the dates are
//! read off the UNTC rows quoted in each test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_import::bundled::{reference_data, treaty_snapshots};
use palermo_model::{ConsentType, Instrument};

fn snapshot() -> Vec<(Instrument, &'static str, palermo_import::untc::StatusTable)> {
    let r = reference_data().unwrap();
    treaty_snapshots(&r.index()).unwrap()
}

#[test]
fn every_row_parses_and_counts_match_the_source() {
    // (instrument, participant rows, parties) from the source's own counts.
    let expected = [
        (Instrument::Untoc, 185, 179),
        (Instrument::Tip, 167, 159),
        (Instrument::Som, 152, 138),
        (Instrument::Firearms, 123, 109),
    ];
    let snap = snapshot();
    for (instrument, rows, parties) in expected {
        let (_, _, t) = snap.iter().find(|(i, _, _)| *i == instrument).unwrap();
        assert_eq!(t.rows.len(), rows, "{instrument} participants");
        let n = t.rows.iter().filter(|r| r.is_party_on(None)).count();
        assert_eq!(n, parties, "{instrument} parties");
    }
}

#[test]
fn the_european_union_is_a_party_without_a_code() {
    for (instrument, _, t) in snapshot() {
        let eu = t
            .rows
            .iter()
            .find(|r| r.participant == "European Union")
            .unwrap();
        assert_eq!(eu.iso3, None);
        assert!(eu.is_party_on(None), "{instrument}");
        assert_eq!(eu.consent.unwrap().kind, ConsentType::Approval);
    }
}

fn row(instrument: Instrument, iso3: &str) -> palermo_model::ParticipantStatus {
    snapshot()
        .into_iter()
        .find(|(i, _, _)| *i == instrument)
        .unwrap()
        .2
        .rows
        .into_iter()
        .find(|r| r.iso3.as_deref() == Some(iso3))
        .unwrap()
}

fn iso(d: Option<time::Date>) -> Option<String> {
    d.map(palermo_model::date::iso)
}

#[test]
fn specific_states_match_the_source() {
    // untc_18-12_…csv: "Afghanistan,14 Dec 2000,24 Sep 2003"
    let r = row(Instrument::Untoc, "AFG");
    assert_eq!(iso(r.signature).as_deref(), Some("2000-12-14"));
    assert_eq!(
        iso(r.consent.map(|c| c.date)).as_deref(),
        Some("2003-09-24")
    );
    assert_eq!(r.consent.unwrap().kind, ConsentType::Ratification);
    // untc_18-12-a_…csv: "Albania,12 Dec 2000,21 Aug 2002"
    let r = row(Instrument::Tip, "ALB");
    assert_eq!(iso(r.signature).as_deref(), Some("2000-12-12"));
    assert_eq!(
        iso(r.consent.map(|c| c.date)).as_deref(),
        Some("2002-08-21")
    );
    // untc_18-12-a: "Montenegro,,23 Oct 2006 d"
    let r = row(Instrument::Tip, "MNE");
    assert_eq!(r.signature, None);
    assert_eq!(r.consent.unwrap().kind, ConsentType::Succession);
    assert_eq!(
        iso(r.consent.map(|c| c.date)).as_deref(),
        Some("2006-10-23")
    );
    // untc_18-12-a: "Republic of Korea,13 Dec 2000," (signatory, not a party in 2014)
    let r = row(Instrument::Tip, "KOR");
    assert_eq!(iso(r.signature).as_deref(), Some("2000-12-13"));
    assert!(!r.is_party_on(None));
    // untc_18-12-c: "Albania,,8 Feb 2008 a"
    let r = row(Instrument::Firearms, "ALB");
    assert_eq!(r.consent.unwrap().kind, ConsentType::Accession);
    assert_eq!(
        iso(r.consent.map(|c| c.date)).as_deref(),
        Some("2008-02-08")
    );
    // untc_18-12: "Turkmenistan,,28 Mar 2005 a"
    let r = row(Instrument::Untoc, "TKM");
    assert_eq!(r.consent.unwrap().kind, ConsentType::Accession);
    assert_eq!(
        iso(r.consent.map(|c| c.date)).as_deref(),
        Some("2005-03-28")
    );
}
