//! Account administration on the web (issue #12): an administrator (with
//! its second factor) creates an account and resets a password on
//! `/admin/users`; the owner sets the password with the one-time code at
//! `/account/activate`. The attacks: a code used twice, an expired code, a
//! form without the session's CSRF token, every other role (and an
//! administrator without TOTP) posting the forms. Real requests through
//! the whole router, on both backends.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::app::{App, Res, PASSWORD, T0};
use palermo_access::totp::{code_at, Algorithm};
use palermo_store::accounts::{AuditContext, AuditVerdict};
use palermo_store::testing::TestStore;

on_every_backend!(
    an_account_made_on_the_web_gets_its_password_from_its_owner,
    a_reset_voids_the_password_and_the_sessions,
    only_an_administrator_with_its_second_factor_manages_accounts,
    bad_account_forms_are_refused_and_store_nothing,
);

/// RFC 6238's SHA-1 seed, enrolled as the administrator's TOTP secret.
const SECRET: &[u8] = b"12345678901234567890";

/// An administrator with TOTP enrolled, signed in with a code: its session.
async fn admin(app: &App) -> String {
    let id = app
        .user("admin@example.org", "administrator", Some("un:UNODC"))
        .await;
    let ctx = AuditContext {
        actor: "cli".into(),
        source: "cli".into(),
        at: T0,
    };
    app.store
        .set_totp(id, Some((SECRET, 0)), &ctx)
        .await
        .unwrap();
    let code = code_at(Algorithm::Sha1, SECRET, app.now(), 6).unwrap();
    let (r, s) = app.try_login("admin@example.org", PASSWORD, &code).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    s.unwrap()
}

fn form(pairs: &[(&str, &str)]) -> String {
    let mut f = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        f.append_pair(k, v);
    }
    f.finish()
}

/// The activation code shown on an answer.
fn code_of(r: &Res) -> String {
    let key = "id=\"activation-code\" type=\"text\" readonly value=\"";
    let at = r.body.find(key).unwrap_or_else(|| panic!("{}", r.body)) + key.len();
    r.body[at..].split('"').next().unwrap().to_owned()
}

async fn create(app: &App, s: &str, email: &str, role: &str, org: &str) -> Res {
    let csrf = app.get("/admin/users", Some(s)).await.field("csrf");
    app.post(
        "/admin/users",
        s,
        &form(&[
            ("csrf", &csrf),
            ("email", email),
            ("name", "A new account"),
            ("role", role),
            ("organisation", org),
        ]),
    )
    .await
}

/// GET then POST `/account/activate` from a browser without a session.
async fn activate(app: &App, code: &str, password: &str) -> Res {
    let page = app.get("/account/activate", None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let cookie = page.set_cookie("__Host-palermo-login").unwrap();
    let req = Request::post("/account/activate")
        .header(header::COOKIE, format!("__Host-palermo-login={cookie}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form(&[
            ("csrf", &page.field("csrf")),
            ("code", code),
            ("password", password),
        ])))
        .unwrap();
    app.send(req).await
}

async fn intact(app: &App) {
    assert!(matches!(
        app.store.verify_audit().await.unwrap(),
        AuditVerdict::Intact(_)
    ));
}

async fn an_account_made_on_the_web_gets_its_password_from_its_owner(db: TestStore) {
    let app = App::on(db);
    let s = admin(&app).await;
    let page = app.get("/admin/users", Some(&s)).await;
    assert!(
        page.body.contains("action=\"/admin/users\""),
        "{}",
        page.body
    );
    let made = create(&app, &s, "NGO@example.org", "data-provider", "agency:ngo-a").await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let code = code_of(&made);
    assert_eq!(code.len(), 43, "{code}");
    let u = app
        .store
        .user_by_email("ngo@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (u.role.as_str(), u.organisation.as_deref()),
        ("data-provider", Some("agency:ngo-a"))
    );
    // Shown once: the accounts page does not show it again, and the store
    // keeps only its SHA-256.
    assert!(!app.get("/admin/users", Some(&s)).await.body.contains(&code));
    assert!(!format!("{:?}", app.store.audit_entries().await.unwrap()).contains(&code));
    // Before activation no password opens the account.
    assert!(app
        .try_login("ngo@example.org", PASSWORD, "")
        .await
        .1
        .is_none());

    let r = activate(&app, &code, "a password of my own").await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::SEE_OTHER, "/login"),
        "{}",
        r.body
    );
    let (r, session) = app
        .try_login("ngo@example.org", "a password of my own", "")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(session.is_some());
    // The attack: the code used again (by whoever saw it) sets nothing.
    let again = activate(&app, &code, "the attacker's password").await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(app
        .try_login("ngo@example.org", "the attacker's password", "")
        .await
        .1
        .is_none());
    let actions = app.actions().await;
    for a in [
        "user.add",
        "user.activation-issue",
        "user.activate",
        "user.activate.failed",
    ] {
        assert!(actions.contains(&a.to_owned()), "{a}: {actions:?}");
    }
    // Who made it, from where.
    let add = app
        .store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .rev()
        .find(|e| e.event.action == "user.add")
        .unwrap();
    assert_eq!(add.event.actor, "user:1 <admin@example.org>");
    assert_eq!(add.event.source, "127.0.0.1");
    // A code expires after 72 hours.
    let made = create(&app, &s, "late@example.org", "analyst", "").await;
    let late = code_of(&made);
    app.advance(72 * 3600);
    let r = activate(&app, &late, "too late a password").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    intact(&app).await;
}

async fn a_reset_voids_the_password_and_the_sessions(db: TestStore) {
    let app = App::on(db);
    let s = admin(&app).await;
    let id = app
        .user("ngo@example.org", "data-provider", Some("agency:ngo-a"))
        .await;
    let theirs = app.login("ngo@example.org").await;
    let csrf = app.csrf(&s).await;
    let r = app
        .post(
            &format!("/admin/users/{id}/reset-password"),
            &s,
            &form(&[("csrf", &csrf)]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let code = code_of(&r);
    // The old password no longer opens it; the signed-in session ended.
    assert_eq!(
        app.get("/account", Some(&theirs)).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(app
        .try_login("ngo@example.org", PASSWORD, "")
        .await
        .1
        .is_none());
    let r = activate(&app, &code, "a brand new password").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(app
        .try_login("ngo@example.org", "a brand new password", "")
        .await
        .1
        .is_some());
    // No such account: 404; a disabled one cannot be reset.
    let r = app
        .post(
            "/admin/users/999/reset-password",
            &s,
            &form(&[("csrf", &csrf)]),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(app
        .actions()
        .await
        .contains(&"user.reset-password".to_owned()));
    intact(&app).await;
}

/// The permission matrix of the account forms: every role, signed in as
/// it can be, posting each form with its own valid CSRF token.
async fn only_an_administrator_with_its_second_factor_manages_accounts(db: TestStore) {
    let app = App::on(db);
    let target = app
        .user("target@example.org", "data-provider", Some("agency:ngo-t"))
        .await;
    let admin_totp = admin(&app).await;
    let cases: [(&str, &str, Option<&str>, StatusCode); 6] = [
        (
            "dp@example.org",
            "data-provider",
            Some("agency:ngo-a"),
            StatusCode::FORBIDDEN,
        ),
        (
            "nfp@example.org",
            "national-focal-point",
            Some("state:NGA"),
            StatusCode::FORBIDDEN,
        ),
        (
            "rev@example.org",
            "reviewer",
            Some("state:FRA"),
            StatusCode::FORBIDDEN,
        ),
        ("an@example.org", "analyst", None, StatusCode::FORBIDDEN),
        (
            "adm2@example.org",
            "administrator",
            Some("un:UNODC"),
            StatusCode::FORBIDDEN,
        ),
        ("", "administrator with TOTP", None, StatusCode::OK),
    ];
    for (i, (email, role, org, expected)) in cases.iter().enumerate() {
        let s = if email.is_empty() {
            admin_totp.clone()
        } else {
            app.user(email, role, *org).await;
            app.login(email).await
        };
        let csrf = app.csrf(&s).await;
        let new = format!("new{i}@example.org");
        let c = app
            .post(
                "/admin/users",
                &s,
                &form(&[
                    ("csrf", &csrf),
                    ("email", &new),
                    ("name", "N"),
                    ("role", "analyst"),
                ]),
            )
            .await;
        assert_eq!(c.status, *expected, "{role} creating: {}", c.body);
        let r = app
            .post(
                &format!("/admin/users/{target}/reset-password"),
                &s,
                &form(&[("csrf", &csrf)]),
            )
            .await;
        assert_eq!(r.status, *expected, "{role} resetting");
        let made = app.store.user_by_email(&new).await.unwrap().is_some();
        assert_eq!(made, *expected == StatusCode::OK, "{role}");
        // The same forms without the session's CSRF token: refused, even
        // for the administrator.
        let c = app
            .post(
                "/admin/users",
                &s,
                &form(&[
                    ("csrf", "x"),
                    ("email", "csrf@example.org"),
                    ("name", "N"),
                    ("role", "analyst"),
                ]),
            )
            .await;
        assert_eq!(c.status, StatusCode::FORBIDDEN, "{role} without CSRF");
    }
    assert!(app
        .store
        .user_by_email("csrf@example.org")
        .await
        .unwrap()
        .is_none());
    // Signed out: sent to sign in; a token (which acts without a second
    // factor) cannot manage accounts, whatever its scope.
    let anon = app
        .send(
            Request::post("/admin/users")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("csrf=x&email=a%40b.c&name=N&role=analyst"))
                .unwrap(),
        )
        .await;
    assert_eq!(anon.status, StatusCode::SEE_OTHER);
    let token = app.token(1, "read-write").await;
    let t = app
        .post_bearer(
            "/admin/users",
            &token,
            b"csrf=&email=t%40b.c&name=N&role=analyst".to_vec(),
        )
        .await;
    assert!(
        t.status == StatusCode::FORBIDDEN || t.status == StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "{}",
        t.status
    );
    assert!(app.store.user_by_email("t@b.c").await.unwrap().is_none());
    intact(&app).await;
}

async fn bad_account_forms_are_refused_and_store_nothing(db: TestStore) {
    let app = App::on(db);
    let s = admin(&app).await;
    let before = app.store.audit_entries().await.unwrap().len();
    for (email, role, org, says) in [
        ("no-at-sign", "analyst", "", "one @"),
        ("p@example.org", "root", "", "one of those in the list"),
        ("p@example.org", "public", "", "one of those in the list"),
        (
            "p@example.org",
            "data-provider",
            "",
            "acts for an organisation",
        ),
        ("p@example.org", "reviewer", "state:<b>", "state:ISO3"),
        ("admin@example.org", "analyst", "", "exists"),
    ] {
        let r = create(&app, &s, email, role, org).await;
        assert_eq!(
            r.status,
            StatusCode::BAD_REQUEST,
            "{email} {role}: {}",
            r.body
        );
        assert!(r.body.contains(says), "{says}: {}", r.body);
        assert!(!r.body.contains("state:<b>"));
    }
    assert!(app
        .store
        .user_by_email("p@example.org")
        .await
        .unwrap()
        .is_none());
    assert_eq!(app.store.audit_entries().await.unwrap().len(), before);
}
