-- The booking model: locations, rooms, therapists, services, clients and sessions of every chain (tenant).
-- Every row carries its tenant; every query is scoped by it.

-- GiST equality on uuid for the exclusion constraints below.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE location (
    id            uuid        PRIMARY KEY,
    tenant        text        NOT NULL,
    code          text        NOT NULL,
    name          text        NOT NULL,
    time_zone     text        NOT NULL,
    notice_hours  integer     NOT NULL DEFAULT 24 CHECK (notice_hours >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT location_code_unique UNIQUE (tenant, code)
);

CREATE TABLE room (
    id           uuid        PRIMARY KEY,
    tenant       text        NOT NULL,
    location_id  uuid        NOT NULL REFERENCES location (id),
    name         text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT room_name_unique UNIQUE (location_id, name)
);
CREATE INDEX room_tenant_location ON room (tenant, location_id);

CREATE TABLE therapist (
    id            uuid        PRIMARY KEY,
    tenant        text        NOT NULL,
    user_id       text,
    display_name  text        NOT NULL,
    email         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT therapist_user_unique UNIQUE (tenant, user_id)
);

CREATE TABLE bookable_service (
    id                uuid        PRIMARY KEY,
    tenant            text        NOT NULL,
    name              text        NOT NULL,
    duration_minutes  integer     NOT NULL CHECK (duration_minutes > 0),
    buffer_minutes    integer     NOT NULL DEFAULT 0 CHECK (buffer_minutes >= 0),
    price_cents       integer     NOT NULL CHECK (price_cents >= 0),
    currency          char(3)     NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT bookable_service_name_unique UNIQUE (tenant, name)
);

CREATE TABLE client (
    id                     uuid        PRIMARY KEY,
    tenant                 text        NOT NULL,
    user_id                text,
    given_name             text        NOT NULL,
    family_name            text        NOT NULL,
    email                  text,
    phone                  text,
    date_of_birth          date,
    preferred_location_id  uuid        REFERENCES location (id),
    preferred_language     text        NOT NULL DEFAULT 'en',
    created_at             timestamptz NOT NULL DEFAULT now(),
    version                bigint      NOT NULL DEFAULT 0,
    CONSTRAINT client_user_unique UNIQUE (tenant, user_id)
);
CREATE INDEX client_tenant_family_name ON client (tenant, lower(family_name));
CREATE INDEX client_tenant_email ON client (tenant, lower(email));

CREATE TABLE session (
    id             uuid        PRIMARY KEY,
    tenant         text        NOT NULL,
    location_id    uuid        NOT NULL REFERENCES location (id),
    service_id     uuid        NOT NULL REFERENCES bookable_service (id),
    therapist_id   uuid        NOT NULL REFERENCES therapist (id),
    room_id        uuid        NOT NULL REFERENCES room (id),
    client_id      uuid        NOT NULL REFERENCES client (id),
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    -- end of the service's buffer (cleaning, notes): therapist and room are busy until then
    blocked_until  timestamptz NOT NULL,
    status         text        NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    booked_by      text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at AND blocked_until >= ends_at),
    -- Double booking is impossible here, not only in code: one therapist, one room, one time.
    CONSTRAINT session_therapist_free EXCLUDE USING gist (
        therapist_id WITH =, tstzrange(starts_at, blocked_until) WITH &&
    ) WHERE (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')),
    CONSTRAINT session_room_free EXCLUDE USING gist (
        room_id WITH =, tstzrange(starts_at, blocked_until) WITH &&
    ) WHERE (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED'))
);
CREATE INDEX session_tenant_location_start ON session (tenant, location_id, starts_at);
CREATE INDEX session_tenant_client_start ON session (tenant, client_id, starts_at);
CREATE INDEX session_tenant_therapist_start ON session (tenant, therapist_id, starts_at);
