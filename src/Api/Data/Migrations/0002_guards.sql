-- Rules EF Core cannot express, so they live only here (the drift test compares tables,
-- columns, indexes and constraints, not triggers).

-- A published plan version is a record of what the family was told: it never changes.
-- A new version is published instead. Deleting stays possible so a whole family can be erased.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is not allowed: % rows are immutable', TG_OP, TG_TABLE_NAME, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER plan_sections_immutable BEFORE UPDATE ON plan_sections
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER plan_actions_immutable BEFORE UPDATE ON plan_actions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The audit log is append-only; retention, when it comes, runs as a role that may disable this.
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
