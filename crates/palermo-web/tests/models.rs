//! Page models are built without a server: from values read from the store
//! and plain functions, as `palermo report` will build its sections. The
//! figures are the source snapshot's (UN Treaty Collection tables of
//! 2014-07-10: 159 parties to the Trafficking in Persons Protocol, 179 to
//! the Convention), not Palermo's.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;

use palermo_i18n::Lang;
use palermo_model::Instrument;
use palermo_store::Store;
use palermo_web::treaty::model::{home_page, instrument_page, InstrumentQuery};

#[tokio::test]
async fn treaty_models_from_store_values() {
    let store = Store::open_in_memory().await.unwrap();
    let snapshots = palermo_web::treaty::pages::snapshots(&store).await.unwrap();
    let all = store.treaty_status(None).await.unwrap();
    let today = time::macros::date!(2026 - 12 - 01);
    let countries: HashMap<String, palermo_model::Country> = store
        .countries()
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.iso3.clone(), c))
        .collect();
    let home = home_page(&all, &snapshots, &countries, today, Lang::En);
    let parties: HashMap<&str, usize> = home
        .cards
        .iter()
        .map(|c| (c.code, c.counts.parties))
        .collect();
    assert_eq!(parties["tip"], 159);
    assert_eq!(parties["untoc"], 179);
    assert!(home.notices.stale, "a 2014 snapshot is out of date in 2026");

    let tip = store.treaty_status(Some(Instrument::Tip)).await.unwrap();
    let page = instrument_page(
        Instrument::Tip,
        &InstrumentQuery::default(),
        None,
        snapshots.of(Instrument::Tip),
        &tip,
        &countries,
        today,
        Lang::En,
    );
    assert_eq!(page.counts.parties, 159);
    assert_eq!(page.as_of, "2014-07-10");
    assert!(page.chart.as_str().starts_with("<figure"));
    // Republic of Korea had signed but not ratified in 2014.
    assert!(page
        .not_party
        .iter()
        .flat_map(|g| &g.states)
        .any(|(iso3, _, signed)| iso3 == "KOR" && *signed));
}
