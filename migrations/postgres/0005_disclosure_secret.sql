-- The database's own secret for the cell-key perturbation of public case
-- tables (palermo_disclosure::record_key): 32 bytes from pgcrypto's
-- gen_random_bytes (PostgreSQL's pg_strong_random: OpenSSL's generator),
-- made once per database and never published. See migrations/sqlite/0005.
-- pgcrypto is a trusted extension (PostgreSQL 13+): a database owner may
-- create it.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE disclosure_secret (
    id     BIGINT PRIMARY KEY CHECK (id = 1),
    secret BYTEA NOT NULL CHECK (length(secret) = 32)
);
INSERT INTO disclosure_secret (id, secret) VALUES (1, gen_random_bytes(32));
