//! Who is asking: sessions in cookies, API tokens in `Authorization:
//! Bearer`, the bounded pool that runs Argon2, the sign-in rate limit, and
//! CSRF checks. The permission itself is always `palermo_access::decide`.
//!
//! * The session cookie is `__Host-palermo-session`: `Secure`, `HttpOnly`,
//!   `SameSite=Strict`, `Path=/`, no `Domain` (the `__Host-` prefix makes
//!   browsers refuse it otherwise). Browsers treat `http://localhost` and
//!   `http://127.0.0.1` as secure contexts and keep `Secure` cookies there,
//!   so local use over plain HTTP needs no exception; anywhere else Palermo
//!   is served behind TLS.
//! * The store keeps the session's SHA-256, never its id; a session ends
//!   after [`SessionLimits`] (idle and absolute), at sign-out, and when the
//!   password changes or the account is disabled.
//! * Argon2id takes ~50 ms and 19 MiB: it runs on [`HashPool`], a few
//!   blocking threads behind a semaphore with a bounded queue, so that a
//!   flood of sign-ins waits (or is refused with 503) while other pages
//!   are served; [`SignInLimiter`] refuses more than a few sign-ins a
//!   minute from one address (429) before any hashing.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use palermo_access::session::{LockoutPolicy, SessionLimits};
use palermo_access::{
    decide, Action, Authentication, Decision, Organisation, Resource, Role, Scope, Subject,
};
use palermo_store::accounts::User;

use crate::error::{PageError, WebError};
use crate::private::PrivateState;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "__Host-palermo-session";
/// The sign-in form's CSRF cookie (before there is a session).
pub const LOGIN_COOKIE: &str = "__Host-palermo-login";

/// A clock: unix seconds now (tests move it).
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// The settings and shared state of sign-in.
#[derive(Clone)]
pub struct Auth {
    /// Session expiry.
    pub sessions: SessionLimits,
    /// Lock-out after failed sign-ins.
    pub lockout: LockoutPolicy,
    /// The pool that hashes passwords.
    pub pool: Arc<HashPool>,
    /// Sign-in attempts per address.
    pub limiter: Arc<SignInLimiter>,
    /// Unix seconds now.
    pub clock: Clock,
    /// A hash verified when a sign-in names no account (same time as a
    /// wrong password).
    dummy: Arc<std::sync::OnceLock<String>>,
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth")
            .field("sessions", &self.sessions)
            .field("lockout", &self.lockout)
            .finish_non_exhaustive()
    }
}

impl Default for Auth {
    /// 15 min idle / 8 h sessions, 5 failures lock for 15 min, 2 hashing
    /// threads with 64 waiting, 10 sign-ins a minute per address.
    fn default() -> Self {
        Self {
            sessions: SessionLimits::default(),
            lockout: LockoutPolicy::default(),
            pool: Arc::new(HashPool::new(2, 64)),
            limiter: Arc::new(SignInLimiter::new(10, 60)),
            clock: Arc::new(|| time::OffsetDateTime::now_utc().unix_timestamp()),
            dummy: Default::default(),
        }
    }
}

impl Auth {
    /// The same settings with another clock (tests).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Unix seconds now.
    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    /// The dummy hash (made once).
    pub(crate) async fn dummy_hash(&self) -> Result<String, WebError> {
        if let Some(h) = self.dummy.get() {
            return Ok(h.clone());
        }
        let h = self
            .pool
            .run(palermo_access::password::dummy_hash)
            .await?
            .map_err(|e| WebError::Internal(e.to_string()))?;
        Ok(self.dummy.get_or_init(|| h).clone())
    }
}

/// A few blocking threads for Argon2, behind a semaphore, with a bounded
/// queue: a request that finds the queue full is answered 503 at once.
#[derive(Debug)]
pub struct HashPool {
    running: tokio::sync::Semaphore,
    waiting: tokio::sync::Semaphore,
}

impl HashPool {
    /// At most `threads` hashes at once and `queue` waiting.
    pub fn new(threads: usize, queue: usize) -> Self {
        Self {
            running: tokio::sync::Semaphore::new(threads.max(1)),
            waiting: tokio::sync::Semaphore::new(queue.max(1)),
        }
    }

    /// Runs `f` on a blocking thread when one of the pool's slots is free.
    ///
    /// # Errors
    /// [`WebError::Busy`] if the queue is full; internal if the thread
    /// panicked.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, WebError> {
        let Ok(_queued) = self.waiting.try_acquire() else {
            return Err(WebError::Busy(crate::error::tr(
                "account-hashing-busy",
                &[],
            )));
        };
        let _slot = self
            .running
            .acquire()
            .await
            .map_err(|e| WebError::Internal(e.to_string()))?;
        tokio::task::spawn_blocking(f)
            .await
            .map_err(|e| WebError::Internal(e.to_string()))
    }
}

/// At most `limit` sign-in attempts per `window` seconds from one IP
/// address (a fixed window per address; the map is bounded).
#[derive(Debug)]
pub struct SignInLimiter {
    limit: u32,
    window: i64,
    seen: std::sync::Mutex<HashMap<IpAddr, (i64, u32)>>,
}

/// Addresses remembered before the map is swept.
const LIMITER_ADDRESSES: usize = 100_000;

impl SignInLimiter {
    /// `limit` attempts per `window` seconds.
    pub fn new(limit: u32, window: i64) -> Self {
        Self {
            limit,
            window,
            seen: Default::default(),
        }
    }

    /// Counts an attempt from `ip` at `now`: `Err(seconds to wait)` when
    /// over the limit.
    pub fn attempt(&self, ip: IpAddr, now: i64) -> Result<(), i64> {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() >= LIMITER_ADDRESSES {
            let window = self.window;
            seen.retain(|_, (start, _)| now - *start < window);
            if seen.len() >= LIMITER_ADDRESSES {
                return Err(self.window);
            }
        }
        let e = seen.entry(ip).or_insert((now, 0));
        if now - e.0 >= self.window {
            *e = (now, 0);
        }
        if e.1 >= self.limit {
            return Err(self.window - (now - e.0));
        }
        e.1 += 1;
        Ok(())
    }
}

/// The value of cookie `name` in the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find_map(|(k, v)| (k == name).then_some(v))
}

/// A `Set-Cookie` value: `Secure; HttpOnly; SameSite=Strict; Path=/`,
/// ending with the session (no `Max-Age`) or removed (`Max-Age=0`).
pub fn set_cookie(name: &str, value: &str, remove: bool) -> String {
    let age = if remove { "; Max-Age=0" } else { "" };
    format!("{name}={value}; Secure; HttpOnly; SameSite=Strict; Path=/{age}")
}

/// The signed-in account behind a request (a session cookie or an API
/// token), as the policy sees it. Extracting it from a request without
/// either answers 303 to `/login` (pages) or 401 (`/api/`).
#[derive(Debug, Clone)]
pub struct Viewer {
    /// The account.
    pub user: User,
    /// What the policy is asked about.
    pub subject: Subject,
    /// The session id (from the cookie), if signed in by session.
    pub session: Option<String>,
    /// The session's CSRF token (empty for a token).
    pub csrf: String,
}

impl Viewer {
    /// `palermo_access::decide` for this viewer.
    pub fn may(&self, action: Action, resource: &Resource) -> bool {
        decide(&self.subject, action, resource).is_allowed()
    }

    /// `Ok` if the policy allows it; else 403 saying why (a missing
    /// second factor when that is what the policy lacks).
    ///
    /// # Errors
    /// [`Forbidden`].
    pub fn require(&self, action: Action, resource: &Resource) -> Result<(), Forbidden> {
        if self.may(action, resource) {
            return Ok(());
        }
        let mut stronger = self.subject.clone();
        stronger.authentication = Authentication::PasswordAndTotp;
        let needs_totp = self.subject.authentication == Authentication::Password
            && decide(&stronger, action, resource) == Decision::Allow;
        Err(Forbidden {
            needs_totp,
            api: self.session.is_none(),
        })
    }

    /// `Ok` if `token` is this session's CSRF token.
    ///
    /// # Errors
    /// [`Forbidden`] (a form from elsewhere, or an old one).
    pub fn check_csrf(&self, token: &str) -> Result<(), Forbidden> {
        if !self.csrf.is_empty() && palermo_access::token::secrets_equal(&self.csrf, token) {
            Ok(())
        } else {
            Err(Forbidden {
                needs_totp: false,
                api: self.session.is_none(),
            })
        }
    }

    /// For a state-changing form: its CSRF token ([`Viewer::check_csrf`]),
    /// then the policy ([`Viewer::require`]).
    ///
    /// # Errors
    /// The [`Forbidden`] of either.
    pub fn may_submit(
        &self,
        csrf: &str,
        action: Action,
        resource: &Resource,
    ) -> Result<(), Forbidden> {
        self.check_csrf(csrf)?;
        self.require(action, resource)
    }

    /// The viewer's own account, as the policy names it.
    pub fn own_account(&self) -> Resource {
        Resource::OwnAccount {
            user_id: self.user.id,
        }
    }

    /// `user:ID <e-mail>` for the audit trail.
    pub fn actor(&self) -> String {
        format!("user:{} <{}>", self.user.id, self.user.email)
    }
}

/// A refusal by the policy (403), or a CSRF check that failed.
#[derive(Debug, Clone, Copy)]
pub struct Forbidden {
    needs_totp: bool,
    api: bool,
}

impl IntoResponse for Forbidden {
    fn into_response(self) -> Response {
        let tr = |key: &str| crate::error::tr(key, &[]);
        let msg = tr(if self.needs_totp {
            "account-needs-second-factor"
        } else {
            "account-not-permitted"
        });
        let (status, title) = (StatusCode::FORBIDDEN, tr("account-forbidden"));
        if self.api {
            return (
                status,
                axum::Json(
                    serde_json::json!({ "code": "forbidden", "error": title, "message": msg }),
                ),
            )
                .into_response();
        }
        super::pages::message(status, &title, &msg)
    }
}

impl From<Forbidden> for Response {
    fn from(f: Forbidden) -> Self {
        f.into_response()
    }
}

/// Why a request has no [`Viewer`].
#[derive(Debug)]
pub enum Unauthenticated {
    /// A page: go and sign in.
    Page,
    /// The API: 401.
    Api,
    /// The store failed.
    Error(WebError),
}

impl IntoResponse for Unauthenticated {
    fn into_response(self) -> Response {
        match self {
            Self::Page => Redirect::to("/login").into_response(),
            Self::Api => (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                axum::Json(serde_json::json!({
                    "code": "unauthorized",
                    "error": crate::error::tr("account-unauthorized", &[]),
                    "message": crate::error::tr("account-needs-token", &[]),
                })),
            )
                .into_response(),
            Self::Error(e) => PageError(e).into_response(),
        }
    }
}

/// The policy's view of an account signed in by `authentication`.
///
/// # Errors
/// A stored role or organisation that does not parse (a corrupt row).
pub fn subject_of(user: &User, authentication: Authentication) -> Result<Subject, WebError> {
    let role: Role = user
        .role
        .parse()
        .map_err(|_| WebError::Internal(format!("user {}: stored role does not parse", user.id)))?;
    let organisation: Option<Organisation> = user
        .organisation
        .as_deref()
        .map(str::parse)
        .transpose()
        .map_err(|_| {
            WebError::Internal(format!(
                "user {}: stored organisation does not parse",
                user.id
            ))
        })?;
    Ok(Subject {
        user_id: Some(user.id),
        role,
        organisation,
        reviews: user.reviews.clone(),
        authentication,
    })
}

impl axum::extract::FromRequestParts<PrivateState> for Viewer {
    type Rejection = Unauthenticated;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &PrivateState,
    ) -> Result<Self, Self::Rejection> {
        let api = parts.uri.path().starts_with("/api/");
        let now = state.auth.now();
        let store = &state.app.store;
        let err = Unauthenticated::Error;
        // An API token, if one is sent.
        if let Some(v) = parts.headers.get(header::AUTHORIZATION) {
            let token = v
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or(Unauthenticated::Api)?;
            let digest = palermo_access::token::secret_digest(token.trim());
            let (t, user) = store
                .use_token(&digest, now)
                .await
                .map_err(|e| err(e.into()))?
                .ok_or(Unauthenticated::Api)?;
            if user.disabled_at.is_some() {
                return Err(Unauthenticated::Api);
            }
            let scope: Scope = t.scope.parse().map_err(|_| {
                err(WebError::Internal(format!(
                    "token {}: stored scope does not parse",
                    t.id
                )))
            })?;
            let subject = subject_of(&user, Authentication::Token(scope)).map_err(err)?;
            return Ok(Self {
                user,
                subject,
                session: None,
                csrf: String::new(),
            });
        }
        let none = || {
            if api {
                Unauthenticated::Api
            } else {
                Unauthenticated::Page
            }
        };
        let token = cookie(&parts.headers, SESSION_COOKIE).ok_or_else(none)?;
        let digest = palermo_access::token::secret_digest(token);
        let session = store
            .session(&digest)
            .await
            .map_err(|e| err(e.into()))?
            .ok_or_else(none)?;
        let live = state
            .auth
            .sessions
            .is_live(session.created_at, session.last_seen_at, now);
        if !live || session.user.disabled_at.is_some() {
            store
                .end_session(&digest, None)
                .await
                .map_err(|e| err(e.into()))?;
            return Err(none());
        }
        store
            .touch_session(&digest, now)
            .await
            .map_err(|e| err(e.into()))?;
        let auth = if session.second_factor {
            Authentication::PasswordAndTotp
        } else {
            Authentication::Password
        };
        let subject = subject_of(&session.user, auth).map_err(err)?;
        Ok(Self {
            user: session.user,
            subject,
            csrf: palermo_access::token::csrf_token(token),
            session: Some(token.to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limiter_counts_per_address_and_window() {
        let l = SignInLimiter::new(3, 60);
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        for _ in 0..3 {
            assert!(l.attempt(a, 100).is_ok());
        }
        assert_eq!(l.attempt(a, 110), Err(50));
        assert!(l.attempt(b, 110).is_ok());
        assert!(l.attempt(a, 160).is_ok());
    }

    #[test]
    fn cookies_are_read_and_set_strictly() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; __Host-palermo-session=xyz".parse().unwrap(),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("xyz"));
        assert_eq!(cookie(&h, "b"), None);
        let c = set_cookie(SESSION_COOKIE, "v", false);
        assert_eq!(
            c,
            "__Host-palermo-session=v; Secure; HttpOnly; SameSite=Strict; Path=/"
        );
    }
}
