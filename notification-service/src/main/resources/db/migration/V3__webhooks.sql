-- Webhooks: endpoints a chain registered, one delivery per event and endpoint, and every try of it.

CREATE TABLE webhook_endpoint (
    id                     uuid        PRIMARY KEY,
    tenant                 text        NOT NULL,
    url                    text        NOT NULL,
    -- the event types the endpoint subscribed to, comma-separated (e.g. session.booked,session.cancelled)
    events                 text        NOT NULL,
    description            text,
    -- whsec_ + Base64 of the key: needed in clear to sign, never shown again after creation or rotation
    secret                 text        NOT NULL,
    -- after a rotation the old secret signs as well until previous_secret_until
    previous_secret        text,
    previous_secret_until  timestamptz,
    enabled                boolean     NOT NULL DEFAULT true,
    disabled_reason        text,
    disabled_at            timestamptz,
    -- the first failure since the last success; an endpoint failing for days is disabled
    failing_since          timestamptz,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint      NOT NULL DEFAULT 0
);
CREATE INDEX webhook_endpoint_tenant ON webhook_endpoint (tenant, created_at, id);

CREATE TABLE webhook_delivery (
    -- sent as webhook-id: the same on every try, so a receiver can drop a repeat
    id                  uuid        PRIMARY KEY,
    tenant              text        NOT NULL,
    endpoint_id         uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    -- the event that asked for it (a ping: its own key): one delivery per event and endpoint
    source_event_id     text        NOT NULL,
    event_type          text        NOT NULL,
    payload             text        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('PENDING', 'FAILED', 'SUCCEEDED', 'DEAD')),
    attempts            integer     NOT NULL DEFAULT 0,
    last_response_code  integer,
    last_error          text,
    next_attempt_at     timestamptz,
    created_at          timestamptz NOT NULL,
    last_attempt_at     timestamptz,
    succeeded_at        timestamptz,
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, source_event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at, id);

CREATE TABLE webhook_attempt (
    id             uuid        PRIMARY KEY,
    delivery_id    uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt        integer     NOT NULL,
    attempted_at   timestamptz NOT NULL,
    response_code  integer,
    error          text,
    duration_ms    integer     NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempt);

-- The calendar invitation (text/calendar) a session's e-mail carries; dropped once sent, as the bodies are.
ALTER TABLE delivery ADD COLUMN calendar text;
