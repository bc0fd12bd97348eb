-- Every statistics cell names a stored dataset (issue 11). SQLite keeps the
-- foreign key stat_cells (dataset) REFERENCES stat_datasets ON DELETE CASCADE
-- of 0003 (checked in process, a small share of an import here). PostgreSQL's
-- 0011 drops it, its check on every cell being a third to a half of an
-- import there, and keeps the cascade by a trigger. Nothing to change on
-- SQLite: this file keeps the two folders' versions in step.
SELECT 1;
