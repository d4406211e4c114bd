-- The first script only proves the migration path; the identity schema follows in 0001.
SELECT 1;
