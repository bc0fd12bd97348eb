-- Data providers through the web and the API (issue #12, item 7): case
-- records and CLK uploads belong to the organisation that sent them.
-- PostgreSQL twin: postgres/0010_provider_data.sql (BIGINT, identity ids).

-- The organisation (palermo_access::Organisation's text) whose account
-- imported the source through the web or the API; NULL for a source that
-- the data holder imported with the CLI on the database file. `public_id`
-- is the source's identifier in URLs: 128 random bits (hex), so that no
-- one reaches another organisation's records by counting.
ALTER TABLE case_sources ADD COLUMN organisation TEXT;
ALTER TABLE case_sources ADD COLUMN public_id TEXT;
CREATE UNIQUE INDEX case_sources_public_id ON case_sources (public_id);
CREATE INDEX case_sources_organisation ON case_sources (organisation);

-- One upload of CLKs (clkhash JSON, palermo_linkage::clk) for one list of
-- a linkage: CLKs only, never an identifier (those are encoded on the data
-- holder's machine by `palermo linkage encode`).
CREATE TABLE clk_uploads (
    id           INTEGER PRIMARY KEY,
    -- 128 random bits (hex): the upload's identifier in URLs.
    public_id    TEXT NOT NULL UNIQUE,
    organisation TEXT NOT NULL,
    -- The list (a source in MSE) these CLKs are, as the uploader named it.
    list         TEXT NOT NULL,
    -- The uploaded file's base name, as sent.
    file         TEXT NOT NULL,
    clks         INTEGER NOT NULL,
    bits         INTEGER NOT NULL,
    -- The CLKs, as clkhash's JSON ({"clks": [base64, …]}).
    data         TEXT NOT NULL,
    uploaded_by  INTEGER NOT NULL REFERENCES users (id),
    uploaded_at  INTEGER NOT NULL
);
CREATE INDEX clk_uploads_organisation ON clk_uploads (organisation);
