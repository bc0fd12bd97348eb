-- Data hub: national statistics (GLOTIP) and victim case records (HTCDS/CTDC).

-- One row per statistics dataset loaded (the bundled GLOTIP table is the
-- dataset 'glotip'); re-importing a dataset replaces its cells.
CREATE TABLE stat_datasets (
    dataset       TEXT PRIMARY KEY NOT NULL,
    file          TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_stored   INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    generation    INTEGER NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One published cell a row, exactly as read (duplicated keys are kept, each
-- with its source line). Counts are intervals: value_min = value_max when
-- exact, 1..4 for UNODC's "<5".
CREATE TABLE stat_cells (
    dataset        TEXT NOT NULL REFERENCES stat_datasets (dataset) ON DELETE CASCADE,
    source_line    INTEGER NOT NULL,
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
    year           INTEGER NOT NULL,
    value_min      INTEGER NOT NULL CHECK (value_min >= 0),
    value_max      INTEGER NOT NULL CHECK (value_max >= value_min),
    value_text     TEXT NOT NULL,
    PRIMARY KEY (dataset, source_line)
) WITHOUT ROWID;
CREATE INDEX stat_cells_query ON stat_cells (indicator, dimension, year);

-- One row per case-record source (an agency's data set, `--source NAME`);
-- re-importing a source replaces its records.
CREATE TABLE case_sources (
    source        TEXT PRIMARY KEY NOT NULL,
    file          TEXT NOT NULL,
    format        TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_stored   INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    generation    INTEGER NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One victim a row; no identifier of a person. Yes/no/unknown groups are
-- bit sets: bit i of *_yes = "yes", of *_no = "no", neither = unknown.
-- forms bits: 0 sexual, 1 forced labour, 2 forced marriage, 3 slavery,
-- 4 organ removal, 5 forced criminality, 6 other.
-- means bits: 0 debt bondage/earnings, 1 threats, 2 abuse, 3 false promises,
-- 4 drugs/alcohol, 5 denial of basic needs, 6 excessive hours,
-- 7 withheld documents, 8 other.
-- recruiter bits: 0 intimate partner, 1 friend, 2 family, 3 other.
CREATE TABLE case_records (
    source                  TEXT NOT NULL REFERENCES case_sources (source) ON DELETE CASCADE,
    source_line             INTEGER NOT NULL,
    data_source             TEXT,
    year                    INTEGER,
    sex                     TEXT NOT NULL,
    age                     TEXT,
    citizenship             TEXT,
    country_of_exploitation TEXT,
    forms_yes               INTEGER NOT NULL,
    forms_no                INTEGER NOT NULL,
    means_yes               INTEGER NOT NULL,
    means_no                INTEGER NOT NULL,
    recruiter_yes           INTEGER NOT NULL,
    recruiter_no            INTEGER NOT NULL,
    PRIMARY KEY (source, source_line)
) WITHOUT ROWID;
