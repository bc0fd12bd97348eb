//! PostgreSQL away for a while (restarted, the network broken): public pages
//! keep answering from what is in hand, and the instance reconnects by
//! itself once the database is back (issue 11, item 7: "PostgreSQL
//! restarted under load: the instances reconnect by themselves and answer
//! again"; `bench/scaleout.sh` saw 46% error answers through a restart).
//!
//! The served store reaches PostgreSQL through a TCP proxy of the test's
//! own, which can do what a restart does to a client: every open connection
//! broken at once, and new ones refused until the server is back.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{get, korea_ratifies};

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use palermo_store::Store;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// A TCP proxy on 127.0.0.1 to `upstream`: [`Proxy::down`] breaks every
/// connection through it and refuses new ones (its port closed), as a
/// PostgreSQL restart does; [`Proxy::up`] listens again on the same port.
struct Proxy {
    port: u16,
    upstream: String,
    accept: Mutex<Option<JoinHandle<()>>>,
    links: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Proxy {
    async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let p = Self {
            port,
            upstream,
            accept: Mutex::new(None),
            links: Arc::default(),
        };
        p.serve(listener);
        p
    }

    fn serve(&self, listener: TcpListener) {
        let (upstream, links) = (self.upstream.clone(), self.links.clone());
        let task = tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let upstream = upstream.clone();
                let link = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                links.lock().unwrap().push(link);
            }
        });
        *self.accept.lock().unwrap() = Some(task);
    }

    /// Every connection broken, the port closed.
    async fn down(&self) {
        if let Some(t) = self.accept.lock().unwrap().take() {
            t.abort();
        }
        for l in self.links.lock().unwrap().drain(..) {
            l.abort();
        }
        // The aborted tasks drop their sockets (and the listener) at their
        // next poll.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    /// Listening again on the same port.
    async fn up(&self) {
        let t = Instant::now();
        let listener = loop {
            match TcpListener::bind(("127.0.0.1", self.port)).await {
                Ok(l) => break l,
                Err(e) => {
                    assert!(t.elapsed() < Duration::from_secs(5), "rebinding: {e}");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        };
        self.serve(listener);
    }
}

/// `url` (postgres://user@host:port/db) through the proxy, and the
/// proxy's upstream `host:port`.
fn through(url: &str, port: u16) -> (String, String) {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (authority, path) = rest.split_once('/').unwrap();
    let (user, host) = authority.rsplit_once('@').unwrap();
    (
        format!("{scheme}://{user}@127.0.0.1:{port}/{path}"),
        host.to_owned(),
    )
}

/// The public pages a visitor and haproxy's health check (`GET /`) ask.
const PAGES: [&str; 5] = [
    "/",
    "/instruments/tip",
    "/countries/ITA",
    "/data?country=ITA",
    "/api/v1/statistics/datasets",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgres_pages_keep_answering_while_the_database_is_away() {
    let Some(pg) = palermo_store::testing::postgres().await else {
        return;
    };
    let direct = pg.url.clone().unwrap();
    // The proxy's port is known once it listens; its upstream from the URL.
    let (_, upstream) = through(&direct, 0);
    let proxy = Proxy::start(upstream).await;
    let (proxied, _) = through(&direct, proxy.port);
    pg.store.seed_statistics().await.unwrap();
    let served = Store::connect(&proxied).await.unwrap();
    let app = palermo_web::router(served.clone());
    for p in PAGES {
        let (status, _) = get(&app, p).await;
        assert_eq!(status, StatusCode::OK, "{p}");
    }
    // Rendered once more each, now from the cache (and the listener up).
    let t = Instant::now();
    while !served.listening_for_changes() {
        assert!(t.elapsed() < Duration::from_secs(5), "no listener");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    for p in PAGES {
        assert!(get(&app, p).await.1.len() > 100, "{p}");
    }

    proxy.down().await;
    // Two seconds away: several checks of the data version fail meanwhile.
    let away = Instant::now();
    while away.elapsed() < Duration::from_secs(2) {
        for p in PAGES {
            let asked = Instant::now();
            let (status, body) = get(&app, p).await;
            assert_eq!(
                status,
                StatusCode::OK,
                "{p} while the database is away: {body}"
            );
            assert!(
                asked.elapsed() < Duration::from_secs(1),
                "{p} took {:?} while the database is away",
                asked.elapsed()
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(get(&app, "/instruments/tip")
        .await
        .1
        .contains("<strong>159</strong> parties"));

    proxy.up().await;
    // A change through another instance (directly): the served one shows it
    // by itself, its pool and listener connected again.
    let other = Store::connect(&direct).await.unwrap();
    korea_ratifies(&other).await;
    let back = Instant::now();
    loop {
        let (status, page) = get(&app, "/instruments/tip").await;
        if status == StatusCode::OK && page.contains("<strong>160</strong> parties") {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(5),
            "the served instance shows no change 5 s after the database came back ({status})"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Pages that read the database answer again.
    let (status, _) = get(&app, "/countries/KOR").await;
    assert_eq!(status, StatusCode::OK);
    let t = Instant::now();
    while !served.listening_for_changes() {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the listener did not reconnect"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    served.close().await;
    other.close().await;
}
