-- Notifications, first part: the contact projection kept from client events, and the log of every message sent.
-- Every row carries its tenant; every query is scoped by it.

CREATE TABLE contact (
    client_id           uuid        PRIMARY KEY,
    tenant              text        NOT NULL,
    user_id             text,
    given_name          text        NOT NULL,
    family_name         text        NOT NULL,
    email               text,
    phone               text,
    preferred_language  text        NOT NULL DEFAULT 'en',
    erased              boolean     NOT NULL DEFAULT false,
    -- the client record's version in booking: an older update never overwrites a newer one
    source_version      integer     NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_tenant_user ON contact (tenant, user_id);

CREATE TABLE delivery (
    id               uuid        PRIMARY KEY,
    tenant           text        NOT NULL,
    -- the event that asked for this message: one message per event, recipient and channel
    source_event_id  text        NOT NULL,
    kind             text        NOT NULL,
    channel          text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'IN_APP')),
    client_id        uuid,
    location_id      uuid,
    address          text,
    subject          text,
    body_text        text,
    body_html        text,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DEAD')),
    attempts         integer     NOT NULL DEFAULT 0,
    provider_id      text,
    last_error       text,
    next_attempt_at  timestamptz,
    event_time       timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT delivery_once UNIQUE (source_event_id, kind, channel, client_id)
);
CREATE INDEX delivery_tenant_location_created ON delivery (tenant, location_id, created_at);
CREATE INDEX delivery_due ON delivery (created_at) WHERE status IN ('PENDING', 'FAILED');
