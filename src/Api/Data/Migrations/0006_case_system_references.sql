-- A case system (Mosaic, Liquidlogic) upserts families, people, plans and meetings by its own
-- reference. The reference columns came with 0001; the unique indexes on (external_source,
-- external_reference) already make a reference unique per source while NULLs stay distinct, so
-- records written in Right Help itself never clash. What was missing: a reference without its
-- source (or the reverse) would escape that index, so both are set or neither, as plans had.
ALTER TABLE families
    ADD CONSTRAINT ck_families_external_reference_has_source CHECK ((external_source IS NULL) = (external_reference IS NULL));

ALTER TABLE people
    ADD CONSTRAINT ck_people_external_reference_has_source CHECK ((external_source IS NULL) = (external_reference IS NULL));

ALTER TABLE meetings
    ADD CONSTRAINT ck_meetings_external_reference_has_source CHECK ((external_source IS NULL) = (external_reference IS NULL));

-- The contact email the case system holds for a family member, so their worker can invite them.
ALTER TABLE people
    ADD COLUMN email text;
