-- The diary: a session's life cycle and history, room hires, waitlist offers with their holds, plan-driven series
-- proposals and red-flag holds.

-- ---------------------------------------------------------------------------------------------------------------
-- Sessions: what a cancellation, check-in, completion or no-show records (reports count by these columns).
ALTER TABLE session
    ADD COLUMN cancelled_at         timestamptz,
    ADD COLUMN late_cancellation    boolean     NOT NULL DEFAULT false,
    ADD COLUMN cancellation_reason  text,
    ADD COLUMN cancelled_by         text        CHECK (cancelled_by IN ('CLIENT', 'CLINIC')),
    ADD COLUMN checked_in_at        timestamptz,
    ADD COLUMN completed_at         timestamptz,
    ADD COLUMN no_show_at           timestamptz,
    -- the treatment plan whose series proposal booked this session, if any
    ADD COLUMN plan_id              uuid;
CREATE INDEX session_tenant_plan ON session (tenant, plan_id) WHERE plan_id IS NOT NULL;

-- Every change of a session, oldest first: the history shown at /sessions/{id}/history.
CREATE TABLE session_change (
    id                      uuid        PRIMARY KEY,
    seq                     bigint      GENERATED ALWAYS AS IDENTITY,
    tenant                  text        NOT NULL,
    session_id              uuid        NOT NULL REFERENCES session (id),
    kind                    text        NOT NULL CHECK (kind IN ('BOOKED', 'RESCHEDULED', 'CHECKED_IN', 'COMPLETED',
                                                                 'CANCELLED', 'NO_SHOW')),
    changed_at              timestamptz NOT NULL,
    changed_by              text        NOT NULL,
    previous_starts_at      timestamptz,
    previous_therapist_id   uuid,
    previous_room_id        uuid,
    starts_at               timestamptz,
    therapist_id            uuid,
    room_id                 uuid,
    reason                  text,
    late                    boolean
);
CREATE INDEX session_change_session ON session_change (tenant, session_id, seq);

-- ---------------------------------------------------------------------------------------------------------------
-- One occupancy table for everything that takes a therapist's or a room's time: live sessions, room hires and
-- waitlist holds. Why one table: an exclusion constraint only sees the rows of its own table, so a session, a hire
-- and a hold can refuse each other, whatever the concurrency, only if they are rows of the same table. Sessions,
-- hires and offers keep their own tables (different columns and life cycles); triggers in the same statement keep
-- their rows here, so no code path can write one without its occupancy, and the constraints below refuse the
-- statement (and so the transaction) that would overlap. The session table keeps its own constraints from V1 as well.
CREATE TABLE diary_block (
    source_id      uuid        PRIMARY KEY,
    tenant         text        NOT NULL,
    location_id    uuid        NOT NULL,
    therapist_id   uuid,                   -- null for a room hire
    room_id        uuid        NOT NULL,
    starts_at      timestamptz NOT NULL,
    blocked_until  timestamptz NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('SESSION', 'ROOM_HIRE', 'WAITLIST_HOLD')),
    CHECK (blocked_until > starts_at),
    CONSTRAINT diary_block_therapist_free EXCLUDE USING gist (
        therapist_id WITH =, tstzrange(starts_at, blocked_until) WITH &&
    ) WHERE (therapist_id IS NOT NULL),
    CONSTRAINT diary_block_room_free EXCLUDE USING gist (
        room_id WITH =, tstzrange(starts_at, blocked_until) WITH &&
    )
);
CREATE INDEX diary_block_location_start ON diary_block (tenant, location_id, starts_at);

CREATE FUNCTION diary_block_put(p_source uuid, p_tenant text, p_location uuid, p_therapist uuid, p_room uuid,
                                p_starts timestamptz, p_until timestamptz, p_kind text) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO diary_block (source_id, tenant, location_id, therapist_id, room_id, starts_at, blocked_until, kind)
    VALUES (p_source, p_tenant, p_location, p_therapist, p_room, p_starts, p_until, p_kind)
    ON CONFLICT (source_id) DO UPDATE SET location_id = EXCLUDED.location_id, therapist_id = EXCLUDED.therapist_id,
        room_id = EXCLUDED.room_id, starts_at = EXCLUDED.starts_at, blocked_until = EXCLUDED.blocked_until
$$;

CREATE FUNCTION session_occupies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') THEN
        PERFORM diary_block_put(NEW.id, NEW.tenant, NEW.location_id, NEW.therapist_id, NEW.room_id, NEW.starts_at,
                                NEW.blocked_until, 'SESSION');
    ELSE
        DELETE FROM diary_block WHERE source_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER session_occupies_on_insert AFTER INSERT ON session
    FOR EACH ROW EXECUTE FUNCTION session_occupies();
CREATE TRIGGER session_occupies_on_update AFTER UPDATE ON session
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
        OR OLD.blocked_until IS DISTINCT FROM NEW.blocked_until OR OLD.therapist_id IS DISTINCT FROM NEW.therapist_id
        OR OLD.room_id IS DISTINCT FROM NEW.room_id)
    EXECUTE FUNCTION session_occupies();

-- sessions booked before this migration
INSERT INTO diary_block (source_id, tenant, location_id, therapist_id, room_id, starts_at, blocked_until, kind)
SELECT id, tenant, location_id, therapist_id, room_id, starts_at, blocked_until, 'SESSION'
FROM session WHERE status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED');

-- ---------------------------------------------------------------------------------------------------------------
-- Room hires: an outside practitioner (e.g. a Pilates instructor) hires a room for a time range.
CREATE TABLE room_hire (
    id                 uuid        PRIMARY KEY,
    tenant             text        NOT NULL,
    location_id        uuid        NOT NULL REFERENCES location (id),
    room_id            uuid        NOT NULL REFERENCES room (id),
    practitioner_name  text        NOT NULL,
    note               text,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL,
    cancelled_by       text,
    cancelled_at       timestamptz,
    version            bigint      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX room_hire_room_start ON room_hire (tenant, room_id, starts_at);

CREATE FUNCTION room_hire_occupies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'ACTIVE' THEN
        PERFORM diary_block_put(NEW.id, NEW.tenant, NEW.location_id, NULL, NEW.room_id, NEW.starts_at, NEW.ends_at,
                                'ROOM_HIRE');
    ELSE
        DELETE FROM diary_block WHERE source_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER room_hire_occupies AFTER INSERT OR UPDATE ON room_hire
    FOR EACH ROW EXECUTE FUNCTION room_hire_occupies();

-- ---------------------------------------------------------------------------------------------------------------
-- Red flags from records-service: while a client has an open one, their future sessions are held.
CREATE TABLE red_flag (
    id           uuid        PRIMARY KEY,
    tenant       text        NOT NULL,
    client_id    uuid        NOT NULL,
    location_id  uuid,
    severity     text        CHECK (severity IN ('URGENT', 'REFER')),
    raised_at    timestamptz,
    cleared_at   timestamptz
);
CREATE INDEX red_flag_open ON red_flag (tenant, client_id) WHERE cleared_at IS NULL;

-- ---------------------------------------------------------------------------------------------------------------
-- Waitlist: clients waiting for a slot; first come, first offered.
CREATE TABLE waitlist_entry (
    id              uuid        PRIMARY KEY,
    queue_position  bigint      GENERATED ALWAYS AS IDENTITY,
    tenant          text        NOT NULL,
    client_id       uuid        NOT NULL REFERENCES client (id),
    location_id     uuid        NOT NULL REFERENCES location (id),
    service_id      uuid        NOT NULL REFERENCES bookable_service (id),
    therapist_id    uuid        REFERENCES therapist (id),
    from_date       date        NOT NULL,
    to_date         date        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'WITHDRAWN')),
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    closed_at       timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    CHECK (to_date >= from_date)
);
CREATE INDEX waitlist_entry_waiting ON waitlist_entry (tenant, location_id, queue_position) WHERE status = 'WAITING';
CREATE INDEX waitlist_entry_client ON waitlist_entry (tenant, client_id);
CREATE INDEX waitlist_entry_queue ON waitlist_entry (tenant, queue_position);

-- A freed slot offered to one waiting client; while OFFERED its hold occupies the therapist and the room.
CREATE TABLE waitlist_offer (
    id                   uuid        PRIMARY KEY,
    tenant               text        NOT NULL,
    entry_id             uuid        NOT NULL REFERENCES waitlist_entry (id),
    location_id          uuid        NOT NULL REFERENCES location (id),
    service_id           uuid        NOT NULL REFERENCES bookable_service (id),
    therapist_id         uuid        NOT NULL REFERENCES therapist (id),
    room_id              uuid        NOT NULL REFERENCES room (id),
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL,
    blocked_until        timestamptz NOT NULL,
    -- end of the freed slot (the cancelled session's buffer included): what can be offered on if this offer lapses
    freed_until          timestamptz NOT NULL,
    freed_by_session_id  uuid,
    status               text        NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED',
                                                                'WITHDRAWN')),
    offered_at           timestamptz NOT NULL,
    expires_at           timestamptz NOT NULL,
    closed_at            timestamptz,
    session_id           uuid        REFERENCES session (id),
    version              bigint      NOT NULL DEFAULT 0,
    CHECK (blocked_until > starts_at AND freed_until >= blocked_until)
);
CREATE UNIQUE INDEX waitlist_offer_one_open_per_entry ON waitlist_offer (entry_id) WHERE status = 'OFFERED';
CREATE INDEX waitlist_offer_due ON waitlist_offer (expires_at) WHERE status = 'OFFERED';
CREATE INDEX waitlist_offer_slot ON waitlist_offer (tenant, therapist_id, starts_at);

CREATE FUNCTION waitlist_offer_holds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'OFFERED' THEN
        PERFORM diary_block_put(NEW.id, NEW.tenant, NEW.location_id, NEW.therapist_id, NEW.room_id, NEW.starts_at,
                                NEW.blocked_until, 'WAITLIST_HOLD');
    ELSE
        DELETE FROM diary_block WHERE source_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER waitlist_offer_holds AFTER INSERT OR UPDATE OF status ON waitlist_offer
    FOR EACH ROW EXECUTE FUNCTION waitlist_offer_holds();

-- ---------------------------------------------------------------------------------------------------------------
-- Series proposals from treatment plans: one per plan version; its dates are booked on confirmation.
CREATE TABLE session_proposal (
    id            uuid        PRIMARY KEY,
    tenant        text        NOT NULL,
    plan_id       uuid        NOT NULL,
    plan_version  integer     NOT NULL,
    client_id     uuid        NOT NULL REFERENCES client (id),
    therapist_id  uuid        NOT NULL REFERENCES therapist (id),
    location_id   uuid        NOT NULL REFERENCES location (id),
    service_id    uuid        NOT NULL REFERENCES bookable_service (id),
    status        text        NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED', 'SUPERSEDED', 'DROPPED')),
    created_at    timestamptz NOT NULL,
    closed_at     timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT session_proposal_plan_version UNIQUE (tenant, plan_id, plan_version)
);
CREATE INDEX session_proposal_client ON session_proposal (tenant, client_id, created_at);

CREATE TABLE proposed_session (
    id           uuid        PRIMARY KEY,
    proposal_id  uuid        NOT NULL REFERENCES session_proposal (id),
    position     integer     NOT NULL,
    phase        text,
    starts_at    timestamptz NOT NULL,
    status       text        NOT NULL CHECK (status IN ('PROPOSED', 'BOOKED', 'WITHDRAWN')),
    session_id   uuid        REFERENCES session (id),
    CONSTRAINT proposed_session_position UNIQUE (proposal_id, position)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Availability reads only this view: every kind of occupancy is a row of diary_block.
CREATE OR REPLACE VIEW diary_occupancy AS
SELECT tenant, location_id, therapist_id, room_id, starts_at, blocked_until, kind, source_id
FROM diary_block;
