-- Releases of case-record tables (issue #9): the only public form of
-- case-record counts. A release is frozen when made: its tables (JSON of
-- palermo_disclosure::release::ReleaseTables, noise drawn once) are never
-- recomputed; a withdrawn release is no longer served but stays here (it
-- was public, and its ε stays spent).
CREATE TABLE case_releases (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    note         TEXT,
    method       TEXT NOT NULL CHECK (method IN ('cell-key', 'dp')),
    k            INTEGER NOT NULL CHECK (k >= 3),
    epsilon      REAL CHECK (epsilon IS NULL OR epsilon > 0),
    delta        REAL CHECK (delta IS NULL OR delta >= 0),
    -- The published record count (rounded from the protected total), NULL
    -- when withheld; never the exact count.
    records_published INTEGER,
    tables       TEXT NOT NULL,
    -- The sorted keyed digests of the records released (u64 little endian,
    -- palermo_disclosure::release::record_digests), to count how many
    -- records a later release differs by. Never published.
    digests      BLOB NOT NULL,
    withdrawn_at TEXT,
    CHECK ((method = 'dp') = (epsilon IS NOT NULL))
);

-- The data holder's privacy budget (total ε) per case-record source.
CREATE TABLE privacy_budgets (
    source  TEXT PRIMARY KEY NOT NULL,
    epsilon REAL NOT NULL CHECK (epsilon > 0),
    set_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The ledger: every differentially private release's ε and δ, once per
-- source whose records it used (a pooled release costs each source its ε).
CREATE TABLE privacy_ledger (
    release_id INTEGER NOT NULL REFERENCES case_releases (id),
    source     TEXT NOT NULL,
    epsilon    REAL NOT NULL CHECK (epsilon > 0),
    delta      REAL NOT NULL CHECK (delta >= 0),
    PRIMARY KEY (release_id, source)
) WITHOUT ROWID;
