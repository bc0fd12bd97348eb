//! Every page in a real browser: axe-core finds no accessibility violation
//! (WCAG 2.1 A and AA, and axe's best practices), and at a phone's width
//! (390 CSS px) no page is wider than the screen and no chart text is
//! smaller than 11 px (issue 13, items 15 and 16).
//!
//! One live server on loopback (the bundled treaty status, the bundled
//! GLOTIP statistics, and a case-record release of the synthetic CTDC
//! sample), and one Node process driving one headless Chromium for all
//! pages (`tests/browser/check.mjs`: Debian's `chromium` over its DevTools
//! protocol on a pipe; axe-core, the one npm package, evaluated in each page
//! through the protocol, so that the page keeps its strict CSP).
//! The pages are every HTML route of the registry, with representative
//! parameters: each instrument, a country, the data hub's views, and the
//! estimation page with a result.
//!
//! Needs `node` and `npm ci` in `tests/browser/` (`.ci/run` does both).
//! `PALERMO_NODE` and `PALERMO_CHROMIUM` name other binaries;
//! `PALERMO_SKIP_BROWSER_TESTS=1` skips (the test fails otherwise, so that CI
//! cannot pass it silently). `PALERMO_SCREENSHOTS=DIR` keeps a PNG of each
//! page at both widths.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

mod common;

const SAMPLE: &str = include_str!("../../../data/ctdc/palermo_SYNTHETIC_ctdc_2024_layout.csv");

/// The phone width of item 16, CSS px.
const PHONE: u64 = 390;
/// Smallest chart text accepted at that width, CSS px.
const MIN_CHART_TEXT_PX: f64 = 11.0;

/// Pages beyond the registry's examples: a page per representative
/// parameter (each instrument, the data hub's filters and indicators).
const PAGES: &[&str] = &[
    "/",
    "/instruments/untoc",
    "/instruments/tip",
    "/instruments/som",
    "/instruments/firearms",
    "/countries",
    "/countries/ITA",
    "/countries/NGA",
    "/data",
    "/data?country=NGA",
    "/data?country=AFG",
    "/data?region=Europe",
    "/data?indicator=convicted&from=2015&to=2020",
    "/data?sex=female&age=child",
    "/data?form=forced-labour",
    "/mse",
    "/no/such/page",
];

/// A page that axe must fault: an image without a text alternative and
/// grey text on white at 1.9:1 (a `<font>` colour, which no CSP governs) (the probe of the detector).
async fn inaccessible_page() -> axum::response::Html<&'static str> {
    axum::response::Html(
        r##"<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>probe</title><link rel="stylesheet" href="/static/style.css"></head><body><main><h1>Probe</h1><img src="/static/none.png"><p><font color="#bbbbbb">faint</font></p></main></body></html>"##,
    )
}

/// Every class of the stylesheet that colours text (warnings, errors,
/// notices, muted notes, captions), each on a page that uses the real
/// stylesheet: axe's colour-contrast rule must find all of them at
/// 4.5:1 or more, whether or not the seeded data make a page show them.
async fn text_classes_page() -> axum::response::Html<&'static str> {
    axum::response::Html(
        r#"<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>text classes</title><link rel="stylesheet" href="/static/style.css"></head><body><main><h1>Text classes</h1>
<p class="error">Warning: an error text.</p><p><span class="warn">a warning</span></p>
<div class="notice"><h2>Notice</h2><p>An old snapshot.</p></div>
<p class="lead">lead</p><p class="asof">as of</p><p class="user">user</p>
<figure class="chart"><figcaption>figure caption</figcaption></figure>
<details class="chart-data"><summary>Table of the figures</summary></details>
<div class="table-scroll"><table><caption>caption</caption><thead><tr><th scope="col">a</th></tr></thead><tbody><tr class="notparty"><td>not party</td></tr><tr class="selected"><td>selected</td></tr></tbody></table></div>
</main><footer class="site"><p>footer</p></footer></body></html>"#,
    )
}

fn browser_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_passes_axe_and_fits_a_phone() {
    if std::env::var_os("PALERMO_SKIP_BROWSER_TESTS").is_some() {
        eprintln!("skipped: PALERMO_SKIP_BROWSER_TESTS is set");
        return;
    }
    let node = std::env::var("PALERMO_NODE").unwrap_or_else(|_| "node".into());
    let chromium = std::env::var("PALERMO_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let dir = browser_dir();
    assert!(
        dir.join("node_modules/axe-core").is_dir(),
        "run `npm ci` in {} (or set PALERMO_SKIP_BROWSER_TESTS=1)",
        dir.display()
    );

    // Every HTML page of the registry is among the pages checked.
    let reg = palermo_web::routes::registry();
    for r in &reg.public {
        let page = r.methods.contains(&axum::http::Method::GET)
            && !r.example.starts_with("/api/")
            && !r.example.starts_with("/static/");
        assert!(
            !page || PAGES.contains(&r.example),
            "{} ({}) is a page the accessibility test does not load",
            r.path,
            r.example
        );
    }

    let mut reg = reg;
    for (path, handler) in [
        (
            "/test/inaccessible",
            (|| axum::routing::get(inaccessible_page)) as fn() -> _,
        ),
        ("/test/text-classes", || {
            axum::routing::get(text_classes_page)
        }),
    ] {
        reg.public.push(palermo_web::routes::PublicRoute {
            path,
            methods: &[axum::http::Method::GET],
            example: path,
            cached: false,
            handler,
        });
    }
    let state = palermo_web::AppState::new(
        common::store_with_cases("demo", SAMPLE).await,
        Default::default(),
    );
    let app = palermo_web::app(state, &reg);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });

    // Every page also in Arabic (right to left) and Chinese (issue 18),
    // and screenshots of their home, treaty and data pages at both widths
    // under target/screenshots/, to be looked at.
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let localised: Vec<String> = ["/ar", "/zh"]
        .iter()
        .flat_map(|l| PAGES.iter().map(move |p| format!("{l}{p}")))
        .collect();
    let mut pages: Vec<Value> = PAGES
        .iter()
        .chain(&["/test/text-classes", "/test/inaccessible"])
        .map(|p| json!({ "path": p }))
        .collect();
    let looked_at = ["/", "/instruments/tip", "/data"];
    pages.extend(localised.iter().map(|p| {
        let shot = looked_at.iter().any(|l| p[3..] == **l);
        json!({ "path": p, "screenshots": shot.then(|| shots.display().to_string()) })
    }));
    // The estimation page with a result: the form's example table, submitted.
    pages.push(json!({ "path": "/mse", "submit": "form.mse button[type=submit]" }));
    let input = json!({
        "base": format!("http://{addr}"),
        "chromium": chromium,
        "pages": pages,
        "screenshots": std::env::var("PALERMO_SCREENSHOTS").ok(),
    });

    let out = tokio::task::spawn_blocking(move || {
        let mut child = Command::new(&node)
            .arg("check.mjs")
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot run {node:?} ({e}); install Node.js or set PALERMO_SKIP_BROWSER_TESTS=1")
            });
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.to_string().as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    assert!(
        out.status.success(),
        "check.mjs failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut results = report["results"].as_array().unwrap().clone();
    assert_eq!(results.len(), 3 * PAGES.len() + 3);

    // The detector faults what it must: the probe's image and faint text.
    let probe = results.remove(PAGES.len() + 1);
    assert_eq!(probe["path"], "/test/inaccessible");
    let rules: Vec<&str> = probe["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"image-alt") && rules.contains(&"color-contrast"),
        "axe missed the probe's faults: {probe}"
    );

    let mut failures = Vec::new();
    for r in results {
        let name = format!(
            "{}{}",
            r["path"].as_str().unwrap(),
            if r["submit"].is_null() {
                ""
            } else {
                " (submitted)"
            }
        );
        let want = if name.contains("/no/such") { 404 } else { 200 };
        if r["status"] != want {
            failures.push(format!("{name}: status {} (want {want})", r["status"]));
        }
        for v in r["violations"].as_array().unwrap() {
            failures.push(format!(
                "{name}: axe {} ({}): {} at {}",
                v["id"].as_str().unwrap(),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or(""),
                v["targets"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .take(5)
                    .map(|t| t.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let width = r["scrollWidth"].as_u64().unwrap();
        if width > PHONE {
            failures.push(format!("{name}: {width} px wide at a {PHONE} px viewport"));
        }
        if let Some(px) = r["minChartTextPx"].as_f64() {
            if px < MIN_CHART_TEXT_PX {
                failures.push(format!(
                    "{name}: chart text of {px:.1} px at {PHONE} px ({})",
                    r["minChartTextWhere"].as_str().unwrap_or("")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
