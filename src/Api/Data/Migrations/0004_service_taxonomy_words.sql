-- services.search_vector is generated from the row, so it can only see taxonomy words copied
-- onto the service. These triggers keep that copy right whoever links, unlinks or renames a term
-- (partner edits, moderation, the HSDS import), so no code path can forget to.
CREATE FUNCTION refresh_service_taxonomy_words(target uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE services s
    SET taxonomy_words = coalesce((
        SELECT string_agg(t.name || ': ' || t.description, '. ' ORDER BY t.code)
        FROM service_taxonomy_terms l
        JOIN taxonomy_terms t ON t.id = l.taxonomy_term_id
        WHERE l.service_id = target), '')
    WHERE s.id = target;
$$;

CREATE FUNCTION service_taxonomy_terms_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM refresh_service_taxonomy_words(NEW.service_id);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM refresh_service_taxonomy_words(OLD.service_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER service_taxonomy_terms_words AFTER INSERT OR UPDATE OR DELETE ON service_taxonomy_terms
    FOR EACH ROW EXECUTE FUNCTION service_taxonomy_terms_changed();

CREATE FUNCTION taxonomy_term_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_service_taxonomy_words(l.service_id)
    FROM service_taxonomy_terms l
    WHERE l.taxonomy_term_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER taxonomy_terms_words AFTER UPDATE OF name, description ON taxonomy_terms
    FOR EACH ROW EXECUTE FUNCTION taxonomy_term_renamed();
