-- Linkage projects (issue #17, item 1): a State's privacy-preserving
-- record linkage across member organisations' CLK lists, its runs and
-- their counts. CLKs stay in clk_uploads (0010); no identifier, no secret.
-- PostgreSQL twin: postgres/0014_linkage_projects.sql (BIGINT, identity ids).

CREATE TABLE linkage_projects (
    id           INTEGER PRIMARY KEY,
    -- 128 random bits (hex): the project's identifier in URLs.
    public_id    TEXT NOT NULL UNIQUE,
    -- ISO 3166-1 alpha-3 of the owner State party.
    owner_state  TEXT NOT NULL,
    name         TEXT NOT NULL,
    -- The clkhash linkage schema (JSON) with the project's own KDF salt
    -- and info, so that CLKs of two projects cannot be joined.
    schema_json  TEXT NOT NULL,
    -- The KDF salt and info (base64, 256 random bits each), unique.
    kdf_salt     TEXT NOT NULL UNIQUE,
    kdf_info     TEXT NOT NULL UNIQUE,
    -- CLK length in bits the schema gives.
    bits         INTEGER NOT NULL,
    -- Dice coefficient threshold of a match, in [0, 1].
    threshold    REAL NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES users (id),
    created_at   INTEGER NOT NULL
);

-- A member organisation and its one list: the upload (clk_uploads) it
-- holds in the project now; NULL until it uploads or after it withdraws.
CREATE TABLE linkage_project_members (
    project_id   INTEGER NOT NULL REFERENCES linkage_projects (id),
    organisation TEXT NOT NULL,
    upload_id    INTEGER REFERENCES clk_uploads (id),
    added_at     INTEGER NOT NULL,
    PRIMARY KEY (project_id, organisation)
);

-- A run: status queued | running | done | cancelled | failed, progress in
-- [0, 1], and its report (JSON of counts only: list sizes and densities,
-- candidates and matches per pair of lists, similarity histogram,
-- capture histories, estimates); never a CLK or a record.
CREATE TABLE linkage_runs (
    id           INTEGER PRIMARY KEY,
    public_id    TEXT NOT NULL UNIQUE,
    project_id   INTEGER NOT NULL REFERENCES linkage_projects (id),
    status       TEXT NOT NULL,
    progress     REAL NOT NULL,
    report       TEXT,
    started_by   INTEGER NOT NULL REFERENCES users (id),
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER
);
CREATE INDEX linkage_runs_project ON linkage_runs (project_id);
