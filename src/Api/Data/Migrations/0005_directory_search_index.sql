-- Directory search filters and facets read these copies on the service row instead of joining
-- five tables for every matched listing (at 100,000 listings the joins were most of the time).
-- Triggers keep them in step with the rows they summarise, whoever writes those rows.
ALTER TABLE services ADD taxonomy_term_ids uuid[] NOT NULL DEFAULT '{}';
ALTER TABLE services ADD locality_ids uuid[] NOT NULL DEFAULT '{}';
-- NULL: the listing states no eligibility, so it is open to every age.
ALTER TABLE services ADD eligible_ages int4multirange;

-- The name alone, so candidates with a search word in their name (the best ranked) are found first.
ALTER TABLE services ADD name_vector tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(name, ''))) STORED NOT NULL;

CREATE INDEX ix_services_name_vector ON services USING gin (name_vector);
-- Browsing by filters alone lists by name: read in that order and stop at the cap.
CREATE INDEX ix_services_name_id ON services (name, id);
CREATE INDEX ix_services_taxonomy_term_ids ON services USING gin (taxonomy_term_ids);
CREATE INDEX ix_services_locality_ids ON services USING gin (locality_ids);

CREATE FUNCTION refresh_service_search_columns(target uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE services s
    SET taxonomy_words = coalesce((
            SELECT string_agg(t.name || ': ' || t.description, '. ' ORDER BY t.code)
            FROM service_taxonomy_terms l
            JOIN taxonomy_terms t ON t.id = l.taxonomy_term_id
            WHERE l.service_id = target), ''),
        taxonomy_term_ids = ARRAY(
            SELECT DISTINCT l.taxonomy_term_id FROM service_taxonomy_terms l WHERE l.service_id = target),
        locality_ids = ARRAY(
            SELECT a.locality_id FROM service_areas a WHERE a.service_id = target
            UNION
            SELECT loc.locality_id FROM service_at_locations sal
            JOIN locations loc ON loc.id = sal.location_id
            WHERE sal.service_id = target AND loc.locality_id IS NOT NULL),
        eligible_ages = (
            SELECT range_agg(int4range(e.minimum_age, e.maximum_age, '[]'))
            FROM eligibilities e WHERE e.service_id = target)
    WHERE s.id = target;
$$;

-- The 0004 triggers call this name; it now refreshes every search column.
CREATE OR REPLACE FUNCTION refresh_service_taxonomy_words(target uuid) RETURNS void LANGUAGE sql AS $$
    SELECT refresh_service_search_columns(target);
$$;

CREATE FUNCTION service_child_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM refresh_service_search_columns(NEW.service_id);
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.service_id IS DISTINCT FROM NEW.service_id) THEN
        PERFORM refresh_service_search_columns(OLD.service_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER service_areas_search AFTER INSERT OR UPDATE OR DELETE ON service_areas
    FOR EACH ROW EXECUTE FUNCTION service_child_changed();
CREATE TRIGGER service_at_locations_search AFTER INSERT OR UPDATE OR DELETE ON service_at_locations
    FOR EACH ROW EXECUTE FUNCTION service_child_changed();
CREATE TRIGGER eligibilities_search AFTER INSERT OR UPDATE OR DELETE ON eligibilities
    FOR EACH ROW EXECUTE FUNCTION service_child_changed();

CREATE FUNCTION location_locality_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_service_search_columns(sal.service_id)
    FROM service_at_locations sal
    WHERE sal.location_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER locations_search AFTER UPDATE OF locality_id ON locations
    FOR EACH ROW EXECUTE FUNCTION location_locality_changed();

-- Services already in the directory.
SELECT refresh_service_search_columns(id) FROM services;
