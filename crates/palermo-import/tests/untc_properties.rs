//! Property tests: the status-table reader never panics, whatever the bytes,
//! and what it accepts always satisfies the model's rules.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_import::bundled::reference_data;
use palermo_import::untc::read_status;
use palermo_model::Instrument;
use proptest::prelude::*;
use time::macros::date;

const HEADER: &str = "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\n";

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (
            1u8..=31,
            0usize..12,
            1998i32..2030,
            prop_oneof![
                Just(""),
                Just(" a"),
                Just(" AA"),
                Just(" A"),
                Just(" d"),
                Just(" c"),
                Just(" x"),
                Just(" 3")
            ]
        )
            .prop_map(|(d, m, y, s)| {
                let months = [
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec",
                ];
                format!("{d} {} {y}{s}", months[m])
            }),
        "[ -~]{0,12}",
    ]
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Albania".to_string()),
        Just("European Union".to_string()),
        Just("Republic of Moldova 2,3".to_string()),
        Just("Türkiye".to_string()),
        "[ -~]{0,16}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let index = reference_data().unwrap().index();
        let mut input = HEADER.as_bytes().to_vec();
        input.extend(bytes);
        let _ = read_status("x.csv", &input[..], Instrument::Tip, date!(2020-01-01), None, &index);
    }

    #[test]
    fn accepted_rows_obey_the_rules(rows in proptest::collection::vec((name(), cell(), cell()), 0..6)) {
        let index = reference_data().unwrap().index();
        let mut text = HEADER.to_string();
        for (n, s, c) in &rows {
            text.push_str(&format!("\"{}\",\"{}\",\"{}\"\n", n.replace('"', ""), s.replace('"', ""), c.replace('"', "")));
        }
        if let Ok(table) = read_status("x.csv", text.as_bytes(), Instrument::Tip, date!(2020-01-01), None, &index) {
            for r in &table.rows {
                prop_assert!(r.validate(date!(2020-01-01)).is_ok());
            }
        }
    }
}
