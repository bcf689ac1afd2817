-- The schedule: opening hours and closures of locations, therapists' weekly rosters and their exceptions (leave,
-- sickness), which therapists offer which service, client search and erasure, and the indexes of the booking report.
-- Wall-clock times are minutes from local midnight (0..1440, 1440 = the end of the day) in the location's time zone,
-- so that "09:00-17:00" stays 09:00-17:00 across daylight-saving changes.

-- A change of opening hours, roster or offering bumps its aggregate's version (ETag) through updated_at.
ALTER TABLE location ADD COLUMN updated_at timestamptz;
ALTER TABLE therapist ADD COLUMN updated_at timestamptz;
ALTER TABLE bookable_service ADD COLUMN updated_at timestamptz;
ALTER TABLE client ADD COLUMN updated_at timestamptz;

-- When a client's personal data was erased (the row stays, anonymised, for the sessions that name it).
ALTER TABLE client ADD COLUMN erased_at timestamptz;

-- Opening hours per weekday (ISO: 1 = Monday … 7 = Sunday); several intervals a day; no row = closed that day.
CREATE TABLE opening_hours (
    id            uuid     PRIMARY KEY,
    tenant        text     NOT NULL,
    location_id   uuid     NOT NULL REFERENCES location (id),
    day_of_week   smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_minute  integer  NOT NULL CHECK (start_minute >= 0 AND start_minute < 1440),
    end_minute    integer  NOT NULL CHECK (end_minute <= 1440),
    CHECK (end_minute > start_minute),
    CONSTRAINT opening_hours_unique UNIQUE (location_id, day_of_week, start_minute)
);
CREATE INDEX opening_hours_tenant_location ON opening_hours (tenant, location_id);

-- Locations that existed before opening hours: the same defaults a new location gets (Mon-Fri 08-20, Sat 09-17).
INSERT INTO opening_hours (id, tenant, location_id, day_of_week, start_minute, end_minute)
SELECT gen_random_uuid(), l.tenant, l.id, d.day, d.start_minute, d.end_minute
FROM location l
CROSS JOIN (VALUES (1, 480, 1200), (2, 480, 1200), (3, 480, 1200), (4, 480, 1200), (5, 480, 1200),
                   (6, 540, 1020)) AS d (day, start_minute, end_minute);

-- Whole days a location is closed (holidays), inclusive, as local dates.
CREATE TABLE location_closure (
    id           uuid        PRIMARY KEY,
    tenant       text        NOT NULL,
    location_id  uuid        NOT NULL REFERENCES location (id),
    first_day    date        NOT NULL,
    last_day     date        NOT NULL,
    reason       text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX location_closure_location_days ON location_closure (tenant, location_id, first_day, last_day);

-- A therapist's weekly working hours at a location; a therapist may work several locations on different days.
CREATE TABLE roster_entry (
    id            uuid     PRIMARY KEY,
    tenant        text     NOT NULL,
    therapist_id  uuid     NOT NULL REFERENCES therapist (id),
    location_id   uuid     NOT NULL REFERENCES location (id),
    day_of_week   smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_minute  integer  NOT NULL CHECK (start_minute >= 0 AND start_minute < 1440),
    end_minute    integer  NOT NULL CHECK (end_minute <= 1440),
    CHECK (end_minute > start_minute),
    CONSTRAINT roster_entry_unique UNIQUE (therapist_id, location_id, day_of_week, start_minute)
);
CREATE INDEX roster_entry_tenant_location ON roster_entry (tenant, location_id);

-- Leave, sickness: the therapist does not work in [starts_at, ends_at), at one location or (location_id null) anywhere.
CREATE TABLE roster_exception (
    id            uuid        PRIMARY KEY,
    tenant        text        NOT NULL,
    therapist_id  uuid        NOT NULL REFERENCES therapist (id),
    location_id   uuid        REFERENCES location (id),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    reason        text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX roster_exception_therapist_time ON roster_exception (tenant, therapist_id, starts_at);

-- Which therapists offer a service.
CREATE TABLE service_offering (
    id            uuid PRIMARY KEY,
    tenant        text NOT NULL,
    service_id    uuid NOT NULL REFERENCES bookable_service (id),
    therapist_id  uuid NOT NULL REFERENCES therapist (id),
    CONSTRAINT service_offering_unique UNIQUE (service_id, therapist_id)
);
CREATE INDEX service_offering_therapist ON service_offering (therapist_id);

-- Before offerings existed every therapist could give every service: keep it so for what is already there.
INSERT INTO service_offering (id, tenant, service_id, therapist_id)
SELECT gen_random_uuid(), s.tenant, s.id, t.id
FROM bookable_service s JOIN therapist t ON t.tenant = s.tenant;

-- Client search by any part of a name, e-mail or phone ("%text%"): trigram indexes serve these infix matches,
-- which a b-tree cannot. Erased clients are left out of search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX client_search_name ON client USING gin ((lower(given_name || ' ' || family_name)) gin_trgm_ops)
    WHERE erased_at IS NULL;
CREATE INDEX client_search_email ON client USING gin ((lower(email)) gin_trgm_ops) WHERE erased_at IS NULL;
CREATE INDEX client_search_phone ON client USING gin (phone gin_trgm_ops) WHERE erased_at IS NULL;
-- The search's page order (keyset on name, id).
CREATE INDEX client_tenant_name_order ON client (tenant, lower(family_name), lower(given_name), id)
    WHERE erased_at IS NULL;

-- The booking report at a million sessions. Its per-location counts, minutes and revenue read the sessions of one
-- location starting in a range: (tenant, location_id, starts_at) finds them, and the included columns let
-- PostgreSQL answer from the index alone (an index-only scan) instead of visiting a million heap rows.
CREATE INDEX session_report_location_start ON session (tenant, location_id, starts_at)
    INCLUDE (status, ends_at, service_id, client_id);
-- "New or returning" asks each client's first visit: the first entry of this partial index per client is it
-- (one index probe per client, no scan of their history). Cancelled bookings are not visits.
CREATE INDEX session_report_client_first_visit ON session (tenant, client_id, starts_at)
    WHERE status <> 'CANCELLED';
