//! Bad input to `palermo cases release …` and `cases budget …`: a clear
//! error, and nothing stored.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{cases_import, palermo, stderr, stdout, Dir};

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

fn releases(dir: &std::path::Path) -> String {
    stdout(&palermo(dir, &["cases", "release", "list"]))
}

/// Runs `palermo ARGS` in `dir` and checks that it fails with `reason`.
fn refused(dir: &std::path::Path, args: &[&str], reason: &str) {
    let out = palermo(dir, args);
    assert!(!out.status.success(), "{args:?} succeeded");
    assert!(stderr(&out).contains(reason), "{args:?}: {}", stderr(&out));
}

#[test]
fn bad_release_requests_store_nothing() {
    let d = Dir::new("release-bad");
    let create = ["cases", "release", "create"];
    let dp = |eps: &'static str| {
        [
            "cases",
            "release",
            "create",
            "--method",
            "dp",
            "--epsilon",
            eps,
        ]
    };
    // No records yet.
    refused(&d.0, &create, "there are no case records to release");
    assert!(releases(&d.0).contains("no releases yet"));
    refused(
        &d.0,
        &["cases", "budget", "set", "--epsilon", "1"],
        "no case-record sources yet",
    );

    d.file("a.csv", SAMPLE);
    assert!(cases_import(&d.0, "a.csv", "agency", "ctdc", &[])
        .status
        .success());
    for bad in ["0", "-1", "nan", "inf", "abc", "1e400", "1e-300", "50"] {
        let arg = format!("--epsilon={bad}");
        refused(
            &d.0,
            &["cases", "release", "create", "--method", "dp", &arg],
            "epsilon must be a number from 0.01 to 20",
        );
        let out = palermo(&d.0, &["cases", "budget", "set", &arg]);
        assert!(!out.status.success(), "{bad}");
    }
    refused(
        &d.0,
        &["cases", "release", "create", "--method", "dp"],
        "needs --epsilon",
    );
    refused(
        &d.0,
        &["cases", "release", "create", "--epsilon", "1"],
        "--epsilon is for --method dp",
    );
    // DP without a budget.
    refused(&d.0, &dp("1"), "has no privacy budget");
    refused(
        &d.0,
        &[
            "cases",
            "budget",
            "set",
            "--epsilon",
            "1",
            "--source",
            "nobody",
        ],
        "no case-record source of that name",
    );
    assert!(releases(&d.0).contains("no releases yet"));
    let budgets = stdout(&palermo(&d.0, &["cases", "budget", "show"]));
    assert!(budgets.contains("agency\tnone\t0\t-"), "{budgets}");
    // Withdrawing an unknown release.
    refused(
        &d.0,
        &["cases", "release", "withdraw", "7"],
        "there is no release 7",
    );
    // A budget exceeded: refused with the remaining budget, no ε spent.
    assert!(
        palermo(&d.0, &["cases", "budget", "set", "--epsilon", "1.5"])
            .status
            .success()
    );
    refused(&d.0, &dp("2"), "budget 1.5, spent 0, remaining 1.5");
    assert!(releases(&d.0).contains("no releases yet"));
    let budgets = stdout(&palermo(&d.0, &["cases", "budget", "show"]));
    assert!(budgets.contains("agency\t1.5\t0\t1.5"), "{budgets}");
}
