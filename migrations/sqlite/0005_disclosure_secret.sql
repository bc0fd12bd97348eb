-- The database's own secret for the cell-key perturbation of public case
-- tables (palermo_disclosure::record_key): 32 bytes from SQLite's
-- randomness (ChaCha20 seeded by the operating system), made once per
-- database and never published. Without it nobody can compute the records'
-- keys, hence the noise of a cell.
CREATE TABLE disclosure_secret (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL CHECK (length(secret) = 32)
);
INSERT INTO disclosure_secret (id, secret) VALUES (1, randomblob(32));
