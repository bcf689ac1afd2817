-- Notifications, second part: every recipient kind (clients, staff by user, staff by role at a location), the
-- in-app inbox, attempts, reminders, preferences, per-chain settings, projections of sessions, locations and
-- homework, daily diaries and captured dead-letter-topic records. Every row carries its tenant.

-- --- delivery: one message to one recipient on one channel
ALTER TABLE delivery DROP CONSTRAINT delivery_once;
ALTER TABLE delivery DROP CONSTRAINT delivery_status_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DEAD', 'CANCELLED'));
ALTER TABLE delivery
    -- CLIENT (client_id), STAFF (recipient_user_id) or ROLE (recipient_role at location_code)
    ADD COLUMN recipient_kind     text        NOT NULL DEFAULT 'CLIENT'
        CHECK (recipient_kind IN ('CLIENT', 'STAFF', 'ROLE')),
    ADD COLUMN recipient_user_id  text,
    ADD COLUMN recipient_role     text,
    -- the recipient as one key: client:<id>, user:<subject> or role:<role>@<location code>
    ADD COLUMN recipient          text,
    ADD COLUMN location_code      text,
    -- what the message is about: the session, waitlist offer, plan, red flag or note
    ADD COLUMN about_id           uuid,
    -- null for scheduled messages (reminders, diaries): source_event_id then holds the schedule's own key
    ADD COLUMN source_event_type  text,
    ADD COLUMN urgent             boolean     NOT NULL DEFAULT false,
    ADD COLUMN language           text,
    ADD COLUMN error_code         text,
    ADD COLUMN dead_at            timestamptz,
    -- a dead letter is replayed at most once
    ADD COLUMN replayed_at        timestamptz,
    -- an in-app message taken back (e.g. a waitlist offer that lapsed)
    ADD COLUMN withdrawn_at       timestamptz;
UPDATE delivery SET recipient = 'client:' || client_id WHERE recipient IS NULL;
UPDATE delivery SET dead_at = coalesce(next_attempt_at, created_at) WHERE status = 'DEAD' AND dead_at IS NULL;
ALTER TABLE delivery ALTER COLUMN recipient SET NOT NULL;
-- exactly one message per event (or schedule), kind, channel and recipient
ALTER TABLE delivery ADD CONSTRAINT delivery_once UNIQUE (tenant, source_event_id, kind, channel, recipient);
CREATE INDEX delivery_due_at ON delivery ((coalesce(next_attempt_at, created_at))) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX delivery_sent ON delivery (tenant, location_id, sent_at) WHERE status = 'SENT';
CREATE INDEX delivery_dead ON delivery (tenant, dead_at) WHERE status = 'DEAD';
CREATE INDEX delivery_dead_location ON delivery (tenant, location_id, dead_at) WHERE status = 'DEAD';
CREATE INDEX delivery_client_created ON delivery (tenant, client_id, created_at);
CREATE INDEX delivery_about ON delivery (tenant, about_id);
CREATE INDEX delivery_location_code_created ON delivery (tenant, location_code, created_at);
CREATE INDEX delivery_inbox_user ON delivery (tenant, recipient_user_id, sent_at)
    WHERE channel = 'IN_APP' AND status = 'SENT';
CREATE INDEX delivery_inbox_role ON delivery (tenant, recipient_role, location_code, sent_at)
    WHERE channel = 'IN_APP' AND status = 'SENT';

-- --- every send attempt, successful or not
CREATE TABLE delivery_attempt (
    id            uuid        PRIMARY KEY,
    delivery_id   uuid        NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    tenant        text        NOT NULL,
    location_id   uuid,
    attempt       integer     NOT NULL,
    channel       text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('SENT', 'FAILED')),
    provider_id   text,
    error_code    text,
    error         text,
    attempted_at  timestamptz NOT NULL
);
CREATE INDEX delivery_attempt_delivery ON delivery_attempt (delivery_id, attempted_at);
CREATE INDEX delivery_attempt_failed ON delivery_attempt (tenant, location_id, attempted_at) WHERE status = 'FAILED';

-- --- in-app messages read, per user (a message to a role is read by each of its members on their own)
CREATE TABLE inbox_read (
    delivery_id  uuid        NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    user_id      text        NOT NULL,
    read_at      timestamptz NOT NULL,
    PRIMARY KEY (delivery_id, user_id)
);

-- --- locations as events name them: code (for the locations claim), name and time zone
CREATE TABLE known_location (
    location_id  uuid        PRIMARY KEY,
    tenant       text        NOT NULL,
    code         text        NOT NULL,
    name         text,
    time_zone    text,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX known_location_tenant_code ON known_location (tenant, code);

-- --- sessions as booking's events describe them: reminders, diaries and post-session care read them
CREATE TABLE session_copy (
    session_id         uuid        PRIMARY KEY,
    tenant             text        NOT NULL,
    location_id        uuid        NOT NULL,
    location_code      text        NOT NULL,
    location_name      text,
    time_zone          text        NOT NULL,
    client_id          uuid        NOT NULL,
    therapist_id       uuid,
    therapist_user_id  text,
    therapist_name     text,
    service_name       text,
    room_name          text,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    status             text        NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    updated_at         timestamptz NOT NULL
);
CREATE INDEX session_copy_diary ON session_copy (tenant, location_id, starts_at) WHERE status = 'BOOKED';

-- --- reminders before a session, computed in the location's time zone from the chain's offsets
CREATE TABLE reminder (
    id                 uuid        PRIMARY KEY,
    tenant             text        NOT NULL,
    session_id         uuid        NOT NULL,
    client_id          uuid        NOT NULL,
    offset_minutes     integer     NOT NULL CHECK (offset_minutes > 0),
    due_at             timestamptz NOT NULL,
    session_starts_at  timestamptz NOT NULL,
    -- SCHEDULED until sent; SKIPPED when already past at booking; DROPPED on cancellation or no-show
    status             text        NOT NULL CHECK (status IN ('SCHEDULED', 'SENT', 'SKIPPED', 'DROPPED')),
    sent_at            timestamptz,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    CONSTRAINT reminder_once UNIQUE (session_id, offset_minutes)
);
CREATE INDEX reminder_due ON reminder (due_at) WHERE status = 'SCHEDULED';
CREATE INDEX reminder_tenant_session ON reminder (tenant, session_id);

-- --- the homework of each client's latest treatment plan (from plan.updated)
CREATE TABLE homework_copy (
    id            uuid        PRIMARY KEY,
    tenant        text        NOT NULL,
    client_id     uuid        NOT NULL,
    plan_id       uuid        NOT NULL,
    plan_version  integer     NOT NULL,
    -- JSON array of {title, instructions, timesPerDay, daysPerWeek}
    homework      text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    CONSTRAINT homework_copy_client UNIQUE (tenant, client_id)
);

-- --- a user's own message preferences
CREATE TABLE preference (
    id           uuid        PRIMARY KEY,
    tenant       text        NOT NULL,
    user_id      text        NOT NULL,
    -- JSON object: message kind -> array of channels
    channels     text        NOT NULL DEFAULT '{}',
    -- JSON array of message kinds the user does not want
    opt_outs     text        NOT NULL DEFAULT '[]',
    quiet_start  time,
    quiet_end    time,
    time_zone    text,
    language     text,
    version      bigint      NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT preference_user UNIQUE (tenant, user_id)
);

-- --- per-chain settings: reminder offsets and the voice of the templates
CREATE TABLE chain_settings (
    tenant            text        PRIMARY KEY,
    -- minutes before the session, comma-separated, e.g. 1440,120
    reminder_offsets  text        NOT NULL,
    chain_name        text,
    signature         text,
    tone              text        NOT NULL CHECK (tone IN ('FRIENDLY', 'FORMAL')),
    version           bigint      NOT NULL,
    updated_at        timestamptz NOT NULL
);

-- --- daily diaries sent, one run per location and local day (safe with several replicas)
CREATE TABLE diary_run (
    location_id  uuid        NOT NULL,
    day          date        NOT NULL,
    tenant       text        NOT NULL,
    run_at       timestamptz NOT NULL,
    PRIMARY KEY (location_id, day)
);

-- --- records our consumers parked on the dead-letter twins of their topics, for operators to see and replay
CREATE TABLE captured_event (
    id              uuid        PRIMARY KEY,
    tenant          text,
    dlq_topic       text        NOT NULL,
    dlq_partition   integer     NOT NULL,
    dlq_offset      bigint      NOT NULL,
    original_topic  text        NOT NULL,
    record_key      text,
    payload         text,
    -- JSON object of the record's headers (name -> text value)
    headers         text        NOT NULL,
    event_id        text,
    event_type      text,
    reason          text,
    captured_at     timestamptz NOT NULL,
    replayed_at     timestamptz,
    CONSTRAINT captured_event_once UNIQUE (dlq_topic, dlq_partition, dlq_offset)
);
CREATE INDEX captured_event_tenant ON captured_event (tenant, captured_at);
