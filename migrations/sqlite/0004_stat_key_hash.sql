-- The FNV-1a hash of a cell's key (palermo_model::stats::StatRecord::key_hash),
-- written at import, so that keys published more than once are found with an
-- integer GROUP BY instead of sorting seven text columns. NULL for cells
-- imported before this column existed: those are always compared on their
-- full keys.
ALTER TABLE stat_cells ADD COLUMN key_hash INTEGER;
