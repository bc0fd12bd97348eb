-- Reference data and the treaty tracker.
-- Dates are ISO 8601 text (YYYY-MM-DD); codes are ISO 3166-1 alpha-3.

CREATE TABLE countries (
    iso3                TEXT PRIMARY KEY NOT NULL,
    iso2                TEXT NOT NULL UNIQUE,
    m49                 INTEGER NOT NULL,
    name                TEXT NOT NULL,
    region              TEXT NOT NULL,
    sub_region          TEXT NOT NULL,
    intermediate_region TEXT NOT NULL,
    un_member           INTEGER NOT NULL CHECK (un_member IN (0, 1))
);

CREATE TABLE country_aliases (
    alias TEXT PRIMARY KEY NOT NULL,
    iso3  TEXT NOT NULL REFERENCES countries (iso3)
);

CREATE TABLE population (
    iso3       TEXT NOT NULL REFERENCES countries (iso3),
    year       INTEGER NOT NULL,
    population INTEGER NOT NULL CHECK (population >= 0),
    PRIMARY KEY (iso3, year)
);

-- One row per status snapshot loaded for an instrument (the bundled one and
-- every later `palermo treaty import`).
CREATE TABLE treaty_snapshots (
    id          INTEGER PRIMARY KEY,
    instrument  TEXT NOT NULL CHECK (instrument IN ('untoc', 'tip', 'som', 'firearms')),
    as_of       TEXT NOT NULL,
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The current status of each participant under each instrument.
CREATE TABLE treaty_status (
    instrument     TEXT NOT NULL CHECK (instrument IN ('untoc', 'tip', 'som', 'firearms')),
    participant    TEXT NOT NULL,
    iso3           TEXT REFERENCES countries (iso3),
    signature_date TEXT,
    consent_date   TEXT,
    consent_type   TEXT CHECK (consent_type IN ('ratification', 'acceptance', 'approval',
                                                'accession', 'succession', 'formal_confirmation')),
    snapshot_id    INTEGER NOT NULL REFERENCES treaty_snapshots (id),
    PRIMARY KEY (instrument, participant),
    CHECK ((consent_date IS NULL) = (consent_type IS NULL))
);
CREATE INDEX treaty_status_iso3 ON treaty_status (iso3);

-- Which bundled datasets have been seeded, so that seeding happens once.
CREATE TABLE seed_state (
    dataset   TEXT PRIMARY KEY NOT NULL,
    seeded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
