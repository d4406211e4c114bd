CREATE EXTENSION IF NOT EXISTS pg_trgm;


CREATE TABLE audit_events (
    id uuid NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor_issuer text NOT NULL,
    actor_subject text NOT NULL,
    actor_role text NOT NULL,
    actor_team text,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid,
    family_id uuid,
    reason text,
    correlation_id text,
    CONSTRAINT pk_audit_events PRIMARY KEY (id)
);


CREATE TABLE localities (
    id uuid NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    summary text NOT NULL,
    hub_name text NOT NULL,
    hub_address text NOT NULL,
    hub_postcode text NOT NULL,
    hub_opening_times text NOT NULL,
    early_help_phone text NOT NULL,
    early_help_email text NOT NULL,
    postcode_districts text[] NOT NULL,
    places text[] NOT NULL,
    CONSTRAINT pk_localities PRIMARY KEY (id)
);


CREATE TABLE organizations (
    id uuid NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    type text NOT NULL,
    email text,
    website text,
    CONSTRAINT pk_organizations PRIMARY KEY (id)
);


CREATE TABLE taxonomies (
    id uuid NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    uri text,
    version text,
    CONSTRAINT pk_taxonomies PRIMARY KEY (id)
);


CREATE TABLE families (
    id uuid NOT NULL,
    display_name text NOT NULL,
    locality_id uuid NOT NULL,
    external_source text,
    external_reference text,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_families PRIMARY KEY (id),
    CONSTRAINT fk_families_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE RESTRICT
);


CREATE TABLE locality_profile_items (
    id uuid NOT NULL,
    locality_id uuid NOT NULL,
    position integer NOT NULL,
    count integer NOT NULL,
    label text NOT NULL,
    source text NOT NULL,
    CONSTRAINT pk_locality_profile_items PRIMARY KEY (id),
    CONSTRAINT ck_locality_profile_items_count CHECK (count BETWEEN 0 AND 100),
    CONSTRAINT fk_locality_profile_items_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE CASCADE
);


CREATE TABLE locations (
    id uuid NOT NULL,
    location_type text NOT NULL,
    name text NOT NULL,
    description text,
    address1 text,
    city text,
    state_province text,
    postal_code text,
    country text NOT NULL,
    latitude double precision,
    longitude double precision,
    accessibility text,
    locality_id uuid,
    CONSTRAINT pk_locations PRIMARY KEY (id),
    CONSTRAINT fk_locations_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE SET NULL
);


CREATE TABLE partnership_meetings (
    id uuid NOT NULL,
    locality_id uuid NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    venue text NOT NULL,
    description text NOT NULL,
    CONSTRAINT pk_partnership_meetings PRIMARY KEY (id),
    CONSTRAINT ck_partnership_meetings_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT fk_partnership_meetings_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE CASCADE
);


CREATE TABLE workers (
    id uuid NOT NULL,
    role text NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    pronouns text,
    job_title text NOT NULL,
    team_name text NOT NULL,
    locality_id uuid NOT NULL,
    about_me text NOT NULL,
    email text NOT NULL,
    phone text NOT NULL,
    working_pattern text NOT NULL,
    leaving_on date,
    successor_id uuid,
    CONSTRAINT pk_workers PRIMARY KEY (id),
    CONSTRAINT ck_workers_successor_is_someone_else CHECK (successor_id IS NULL OR successor_id <> id),
    CONSTRAINT fk_workers_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE RESTRICT,
    CONSTRAINT fk_workers_workers_successor_id FOREIGN KEY (successor_id) REFERENCES workers (id) ON DELETE SET NULL
);


CREATE TABLE services (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    url text,
    email text,
    status text NOT NULL,
    fees text,
    is_free boolean NOT NULL,
    referral_route text NOT NULL,
    how_to_refer text NOT NULL,
    alert text,
    assured_date date,
    assurer_email text,
    last_modified timestamp with time zone NOT NULL,
    taxonomy_words text NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(taxonomy_words, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')) STORED NOT NULL,
    CONSTRAINT pk_services PRIMARY KEY (id),
    CONSTRAINT fk_services_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT
);


CREATE TABLE shortlists (
    id uuid NOT NULL,
    public_token text NOT NULL,
    title text NOT NULL,
    note text,
    created_by_subject text NOT NULL,
    organization_id uuid,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone,
    CONSTRAINT pk_shortlists PRIMARY KEY (id),
    CONSTRAINT fk_shortlists_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE SET NULL
);


CREATE TABLE taxonomy_terms (
    id uuid NOT NULL,
    taxonomy_id uuid NOT NULL,
    parent_id uuid,
    code text NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    term_uri text,
    CONSTRAINT pk_taxonomy_terms PRIMARY KEY (id),
    CONSTRAINT fk_taxonomy_terms_taxonomies_taxonomy_id FOREIGN KEY (taxonomy_id) REFERENCES taxonomies (id) ON DELETE CASCADE,
    CONSTRAINT fk_taxonomy_terms_taxonomy_terms_parent_id FOREIGN KEY (parent_id) REFERENCES taxonomy_terms (id) ON DELETE RESTRICT
);


CREATE TABLE people (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    role text NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    preferred_name text,
    relationship_description text,
    date_of_birth date,
    pronouns text,
    external_source text,
    external_reference text,
    CONSTRAINT pk_people PRIMARY KEY (id),
    CONSTRAINT fk_people_families_family_id FOREIGN KEY (family_id) REFERENCES families (id) ON DELETE CASCADE
);


CREATE TABLE caseload_entries (
    id uuid NOT NULL,
    worker_id uuid NOT NULL,
    family_id uuid NOT NULL,
    since date NOT NULL,
    CONSTRAINT pk_caseload_entries PRIMARY KEY (id),
    CONSTRAINT fk_caseload_entries_families_family_id FOREIGN KEY (family_id) REFERENCES families (id) ON DELETE CASCADE,
    CONSTRAINT fk_caseload_entries_workers_worker_id FOREIGN KEY (worker_id) REFERENCES workers (id) ON DELETE CASCADE
);


CREATE TABLE feedback_responses (
    id uuid NOT NULL,
    you_said text NOT NULL,
    we_did text NOT NULL,
    theme text,
    locality_id uuid,
    created_at timestamp with time zone NOT NULL,
    created_by_id uuid NOT NULL,
    published_at timestamp with time zone,
    published_by_id uuid,
    CONSTRAINT pk_feedback_responses PRIMARY KEY (id),
    CONSTRAINT ck_feedback_responses_published_together CHECK ((published_at IS NULL) = (published_by_id IS NULL)),
    CONSTRAINT fk_feedback_responses_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE SET NULL,
    CONSTRAINT fk_feedback_responses_workers_created_by_id FOREIGN KEY (created_by_id) REFERENCES workers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_feedback_responses_workers_published_by_id FOREIGN KEY (published_by_id) REFERENCES workers (id) ON DELETE RESTRICT
);


CREATE TABLE worker_localities (
    id uuid NOT NULL,
    worker_id uuid NOT NULL,
    locality_id uuid NOT NULL,
    CONSTRAINT pk_worker_localities PRIMARY KEY (id),
    CONSTRAINT fk_worker_localities_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE CASCADE,
    CONSTRAINT fk_worker_localities_workers_worker_id FOREIGN KEY (worker_id) REFERENCES workers (id) ON DELETE CASCADE
);


CREATE TABLE contacts (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    name text NOT NULL,
    title text,
    email text,
    phone text,
    CONSTRAINT pk_contacts PRIMARY KEY (id),
    CONSTRAINT fk_contacts_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE cost_options (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    option text NOT NULL,
    amount numeric(10,2),
    amount_description text,
    valid_from date,
    valid_to date,
    CONSTRAINT pk_cost_options PRIMARY KEY (id),
    CONSTRAINT ck_cost_options_amount CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT fk_cost_options_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE eligibilities (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    description text NOT NULL,
    minimum_age integer,
    maximum_age integer,
    CONSTRAINT pk_eligibilities PRIMARY KEY (id),
    CONSTRAINT ck_eligibilities_age_range CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age),
    CONSTRAINT fk_eligibilities_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE listing_changes (
    id uuid NOT NULL,
    service_id uuid,
    organization_id uuid NOT NULL,
    proposed jsonb NOT NULL,
    status text NOT NULL,
    submitted_by_subject text NOT NULL,
    submitted_by_name text NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    reviewed_by_subject text,
    reviewed_at timestamp with time zone,
    review_note text,
    CONSTRAINT pk_listing_changes PRIMARY KEY (id),
    CONSTRAINT ck_listing_changes_reviewed_together CHECK ((status = 'Pending') = (reviewed_at IS NULL)),
    CONSTRAINT fk_listing_changes_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE,
    CONSTRAINT fk_listing_changes_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE offers (
    id uuid NOT NULL,
    locality_id uuid NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    who_for text NOT NULL,
    minimum_age integer,
    maximum_age integer,
    category text NOT NULL,
    cost text NOT NULL,
    is_free boolean NOT NULL,
    schedule_text text NOT NULL,
    day text,
    start_time time without time zone,
    end_time time without time zone,
    attendance text NOT NULL,
    venue text NOT NULL,
    how_to_join text NOT NULL,
    accessibility text NOT NULL,
    service_id uuid,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_offers PRIMARY KEY (id),
    CONSTRAINT ck_offers_age_range CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age),
    CONSTRAINT fk_offers_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE CASCADE,
    CONSTRAINT fk_offers_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE SET NULL
);


CREATE TABLE out_of_date_reports (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    details text NOT NULL,
    reporter_email text,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone,
    CONSTRAINT pk_out_of_date_reports PRIMARY KEY (id),
    CONSTRAINT fk_out_of_date_reports_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE service_areas (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    locality_id uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT pk_service_areas PRIMARY KEY (id),
    CONSTRAINT fk_service_areas_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE CASCADE,
    CONSTRAINT fk_service_areas_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE service_at_locations (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    location_id uuid NOT NULL,
    CONSTRAINT pk_service_at_locations PRIMARY KEY (id),
    CONSTRAINT fk_service_at_locations_locations_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE CASCADE,
    CONSTRAINT fk_service_at_locations_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE shortlist_items (
    id uuid NOT NULL,
    shortlist_id uuid NOT NULL,
    service_id uuid NOT NULL,
    position integer NOT NULL,
    note text,
    CONSTRAINT pk_shortlist_items PRIMARY KEY (id),
    CONSTRAINT fk_shortlist_items_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE,
    CONSTRAINT fk_shortlist_items_shortlists_shortlist_id FOREIGN KEY (shortlist_id) REFERENCES shortlists (id) ON DELETE CASCADE
);


CREATE TABLE service_taxonomy_terms (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    taxonomy_term_id uuid NOT NULL,
    CONSTRAINT pk_service_taxonomy_terms PRIMARY KEY (id),
    CONSTRAINT fk_service_taxonomy_terms_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE,
    CONSTRAINT fk_service_taxonomy_terms_taxonomy_terms_taxonomy_term_id FOREIGN KEY (taxonomy_term_id) REFERENCES taxonomy_terms (id) ON DELETE CASCADE
);


CREATE TABLE account_links (
    id uuid NOT NULL,
    issuer text NOT NULL,
    subject text NOT NULL,
    relationship text NOT NULL,
    person_id uuid,
    worker_id uuid,
    organization_id uuid,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_account_links PRIMARY KEY (id),
    CONSTRAINT ck_account_links_target CHECK ((relationship IN ('ParentOrCarer', 'YoungPerson') AND person_id IS NOT NULL AND worker_id IS NULL AND organization_id IS NULL)
OR (relationship = 'Worker' AND worker_id IS NOT NULL AND person_id IS NULL AND organization_id IS NULL)
OR (relationship = 'PartnerMember' AND organization_id IS NOT NULL AND person_id IS NULL AND worker_id IS NULL)
OR (relationship = 'Editor' AND person_id IS NULL AND worker_id IS NULL AND organization_id IS NULL)),
    CONSTRAINT fk_account_links_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_links_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_links_workers_worker_id FOREIGN KEY (worker_id) REFERENCES workers (id) ON DELETE CASCADE
);


CREATE TABLE feedback (
    id uuid NOT NULL,
    explained_clearly integer,
    involved_in_planning integer,
    listened_to integer,
    happy_with_help integer,
    text text NOT NULL,
    theme text,
    anonymous boolean NOT NULL,
    author_person_id uuid,
    locality_id uuid,
    status text NOT NULL,
    safeguarding_flag boolean NOT NULL,
    idempotency_key text,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    CONSTRAINT pk_feedback PRIMARY KEY (id),
    CONSTRAINT ck_feedback_anonymous_has_no_author CHECK (NOT anonymous OR author_person_id IS NULL),
    CONSTRAINT ck_feedback_explained_clearly CHECK (explained_clearly BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_happy_with_help CHECK (happy_with_help BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_involved_in_planning CHECK (involved_in_planning BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_listened_to CHECK (listened_to BETWEEN 1 AND 5),
    CONSTRAINT fk_feedback_localities_locality_id FOREIGN KEY (locality_id) REFERENCES localities (id) ON DELETE SET NULL,
    CONSTRAINT fk_feedback_people_author_person_id FOREIGN KEY (author_person_id) REFERENCES people (id) ON DELETE SET NULL
);


CREATE TABLE plans (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    subject_person_id uuid NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    lead_worker_id uuid NOT NULL,
    started_on date NOT NULL,
    ended_on date,
    external_source text,
    external_reference text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_plans PRIMARY KEY (id),
    CONSTRAINT ck_plans_external_reference_has_source CHECK ((external_source IS NULL) = (external_reference IS NULL)),
    CONSTRAINT fk_plans_families_family_id FOREIGN KEY (family_id) REFERENCES families (id) ON DELETE CASCADE,
    CONSTRAINT fk_plans_people_subject_person_id FOREIGN KEY (subject_person_id) REFERENCES people (id),
    CONSTRAINT fk_plans_workers_lead_worker_id FOREIGN KEY (lead_worker_id) REFERENCES workers (id) ON DELETE RESTRICT
);


CREATE TABLE schedules (
    id uuid NOT NULL,
    service_id uuid NOT NULL,
    service_at_location_id uuid,
    freq text,
    by_day text,
    opens_at time without time zone,
    closes_at time without time zone,
    valid_from date,
    valid_to date,
    description text NOT NULL,
    attending_type text,
    CONSTRAINT pk_schedules PRIMARY KEY (id),
    CONSTRAINT ck_schedules_closes_after_opening CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at),
    CONSTRAINT fk_schedules_service_at_locations_service_at_location_id FOREIGN KEY (service_at_location_id) REFERENCES service_at_locations (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedules_services_service_id FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);


CREATE TABLE feedback_response_items (
    feedback_response_id uuid NOT NULL,
    feedback_id uuid NOT NULL,
    CONSTRAINT pk_feedback_response_items PRIMARY KEY (feedback_response_id, feedback_id),
    CONSTRAINT fk_feedback_response_items_feedback_feedback_id FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_response_items_response FOREIGN KEY (feedback_response_id) REFERENCES feedback_responses (id) ON DELETE CASCADE
);


CREATE TABLE meetings (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    plan_id uuid,
    kind text NOT NULL,
    status text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    location text,
    online_link text,
    purpose text NOT NULL,
    calendar_token text NOT NULL,
    external_source text,
    external_reference text,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_meetings PRIMARY KEY (id),
    CONSTRAINT ck_meetings_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT ck_meetings_somewhere CHECK (location IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT fk_meetings_families_family_id FOREIGN KEY (family_id) REFERENCES families (id) ON DELETE CASCADE,
    CONSTRAINT fk_meetings_plans_plan_id FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE SET NULL
);


CREATE TABLE plan_versions (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    number integer NOT NULL,
    published_at timestamp with time zone NOT NULL,
    published_by_id uuid NOT NULL,
    change_note text NOT NULL,
    external_reference text,
    CONSTRAINT pk_plan_versions PRIMARY KEY (id),
    CONSTRAINT ck_plan_versions_number CHECK (number >= 1),
    CONSTRAINT fk_plan_versions_plans_plan_id FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_versions_workers_published_by_id FOREIGN KEY (published_by_id) REFERENCES workers (id) ON DELETE RESTRICT
);


CREATE TABLE questions (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    asked_by_id uuid NOT NULL,
    worker_id uuid NOT NULL,
    plan_id uuid,
    text text NOT NULL,
    asked_at timestamp with time zone NOT NULL,
    promised_reply_by timestamp with time zone NOT NULL,
    answer text,
    answered_at timestamp with time zone,
    answered_by_id uuid,
    CONSTRAINT pk_questions PRIMARY KEY (id),
    CONSTRAINT ck_questions_answered_together CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CONSTRAINT fk_questions_families_family_id FOREIGN KEY (family_id) REFERENCES families (id) ON DELETE CASCADE,
    CONSTRAINT fk_questions_people_asked_by_id FOREIGN KEY (asked_by_id) REFERENCES people (id) ON DELETE CASCADE,
    CONSTRAINT fk_questions_plans_plan_id FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE SET NULL,
    CONSTRAINT fk_questions_workers_answered_by_id FOREIGN KEY (answered_by_id) REFERENCES workers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_questions_workers_worker_id FOREIGN KEY (worker_id) REFERENCES workers (id) ON DELETE RESTRICT
);


CREATE TABLE meeting_attendees (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    person_id uuid,
    worker_id uuid,
    name text NOT NULL,
    role text NOT NULL,
    CONSTRAINT pk_meeting_attendees PRIMARY KEY (id),
    CONSTRAINT fk_meeting_attendees_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES meetings (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_attendees_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_attendees_workers_worker_id FOREIGN KEY (worker_id) REFERENCES workers (id) ON DELETE CASCADE
);


CREATE TABLE meeting_views (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    author_person_id uuid NOT NULL,
    going_well text,
    worries text,
    what_i_want text,
    feeling_at_home integer,
    feeling_at_school integer,
    feeling_about_help integer,
    submitted_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_meeting_views PRIMARY KEY (id),
    CONSTRAINT ck_meeting_views_feeling_about_help CHECK (feeling_about_help BETWEEN 1 AND 5),
    CONSTRAINT ck_meeting_views_feeling_at_home CHECK (feeling_at_home BETWEEN 1 AND 5),
    CONSTRAINT ck_meeting_views_feeling_at_school CHECK (feeling_at_school BETWEEN 1 AND 5),
    CONSTRAINT fk_meeting_views_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES meetings (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_views_people_author_person_id FOREIGN KEY (author_person_id) REFERENCES people (id) ON DELETE CASCADE
);


CREATE TABLE plan_actions (
    id uuid NOT NULL,
    plan_version_id uuid NOT NULL,
    key uuid NOT NULL,
    position integer NOT NULL,
    audience text NOT NULL,
    who text NOT NULL,
    owner_person_id uuid,
    owner_worker_id uuid,
    what text NOT NULL,
    by_when date,
    status text NOT NULL,
    CONSTRAINT pk_plan_actions PRIMARY KEY (id),
    CONSTRAINT fk_plan_actions_people_owner_person_id FOREIGN KEY (owner_person_id) REFERENCES people (id),
    CONSTRAINT fk_plan_actions_plan_versions_plan_version_id FOREIGN KEY (plan_version_id) REFERENCES plan_versions (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_actions_workers_owner_worker_id FOREIGN KEY (owner_worker_id) REFERENCES workers (id) ON DELETE RESTRICT
);


CREATE TABLE plan_sections (
    id uuid NOT NULL,
    plan_version_id uuid NOT NULL,
    heading text NOT NULL,
    audience text NOT NULL,
    position integer NOT NULL,
    body text NOT NULL,
    CONSTRAINT pk_plan_sections PRIMARY KEY (id),
    CONSTRAINT fk_plan_sections_plan_versions_plan_version_id FOREIGN KEY (plan_version_id) REFERENCES plan_versions (id) ON DELETE CASCADE
);


CREATE TABLE plan_views (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    plan_version_id uuid NOT NULL,
    person_id uuid NOT NULL,
    viewed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_plan_views PRIMARY KEY (id),
    CONSTRAINT fk_plan_views_people_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_views_plan_versions_plan_version_id FOREIGN KEY (plan_version_id) REFERENCES plan_versions (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_views_plans_plan_id FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE
);


CREATE INDEX ix_account_links_organization_id ON account_links (organization_id);


CREATE INDEX ix_account_links_person_id ON account_links (person_id);


CREATE UNIQUE INDEX ix_account_links_target ON account_links (issuer, subject, relationship, person_id, worker_id, organization_id) NULLS NOT DISTINCT;


CREATE INDEX ix_account_links_worker_id ON account_links (worker_id);


CREATE INDEX ix_audit_events_entity_type_entity_id ON audit_events (entity_type, entity_id);


CREATE INDEX ix_audit_events_family_id_occurred_at ON audit_events (family_id, occurred_at);


CREATE INDEX ix_audit_events_occurred_at ON audit_events (occurred_at);


CREATE INDEX ix_caseload_entries_family_id ON caseload_entries (family_id);


CREATE UNIQUE INDEX ix_caseload_entries_worker_id_family_id ON caseload_entries (worker_id, family_id);


CREATE INDEX ix_contacts_service_id ON contacts (service_id);


CREATE INDEX ix_cost_options_service_id ON cost_options (service_id);


CREATE INDEX ix_eligibilities_service_id ON eligibilities (service_id);


CREATE UNIQUE INDEX ix_families_external_source_external_reference ON families (external_source, external_reference);


CREATE INDEX ix_families_locality_id ON families (locality_id);


CREATE INDEX ix_feedback_author_person_id ON feedback (author_person_id);


CREATE UNIQUE INDEX ix_feedback_idempotency_key ON feedback (idempotency_key);


CREATE INDEX ix_feedback_locality_id_created_at ON feedback (locality_id, created_at);


CREATE INDEX ix_feedback_response_items_feedback_id ON feedback_response_items (feedback_id);


CREATE INDEX ix_feedback_responses_created_by_id ON feedback_responses (created_by_id);


CREATE INDEX ix_feedback_responses_locality_id ON feedback_responses (locality_id);


CREATE INDEX ix_feedback_responses_published_at ON feedback_responses (published_at);


CREATE INDEX ix_feedback_responses_published_by_id ON feedback_responses (published_by_id);


CREATE INDEX ix_listing_changes_organization_id ON listing_changes (organization_id);


CREATE INDEX ix_listing_changes_service_id ON listing_changes (service_id);


CREATE INDEX ix_listing_changes_status_submitted_at ON listing_changes (status, submitted_at);


CREATE UNIQUE INDEX ix_localities_name ON localities (name);


CREATE UNIQUE INDEX ix_localities_slug ON localities (slug);


CREATE UNIQUE INDEX ix_locality_profile_items_locality_id_position ON locality_profile_items (locality_id, position);


CREATE INDEX ix_locations_locality_id ON locations (locality_id);


CREATE INDEX ix_locations_postal_code ON locations (postal_code);


CREATE INDEX ix_meeting_attendees_meeting_id ON meeting_attendees (meeting_id);


CREATE INDEX ix_meeting_attendees_person_id ON meeting_attendees (person_id);


CREATE INDEX ix_meeting_attendees_worker_id ON meeting_attendees (worker_id);


CREATE INDEX ix_meeting_views_author_person_id ON meeting_views (author_person_id);


CREATE UNIQUE INDEX ix_meeting_views_meeting_id_author_person_id ON meeting_views (meeting_id, author_person_id);


CREATE UNIQUE INDEX ix_meetings_calendar_token ON meetings (calendar_token);


CREATE UNIQUE INDEX ix_meetings_external_source_external_reference ON meetings (external_source, external_reference);


CREATE INDEX ix_meetings_family_id_starts_at ON meetings (family_id, starts_at);


CREATE INDEX ix_meetings_plan_id ON meetings (plan_id);


CREATE INDEX ix_offers_locality_id_category ON offers (locality_id, category);


CREATE INDEX ix_offers_service_id ON offers (service_id);


CREATE UNIQUE INDEX ix_organizations_name ON organizations (name);


CREATE INDEX ix_out_of_date_reports_service_id ON out_of_date_reports (service_id);


CREATE INDEX ix_out_of_date_reports_status_created_at ON out_of_date_reports (status, created_at);


CREATE INDEX ix_partnership_meetings_locality_id_starts_at ON partnership_meetings (locality_id, starts_at);


CREATE UNIQUE INDEX ix_people_external_source_external_reference ON people (external_source, external_reference);


CREATE INDEX ix_people_family_id ON people (family_id);


CREATE INDEX ix_plan_actions_owner_person_id ON plan_actions (owner_person_id);


CREATE INDEX ix_plan_actions_owner_worker_id ON plan_actions (owner_worker_id);


CREATE UNIQUE INDEX ix_plan_actions_plan_version_id_key ON plan_actions (plan_version_id, key);


CREATE UNIQUE INDEX ix_plan_sections_plan_version_id_heading_audience ON plan_sections (plan_version_id, heading, audience);


CREATE UNIQUE INDEX ix_plan_versions_plan_id_external_reference ON plan_versions (plan_id, external_reference);


CREATE UNIQUE INDEX ix_plan_versions_plan_id_number ON plan_versions (plan_id, number);


CREATE INDEX ix_plan_versions_published_by_id ON plan_versions (published_by_id);


CREATE INDEX ix_plan_views_person_id_plan_id_viewed_at ON plan_views (person_id, plan_id, viewed_at);


CREATE INDEX ix_plan_views_plan_id ON plan_views (plan_id);


CREATE INDEX ix_plan_views_plan_version_id ON plan_views (plan_version_id);


CREATE UNIQUE INDEX ix_plans_external_source_external_reference ON plans (external_source, external_reference);


CREATE INDEX ix_plans_family_id ON plans (family_id);


CREATE INDEX ix_plans_lead_worker_id ON plans (lead_worker_id);


CREATE INDEX ix_plans_subject_person_id ON plans (subject_person_id);


CREATE INDEX ix_questions_answered_by_id ON questions (answered_by_id);


CREATE INDEX ix_questions_asked_by_id ON questions (asked_by_id);


CREATE INDEX ix_questions_family_id ON questions (family_id);


CREATE INDEX ix_questions_plan_id ON questions (plan_id);


CREATE INDEX ix_questions_worker_id_answered_at ON questions (worker_id, answered_at);


CREATE INDEX ix_schedules_service_at_location_id ON schedules (service_at_location_id);


CREATE INDEX ix_schedules_service_id ON schedules (service_id);


CREATE UNIQUE INDEX ix_service_areas_locality_id_service_id ON service_areas (locality_id, service_id);


CREATE INDEX ix_service_areas_service_id ON service_areas (service_id);


CREATE INDEX ix_service_at_locations_location_id ON service_at_locations (location_id);


CREATE UNIQUE INDEX ix_service_at_locations_service_id_location_id ON service_at_locations (service_id, location_id);


CREATE UNIQUE INDEX ix_service_taxonomy_terms_service_id_taxonomy_term_id ON service_taxonomy_terms (service_id, taxonomy_term_id);


CREATE INDEX ix_service_taxonomy_terms_taxonomy_term_id ON service_taxonomy_terms (taxonomy_term_id);


CREATE INDEX ix_services_name_trgm ON services USING gin (name gin_trgm_ops);


CREATE INDEX ix_services_organization_id ON services (organization_id);


CREATE INDEX ix_services_search_vector ON services USING gin (search_vector);


CREATE INDEX ix_services_status_assured_date ON services (status, assured_date);


CREATE INDEX ix_shortlist_items_service_id ON shortlist_items (service_id);


CREATE UNIQUE INDEX ix_shortlist_items_shortlist_id_service_id ON shortlist_items (shortlist_id, service_id);


CREATE INDEX ix_shortlists_organization_id ON shortlists (organization_id);


CREATE UNIQUE INDEX ix_shortlists_public_token ON shortlists (public_token);


CREATE UNIQUE INDEX ix_taxonomies_name ON taxonomies (name);


CREATE INDEX ix_taxonomy_terms_parent_id ON taxonomy_terms (parent_id);


CREATE UNIQUE INDEX ix_taxonomy_terms_taxonomy_id_code ON taxonomy_terms (taxonomy_id, code);


CREATE INDEX ix_worker_localities_locality_id ON worker_localities (locality_id);


CREATE UNIQUE INDEX ix_worker_localities_worker_id_locality_id ON worker_localities (worker_id, locality_id);


CREATE UNIQUE INDEX ix_workers_email ON workers (email);


CREATE INDEX ix_workers_locality_id ON workers (locality_id);


CREATE INDEX ix_workers_successor_id ON workers (successor_id);


