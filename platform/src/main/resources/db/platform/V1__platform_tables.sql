-- Tables of remedy-platform, in schema remedy_platform of every service's own database. Migrated at start-up by the
-- platform's own Flyway (named datasource remedy-platform, history in remedy_platform.flyway_schema_history),
-- independently of the service's migrations in its default schema. Never edit once landed.

-- Transactional outbox: written in the service's transaction, published by the relay.
CREATE TABLE remedy_platform.outbox (
    id            uuid         PRIMARY KEY,                           -- CloudEvents id
    seq           bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,   -- relay order
    topic         varchar(249) NOT NULL,
    aggregate_key varchar(255) NOT NULL,                              -- Kafka record key
    type          varchar(255) NOT NULL,
    source        varchar(255) NOT NULL,
    subject       varchar(255),
    tenant        varchar(100) NOT NULL,
    event_time    timestamptz  NOT NULL,
    payload       text         NOT NULL,                              -- event data, JSON
    created_at    timestamptz  NOT NULL DEFAULT now(),
    sent_at       timestamptz,
    attempts      integer      NOT NULL DEFAULT 0,
    last_error    text
);
-- the relay's "earliest unsent row per aggregate" and its backlog count read only unsent rows
CREATE INDEX outbox_unsent_by_aggregate ON remedy_platform.outbox (topic, aggregate_key, seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_unsent ON remedy_platform.outbox (seq) WHERE sent_at IS NULL;

-- Idempotent consumer: one row per processed event and consumer.
CREATE TABLE remedy_platform.inbox (
    consumer     varchar(200) NOT NULL,
    event_id     varchar(255) NOT NULL,
    event_type   varchar(255),
    topic        varchar(249),
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency keys of creating POSTs, per tenant and caller, with the first result.
CREATE TABLE remedy_platform.idempotency_key (
    tenant       varchar(100) NOT NULL,
    principal    varchar(255) NOT NULL,
    idem_key     varchar(255) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    status       integer,
    location     text,
    body         text,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, principal, idem_key)
);
CREATE INDEX idempotency_key_created ON remedy_platform.idempotency_key (created_at);
