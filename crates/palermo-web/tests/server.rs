//! The server under abuse, attacked on 127.0.0.1 as a client would: stalled
//! request heads, idle kept-alive sockets, a declared huge body of which
//! little is sent, and a thousand half-sent requests from one address while
//! another client asks for a page.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use palermo_store::Store;
use palermo_web::server::{serve_with, ServerLimits};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};

/// Starts a server with `limits` on 127.0.0.1 and returns its address.
async fn start(limits: ServerLimits) -> SocketAddr {
    let store = Store::open_in_memory().await.unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve_with(
        listener,
        palermo_web::router(store),
        limits,
        std::future::pending(),
    ));
    addr
}

/// Reads until the server closes the connection, at most `within`; returns
/// what was read, or `None` if the connection was still open then.
async fn read_until_closed(s: &mut TcpStream, within: Duration) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, s.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(out),
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
        }
    }
}

/// A whole GET with `Connection: close`: the status line.
async fn get(addr: SocketAddr, path: &str) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let out = read_until_closed(&mut s, Duration::from_secs(10))
        .await
        .expect("answered");
    let text = String::from_utf8_lossy(&out).into_owned();
    text.lines().next().unwrap_or("").to_owned()
}

fn short_timeouts() -> ServerLimits {
    ServerLimits {
        header_read_timeout: Duration::from_millis(600),
        ..ServerLimits::default()
    }
}

#[tokio::test]
async fn a_stalled_request_head_is_closed_after_the_header_timeout() {
    let addr = start(short_timeouts()).await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: t\r\nX-Slow: ")
        .await
        .unwrap();
    let start = Instant::now();
    assert!(
        read_until_closed(&mut s, Duration::from_secs(5))
            .await
            .is_some(),
        "a stalled head must not be waited on for ever"
    );
    assert!(start.elapsed() >= Duration::from_millis(500));
    // a connection that sends nothing at all is closed likewise
    let mut s = TcpStream::connect(addr).await.unwrap();
    assert!(read_until_closed(&mut s, Duration::from_secs(5))
        .await
        .is_some());
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed() {
    let addr = start(short_timeouts()).await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /static/style.css HTTP/1.1\r\nHost: t\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 1024];
    let n = s.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    // the response is kept alive, then the idle socket is closed
    let start = Instant::now();
    assert!(read_until_closed(&mut s, Duration::from_secs(5))
        .await
        .is_some());
    assert!(start.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn a_declared_huge_body_is_refused_at_once() {
    let addr = start(ServerLimits::default()).await;
    for path in ["/api/v1/mse", "/", "/data"] {
        let mut s = TcpStream::connect(addr).await.unwrap();
        let method = if path == "/api/v1/mse" { "POST" } else { "GET" };
        s.write_all(
            format!(
                "{method} {path} HTTP/1.1\r\nHost: t\r\nContent-Type: text/csv\r\nContent-Length: 10000000000\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
        s.write_all(&[b'x'; 1024]).await.unwrap();
        let mut buf = [0u8; 256];
        let n = tokio::time::timeout(Duration::from_secs(3), s.read(&mut buf))
            .await
            .expect("answered without waiting for the body")
            .unwrap();
        let head = String::from_utf8_lossy(&buf[..n]);
        assert!(head.starts_with("HTTP/1.1 413"), "{path}: {head}");
    }
}

#[tokio::test]
async fn a_body_that_stops_coming_is_given_up() {
    let addr = start(ServerLimits::default()).await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(
        b"POST /api/v1/mse HTTP/1.1\r\nHost: t\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\nA,B,count\n",
    )
    .await
    .unwrap();
    let start = Instant::now();
    let out = read_until_closed(
        &mut s,
        palermo_web::BODY_READ_TIMEOUT + Duration::from_secs(5),
    )
    .await
    .expect("answered after the body-read timeout");
    let head = String::from_utf8_lossy(&out);
    assert!(head.starts_with("HTTP/1.1 400"), "{head}");
    assert!(start.elapsed() >= palermo_web::BODY_READ_TIMEOUT - Duration::from_millis(500));
}

/// How many of `conns` the server still holds open (a read neither
/// returns data nor end of file at once).
async fn still_open(conns: &mut [TcpStream]) -> usize {
    let mut open = 0;
    for s in conns {
        let mut b = [0u8; 16];
        if tokio::time::timeout(Duration::from_millis(2), s.read(&mut b))
            .await
            .is_err()
        {
            open += 1;
        }
    }
    open
}

#[tokio::test]
async fn a_thousand_half_sent_requests_from_one_address_leave_the_server_to_others() {
    let limits = ServerLimits {
        max_connections: 512,
        max_connections_per_client: 64,
        header_read_timeout: Duration::from_secs(3),
        ..ServerLimits::default()
    };
    let addr = start(limits).await;
    // the attacker: 1,100 connections from 127.0.0.2, each with half a head
    let mut held = Vec::new();
    for _ in 0..1100 {
        let sock = TcpSocket::new_v4().unwrap();
        sock.bind("127.0.0.2:0".parse().unwrap()).unwrap();
        let mut s = sock.connect(addr).await.unwrap();
        let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: t\r\n").await;
        held.push(s);
    }
    // another client is answered at once
    let start = Instant::now();
    assert_eq!(get(addr, "/static/style.css").await, "HTTP/1.1 200 OK");
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    // the server keeps at most the per-client limit of them open
    tokio::time::sleep(Duration::from_millis(300)).await;
    let open = still_open(&mut held).await;
    assert!(open <= 64, "{open} half-sent connections held");
    assert!(open > 0, "the first ones are admitted");
    // and those are closed after the header-read timeout
    tokio::time::sleep(Duration::from_secs(4)).await;
    let still = still_open(&mut held).await;
    assert_eq!(still, 0);
    assert_eq!(get(addr, "/static/style.css").await, "HTTP/1.1 200 OK");
}
