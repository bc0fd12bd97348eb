-- Every statistics cell names a stored dataset (issue 11): what the foreign
-- key stat_cells (dataset) REFERENCES stat_datasets ON DELETE CASCADE of 0003
-- kept, without its check on every cell written.
--
-- The key's trigger runs `SELECT 1 FROM stat_datasets WHERE dataset = $1 FOR
-- KEY SHARE` for every cell: a third to a half of a GLOTIP import on
-- PostgreSQL (46,556 cells; BENCHMARKS.md, "GLOTIP import on PostgreSQL").
-- A statement trigger checking the written rows at once (a transition table)
-- was measured too and costs about as much again as it saves (the transition
-- table holds every row written). So:
--   * writing a cell: the store's one writer of cells (stats::import_in_tx)
--     writes the dataset's row first, in the same transaction, which holds
--     the row's lock until commit; `Store::orphan_cells` counts any cell
--     without its dataset (`palermo db status` reports them, and `db copy`
--     refuses a source that has any);
--   * deleting a dataset deletes its cells (ON DELETE CASCADE), renaming a
--     dataset that has cells is refused (ON UPDATE NO ACTION), and so is
--     truncating stat_datasets while cells exist: triggers that never fire
--     during an import, for every writer (the store, psql, a restore).
-- SQLite keeps its foreign key (checked in process, a small share of its
-- import): its 0011 changes nothing and keeps the versions in step. ALTER
-- TABLE below takes an ACCESS EXCLUSIVE lock on stat_cells for the migration
-- only, never during an import.

CREATE FUNCTION palermo_stat_datasets_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM stat_cells c USING palermo_gone_datasets g WHERE c.dataset = g.dataset;
    RETURN NULL;
END $$;

CREATE FUNCTION palermo_stat_datasets_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM stat_cells c WHERE c.dataset = OLD.dataset) THEN
        RAISE EXCEPTION 'update on table "stat_datasets" violates the dataset check of "stat_cells"'
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = 'the dataset is still named by cells';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION palermo_stat_datasets_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM stat_cells) THEN
        RAISE EXCEPTION 'cannot truncate table "stat_datasets": cells name its datasets'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER stat_datasets_deleted AFTER DELETE ON stat_datasets
    REFERENCING OLD TABLE AS palermo_gone_datasets
    FOR EACH STATEMENT EXECUTE FUNCTION palermo_stat_datasets_deleted();
CREATE TRIGGER stat_datasets_renamed BEFORE UPDATE OF dataset ON stat_datasets
    FOR EACH ROW WHEN (OLD.dataset IS DISTINCT FROM NEW.dataset)
    EXECUTE FUNCTION palermo_stat_datasets_renamed();
CREATE TRIGGER stat_datasets_truncated BEFORE TRUNCATE ON stat_datasets
    FOR EACH STATEMENT EXECUTE FUNCTION palermo_stat_datasets_truncated();

-- The key goes last, once its cascade is in place.
ALTER TABLE stat_cells DROP CONSTRAINT stat_cells_dataset_fkey;
