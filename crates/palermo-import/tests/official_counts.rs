//! The newest official counts that the model states
//! (`Instrument::latest_official_count`) are those recorded, with their
//! sources, in `data/treaty-status/snapshot_index.csv`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_model::Instrument;

const INDEX: &str = include_str!("../../../data/treaty-status/snapshot_index.csv");

#[test]
fn model_counts_are_the_newest_stated_counts_of_the_snapshot_index() {
    let mut reader = csv::Reader::from_reader(INDEX.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (instrument, as_of, sigs, parties, url) = (
        col("instrument"),
        col("as_of"),
        col("stated_signatories"),
        col("stated_parties"),
        col("source_url"),
    );
    for i in Instrument::ALL {
        // The newest dated row with a stated number of parties.
        let newest = reader_rows(INDEX)
            .into_iter()
            .filter(|r| {
                r[instrument] == *i.code() && !r[parties].is_empty() && !r[as_of].is_empty()
            })
            .max_by(|a, b| a[as_of].cmp(&b[as_of]));
        match (newest, i.latest_official_count()) {
            (None, None) => {}
            (Some(row), Some(c)) => {
                assert_eq!(palermo_model::date::iso(c.as_of), row[as_of], "{i}");
                assert_eq!(c.parties.to_string(), row[parties], "{i}");
                assert_eq!(c.signatories.to_string(), row[sigs], "{i}");
                assert_eq!(c.source_url, row[url], "{i}");
            }
            (row, count) => panic!("{i}: index says {row:?}, model says {count:?}"),
        }
    }
}

fn reader_rows(text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn tip_count_is_the_one_the_issue_names() {
    // UNTC's status page for XVIII-12-a, "STATUS AS AT : 20-04-2024": 182 parties.
    let c = Instrument::Tip.latest_official_count().unwrap();
    assert_eq!(
        (palermo_model::date::iso(c.as_of).as_str(), c.parties),
        ("2024-04-20", 182)
    );
}
