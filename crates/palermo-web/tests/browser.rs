//! Browser tests: a real headless Chromium (Debian's `chromium` package)
//! loads pages from a live server on loopback: it finds the chart and the
//! table in the rendered DOM, and reports no Content-Security-Policy
//! violation on any page (Chromium writes each violation to its console,
//! which `--enable-logging=stderr` shows; a probe page with an inline style
//! and an inline script proves that such a violation is seen).
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
    dump_dom_and_console(browser, url).0
}

/// The rendered DOM and Chromium's log (its console messages included).
fn dump_dom_and_console(browser: &str, url: &str) -> (String, String) {
    // One profile per run: Chromium refuses a profile another instance holds.
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile = std::env::temp_dir().join(format!("palermo-chromium-{}-{n}", std::process::id()));
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
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            url,
        ])
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {browser:?} ({e}); install Debian's chromium or set PALERMO_SKIP_BROWSER_TESTS=1")
        });
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The console lines that report a Content-Security-Policy violation.
fn csp_violations(console: &str) -> Vec<&str> {
    console
        .lines()
        .filter(|l| l.contains("Content Security Policy"))
        .collect()
}

/// A page that breaks the policy twice: an inline style and an inline
/// script (the probe of the detector).
async fn violating_page() -> axum::response::Html<&'static str> {
    axum::response::Html(
        r#"<!doctype html><html lang="en"><head><title>probe</title></head><body><p style="color:red">x</p><script>document.title = "ran";</script></body></html>"#,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_page_violates_the_content_security_policy() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: PALERMO_SKIP_BROWSER_TESTS is set");
        return;
    };
    let store = palermo_store::Store::open_in_memory().await.unwrap();
    let mut reg = palermo_web::routes::registry();
    reg.public.push(palermo_web::routes::PublicRoute {
        path: "/test/violating",
        methods: &[axum::http::Method::GET],
        example: "/test/violating",
        cached: false,
        handler: || axum::routing::get(violating_page),
    });
    let state = palermo_web::AppState::new(store, Default::default());
    let app = palermo_web::app(state, &reg);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });

    let load = |path: &'static str| {
        let b = browser.clone();
        tokio::task::spawn_blocking(move || {
            dump_dom_and_console(&b, &format!("http://{addr}{path}"))
        })
    };
    // The detector sees a violation where there is one.
    let (_, console) = load("/test/violating").await.unwrap();
    assert_eq!(csp_violations(&console).len(), 2, "{console}");

    for path in [
        "/",
        "/instruments/tip",
        "/countries",
        "/countries/NGA",
        "/data",
        "/data?country=NGA",
        "/mse",
        "/no/such/page",
    ] {
        let (dom, console) = load(path).await.unwrap();
        assert!(dom.contains("</main>"), "{path}: {dom}");
        let v = csp_violations(&console);
        assert!(v.is_empty(), "{path} violates the policy: {v:#?}");
        if path == "/mse" {
            // the upload script, a file under /static/, ran: it shows the
            // file field that it hides without JavaScript
            assert!(dom.contains(r#"<p id="upload">"#), "{dom}");
        }
    }
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
