-- Clinical records, first part: the session note that falls due when a session is booked, and the audit trail of
-- every read or change of a client's clinical record. Every row carries its tenant; every query is scoped by it.

CREATE TABLE session_note (
    id                 uuid        PRIMARY KEY,
    tenant             text        NOT NULL,
    session_id         uuid        NOT NULL,
    client_id          uuid        NOT NULL,
    location_id        uuid        NOT NULL,
    location_code      text        NOT NULL,
    therapist_id       uuid        NOT NULL,
    -- the identity provider's subject of the treating therapist: who may write and sign the note
    therapist_user_id  text,
    session_starts_at  timestamptz NOT NULL,
    status             text        NOT NULL CHECK (status IN ('DUE', 'DRAFT', 'SIGNED')),
    subjective         text,
    objective          text,
    assessment         text,
    plan               text,
    signed_at          timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint      NOT NULL DEFAULT 0,
    CONSTRAINT session_note_one_per_session UNIQUE (tenant, session_id)
);
CREATE INDEX session_note_tenant_therapist ON session_note (tenant, therapist_user_id, status);
CREATE INDEX session_note_tenant_client ON session_note (tenant, client_id);

CREATE TABLE clinical_audit (
    id           uuid        PRIMARY KEY,
    tenant       text        NOT NULL,
    client_id    uuid,
    actor        text        NOT NULL,
    actor_roles  text        NOT NULL,
    action       text        NOT NULL,
    resource     text        NOT NULL,
    location     text,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clinical_audit_tenant_client_at ON clinical_audit (tenant, client_id, at);
