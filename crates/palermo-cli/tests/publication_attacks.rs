//! The attacks of issue #9, run as an attacker would against a live server
//! on 127.0.0.1 (`palermo serve`), with the data holder's commands run
//! beside it on the same database file. Each test fails if its attack
//! succeeds.
//!
//! (a) **Averaging**: re-import the same file 40 times (and release each
//!     time, the worst case: an agency that re-imports and publishes on a
//!     schedule) and average the published tables. The noise used to be
//!     redrawn at every import, and the averages gave every exact count.
//! (b) **Differencing**: add one record, release, compare with the previous
//!     release. With cell-key noise the release is refused (it would
//!     single out the record's cells); with differential privacy every
//!     cell moves, and the budget ends the series.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{cases_import, palermo, stderr, stdout, Dir};
use serde_json::Value;

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");
const GROUPINGS: [&str; 6] = ["year", "sex", "age", "form", "country", "citizenship"];

/// `palermo serve` on a free loopback port, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(dir: &Path) -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_palermo"))
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .current_dir(dir)
            .env_remove("PALERMO_DB")
            .env("PALERMO_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let s = Self { child, port };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "server did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        s
    }

    /// `GET path`: (status, body).
    fn get(&self, path: &str) -> (u16, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let raw = String::from_utf8(raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        (status, body.to_owned())
    }

    fn json(&self, path: &str) -> Value {
        let (s, body) = self.get(path);
        assert_eq!(s, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap()
    }

    /// The table `by` of the latest release, once the server serves
    /// release `id` (its response cache follows the database within a
    /// quarter of a second).
    fn table(&self, by: &str, id: i64) -> Value {
        let start = Instant::now();
        loop {
            let v = self.json(&format!("/api/v1/cases/indicators?by={by}"));
            if v["release"]["id"] == id {
                return v;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "release {id} not served: {v}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `palermo cases release create ARGS`: the release number.
fn release(dir: &Path, args: &[&str]) -> i64 {
    let mut a = vec!["cases", "release", "create"];
    a.extend_from_slice(args);
    let out = palermo(dir, &a);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    text.strip_prefix("release ")
        .and_then(|t| t.split(' ').next())
        .unwrap()
        .parse()
        .unwrap()
}

/// A cell's keys (everything but its value) as a text.
fn keys_of(cell: &Value) -> String {
    let mut c = cell.clone();
    let o = c.as_object_mut().unwrap();
    o.remove("value");
    o.remove("suppressed");
    c.to_string()
}

/// The first `n` records of the shipped synthetic CTDC sample.
fn sample(n: usize) -> String {
    SAMPLE.lines().take(n + 1).collect::<Vec<_>>().join("\n") + "\n"
}

#[test]
fn averaging_forty_reimports_teaches_nothing() {
    let d = Dir::new("attack-average");
    d.file("agency.csv", &sample(400));
    let out = cases_import(&d.0, "agency.csv", "agency", "ctdc", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let server = Server::start(&d.0);
    let mut first: BTreeMap<&str, Value> = BTreeMap::new();
    let mut sums: BTreeMap<(String, String), (f64, u32)> = BTreeMap::new();
    for i in 0..40 {
        if i > 0 {
            let out = cases_import(&d.0, "agency.csv", "agency", "ctdc", &[]);
            assert!(out.status.success(), "{}", stderr(&out));
        }
        let id = release(&d.0, &[]);
        for by in GROUPINGS {
            let t = server.table(by, id);
            for c in t["cells"].as_array().unwrap() {
                if let Some(v) = c["value"].as_f64() {
                    let e = sums.entry((by.to_owned(), keys_of(c))).or_default();
                    e.0 += v;
                    e.1 += 1;
                }
            }
            let mut frozen = t.clone();
            frozen.as_object_mut().unwrap().remove("release");
            match first.get(by) {
                None => {
                    first.insert(by, frozen);
                }
                Some(f) => assert_eq!(&frozen, f, "release {id}, by {by}: the table moved"),
            }
        }
    }
    // The averages are the single published values: nothing to average.
    let mut published = 0;
    let mut not_exact = 0;
    for by in GROUPINGS {
        let out = palermo(
            &d.0,
            &["cases", "indicators", "--by", by, "--format", "json"],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let exact: Value = serde_json::from_str(&stdout(&out)).unwrap();
        for c in first[by]["cells"].as_array().unwrap() {
            let Some(v) = c["value"].as_f64() else {
                continue;
            };
            let (sum, n) = sums[&(by.to_owned(), keys_of(c))];
            assert_eq!(n, 40);
            assert_eq!((sum / 40.0).round(), v, "{by} {c}");
            published += 1;
            let e = exact["cells"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| keys_of(x) == keys_of(c))
                .unwrap();
            not_exact += usize::from(e["value"].as_f64() != Some(v));
        }
    }
    // The published values are noisy: averaging them does not give the
    // exact counts the data holder sees.
    assert!(published > 20, "{published} cells published");
    assert!(
        not_exact * 4 > published,
        "{not_exact} of {published} cells differ from the exact counts"
    );
    // Totals and dataset sizes are not exact either: rounded to 10.
    let ds = server.json("/api/v1/statistics/datasets");
    let total = ds["case_records"]["total"].as_u64().unwrap();
    assert_eq!(total % 10, 0, "{ds}");
    assert!(ds["case_records"]["rounding"]
        .as_str()
        .unwrap()
        .contains("rounded"));
}

#[test]
fn differencing_one_added_record_is_refused_or_drowned() {
    let d = Dir::new("attack-difference");
    d.file("before.csv", &sample(400));
    d.file("after.csv", &sample(401));
    let out = cases_import(&d.0, "before.csv", "agency", "ctdc", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let server = Server::start(&d.0);
    let r1 = release(&d.0, &[]);
    let before: Vec<Value> = GROUPINGS.iter().map(|by| server.table(by, r1)).collect();

    // The agency adds one record: nothing public changes.
    let out = cases_import(&d.0, "after.csv", "agency", "ctdc", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    std::thread::sleep(Duration::from_millis(400));
    for (by, b) in GROUPINGS.iter().zip(&before) {
        assert_eq!(&server.table(by, r1), b, "{by} moved after an import");
    }
    // A cell-key release would single the record out: refused, nothing
    // stored, nothing public changes.
    let out = palermo(&d.0, &["cases", "release", "create"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("only 1 record(s) differ from release 1"),
        "{err}"
    );
    assert!(err.contains("nothing was released"), "{err}");
    let list = stdout(&palermo(&d.0, &["cases", "release", "list"]));
    assert_eq!(list.lines().count(), 1, "{list}");

    // With differential privacy: under a budget of 2, a release at ε = 1
    // before and after the record; every table moves in cells the record
    // is not in, so which cells moved does not single it out (ε bounds what
    // the comparison can teach: tests/dp_attack.rs of palermo-disclosure).
    let d = Dir::new("attack-difference-dp");
    d.file("before.csv", &sample(400));
    d.file("after.csv", &sample(401));
    assert!(cases_import(&d.0, "before.csv", "agency", "ctdc", &[])
        .status
        .success());
    let server = Server::start(&d.0);
    let out = palermo(&d.0, &["cases", "budget", "set", "--epsilon", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r1 = release(&d.0, &["--method", "dp", "--epsilon", "1"]);
    let before: Vec<Value> = GROUPINGS.iter().map(|by| server.table(by, r1)).collect();
    assert!(cases_import(&d.0, "after.csv", "agency", "ctdc", &[])
        .status
        .success());
    let r2 = release(&d.0, &["--method", "dp", "--epsilon", "1"]);
    // The added record is the sample's line 402: its sex and age group.
    let added = SAMPLE.lines().nth(401).unwrap();
    let mut moved_elsewhere = 0;
    for (by, b) in GROUPINGS.iter().zip(&before) {
        let a = server.table(by, r2);
        assert_eq!(a["release"]["epsilon"], 1.0);
        for (x, y) in a["cells"]
            .as_array()
            .unwrap()
            .iter()
            .zip(b["cells"].as_array().unwrap())
        {
            assert_eq!(keys_of(x), keys_of(y));
            moved_elsewhere += usize::from(x["value"] != y["value"]);
        }
    }
    assert!(
        moved_elsewhere > 8,
        "only {moved_elsewhere} cells moved (record: {added})"
    );
    // The budget is spent: a third release is refused with what remains.
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
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("budget 2, spent 2, remaining 0"), "{err}");
    let (s, _) = server.get(&format!("/api/v1/cases/releases/{r1}"));
    assert_eq!(s, 200);
}
