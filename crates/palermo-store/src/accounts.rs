//! Accounts, sessions, failed sign-ins, API tokens and the audit trail
//! (issue #12).
//!
//! The store keeps what `palermo-access` makes: Argon2id PHC strings, the
//! SHA-256 of session ids and tokens (never the secrets), and the audit
//! chain's entries, linked by [`palermo_access::audit::next_entry`] inside
//! the transaction of the change they record. The rules (who may, when a
//! session expires, when an account locks) are `palermo-access`'s; this
//! module only reads and writes.
//!
//! The SQL is portable (SQLite and PostgreSQL), run through the crate's
//! `db` layer: `$n` placeholders, BIGINT and TEXT values, times in unix
//! seconds passed in from Rust, `RETURNING` for new ids. Its writes do not
//! advance the change counter (`Pool::begin_private_write`): no cached
//! page reads these tables.

use crate::db::{query, Row, Tx};
use crate::{Result, Store, StoreError};
use palermo_access::audit::{next_entry, AuditEntry, AuditEvent, ChainHead};

/// Who does a change and from where, and when: what the audit entry of a
/// change records besides the change itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditContext {
    /// `user:ID <e-mail>`, `cli`, `token:ID` or `anonymous`.
    pub actor: String,
    /// The client's IP address, or `cli`.
    pub source: String,
    /// Unix time, seconds.
    pub at: i64,
}

impl AuditContext {
    /// The command line on the database file at `at`: actor and source
    /// `cli`.
    pub fn cli(at: i64) -> Self {
        Self {
            actor: "cli".into(),
            source: "cli".into(),
            at,
        }
    }

    /// The event `action` on `target` by this actor.
    pub fn event(&self, action: &str, target: &str) -> AuditEvent {
        AuditEvent {
            at: self.at,
            actor: self.actor.clone(),
            action: action.to_owned(),
            target: target.to_owned(),
            source: self.source.clone(),
        }
    }
}

/// A new account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    /// E-mail (stored lower-cased; unique).
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// `palermo_access::Role::as_str`.
    pub role: String,
    /// `palermo_access::Organisation`'s text, if any.
    pub organisation: Option<String>,
    /// States a reviewer reviews (ISO 3166-1 alpha-3).
    pub reviews: Vec<String>,
    /// Argon2id PHC string.
    pub password_hash: String,
}

/// An account as stored (with its secrets' hashes, for sign-in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Id.
    pub id: i64,
    /// E-mail, lower-cased.
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// Role name.
    pub role: String,
    /// Organisation text.
    pub organisation: Option<String>,
    /// States reviewed.
    pub reviews: Vec<String>,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// TOTP secret, if enrolled.
    pub totp_secret: Option<Vec<u8>>,
    /// Step of the last TOTP code accepted.
    pub totp_last_step: Option<i64>,
    /// Consecutive failed sign-ins.
    pub failed_sign_ins: i64,
    /// Locked until (unix seconds).
    pub locked_until: Option<i64>,
    /// Disabled at (unix seconds).
    pub disabled_at: Option<i64>,
    /// Created at (unix seconds).
    pub created_at: i64,
}

const USER_COLUMNS: &str = "id, email, display_name, role, organisation, password_hash, \
     totp_secret, totp_last_step, failed_sign_ins, locked_until, disabled_at, created_at";

fn from_hex(table: &'static str, column: &'static str, s: &str) -> Result<Vec<u8>> {
    let corrupt = || StoreError::Corrupt { table, column };
    if !s.len().is_multiple_of(2) {
        return Err(corrupt());
    }
    (0..s.len())
        .step_by(2)
        .map(|i| {
            s.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(corrupt)
        })
        .collect()
}

fn user_from_row(r: &Row) -> Result<User> {
    let secret: Option<String> = r.get("totp_secret")?;
    Ok(User {
        id: r.get("id")?,
        email: r.get("email")?,
        display_name: r.get("display_name")?,
        role: r.get("role")?,
        organisation: r.get("organisation")?,
        reviews: Vec::new(),
        password_hash: r.get("password_hash")?,
        totp_secret: secret
            .map(|s| from_hex("users", "totp_secret", &s))
            .transpose()?,
        totp_last_step: r.get("totp_last_step")?,
        failed_sign_ins: r.get("failed_sign_ins")?,
        locked_until: r.get("locked_until")?,
        disabled_at: r.get("disabled_at")?,
        created_at: r.get("created_at")?,
    })
}

/// A live-or-not session with its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The account.
    pub user: User,
    /// Whether its sign-in gave a TOTP code.
    pub second_factor: bool,
    /// Created at (unix seconds).
    pub created_at: i64,
    /// Last request at (unix seconds).
    pub last_seen_at: i64,
}

/// An API token (never the secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// Id (what `palermo token revoke` takes).
    pub id: i64,
    /// Its owner's id.
    pub user_id: i64,
    /// A name its owner gave it.
    pub name: String,
    /// `palermo_access::Scope::as_str`.
    pub scope: String,
    /// Created at (unix seconds).
    pub created_at: i64,
    /// Last used at (unix seconds).
    pub last_used_at: Option<i64>,
    /// Revoked at (unix seconds).
    pub revoked_at: Option<i64>,
}

const TOKEN_COLUMNS: &str = "id, user_id, name, scope, created_at, last_used_at, revoked_at";

const AUDIT_COLUMNS: &str = "seq, at, actor, action, target, source, prev_hash, hash";

fn token_from_row(r: &Row) -> Result<ApiToken> {
    Ok(ApiToken {
        id: r.get("id")?,
        user_id: r.get("user_id")?,
        name: r.get("name")?,
        scope: r.get("scope")?,
        created_at: r.get("created_at")?,
        last_used_at: r.get("last_used_at")?,
        revoked_at: r.get("revoked_at")?,
    })
}

/// Appends `event` to the audit chain inside `tx`. The head row is
/// updated first, which takes the write lock before the previous hash is
/// read, so that two appends never link to the same entry.
pub(crate) async fn append(tx: &mut Tx, event: AuditEvent) -> Result<AuditEntry> {
    let row = tx
        .fetch_one(query(
            "audit_head",
            "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash",
        ))
        .await?;
    let seq: i64 = row.get("seq")?;
    let prev_hash: String = row.get("hash")?;
    let entry = next_entry(Some((seq - 1, &prev_hash)), event);
    debug_assert_eq!(entry.seq, seq);
    tx.execute(
        query(
            "audit_log",
            "INSERT INTO audit_log (seq, at, actor, action, target, source, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(entry.seq)
        .bind(entry.event.at)
        .bind(&entry.event.actor)
        .bind(&entry.event.action)
        .bind(&entry.event.target)
        .bind(&entry.event.source)
        .bind(&entry.prev_hash)
        .bind(&entry.hash),
    )
    .await?;
    tx.execute(
        query("audit_head", "UPDATE audit_head SET hash = $1 WHERE id = 1").bind(&entry.hash),
    )
    .await?;
    Ok(entry)
}

/// The result of checking the stored chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditVerdict {
    /// Every entry holds and the last is the recorded head.
    Intact(ChainHead),
    /// The first entry that does not hold.
    Broken(palermo_access::audit::BrokenChain),
    /// Every entry holds but the chain ends before the recorded head
    /// (entries removed from its end).
    Truncated {
        /// The chain as stored.
        head: ChainHead,
        /// The head recorded when the last entry was appended.
        recorded_seq: i64,
    },
}

impl Store {
    /// Appends one event to the audit trail (its own transaction).
    ///
    /// # Errors
    /// Database errors.
    pub async fn audit(&self, event: AuditEvent) -> Result<AuditEntry> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let e = append(&mut tx, event).await?;
        tx.commit().await?;
        Ok(e)
    }

    /// Records a computation on data (`linkage.match`, `mse.estimate`) in
    /// the audit trail: `target` is `detail` (the method, the number of
    /// lists: never a value) and the keyed digest of `input`
    /// ([`palermo_access::audit::input_digest`], keyed with this
    /// database's secret), never the input. Its own transaction.
    ///
    /// # Errors
    /// Database errors; refused on a read-only database.
    pub async fn audit_computation(
        &self,
        action: &str,
        detail: &str,
        input: &[u8],
        ctx: &AuditContext,
    ) -> Result<AuditEntry> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let key: Vec<u8> = tx
            .fetch_one(query(
                "disclosure_secret",
                "SELECT secret FROM disclosure_secret WHERE id = 1",
            ))
            .await?
            .get("secret")?;
        let digest = palermo_access::audit::input_digest(&key, input);
        let e = append(&mut tx, ctx.event(action, &format!("{detail}; {digest}"))).await?;
        tx.commit().await?;
        Ok(e)
    }

    /// Every audit entry, in order.
    ///
    /// # Errors
    /// Database errors.
    pub async fn audit_entries(&self) -> Result<Vec<AuditEntry>> {
        self.audit_page(i64::MAX, 0).await
    }

    /// At most `limit` audit entries, newest first, skipping `offset`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn audit_recent(&self, limit: i64, offset: i64) -> Result<Vec<AuditEntry>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "audit_log",
                    format!(
                        "SELECT {AUDIT_COLUMNS} FROM audit_log \
             ORDER BY seq DESC LIMIT $1 OFFSET $2"
                    ),
                )
                .bind(limit)
                .bind(offset),
            )
            .await?;
        rows.iter().map(entry_from_row).collect()
    }

    async fn audit_page(&self, limit: i64, offset: i64) -> Result<Vec<AuditEntry>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "audit_log",
                    format!(
                        "SELECT {AUDIT_COLUMNS} FROM audit_log \
             ORDER BY seq LIMIT $1 OFFSET $2"
                    ),
                )
                .bind(limit)
                .bind(offset),
            )
            .await?;
        rows.iter().map(entry_from_row).collect()
    }

    /// Checks the stored audit chain ([`palermo_access::audit::verify_chain`])
    /// and compares its end with the recorded head.
    ///
    /// # Errors
    /// Database errors.
    pub async fn verify_audit(&self) -> Result<AuditVerdict> {
        let entries = self.audit_entries().await?;
        let head = match palermo_access::audit::verify_chain(&entries) {
            Ok(h) => h,
            Err(b) => return Ok(AuditVerdict::Broken(b)),
        };
        let recorded: i64 = self
            .pool()
            .fetch_one(query(
                "audit_head",
                "SELECT seq FROM audit_head WHERE id = 1",
            ))
            .await?
            .get("seq")?;
        if recorded != head.last_seq {
            return Ok(AuditVerdict::Truncated {
                head,
                recorded_seq: recorded,
            });
        }
        Ok(AuditVerdict::Intact(head))
    }

    /// Creates an account and records `user.add` in the audit trail, in
    /// one transaction. Returns its id.
    ///
    /// # Errors
    /// [`StoreError::Rejected`] if an account has this e-mail; database
    /// errors.
    pub async fn create_user(&self, user: &NewUser, ctx: &AuditContext) -> Result<i64> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let id = insert_user(&mut tx, user, ctx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Creates an account whose owner sets the password (issue #12: an
    /// account made on `/admin/users`): `user.password_hash` is one nobody
    /// knows, and the one-time activation code kept by its SHA-256
    /// `code_hash` lets the owner set a password until `expires_at` (unix
    /// seconds). Records `user.add` and `user.activation-issue`, in one
    /// transaction. Returns the account's id.
    ///
    /// # Errors
    /// As [`Store::create_user`].
    pub async fn create_user_with_activation(
        &self,
        user: &NewUser,
        code_hash: &str,
        expires_at: i64,
        ctx: &AuditContext,
    ) -> Result<i64> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let id = insert_user(&mut tx, user, ctx).await?;
        issue_activation(&mut tx, id, code_hash, expires_at, ctx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// An administrator's password reset (issue #12): the account's
    /// password is replaced by `unusable_hash` (one nobody knows), its
    /// sessions end, its earlier codes are void, and a new one-time
    /// activation code (`code_hash`, until `expires_at`) lets its owner set
    /// a new password. Records `user.reset-password` and
    /// `user.activation-issue`. Returns whether an active (not disabled)
    /// account `id` exists.
    ///
    /// # Errors
    /// Database errors.
    pub async fn reset_with_activation(
        &self,
        id: i64,
        unusable_hash: &str,
        code_hash: &str,
        expires_at: i64,
        ctx: &AuditContext,
    ) -> Result<bool> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let n = tx
            .execute(
                query(
                    "users",
                    "UPDATE users SET password_hash = $1, password_changed_at = $2, \
                     failed_sign_ins = 0, locked_until = NULL \
                     WHERE id = $3 AND disabled_at IS NULL",
                )
                .bind(unusable_hash)
                .bind(ctx.at)
                .bind(id),
            )
            .await?;
        if n == 0 {
            return Ok(false);
        }
        end_sessions(&mut tx, id).await?;
        append(
            &mut tx,
            ctx.event("user.reset-password", &format!("user:{id}")),
        )
        .await?;
        issue_activation(&mut tx, id, code_hash, expires_at, ctx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Uses the activation code kept as `code_hash`: if it is unused, not
    /// expired at `ctx.at` and its account is not disabled, the account's
    /// password becomes `password_hash`, the code is used up, its sessions
    /// end and `user.activate` is recorded. Returns the account's id, or
    /// `None` (nothing changed) for a code that is unknown, used, expired
    /// or of a disabled account.
    ///
    /// # Errors
    /// Database errors.
    pub async fn activate(
        &self,
        code_hash: &str,
        password_hash: &str,
        ctx: &AuditContext,
    ) -> Result<Option<i64>> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let row = tx
            .fetch_optional(
                query(
                    "account_activations",
                    "UPDATE account_activations SET used_at = $1 WHERE token_hash = $2 \
                     AND used_at IS NULL AND expires_at > $1 \
                     AND user_id IN (SELECT id FROM users WHERE disabled_at IS NULL) \
                     RETURNING user_id",
                )
                .bind(ctx.at)
                .bind(code_hash),
            )
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let id: i64 = row.get("user_id")?;
        tx.execute(
            query(
                "users",
                "UPDATE users SET password_hash = $1, password_changed_at = $2, \
                 failed_sign_ins = 0, locked_until = NULL WHERE id = $3",
            )
            .bind(password_hash)
            .bind(ctx.at)
            .bind(id),
        )
        .await?;
        end_sessions(&mut tx, id).await?;
        append(&mut tx, ctx.event("user.activate", &format!("user:{id}"))).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Every account, by id.
    ///
    /// # Errors
    /// Database errors.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = self
            .pool()
            .fetch_all(query(
                "users",
                format!("SELECT {USER_COLUMNS} FROM users ORDER BY id"),
            ))
            .await?;
        let mut users = rows.iter().map(user_from_row).collect::<Result<Vec<_>>>()?;
        let reviews = self
            .pool()
            .fetch_all(query(
                "user_reviews",
                "SELECT user_id, state FROM user_reviews ORDER BY user_id, state",
            ))
            .await?;
        for r in &reviews {
            let uid: i64 = r.get("user_id")?;
            if let Some(u) = users.iter_mut().find(|u| u.id == uid) {
                u.reviews.push(r.get("state")?);
            }
        }
        Ok(users)
    }

    async fn with_reviews(&self, user: Option<User>) -> Result<Option<User>> {
        let Some(mut u) = user else { return Ok(None) };
        u.reviews = self
            .pool()
            .fetch_all(
                query(
                    "user_reviews",
                    "SELECT state FROM user_reviews WHERE user_id = $1 ORDER BY state",
                )
                .bind(u.id),
            )
            .await?
            .iter()
            .map(|r| r.get("state"))
            .collect::<Result<_>>()?;
        Ok(Some(u))
    }

    /// The account with this e-mail (compared lower-cased).
    ///
    /// # Errors
    /// Database errors.
    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "users",
                    format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1"),
                )
                .bind(email.to_lowercase()),
            )
            .await?;
        let u = row.as_ref().map(user_from_row).transpose()?;
        self.with_reviews(u).await
    }

    /// The account with this id.
    ///
    /// # Errors
    /// Database errors.
    pub async fn user(&self, id: i64) -> Result<Option<User>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "users",
                    format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"),
                )
                .bind(id),
            )
            .await?;
        let u = row.as_ref().map(user_from_row).transpose()?;
        self.with_reviews(u).await
    }

    /// Disables an account, ends its sessions and revokes its tokens,
    /// recording `user.disable`. Returns whether it existed.
    ///
    /// # Errors
    /// Database errors.
    pub async fn disable_user(&self, id: i64, ctx: &AuditContext) -> Result<bool> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let n = tx
            .execute(
                query(
                    "users",
                    "UPDATE users SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL",
                )
                .bind(ctx.at)
                .bind(id),
            )
            .await?;
        if n == 0 {
            return Ok(false);
        }
        end_sessions(&mut tx, id).await?;
        tx.execute(
            query(
                "api_tokens",
                "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
            )
            .bind(ctx.at)
            .bind(id),
        )
        .await?;
        append(&mut tx, ctx.event("user.disable", &format!("user:{id}"))).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Sets an account's password hash, clears its lock-out and ends its
    /// sessions, recording `action` (`user.reset-password`,
    /// `user.change-password`). Returns whether the account exists.
    ///
    /// # Errors
    /// Database errors.
    pub async fn set_password(
        &self,
        id: i64,
        password_hash: &str,
        action: &str,
        ctx: &AuditContext,
    ) -> Result<bool> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let n = tx.execute(query("users", "UPDATE users SET password_hash = $1, password_changed_at = $2, failed_sign_ins = 0, \
             locked_until = NULL WHERE id = $3").bind(password_hash).bind(ctx.at).bind(id)).await?;
        if n == 0 {
            return Ok(false);
        }
        end_sessions(&mut tx, id).await?;
        append(&mut tx, ctx.event(action, &format!("user:{id}"))).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Enrols (or, with `None`, removes) an account's TOTP secret, with the
    /// step of the code that confirmed it, recording `user.totp-enrol` or
    /// `user.totp-remove`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn set_totp(
        &self,
        id: i64,
        secret: Option<(&[u8], i64)>,
        ctx: &AuditContext,
    ) -> Result<()> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let hex = secret.map(|(s, _)| palermo_access::random::hex(s));
        tx.execute(
            query(
                "users",
                "UPDATE users SET totp_secret = $1, totp_last_step = $2 WHERE id = $3",
            )
            .bind(hex)
            .bind(secret.map(|(_, step)| step))
            .bind(id),
        )
        .await?;
        let action = if secret.is_some() {
            "user.totp-enrol"
        } else {
            "user.totp-remove"
        };
        append(&mut tx, ctx.event(action, &format!("user:{id}"))).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that the TOTP code of step `step` was used, if it is later
    /// than the last one recorded. Returns whether it was (a code is
    /// accepted once, even by two requests at the same moment).
    ///
    /// # Errors
    /// Database errors.
    pub async fn use_totp_step(&self, id: i64, step: i64) -> Result<bool> {
        let n = self
            .pool()
            .execute_private(
                query(
                    "users",
                    "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
             AND (totp_last_step IS NULL OR totp_last_step < $1)",
                )
                .bind(step)
                .bind(id),
            )
            .await?;
        Ok(n == 1)
    }

    /// Records a failed sign-in of account `id` (`None`: an e-mail with no
    /// account) with its audit entry; locks the account until
    /// `lock_until(failures)` if that gives a time. Returns the account's
    /// consecutive failures.
    ///
    /// # Errors
    /// Database errors.
    pub async fn record_failed_sign_in(
        &self,
        id: Option<i64>,
        reason: &str,
        lock_until: impl Fn(i64) -> Option<i64>,
        ctx: &AuditContext,
    ) -> Result<i64> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let mut failures = 0;
        if let Some(id) = id {
            let row = tx
                .fetch_one(
                    query(
                        "users",
                        "UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = $1 \
                 RETURNING failed_sign_ins",
                    )
                    .bind(id),
                )
                .await?;
            failures = row.get("failed_sign_ins")?;
            if let Some(until) = lock_until(failures) {
                tx.execute(
                    query("users", "UPDATE users SET locked_until = $1 WHERE id = $2")
                        .bind(until)
                        .bind(id),
                )
                .await?;
                append(&mut tx, ctx.event("user.locked", &format!("user:{id}"))).await?;
            }
        }
        let target = id.map_or_else(|| "unknown-account".to_owned(), |id| format!("user:{id}"));
        append(
            &mut tx,
            ctx.event(&format!("sign-in.failed ({reason})"), &target),
        )
        .await?;
        tx.commit().await?;
        Ok(failures)
    }

    /// Records a sign-in: clears the failures, creates the session (kept by
    /// the SHA-256 of its id) and its audit entry, in one transaction.
    ///
    /// # Errors
    /// Database errors.
    pub async fn sign_in(
        &self,
        user_id: i64,
        session_hash: &str,
        second_factor: bool,
        ctx: &AuditContext,
    ) -> Result<()> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        tx.execute(
            query(
                "users",
                "UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1",
            )
            .bind(user_id),
        )
        .await?;
        tx.execute(query("sessions", "INSERT INTO sessions (token_hash, user_id, second_factor, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $4)").bind(session_hash).bind(user_id).bind(i64::from(second_factor)).bind(ctx.at)).await?;
        let how = if second_factor {
            "sign-in (password and TOTP)"
        } else {
            "sign-in (password)"
        };
        append(&mut tx, ctx.event(how, &format!("user:{user_id}"))).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The session kept under `session_hash`, with its account.
    ///
    /// # Errors
    /// Database errors.
    pub async fn session(&self, session_hash: &str) -> Result<Option<Session>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "sessions",
                    "SELECT user_id, second_factor, created_at, last_seen_at FROM sessions \
             WHERE token_hash = $1",
                )
                .bind(session_hash),
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let uid: i64 = row.get("user_id")?;
        let Some(user) = self.user(uid).await? else {
            return Ok(None);
        };
        let sf: i64 = row.get("second_factor")?;
        Ok(Some(Session {
            user,
            second_factor: sf == 1,
            created_at: row.get("created_at")?,
            last_seen_at: row.get("last_seen_at")?,
        }))
    }

    /// Marks the session as used at `now`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn touch_session(&self, session_hash: &str, now: i64) -> Result<()> {
        self.pool()
            .execute_private(
                query(
                    "sessions",
                    "UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2",
                )
                .bind(now)
                .bind(session_hash),
            )
            .await?;
        Ok(())
    }

    /// Ends a session; with `ctx`, records `sign-out` (an expired session
    /// is removed without an entry). Returns whether it existed.
    ///
    /// # Errors
    /// Database errors.
    pub async fn end_session(
        &self,
        session_hash: &str,
        audit: Option<(i64, &AuditContext)>,
    ) -> Result<bool> {
        let mut tx = self.pool().begin_private_write().await?;
        let n = tx
            .execute(
                query("sessions", "DELETE FROM sessions WHERE token_hash = $1").bind(session_hash),
            )
            .await?;
        if let (1, Some((uid, ctx))) = (n, audit) {
            append(&mut tx, ctx.event("sign-out", &format!("user:{uid}"))).await?;
        }
        tx.commit().await?;
        Ok(n == 1)
    }

    /// Creates an API token kept by its SHA-256, recording `token.create`.
    /// Returns its id.
    ///
    /// # Errors
    /// Database errors.
    pub async fn create_token(
        &self,
        user_id: i64,
        token_hash: &str,
        name: &str,
        scope: &str,
        ctx: &AuditContext,
    ) -> Result<i64> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let row = tx
            .fetch_one(
                query(
                    "api_tokens",
                    "INSERT INTO api_tokens (user_id, token_hash, name, scope, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(user_id)
                .bind(token_hash)
                .bind(name)
                .bind(scope)
                .bind(ctx.at),
            )
            .await?;
        let id: i64 = row.get("id")?;
        append(
            &mut tx,
            ctx.event("token.create", &format!("token:{id} of user:{user_id}")),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The unrevoked token kept under `token_hash`, with its owner;
    /// marks it used at `now`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn use_token(&self, token_hash: &str, now: i64) -> Result<Option<(ApiToken, User)>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "api_tokens",
                    format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL"),
                )
                .bind(token_hash),
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let token = token_from_row(&row)?;
        let Some(user) = self.user(token.user_id).await? else {
            return Ok(None);
        };
        self.pool()
            .execute_private(
                query(
                    "api_tokens",
                    "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2",
                )
                .bind(now)
                .bind(token.id),
            )
            .await?;
        Ok(Some((token, user)))
    }

    /// Token `id`, revoked or not.
    ///
    /// # Errors
    /// Database errors.
    pub async fn token(&self, id: i64) -> Result<Option<ApiToken>> {
        let row = self
            .pool()
            .fetch_optional(
                query(
                    "api_tokens",
                    format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE id = $1"),
                )
                .bind(id),
            )
            .await?;
        row.as_ref().map(token_from_row).transpose()
    }

    /// The tokens of an account (`None`: every account's), by id.
    ///
    /// # Errors
    /// Database errors.
    pub async fn tokens(&self, user_id: Option<i64>) -> Result<Vec<ApiToken>> {
        let rows = self
            .pool()
            .fetch_all(
                query(
                    "api_tokens",
                    format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE $1 IS NULL OR user_id = $1 ORDER BY id"),
                )
                .bind(user_id),
            )
            .await?;
        rows.iter().map(token_from_row).collect()
    }

    /// Revokes token `id` (if `owner` is given, only if it is that
    /// account's), recording `token.revoke`. Returns whether a live token
    /// was revoked.
    ///
    /// # Errors
    /// Database errors.
    pub async fn revoke_token(
        &self,
        id: i64,
        owner: Option<i64>,
        ctx: &AuditContext,
    ) -> Result<bool> {
        self.check_writable()?;
        let mut tx = self.pool().begin_private_write().await?;
        let n = tx
            .execute(
                query(
                    "api_tokens",
                    "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL \
             AND ($3 IS NULL OR user_id = $3)",
                )
                .bind(ctx.at)
                .bind(id)
                .bind(owner),
            )
            .await?;
        if n == 1 {
            append(&mut tx, ctx.event("token.revoke", &format!("token:{id}"))).await?;
        }
        tx.commit().await?;
        Ok(n == 1)
    }
}

/// Inserts an account and its review assignments, recording `user.add`.
async fn insert_user(tx: &mut Tx, user: &NewUser, ctx: &AuditContext) -> Result<i64> {
    let inserted = tx
        .fetch_one(
            query(
                "users",
                "INSERT INTO users (email, display_name, role, organisation, password_hash, \
         created_at, password_changed_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(user.email.to_lowercase())
            .bind(&user.display_name)
            .bind(&user.role)
            .bind(&user.organisation)
            .bind(&user.password_hash)
            .bind(ctx.at),
        )
        .await;
    let id: i64 = match inserted {
        Ok(r) => r.get("id")?,
        Err(StoreError::Database(sqlx::Error::Database(e))) if e.is_unique_violation() => {
            return Err(StoreError::Rejected(
                "an account with this e-mail address exists".into(),
            ))
        }
        Err(e) => return Err(e),
    };
    for state in &user.reviews {
        tx.execute(
            query(
                "user_reviews",
                "INSERT INTO user_reviews (user_id, state) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(state),
        )
        .await?;
    }
    append(tx, ctx.event("user.add", &format!("user:{id}"))).await?;
    Ok(id)
}

/// Voids account `user_id`'s unused activation codes and keeps a new one
/// (its SHA-256), recording `user.activation-issue`.
async fn issue_activation(
    tx: &mut Tx,
    user_id: i64,
    code_hash: &str,
    expires_at: i64,
    ctx: &AuditContext,
) -> Result<()> {
    tx.execute(
        query(
            "account_activations",
            "UPDATE account_activations SET expires_at = $1 \
             WHERE user_id = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(ctx.at)
        .bind(user_id),
    )
    .await?;
    tx.execute(
        query(
            "account_activations",
            "INSERT INTO account_activations (token_hash, user_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(code_hash)
        .bind(user_id)
        .bind(ctx.at)
        .bind(expires_at),
    )
    .await?;
    append(
        tx,
        ctx.event("user.activation-issue", &format!("user:{user_id}")),
    )
    .await?;
    Ok(())
}

async fn end_sessions(tx: &mut Tx, user_id: i64) -> Result<()> {
    tx.execute(query("sessions", "DELETE FROM sessions WHERE user_id = $1").bind(user_id))
        .await?;
    Ok(())
}

fn entry_from_row(r: &Row) -> Result<AuditEntry> {
    Ok(AuditEntry {
        seq: r.get("seq")?,
        event: AuditEvent {
            at: r.get("at")?,
            actor: r.get("actor")?,
            action: r.get("action")?,
            target: r.get("target")?,
            source: r.get("source")?,
        },
        prev_hash: r.get("prev_hash")?,
        hash: r.get("hash")?,
    })
}
