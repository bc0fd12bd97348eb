//! Bad input to `palermo cases release …` and `cases budget …`: a clear
//! error, and nothing stored.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{cases_import, palermo, stderr, stdout, Dir};

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

fn releases(dir: &std::path::Path) -> String {
    stdout(&palermo(dir, &["cases", "release", "list"]))
}

#[test]
fn bad_release_requests_store_nothing() {
    let d = Dir::new("release-bad");
    // No records yet.
    let out = palermo(&d.0, &["cases", "release", "create"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("there are no case records to release"),
        "{}",
        stderr(&out)
    );
    assert!(releases(&d.0).contains("no releases yet"));
    let out = palermo(&d.0, &["cases", "budget", "set", "--epsilon", "1"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no case-record sources yet"),
        "{}",
        stderr(&out)
    );

    d.file("a.csv", SAMPLE);
    assert!(cases_import(&d.0, "a.csv", "agency", "ctdc", &[])
        .status
        .success());
    for bad in ["0", "-1", "nan", "inf", "abc", "1e400", "1e-300", "50"] {
        let arg = format!("--epsilon={bad}");
        let out = palermo(
            &d.0,
            &["cases", "release", "create", "--method", "dp", &arg],
        );
        assert!(!out.status.success(), "{bad}");
        assert!(
            stderr(&out).contains("epsilon must be a number from 0.01 to 20"),
            "{bad}: {}",
            stderr(&out)
        );
        let out = palermo(&d.0, &["cases", "budget", "set", &arg]);
        assert!(!out.status.success(), "{bad}");
    }
    let out = palermo(&d.0, &["cases", "release", "create", "--method", "dp"]);
    assert!(stderr(&out).contains("needs --epsilon"), "{}", stderr(&out));
    let out = palermo(&d.0, &["cases", "release", "create", "--epsilon", "1"]);
    assert!(
        stderr(&out).contains("--epsilon is for --method dp"),
        "{}",
        stderr(&out)
    );
    // DP without a budget.
    let out = palermo(
        &d.0,
        &[
            "cases",
            "release",
            "create",
            "--method",
            "dp",
            "--epsilon",
            "1",
        ],
    );
    assert!(
        stderr(&out).contains("has no privacy budget"),
        "{}",
        stderr(&out)
    );
    let out = palermo(
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
    );
    assert!(
        stderr(&out).contains("no case-record source of that name"),
        "{}",
        stderr(&out)
    );
    assert!(releases(&d.0).contains("no releases yet"));
    let budgets = stdout(&palermo(&d.0, &["cases", "budget", "show"]));
    assert!(budgets.contains("agency\tnone\t0\t-"), "{budgets}");
    // Withdrawing an unknown release.
    let out = palermo(&d.0, &["cases", "release", "withdraw", "7"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("there is no release 7"),
        "{}",
        stderr(&out)
    );
    // A budget exceeded: refused with the remaining budget, no ε spent.
    assert!(
        palermo(&d.0, &["cases", "budget", "set", "--epsilon", "1.5"])
            .status
            .success()
    );
    let out = palermo(
        &d.0,
        &[
            "cases",
            "release",
            "create",
            "--method",
            "dp",
            "--epsilon",
            "2",
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("budget 1.5, spent 0, remaining 1.5"),
        "{}",
        stderr(&out)
    );
    assert!(releases(&d.0).contains("no releases yet"));
    let budgets = stdout(&palermo(&d.0, &["cases", "budget", "show"]));
    assert!(budgets.contains("agency\t1.5\t0\t1.5"), "{budgets}");
}
