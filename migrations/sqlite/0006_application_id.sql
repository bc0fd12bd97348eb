-- Marks the file as Palermo's: SQLite's header field application_id
-- (https://www.sqlite.org/pragma.html#pragma_application_id) set to
-- 0x504C524D, "PLRM" in ASCII. Store::open refuses a non-empty database
-- whose application id is not this one, unless it is a Palermo database
-- made before this migration (its _sqlx_migrations lists only Palermo's
-- migrations): an unrelated SQLite file given with --db is never taken over.
PRAGMA application_id = 1347179085;
