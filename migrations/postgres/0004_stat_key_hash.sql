-- The FNV-1a hash of a cell's key (palermo_model::stats::StatRecord::key_hash),
-- its 64 bits stored as a signed BIGINT (PostgreSQL's INTEGER has 32). See
-- migrations/sqlite/0004.
ALTER TABLE stat_cells ADD COLUMN key_hash BIGINT;
