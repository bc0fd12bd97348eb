//! Many server instances on one PostgreSQL database (issue 11 item 3): a
//! change committed through one instance reaches every other's
//! `data_version` within one second, from PostgreSQL's notification (the
//! other's listener), and an instance whose listener connection the server
//! ends (as a restart does) misses no change and listens again by itself.
//! Runs when PALERMO_TEST_POSTGRES names a server (README, Tests).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use palermo_model::treaty::Consent;
use palermo_model::{ConsentType, Instrument, ParticipantStatus};
use palermo_store::{Store, TreatyImportOptions};
use sqlx::Connection as _;

/// The bound: every instance sees a change within one second.
const WITHIN: Duration = Duration::from_secs(1);

/// Commits change number `round` through `a` (one more participant made a
/// party of the Protocol, in a later snapshot).
async fn commit_change(a: &Store, base: &[ParticipantStatus], round: usize) {
    let mut rows = base.to_vec();
    for r in rows
        .iter_mut()
        .filter(|r| r.consent.is_none())
        .take(round + 1)
    {
        r.consent = Some(Consent {
            date: time::macros::date!(2021 - 01 - 01),
            kind: ConsentType::Ratification,
        });
    }
    let as_of =
        time::Date::from_calendar_date(2022, time::Month::January, 1 + round as u8).unwrap();
    let diff = a
        .import_treaty_status(
            Instrument::Tip,
            as_of,
            "test",
            &rows,
            TreatyImportOptions::default(),
        )
        .await
        .unwrap();
    assert!(diff.recorded, "round {round}: the change was not recorded");
}

/// How long until `b.data_version()` passes `before` (polled every 5 ms,
/// given up after five seconds).
async fn seen_after(b: &Store, before: i64) -> Duration {
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(5) {
        if b.data_version().await.unwrap().unwrap() > before {
            return t.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("the other instance did not see the change within five seconds");
}

/// Waits (at most five seconds) until `b`'s listener follows the database.
async fn until_listening(b: &Store) {
    let t = Instant::now();
    while !b.listening_for_changes() {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the listener did not (re)connect within five seconds"
        );
        b.data_version().await.unwrap();
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Three changes in a row through instance `a`, each seen by instance `b`
/// within one second while `b` answers from its listener (it reads no
/// counter then). The listener's own check of its connection reads the
/// counter only after two quiet seconds, so it could bring at most one of
/// three back-to-back changes: each is the notification's. Then the server
/// ends `b`'s listener connection (`pg_terminate_backend`, what a restart
/// or a failover does to it): a change committed meanwhile is still seen
/// within one second (the counter is read while the listener is away),
/// and the listener reconnects by itself and carries the next change.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_through_one_instance_reaches_the_other_within_a_second() {
    let Some(pg) = palermo_store::testing::postgres().await else {
        return;
    };
    let url = pg.url.clone().unwrap();
    let a = pg.store.clone();
    let b = Store::connect(&url).await.unwrap();
    let base = a.treaty_status(Some(Instrument::Tip)).await.unwrap();
    b.data_version().await.unwrap();
    until_listening(&b).await;

    for round in 0..3 {
        let before = b.data_version().await.unwrap().unwrap();
        commit_change(&a, &base, round).await;
        let took = seen_after(&b, before).await;
        assert!(took < WITHIN, "round {round}: seen after {took:?}");
        assert!(
            b.listening_for_changes(),
            "round {round}: seen, but not through the listener"
        );
    }

    // The server ends the listener's connection.
    let mut admin = sqlx::PgConnection::connect(&url).await.unwrap();
    let ended: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE application_name = 'palermo-listener' AND datname = current_database()",
    )
    .fetch_all(&mut admin)
    .await
    .unwrap();
    assert!(!ended.is_empty() && ended.iter().all(|e| *e), "{ended:?}");
    let before = b.data_version().await.unwrap().unwrap();
    commit_change(&a, &base, 3).await;
    let took = seen_after(&b, before).await;
    assert!(
        took < WITHIN,
        "while the listener was away: seen after {took:?}"
    );

    until_listening(&b).await;
    let before = b.data_version().await.unwrap().unwrap();
    commit_change(&a, &base, 4).await;
    let took = seen_after(&b, before).await;
    assert!(took < WITHIN, "after reconnecting: seen after {took:?}");
    assert!(b.listening_for_changes());
    admin.close().await.unwrap();
    b.close().await;
    a.close().await;
}

/// A transaction rolled back notifies nobody and moves nothing: an import
/// refused by its rule (a snapshot older than the one stored) leaves the
/// other instance's data version where it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rolled_back_change_reaches_no_one() {
    let Some(pg) = palermo_store::testing::postgres().await else {
        return;
    };
    let a = pg.store.clone();
    let b = Store::connect(pg.url.as_deref().unwrap()).await.unwrap();
    let base = a.treaty_status(Some(Instrument::Tip)).await.unwrap();
    until_listening(&b).await;
    let before = b.data_version().await.unwrap().unwrap();
    let refused = a
        .import_treaty_status(
            Instrument::Tip,
            time::macros::date!(2001 - 01 - 01),
            "older",
            &base,
            TreatyImportOptions::default(),
        )
        .await;
    assert!(refused.is_err(), "an older snapshot was accepted");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(b.data_version().await.unwrap().unwrap(), before);
    assert_eq!(a.data_version().await.unwrap().unwrap(), before);
    b.close().await;
    a.close().await;
}
