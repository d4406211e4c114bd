-- Erasing a family failed: deleting its people hit the NO ACTION keys from plans and plan
-- actions before the cascade from plan versions had removed those rows. People are only deleted
-- to erase them, so plans about them and actions they own go with them. (Not SET NULL: published
-- plan actions are immutable, see 0002.)
ALTER TABLE plans
    DROP CONSTRAINT fk_plans_people_subject_person_id,
    ADD CONSTRAINT fk_plans_people_subject_person_id FOREIGN KEY (subject_person_id) REFERENCES people (id) ON DELETE CASCADE;

ALTER TABLE plan_actions
    DROP CONSTRAINT fk_plan_actions_people_owner_person_id,
    ADD CONSTRAINT fk_plan_actions_people_owner_person_id FOREIGN KEY (owner_person_id) REFERENCES people (id) ON DELETE CASCADE;
