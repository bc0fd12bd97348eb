-- The as-of date of each statistics dataset (issue #13, item 8): the date
-- of the data, as the import states it (`palermo stats import --as-of`, or
-- the bundled file's date for the seeded GLOTIP table), ISO 8601
-- (YYYY-MM-DD). NULL when the import did not state one: outputs then say
-- so and show the import's date, never another dataset's.
-- PostgreSQL twin: postgres/0012_stat_dataset_as_of.sql.
ALTER TABLE stat_datasets ADD COLUMN as_of TEXT;
