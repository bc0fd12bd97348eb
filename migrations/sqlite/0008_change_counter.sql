-- The change counter (issue 11): one row, advanced in the same transaction
-- as every change (palermo-store's write transactions advance it first), so
-- that every process and server instance on this database can tell that the
-- content changed (Store::data_version; it replaces SQLite's PRAGMA
-- data_version, which PostgreSQL has no counterpart of).
CREATE TABLE palermo_change (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    counter INTEGER NOT NULL
);
INSERT INTO palermo_change (id, counter) VALUES (1, 0);
