-- SQLite's 0006 sets the file header's application id. A PostgreSQL
-- database has no header: Palermo's is recognised by its _sqlx_migrations
-- (palermo-store's postgres module), and this version only keeps the two
-- folders in step.
COMMENT ON TABLE seed_state IS 'Palermo (palermo-store): bundled datasets seeded';
