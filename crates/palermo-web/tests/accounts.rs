//! Accounts over HTTP (issue #12): sign-in and sign-out, lock-out, the
//! sign-in rate limit, TOTP, API tokens and their revocation, CSRF
//! rejection, session expiry, and an agency guessing another agency's ids.
//! Real requests through the whole router (tower's `oneshot`), a clock
//! the test moves.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::app::{App, PASSWORD, T0};
use palermo_access::totp::{code_at, Algorithm};
use palermo_store::accounts::AuditContext;
use palermo_store::testing::TestStore;

on_every_backend!(
    sign_in_and_sign_out,
    five_failures_lock_the_account_for_fifteen_minutes,
    sign_in_is_rate_limited_per_address,
    administrators_need_totp,
    a_password_alone_makes_no_token_for_an_administrator,
    api_tokens_work_until_revoked,
    forms_without_the_right_csrf_token_are_refused,
    sessions_expire_when_idle_and_after_eight_hours,
    an_agency_guessing_another_agencys_ids_gets_nothing,
);

async fn sign_in_and_sign_out(db: TestStore) {
    let app = App::on(db);
    app.user("ngo@example.org", "data-provider", Some("agency:ngo-a"))
        .await;

    let anon = app.get("/account", None).await;
    assert_eq!(
        (anon.status, anon.location()),
        (StatusCode::SEE_OTHER, "/login")
    );
    assert_eq!(anon.headers[header::CACHE_CONTROL], "no-store");

    let (res, session) = app.try_login("NGO@example.org", PASSWORD, "").await;
    assert_eq!(
        (res.status, res.location()),
        (StatusCode::SEE_OTHER, "/account")
    );
    let set = res
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("__Host-palermo-session="))
        .unwrap();
    assert!(
        set.ends_with("; Secure; HttpOnly; SameSite=Strict; Path=/"),
        "{set}"
    );
    let session = session.unwrap();

    let page = app.get("/account", Some(&session)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Name of ngo@example.org"));
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    // The store keeps the session's hash, not the session id.
    assert!(app.store.session(&session).await.unwrap().is_none());

    let csrf = page.field("csrf");
    let out = app.post("/logout", &session, &format!("csrf={csrf}")).await;
    assert_eq!((out.status, out.location()), (StatusCode::SEE_OTHER, "/"));
    assert_eq!(
        app.get("/account", Some(&session)).await.status,
        StatusCode::SEE_OTHER
    );

    // A wrong password and an unknown e-mail get the same answer.
    let (wrong, s1) = app
        .try_login("ngo@example.org", "not the password", "")
        .await;
    let (unknown, s2) = app
        .try_login("nobody-we-know@example.org", PASSWORD, "")
        .await;
    assert_eq!(
        (wrong.status, unknown.status),
        (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED)
    );
    assert!(s1.is_none() && s2.is_none());
    let msg = |b: &str| {
        b[b.find("Sign-in failed").unwrap()..]
            .split('<')
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(msg(&wrong.body), msg(&unknown.body));

    assert_eq!(
        app.actions().await,
        [
            "user.add",
            "sign-in (password)",
            "sign-out",
            "sign-in.failed (password)",
            "sign-in.failed (no such account)"
        ]
    );
    // What was typed into the form never reaches the trail.
    let entries = format!("{:?}", app.store.audit_entries().await.unwrap());
    assert!(!entries.contains("nobody-we-know") && !entries.contains("not the password"));
    assert!(entries.contains("127.0.0.1"));
}

async fn five_failures_lock_the_account_for_fifteen_minutes(db: TestStore) {
    let app = App::on(db);
    let id = app
        .user("ngo@example.org", "data-provider", Some("agency:ngo-a"))
        .await;
    for _ in 0..5 {
        let (r, _) = app
            .try_login("ngo@example.org", "guess guess guess", "")
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    // The right password no longer opens it…
    let (r, s) = app.try_login("ngo@example.org", PASSWORD, "").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(s.is_none());
    assert!(app.actions().await.contains(&"user.locked".to_owned()));
    app.advance(14 * 60);
    assert!(app
        .try_login("ngo@example.org", PASSWORD, "")
        .await
        .1
        .is_none());
    // …until 15 minutes after the failure that locked it.
    app.advance(61);
    assert!(app
        .try_login("ngo@example.org", PASSWORD, "")
        .await
        .1
        .is_some());
    let u = app.store.user(id).await.unwrap().unwrap();
    assert_eq!((u.failed_sign_ins, u.locked_until), (0, None));
}

async fn sign_in_is_rate_limited_per_address(db: TestStore) {
    let app = App::on(db);
    app.user("a@example.org", "analyst", None).await;
    for i in 0..10 {
        let (r, _) = app
            .try_login_from(
                &format!("x{i}@example.org"),
                "whatever whatever",
                "",
                [10, 0, 0, 1],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    let (r, s) = app
        .try_login_from("a@example.org", PASSWORD, "", [10, 0, 0, 1])
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers.contains_key(header::RETRY_AFTER) && s.is_none());
    // Another address is not held up; the first gets through after the window.
    assert!(app
        .try_login_from("a@example.org", PASSWORD, "", [10, 0, 0, 2])
        .await
        .1
        .is_some());
    app.advance(60);
    assert!(app
        .try_login_from("a@example.org", PASSWORD, "", [10, 0, 0, 1])
        .await
        .1
        .is_some());
}

/// An administrator without a second factor reaches only its account
/// page; it enrols TOTP there and signs in again with a code (each code
/// once).
async fn administrators_need_totp(db: TestStore) {
    let app = App::on(db);
    app.user("admin@example.org", "administrator", Some("un:UNODC"))
        .await;
    let s = app.login("admin@example.org").await;
    let denied = app.get("/admin/users", Some(&s)).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    assert!(denied.body.contains("second factor"), "{}", denied.body);
    assert!(!denied.body.contains("admin@example.org"));

    let page = app.get("/account", Some(&s)).await;
    let (csrf, secret_hex) = (page.field("csrf"), page.field("secret"));
    let secret: Vec<u8> = (0..secret_hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&secret_hex[i..i + 2], 16).unwrap())
        .collect();
    assert_eq!(secret.len(), 20);
    let wrong = app
        .post(
            "/account/totp",
            &s,
            &format!("csrf={csrf}&secret={secret_hex}&code=000000"),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    let code = code_at(Algorithm::Sha1, &secret, app.now(), 6).unwrap();
    let ok = app
        .post(
            "/account/totp",
            &s,
            &format!("csrf={csrf}&secret={secret_hex}&code={code}"),
        )
        .await;
    assert_eq!(
        (ok.status, ok.location()),
        (StatusCode::SEE_OTHER, "/login"),
        "{}",
        ok.body
    );
    // The enrolling session ended.
    assert_eq!(
        app.get("/account", Some(&s)).await.status,
        StatusCode::SEE_OTHER
    );

    // Now the code is required; the code used to enrol is not accepted again.
    assert!(app
        .try_login("admin@example.org", PASSWORD, "")
        .await
        .1
        .is_none());
    assert!(app
        .try_login("admin@example.org", PASSWORD, &code)
        .await
        .1
        .is_none());
    app.advance(30);
    let next = code_at(Algorithm::Sha1, &secret, app.now(), 6).unwrap();
    let (r, s2) = app.try_login("admin@example.org", PASSWORD, &next).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let s2 = s2.unwrap();
    let users = app.get("/admin/users", Some(&s2)).await;
    assert_eq!(users.status, StatusCode::OK);
    assert!(users.body.contains("admin@example.org"));
    assert!(app
        .actions()
        .await
        .contains(&"sign-in (password and TOTP)".to_owned()));
    assert_eq!(
        app.get("/admin/audit", Some(&s2)).await.status,
        StatusCode::OK
    );
}

/// The attack: a stolen administrator's password, no second factor,
/// tries to make an API token (which acts without one).
async fn a_password_alone_makes_no_token_for_an_administrator(db: TestStore) {
    let app = App::on(db);
    app.user("admin@example.org", "administrator", Some("un:UNODC"))
        .await;
    let s = app.login("admin@example.org").await;
    let csrf = app.csrf(&s).await;
    let r = app
        .post(
            "/account/tokens",
            &s,
            &format!("csrf={csrf}&name=x&scope=read"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("second factor"), "{}", r.body);
    assert!(app.store.tokens(None).await.unwrap().is_empty());
}

async fn api_tokens_work_until_revoked(db: TestStore) {
    let app = App::on(db);
    let admin = app
        .user("admin@example.org", "administrator", Some("un:UNODC"))
        .await;
    // RFC 6238's SHA-1 seed as the enrolled secret.
    let secret = b"12345678901234567890";
    let ctx = AuditContext {
        actor: "cli".into(),
        source: "cli".into(),
        at: T0,
    };
    app.store
        .set_totp(admin, Some((secret, 0)), &ctx)
        .await
        .unwrap();
    let code = code_at(Algorithm::Sha1, secret, app.now(), 6).unwrap();
    let (r, s) = app.try_login("admin@example.org", PASSWORD, &code).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let s = s.unwrap();
    let csrf = app.csrf(&s).await;
    let made = app
        .post(
            "/account/tokens",
            &s,
            &format!("csrf={csrf}&name=script&scope=read"),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let at = made.body.find("plm_").unwrap();
    let token: String = made.body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    assert_eq!(token.len(), 47);
    // Shown once: the account page no longer has it.
    assert!(!app.get("/account", Some(&s)).await.body.contains(&token));

    let ok = app.bearer("/api/v1/audit", &token).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(ok.headers[header::CACHE_CONTROL], "no-store");
    let v: serde_json::Value = serde_json::from_str(&ok.body).unwrap();
    assert!(v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "token.create"));
    // A token cannot manage accounts, even an administrator's.
    assert_eq!(
        app.bearer("/admin/users", &token).await.status,
        StatusCode::FORBIDDEN
    );

    let bad = app.bearer("/api/v1/audit", "plm_not-a-token").await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    assert_eq!(bad.headers[header::WWW_AUTHENTICATE], "Bearer");
    assert_eq!(
        app.get("/api/v1/audit", None).await.status,
        StatusCode::UNAUTHORIZED
    );

    let id = app.store.tokens(Some(admin)).await.unwrap()[0].id;
    let csrf = app.csrf(&s).await;
    let rv = app
        .post(
            &format!("/account/tokens/{id}/revoke"),
            &s,
            &format!("csrf={csrf}"),
        )
        .await;
    assert_eq!(rv.status, StatusCode::OK, "{}", rv.body);
    assert_eq!(
        app.bearer("/api/v1/audit", &token).await.status,
        StatusCode::UNAUTHORIZED
    );
}

async fn forms_without_the_right_csrf_token_are_refused(db: TestStore) {
    let app = App::on(db);
    app.user("a@example.org", "data-provider", Some("agency:ngo-a"))
        .await;
    app.user("b@example.org", "data-provider", Some("agency:ngo-b"))
        .await;
    let a = app.login("a@example.org").await;
    let b = app.login("b@example.org").await;
    let b_csrf = app.csrf(&b).await;
    for (path, form) in [
        ("/logout", String::new()),
        ("/logout", "csrf=".to_owned()),
        ("/logout", format!("csrf={b_csrf}")), // another session's token
        (
            "/account/tokens",
            format!("csrf={b_csrf}&name=x&scope=read"),
        ),
        (
            "/account/password",
            format!("csrf={b_csrf}&current={PASSWORD}&new=another+long+password"),
        ),
    ] {
        let r = app.post(path, &a, &form).await;
        assert!(
            r.status == StatusCode::FORBIDDEN || r.status == StatusCode::UNPROCESSABLE_ENTITY,
            "{path} {form}: {}",
            r.status
        );
    }
    // Nothing happened: a is still signed in, has no token, same password.
    assert_eq!(app.get("/account", Some(&a)).await.status, StatusCode::OK);
    assert!(app.store.tokens(None).await.unwrap().is_empty());
    // The sign-in form without its cookie is refused too (login CSRF).
    let req = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!(
            "csrf=x&email=a%40example.org&password={PASSWORD}"
        )))
        .unwrap();
    let r = app.send(req).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.set_cookie("__Host-palermo-session").is_none());
}

async fn sessions_expire_when_idle_and_after_eight_hours(db: TestStore) {
    let app = App::on(db);
    app.user("a@example.org", "data-provider", Some("agency:ngo-a"))
        .await;
    let s = app.login("a@example.org").await;
    app.advance(14 * 60);
    assert_eq!(app.get("/account", Some(&s)).await.status, StatusCode::OK);
    app.advance(15 * 60);
    let r = app.get("/account", Some(&s)).await;
    assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, "/login"));

    // Used every 10 minutes, a session still ends 8 hours after sign-in.
    let s = app.login("a@example.org").await;
    for _ in 0..47 {
        app.advance(10 * 60);
        assert_eq!(app.get("/account", Some(&s)).await.status, StatusCode::OK);
    }
    app.advance(10 * 60);
    assert_eq!(
        app.get("/account", Some(&s)).await.status,
        StatusCode::SEE_OTHER
    );
}

/// Agency B guesses agency A's token ids and the administrators' pages:
/// 404 or 403, never A's data, and A's token keeps working.
async fn an_agency_guessing_another_agencys_ids_gets_nothing(db: TestStore) {
    let app = App::on(db);
    let a = app
        .user("a@example.org", "data-provider", Some("agency:ngo-a"))
        .await;
    app.user("b@example.org", "data-provider", Some("agency:ngo-b"))
        .await;
    let sa = app.login("a@example.org").await;
    let csrf_a = app.csrf(&sa).await;
    let made = app
        .post(
            "/account/tokens",
            &sa,
            &format!("csrf={csrf_a}&name=a-import&scope=read-write"),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK);
    let a_token = app.store.tokens(Some(a)).await.unwrap()[0].id;

    let sb = app.login("b@example.org").await;
    let csrf_b = app.csrf(&sb).await;
    for id in [a_token, a_token + 1, 0, -1] {
        let r = app
            .post(
                &format!("/account/tokens/{id}/revoke"),
                &sb,
                &format!("csrf={csrf_b}"),
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "token {id}");
        assert!(!r.body.contains("a-import"));
    }
    assert!(app.store.tokens(Some(a)).await.unwrap()[0]
        .revoked_at
        .is_none());
    let b_page = app.get("/account", Some(&sb)).await;
    assert!(!b_page.body.contains("a-import"));

    for path in ["/admin/users", "/admin/audit", "/admin/audit.csv"] {
        let r = app.get(path, Some(&sb)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
        assert!(!r.body.contains("a@example.org"), "{path}");
        assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
    }
    let r = app
        .post(
            &format!("/admin/users/{a}/disable"),
            &sb,
            &format!("csrf={csrf_b}"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(app
        .store
        .user(a)
        .await
        .unwrap()
        .unwrap()
        .disabled_at
        .is_none());
}
