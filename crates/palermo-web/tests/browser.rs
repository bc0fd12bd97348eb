//! Browser test: a real headless Chromium (Debian's `chromium` package)
//! loads the home page and an instrument page from a live server on
//! loopback, and finds the chart and the table in the rendered DOM.
//!
//! `.ci/run` installs Chromium. Set `PALERMO_CHROMIUM` to use another
//! binary; set `PALERMO_SKIP_BROWSER_TESTS=1` to skip on a machine without
//! one (the test fails otherwise, so that CI cannot pass it silently).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn chromium() -> Option<String> {
    if std::env::var_os("PALERMO_SKIP_BROWSER_TESTS").is_some() {
        return None;
    }
    Some(std::env::var("PALERMO_CHROMIUM").unwrap_or_else(|_| "chromium".into()))
}

fn dump_dom(browser: &str, url: &str) -> String {
    let profile = std::env::temp_dir().join(format!("palermo-chromium-{}", std::process::id()));
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            &format!("--user-data-dir={}", profile.display()),
            "--dump-dom",
            url,
        ])
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {browser:?} ({e}); install Debian's chromium or set PALERMO_SKIP_BROWSER_TESTS=1")
        });
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chromium_renders_the_dashboard_and_an_instrument_page() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: PALERMO_SKIP_BROWSER_TESTS is set");
        return;
    };
    let store = palermo_store::Store::open_in_memory().await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, palermo_web::router(store)).await });

    let home = {
        let b = browser.clone();
        tokio::task::spawn_blocking(move || dump_dom(&b, &format!("http://{addr}/")))
            .await
            .unwrap()
    };
    assert!(home.contains("Parties per instrument"), "{home}");
    assert!(home.contains("<table"));
    assert!(home.contains("role=\"img\""));

    let page = tokio::task::spawn_blocking(move || {
        dump_dom(&browser, &format!("http://{addr}/instruments/tip"))
    })
    .await
    .unwrap();
    assert!(page.contains("<svg"), "no chart in the rendered page");
    assert!(page.contains("Parties to the Trafficking in Persons Protocol by year"));
    assert!(
        page.contains("<table class=\"sortable\">"),
        "no participants table"
    );
    assert!(page.contains("European Union"));
    assert!(page.contains("<strong>159</strong> parties"));
}
