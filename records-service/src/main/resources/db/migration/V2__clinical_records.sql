-- Clinical records, second part: what records learns from booking (clients, sessions, locations), the clinical
-- record itself (intake, consent, red flags, assessments, treatment plans, SOAP notes and their amendments) and
-- the audit trail's caller scope. Every row carries its tenant; every query is scoped by it.

-- The client's record header, from booking's client events (and a stub from session events until they arrive).
-- On erasure the personal fields are emptied and the clinical record is kept, flagged retained_after_erasure.
CREATE TABLE client_header (
    id                      uuid        PRIMARY KEY,
    tenant                  text        NOT NULL,
    user_id                 text,
    given_name              text,
    family_name             text,
    email                   text,
    phone                   text,
    preferred_language      text,
    preferred_location_id   uuid,
    -- booking's aggregate version last applied; -1 for a stub made from a session event
    source_version          integer     NOT NULL DEFAULT -1,
    erased_at               timestamptz,
    retained_after_erasure  boolean     NOT NULL DEFAULT false,
    updated_at              timestamptz NOT NULL
);
CREATE INDEX client_header_tenant_user ON client_header (tenant, user_id);

-- Locations as session events name them: id, code (the token's locations claim) and time zone (report days).
CREATE TABLE known_location (
    id          uuid        PRIMARY KEY,
    tenant      text        NOT NULL,
    code        text        NOT NULL,
    name        text,
    time_zone   text        NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX known_location_tenant_code ON known_location (tenant, code);

-- Sessions as booking's events describe them: who treats whom, where and when. Decides which therapist may open
-- a client's record (past or future sessions) and which location a branch manager reads it from.
CREATE TABLE known_session (
    id                 uuid        PRIMARY KEY,
    tenant             text        NOT NULL,
    client_id          uuid        NOT NULL,
    client_user_id     text,
    therapist_id       uuid        NOT NULL,
    therapist_user_id  text,
    location_id        uuid        NOT NULL,
    location_code      text        NOT NULL,
    time_zone          text        NOT NULL,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz,
    status             text        NOT NULL CHECK (status IN ('BOOKED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    plan_id            uuid,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX known_session_tenant_client ON known_session (tenant, client_id, starts_at);
CREATE INDEX known_session_tenant_therapist ON known_session (tenant, therapist_user_id);

-- Intake: every change is a new version; the answers are kept as the JSON the API accepted.
CREATE TABLE intake_version (
    id                      uuid        PRIMARY KEY,
    tenant                  text        NOT NULL,
    client_id               uuid        NOT NULL,
    version                 integer     NOT NULL CHECK (version >= 1),
    answers                 text        NOT NULL,
    -- red-flag codes the answers screened positive for (JSON array)
    findings                text        NOT NULL DEFAULT '[]',
    recorded_by             text        NOT NULL,
    recorded_by_roles       text        NOT NULL,
    recorded_at             timestamptz NOT NULL,
    retained_after_erasure  boolean     NOT NULL DEFAULT false,
    CONSTRAINT intake_version_unique UNIQUE (tenant, client_id, version)
);

CREATE TABLE consent (
    id            uuid        PRIMARY KEY,
    tenant        text        NOT NULL,
    client_id     uuid        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('TREATMENT', 'DATA_PROCESSING')),
    text_version  text        NOT NULL,
    given_at      timestamptz NOT NULL,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    withdrawn_at  timestamptz,
    withdrawn_by  text,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX consent_tenant_client ON consent (tenant, client_id, kind, recorded_at);

CREATE TABLE red_flag (
    id                 uuid        PRIMARY KEY,
    tenant             text        NOT NULL,
    client_id          uuid        NOT NULL,
    -- null only for a flag from an intake before any location of the client is known; published once one is
    location_id        uuid,
    location_code      text,
    therapist_id       uuid,
    therapist_user_id  text,
    session_id         uuid,
    findings           text        NOT NULL,
    severity           text        NOT NULL CHECK (severity IN ('URGENT', 'REFER')),
    notes              text,
    source             text        NOT NULL CHECK (source IN ('SCREEN', 'INTAKE')),
    status             text        NOT NULL CHECK (status IN ('OPEN', 'CLEARED')),
    raised_by          text        NOT NULL,
    raised_at          timestamptz NOT NULL,
    published_at       timestamptz,
    clearance          text        CHECK (clearance IN ('MEDICAL_CLEARANCE', 'RESCREEN_NEGATIVE', 'RECORDED_IN_ERROR')),
    outcome            text,
    cleared_by         text,
    cleared_at         timestamptz,
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX red_flag_tenant_client ON red_flag (tenant, client_id, raised_at);
CREATE INDEX red_flag_tenant_location ON red_flag (tenant, location_id, raised_at);

CREATE TABLE assessment (
    id                 uuid         PRIMARY KEY,
    tenant             text         NOT NULL,
    client_id          uuid         NOT NULL,
    location_id        uuid         NOT NULL,
    session_id         uuid,
    therapist_id       uuid         NOT NULL,
    therapist_user_id  text         NOT NULL,
    assessed_at        timestamptz  NOT NULL,
    nrs                integer      NOT NULL CHECK (nrs BETWEEN 0 AND 10),
    odi_answers        text,
    odi_score          numeric(4,1) CHECK (odi_score BETWEEN 0 AND 100),
    odi_band           text,
    odi_answered       integer      CHECK (odi_answered BETWEEN 1 AND 10),
    range_of_motion    text,
    tests              text,
    trigger_points     text,
    notes              text,
    baseline           boolean      NOT NULL,
    recorded_at        timestamptz  NOT NULL
);
CREATE INDEX assessment_tenant_client ON assessment (tenant, client_id, assessed_at);
CREATE INDEX assessment_tenant_location ON assessment (tenant, location_id, assessed_at);

-- A treatment plan's current state; every change also writes the whole plan as a new plan_version row.
CREATE TABLE treatment_plan (
    id                 uuid        PRIMARY KEY,
    tenant             text        NOT NULL,
    client_id          uuid        NOT NULL,
    therapist_id       uuid        NOT NULL,
    therapist_user_id  text,
    location_id        uuid        NOT NULL,
    service_id         uuid,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    plan_version       integer     NOT NULL CHECK (plan_version >= 1),
    content            text        NOT NULL,
    review_date        date        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    -- who made the current version and why (a code); every version's are kept in plan_version
    changed_by         text        NOT NULL,
    change_reason      text        NOT NULL,
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX treatment_plan_tenant_client ON treatment_plan (tenant, client_id, created_at);
CREATE INDEX treatment_plan_tenant_therapist ON treatment_plan (tenant, therapist_user_id);

CREATE TABLE plan_version (
    id             uuid        PRIMARY KEY,
    tenant         text        NOT NULL,
    plan_id        uuid        NOT NULL REFERENCES treatment_plan (id),
    version        integer     NOT NULL CHECK (version >= 1),
    snapshot       text        NOT NULL,
    changed_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL,
    change_reason  text        NOT NULL,
    CONSTRAINT plan_version_unique UNIQUE (plan_id, version)
);

-- Session notes: cancelled sessions keep their note as CANCELLED; a completed session's note falls due, is
-- written as SOAP with its structured parts, signed and locked; overdue notes are announced once.
ALTER TABLE session_note DROP CONSTRAINT session_note_status_check;
ALTER TABLE session_note ADD CONSTRAINT session_note_status_check
    CHECK (status IN ('DUE', 'DRAFT', 'SIGNED', 'CANCELLED'));
ALTER TABLE session_note
    ADD COLUMN time_zone             text,
    ADD COLUMN session_completed_at  timestamptz,
    ADD COLUMN due_at                timestamptz,
    ADD COLUMN overdue_published_at  timestamptz,
    ADD COLUMN techniques            text,
    ADD COLUMN pressure              text,
    ADD COLUMN regions               text,
    ADD COLUMN client_response       text,
    ADD COLUMN soreness_advice       text,
    ADD COLUMN homework_given        text,
    ADD COLUMN signed_by             text,
    ADD COLUMN updated_at            timestamptz;
CREATE INDEX session_note_overdue ON session_note (due_at)
    WHERE status IN ('DUE', 'DRAFT') AND overdue_published_at IS NULL;
CREATE INDEX session_note_tenant_location_due ON session_note (tenant, location_id, due_at);

-- A signed note is never changed; later changes are amendments beside the original text.
CREATE TABLE note_amendment (
    id          uuid        PRIMARY KEY,
    tenant      text        NOT NULL,
    note_id     uuid        NOT NULL REFERENCES session_note (id),
    client_id   uuid        NOT NULL,
    reason      text        NOT NULL,
    text        text        NOT NULL,
    amended_by  text        NOT NULL,
    amended_at  timestamptz NOT NULL
);
CREATE INDEX note_amendment_note ON note_amendment (tenant, note_id, amended_at);

-- The audit trail also keeps the caller's location scope (the token's locations claim) at the time.
ALTER TABLE clinical_audit ADD COLUMN actor_locations text;
