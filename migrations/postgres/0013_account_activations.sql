-- One-time activation codes (issue #12): an account made or reset by an
-- administrator on /admin/users has no usable password until its owner
-- sets one with the code, at /account/activate. The code is shown once to
-- the administrator, kept here as its SHA-256 only, used at most once,
-- and expires (palermo-web's account::activation).
CREATE TABLE account_activations (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX account_activations_user ON account_activations (user_id);
