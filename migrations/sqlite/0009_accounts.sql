-- Accounts, sessions, API tokens and the audit trail (issue #12).
-- SQLite's INTEGER and TEXT (PostgreSQL's twin, postgres/0009_accounts.sql:
-- BIGINT and TEXT), timestamps as unix seconds passed in from Rust, so that
-- the twins differ only in how ids are made and how edits are refused.
-- Secrets are never stored: passwords as Argon2id PHC strings, session ids
-- and API tokens as their SHA-256 (hex).
CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    -- Lower-cased; unique.
    email               TEXT NOT NULL UNIQUE,
    display_name        TEXT NOT NULL,
    -- palermo_access::Role::as_str
    role                TEXT NOT NULL,
    -- palermo_access::Organisation's text (state:NGA, un:UNODC, …)
    organisation        TEXT,
    password_hash       TEXT NOT NULL,
    -- The TOTP secret (hex) once enrolled, and the step of the last code
    -- accepted (a code is accepted once).
    totp_secret         TEXT,
    totp_last_step      INTEGER,
    -- Consecutive failed sign-ins and the lock-out they caused.
    failed_sign_ins     INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER,
    disabled_at         INTEGER,
    created_at          INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);

-- The States whose review answers a reviewer reads (ISO 3166-1 alpha-3).
CREATE TABLE user_reviews (
    user_id INTEGER NOT NULL REFERENCES users (id),
    state   TEXT NOT NULL,
    PRIMARY KEY (user_id, state)
);

CREATE TABLE sessions (
    token_hash    TEXT PRIMARY KEY NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    -- 1 when the sign-in gave a TOTP code.
    second_factor INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    token_hash   TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    -- palermo_access::Scope::as_str
    scope        TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);

-- The audit trail: append-only, each entry carrying the previous one's
-- hash (palermo_access::audit). No victim's data in it.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY NOT NULL,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    source    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
-- The chain's head, one row: appending updates it first, which takes the
-- write lock before the last entry is read (no two appends read the same
-- head), and a verification compares it with the last entry (entries
-- removed from the end show).
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only: the database refuses changes and deletions (who can write
-- the file can drop these; the hash chain then shows what changed).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
