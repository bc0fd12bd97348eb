//! The HTTP/1.1 server around the [`router`](crate::router): hyper's
//! connection handling with the limits a public server needs against slow
//! or abusive clients.
//!
//! * **Header-read timeout, also the idle keep-alive timeout**
//!   ([`ServerLimits::header_read_timeout`]): hyper starts this timer
//!   whenever it waits for a request head, on a new connection and between
//!   requests on a kept-alive one, and closes the connection when the head
//!   is not complete in time (a slowloris client, or an idle socket).
//! * **Body-read and request timeouts** are layers of the router
//!   ([`crate::BODY_READ_TIMEOUT`], [`crate::REQUEST_TIMEOUT`]), so that
//!   they hold however the router is served.
//! * **Connection limits** ([`ServerLimits::max_connections`],
//!   [`ServerLimits::max_connections_per_client`]): a connection beyond
//!   either is closed as soon as it is accepted, before anything is read,
//!   so that one address cannot take every file handle of the process and
//!   the server stays reachable for everyone else. Keep `max_connections`
//!   well below the process's open-file limit (`ulimit -n`); the database
//!   and the log need handles too.
//!
//! A client is its IP address as the socket reports it. Behind a reverse
//! proxy every client has the proxy's address; the proxy must then apply
//! its own per-client limits (no `X-Forwarded-For` is trusted here).

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tower::ServiceExt;

/// The address of the client that sent a request, as an extractor: the
/// IP address of [`ConnectInfo`] (set by [`serve_with`]), or the
/// unspecified address `0.0.0.0` when there is none (a router called in
/// process, as in tests): such requests count as one client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientAddr(pub IpAddr);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<ConnectInfo<std::net::SocketAddr>>()
                .map_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED), |c| c.0.ip()),
        ))
    }
}

/// Limits of [`serve_with`].
#[derive(Debug, Clone)]
pub struct ServerLimits {
    /// Connections open at once, over all clients.
    pub max_connections: usize,
    /// Connections open at once from one IP address.
    pub max_connections_per_client: usize,
    /// Time a client has to send a complete request head, from the moment
    /// the server waits for it (a new connection, or the end of the
    /// previous response on a kept-alive one): the header-read and the
    /// idle timeout.
    pub header_read_timeout: Duration,
    /// Largest request head (request line and headers), bytes.
    pub max_head_bytes: usize,
}

impl Default for ServerLimits {
    /// 512 connections, 128 per client, 10 s for a request head (and of
    /// idleness between requests), heads up to 64 KiB.
    fn default() -> Self {
        Self {
            max_connections: 512,
            max_connections_per_client: 128,
            header_read_timeout: Duration::from_secs(10),
            max_head_bytes: 64 << 10,
        }
    }
}

/// Open connections, in total and by client address.
#[derive(Debug)]
struct Connections {
    limits: ServerLimits,
    open: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

/// One admitted connection; leaves the count when dropped.
struct Ticket {
    conns: Arc<Connections>,
    ip: IpAddr,
}

impl Connections {
    fn lock(&self) -> std::sync::MutexGuard<'_, (usize, HashMap<IpAddr, usize>)> {
        self.open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A ticket for a new connection from `ip`, or `None` beyond a limit.
    fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Ticket> {
        let mut g = self.lock();
        let (total, by_ip) = &mut *g;
        let mine = by_ip.entry(ip).or_insert(0);
        if *total >= self.limits.max_connections || *mine >= self.limits.max_connections_per_client
        {
            if *mine == 0 {
                by_ip.remove(&ip);
            }
            return None;
        }
        *mine += 1;
        *total += 1;
        Some(Ticket {
            conns: Arc::clone(self),
            ip,
        })
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut g = self.conns.lock();
        let (total, by_ip) = &mut *g;
        *total = total.saturating_sub(1);
        if let Some(n) = by_ip.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                by_ip.remove(&self.ip);
            }
        }
    }
}

/// Serves `app` on `listener` with `limits` until `shutdown` completes,
/// then stops accepting, lets every open connection finish its request
/// (idle ones close at once) and returns. Each request carries the
/// client's [`ConnectInfo<std::net::SocketAddr>`] in its extensions.
///
/// # Errors
/// None in practice: failures to accept (such as running out of file
/// handles) are logged and retried after a pause.
pub async fn serve_with(
    listener: TcpListener,
    app: Router,
    limits: ServerLimits,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_buf_size(limits.max_head_bytes.max(8192));
    let conns = Arc::new(Connections {
        limits,
        open: Mutex::new((0, HashMap::new())),
    });
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            r = listener.accept() => r,
            () = &mut shutdown => break,
        };
        let (stream, peer) = match accepted {
            Ok(x) => x,
            Err(e) => {
                // EMFILE and the like: wait for handles to be released
                // instead of spinning; a connection reset before it was
                // accepted is not worth a pause.
                if !matches!(
                    e.kind(),
                    std::io::ErrorKind::ConnectionAborted | std::io::ErrorKind::ConnectionReset
                ) {
                    tracing::warn!("accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                continue;
            }
        };
        // Beyond a limit the socket is dropped, which closes it.
        let Some(ticket) = conns.admit(peer.ip()) else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let http = http.clone();
        let mut stop = stop_rx.clone();
        tokio::spawn(async move {
            let _ticket = ticket;
            let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                app.clone().oneshot(req.map(Body::new))
            });
            let conn = http.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = stop.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
            drop(stop);
        });
    }
    drop(stop_rx);
    let _ = stop_tx.send(true);
    // Every connection task holds a receiver: this returns when the last
    // has finished.
    stop_tx.closed().await;
    Ok(())
}
