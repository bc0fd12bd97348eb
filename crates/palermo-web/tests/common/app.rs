//! A whole application over one store for the account tests: real
//! requests through the router (tower's `oneshot`), a clock the test
//! moves, accounts made as `palermo user add` makes them, sign-in through
//! the login form. The store is of either backend ([`App::on`], with the
//! tests run on both by `on_every_backend!`).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use palermo_store::accounts::{AuditContext, NewUser};
use palermo_store::testing::TestStore;
use palermo_store::Store;
use palermo_web::account::auth::Auth;
use tower::ServiceExt;

/// Unix time at the start of each test.
pub const T0: i64 = 1_800_000_000;
/// Every test account's password.
pub const PASSWORD: &str = "correct horse battery staple";

pub struct App {
    pub router: Router,
    pub store: Store,
    pub clock: Arc<AtomicI64>,
    /// `sqlite` or `postgres`.
    pub backend: &'static str,
    /// Keeps a PostgreSQL test database until the app is dropped.
    _db: TestStore,
}

pub struct Res {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Res {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .map_or("", |v| v.to_str().unwrap())
    }
    /// The value of a cookie this response sets.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap())
            .find_map(|c| c.strip_prefix(&format!("{name}=")))
            .map(|c| c.split(';').next().unwrap().to_owned())
    }
    /// The first hidden `name` field's value in the page.
    pub fn field(&self, name: &str) -> String {
        let key = format!("name=\"{name}\" value=\"");
        let at = self
            .body
            .find(&key)
            .unwrap_or_else(|| panic!("no {name} in {}", self.body))
            + key.len();
        self.body[at..].split('"').next().unwrap().to_owned()
    }
}

impl App {
    /// The application over `db` (see `super::sqlite`, `super::postgres`).
    pub fn on(db: TestStore) -> Self {
        let store = db.store.clone();
        let clock = Arc::new(AtomicI64::new(T0));
        let c = clock.clone();
        let auth = Auth::default().with_clock(Arc::new(move || c.load(Ordering::SeqCst)));
        let state = palermo_web::AppState::new(store.clone(), Default::default());
        Self {
            router: palermo_web::app_with_auth(
                state,
                &palermo_web::routes::registry(),
                Arc::new(auth),
            ),
            store,
            clock,
            backend: db.backend,
            _db: db,
        }
    }

    pub fn advance(&self, seconds: i64) {
        self.clock.fetch_add(seconds, Ordering::SeqCst);
    }

    pub fn now(&self) -> i64 {
        self.clock.load(Ordering::SeqCst)
    }

    pub async fn user(&self, email: &str, role: &str, org: Option<&str>) -> i64 {
        let u = NewUser {
            email: email.into(),
            display_name: format!("Name of {email}"),
            role: role.into(),
            organisation: org.map(Into::into),
            reviews: vec![],
            password_hash: palermo_access::password::hash_password(PASSWORD).unwrap(),
        };
        let ctx = AuditContext {
            actor: "cli".into(),
            source: "cli".into(),
            at: T0,
        };
        self.store.create_user(&u, &ctx).await.unwrap()
    }

    pub async fn send(&self, req: Request<Body>) -> Res {
        self.send_from(req, [127, 0, 0, 1]).await
    }

    pub async fn send_from(&self, mut req: Request<Body>, ip: [u8; 4]) -> Res {
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::from((ip, 40000))));
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = to_bytes(res.into_body(), 10 << 20).await.unwrap();
        Res {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }

    pub async fn get(&self, path: &str, session: Option<&str>) -> Res {
        let mut b = Request::get(path);
        if let Some(s) = session {
            b = b.header(header::COOKIE, format!("__Host-palermo-session={s}"));
        }
        self.send(b.body(Body::empty()).unwrap()).await
    }

    pub async fn bearer(&self, path: &str, token: &str) -> Res {
        let req = Request::get(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap();
        self.send(req).await
    }

    pub async fn post(&self, path: &str, session: &str, form: &str) -> Res {
        let req = Request::post(path)
            .header(header::COOKIE, format!("__Host-palermo-session={session}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form.to_owned()))
            .unwrap();
        self.send(req).await
    }

    /// GET /login then POST it from `ip`; the session cookie if signed in.
    pub async fn try_login_from(
        &self,
        email: &str,
        password: &str,
        code: &str,
        ip: [u8; 4],
    ) -> (Res, Option<String>) {
        let form = self
            .send_from(Request::get("/login").body(Body::empty()).unwrap(), ip)
            .await;
        assert_eq!(form.status, StatusCode::OK);
        let login_cookie = form.set_cookie("__Host-palermo-login").unwrap();
        let csrf = form.field("csrf");
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf", &csrf)
            .append_pair("email", email)
            .append_pair("password", password)
            .append_pair("code", code)
            .finish();
        let req = Request::post("/login")
            .header(
                header::COOKIE,
                format!("__Host-palermo-login={login_cookie}"),
            )
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        let res = self.send_from(req, ip).await;
        let session = res
            .set_cookie("__Host-palermo-session")
            .filter(|s| !s.is_empty());
        (res, session)
    }

    pub async fn try_login(
        &self,
        email: &str,
        password: &str,
        code: &str,
    ) -> (Res, Option<String>) {
        self.try_login_from(email, password, code, [127, 0, 0, 1])
            .await
    }

    pub async fn login(&self, email: &str) -> String {
        let (res, s) = self.try_login(email, PASSWORD, "").await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        s.unwrap()
    }

    pub async fn actions(&self) -> Vec<String> {
        self.store
            .audit_entries()
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.event.action)
            .collect()
    }

    /// The CSRF token of the account page of `session`.
    pub async fn csrf(&self, session: &str) -> String {
        let page = self.get("/account", Some(session)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        page.field("csrf")
    }
}

impl App {
    /// An API token of account `user_id` with `scope` (`read`,
    /// `read-write`), made as `palermo token create` makes it.
    pub async fn token(&self, user_id: i64, scope: &str) -> String {
        let token = palermo_access::token::new_api_token().unwrap();
        let ctx = AuditContext {
            actor: "cli".into(),
            source: "cli".into(),
            at: self.now(),
        };
        self.store
            .create_token(
                user_id,
                &palermo_access::token::secret_digest(&token),
                "test",
                scope,
                &ctx,
            )
            .await
            .unwrap();
        token
    }

    /// A `multipart/form-data` POST of `fields` (name, value) and one file
    /// field `file` (its file name, its bytes) by `session`.
    pub async fn post_multipart(
        &self,
        path: &str,
        session: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Res {
        const BOUNDARY: &str = "palermo-test-boundary-7d3f";
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        if let Some((name, bytes)) = file {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        let req = Request::post(path)
            .header(header::COOKIE, format!("__Host-palermo-session={session}"))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// A POST of `body` with `Authorization: Bearer token`.
    pub async fn post_bearer(&self, path: &str, token: &str, body: Vec<u8>) -> Res {
        let req = Request::post(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// The CSRF token of the provider page of `session`.
    pub async fn provider_csrf(&self, session: &str) -> String {
        let page = self.get("/provider", Some(session)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        page.field("csrf")
    }
}
