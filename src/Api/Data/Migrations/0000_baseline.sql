-- The first script only proves the migration path; the domain schema follows in 0001.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
