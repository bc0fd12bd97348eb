//! The private side of the application: routes for signed-in users, on a
//! state of their own.
//!
//! **The seam for accounts and administration.** [`PrivateState`] is the
//! only state that will hold the session store: the session extractor is
//! implemented for handlers whose state is [`PrivateState`] (through
//! `FromRef<PrivateState>`), never for [`AppState`], so a public handler
//! cannot take it: that does not compile ([`crate::account::auth::Viewer`]
//! is extracted from [`PrivateState`] only). The `account` and `admin`
//! modules list their routes as [`PrivateRoute`]s and are added to
//! [`routes`]; the application then serves them on the private router
//! ([`crate::routes::private_router`]): never cached, `Cache-Control:
//! no-store`, walked by `tests/routers.rs` like every other route.

use axum::extract::FromRef;

use crate::routes::PrivateRoute;
use crate::AppState;

/// The state of private handlers: the public state and, with the
/// accounts module, the session store.
#[derive(Debug, Clone)]
pub struct PrivateState {
    /// The database, caches and limits shared with the public side.
    pub app: AppState,
    /// Sign-in: session limits, lock-out, the hashing pool, the rate
    /// limit, the clock ([`crate::account::auth`]).
    pub auth: std::sync::Arc<crate::account::auth::Auth>,
}

impl PrivateState {
    /// The private state over `app`, with the default sign-in settings.
    pub fn new(app: AppState) -> Self {
        Self {
            app,
            auth: Default::default(),
        }
    }

    /// The same state with other sign-in settings.
    #[must_use]
    pub fn with_auth(mut self, auth: std::sync::Arc<crate::account::auth::Auth>) -> Self {
        self.auth = auth;
        self
    }
}

impl FromRef<PrivateState> for AppState {
    fn from_ref(s: &PrivateState) -> Self {
        s.app.clone()
    }
}

/// Every private route: the accounts', the administration's and the data
/// providers'.
pub fn routes() -> Vec<PrivateRoute> {
    [
        crate::account::routes(),
        crate::admin::routes(),
        crate::provider::routes(),
    ]
    .concat()
}
