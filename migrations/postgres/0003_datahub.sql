-- Data hub: national statistics (GLOTIP) and victim case records
-- (HTCDS/CTDC). PostgreSQL; in step with migrations/sqlite/0003.

CREATE TABLE stat_datasets (
    dataset       TEXT PRIMARY KEY NOT NULL,
    file          TEXT NOT NULL,
    rows_read     BIGINT NOT NULL,
    rows_stored   BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    generation    BIGINT NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
);

CREATE TABLE stat_cells (
    dataset        TEXT NOT NULL REFERENCES stat_datasets (dataset) ON DELETE CASCADE,
    source_line    BIGINT NOT NULL,
    area           TEXT NOT NULL,
    iso3           TEXT,
    area_name      TEXT NOT NULL,
    region         TEXT NOT NULL,
    subregion      TEXT NOT NULL,
    indicator      TEXT NOT NULL,
    dimension      TEXT NOT NULL,
    category_kind  TEXT NOT NULL,
    category_value TEXT,
    category_label TEXT NOT NULL,
    sex            TEXT NOT NULL,
    age            TEXT NOT NULL,
    year           BIGINT NOT NULL,
    value_min      BIGINT NOT NULL CHECK (value_min >= 0),
    value_max      BIGINT NOT NULL CHECK (value_max >= value_min),
    value_text     TEXT NOT NULL,
    PRIMARY KEY (dataset, source_line)
);
CREATE INDEX stat_cells_query ON stat_cells (indicator, dimension, year);

CREATE TABLE case_sources (
    source        TEXT PRIMARY KEY NOT NULL,
    file          TEXT NOT NULL,
    format        TEXT NOT NULL,
    rows_read     BIGINT NOT NULL,
    rows_stored   BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    generation    BIGINT NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
);

-- One victim a row; no identifier of a person. Bit sets as in
-- migrations/sqlite/0003.
CREATE TABLE case_records (
    source                  TEXT NOT NULL REFERENCES case_sources (source) ON DELETE CASCADE,
    source_line             BIGINT NOT NULL,
    data_source             TEXT,
    year                    BIGINT,
    sex                     TEXT NOT NULL,
    age                     TEXT,
    citizenship             TEXT,
    country_of_exploitation TEXT,
    forms_yes               BIGINT NOT NULL,
    forms_no                BIGINT NOT NULL,
    means_yes               BIGINT NOT NULL,
    means_no                BIGINT NOT NULL,
    recruiter_yes           BIGINT NOT NULL,
    recruiter_no            BIGINT NOT NULL,
    PRIMARY KEY (source, source_line)
);
