-- billing-service: copies of what booking publishes (sessions, clients), invoices numbered per location and year
-- without gaps, their lines, payments and refunds, online payment links and the audit of reads of financial data.
-- Every row carries its tenant; every query is scoped by it. Amounts are integers in minor units (pence, cents).

-- booking's sessions as their events describe them: what an invoice is issued from
CREATE TABLE session_copy (
    tenant             text        NOT NULL,
    session_id         uuid        NOT NULL,
    location_id        uuid        NOT NULL,
    location_code      text        NOT NULL,
    location_name      text        NOT NULL,
    time_zone          text        NOT NULL,
    service_id         uuid        NOT NULL,
    service_name       text        NOT NULL,
    therapist_id       uuid        NOT NULL,
    therapist_name     text        NOT NULL,
    therapist_user_id  text,
    client_id          uuid        NOT NULL,
    client_user_id     text,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    price_cents        integer,
    currency           text,
    status             text        NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant, session_id)
);

-- the client's name an invoice is made out to; deleted on erasure
CREATE TABLE client_copy (
    tenant       text        NOT NULL,
    client_id    uuid        NOT NULL,
    user_id      text,
    given_name   text        NOT NULL,
    family_name  text        NOT NULL,
    version      bigint      NOT NULL,
    PRIMARY KEY (tenant, client_id)
);

-- the last number issued per location and year: locked by the issuing transaction, so numbers have no gaps
CREATE TABLE invoice_counter (
    tenant       text    NOT NULL,
    location_id  uuid    NOT NULL,
    year         integer NOT NULL,
    last_number  integer NOT NULL,
    PRIMARY KEY (tenant, location_id, year)
);

CREATE TABLE invoice (
    id                  uuid        PRIMARY KEY,
    tenant              text        NOT NULL,
    number              text        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    -- a credit note names the invoice it cancels
    credits_invoice_id  uuid        REFERENCES invoice (id),
    location_id         uuid        NOT NULL,
    location_code       text        NOT NULL,
    location_name       text        NOT NULL,
    session_id          uuid        NOT NULL,
    client_id           uuid        NOT NULL,
    -- personal data: the client's login and name; anonymised on erasure, the invoice itself is kept (tax law)
    client_user_id      text,
    bill_to             text,
    therapist_id        uuid        NOT NULL,
    therapist_user_id   text,
    status              text        NOT NULL CHECK (status IN ('ISSUED', 'PART_PAID', 'PAID', 'VOID')),
    currency            text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    net_cents           integer     NOT NULL,
    tax_cents           integer     NOT NULL,
    total_cents         integer     NOT NULL,
    paid_cents          integer     NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    refunded_cents      integer     NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0),
    issued_at           timestamptz NOT NULL,
    voided_at           timestamptz,
    client_erased_at    timestamptz,
    version             bigint      NOT NULL DEFAULT 0,
    CONSTRAINT invoice_number_unique UNIQUE (tenant, number)
);
-- one invoice per completed session, however often its completion is delivered
CREATE UNIQUE INDEX invoice_session_unique ON invoice (tenant, session_id) WHERE kind = 'INVOICE';
CREATE INDEX invoice_tenant_issued ON invoice (tenant, issued_at DESC, id DESC);
CREATE INDEX invoice_tenant_client ON invoice (tenant, client_id);

CREATE TABLE invoice_line (
    id              uuid    PRIMARY KEY,
    invoice_id      uuid    NOT NULL REFERENCES invoice (id),
    position        integer NOT NULL,
    service_id      uuid    NOT NULL,
    service_name    text    NOT NULL,
    therapist_id    uuid    NOT NULL,
    therapist_name  text    NOT NULL,
    service_date    date    NOT NULL,
    net_cents       integer NOT NULL,
    -- percent, as a decimal (20.00 = 20 %)
    tax_rate        numeric(5, 2) NOT NULL,
    tax_cents       integer NOT NULL,
    gross_cents     integer NOT NULL,
    UNIQUE (invoice_id, position)
);

CREATE TABLE payment (
    id                  uuid        PRIMARY KEY,
    tenant              text        NOT NULL,
    invoice_id          uuid        NOT NULL REFERENCES invoice (id),
    kind                text        NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND')),
    method              text        NOT NULL CHECK (method IN ('CARD_TERMINAL', 'CASH', 'ONLINE')),
    amount_cents        integer     NOT NULL CHECK (amount_cents > 0),
    currency            text        NOT NULL,
    -- a refund names the payment it returns
    refund_of           uuid        REFERENCES payment (id),
    -- the provider's checkout of an online payment: it pays once
    provider_reference  text,
    taken_by            text        NOT NULL,
    taken_at            timestamptz NOT NULL,
    CONSTRAINT payment_provider_reference_unique UNIQUE (tenant, provider_reference)
);
CREATE INDEX payment_invoice ON payment (invoice_id, taken_at);

-- a link to the provider's hosted page for one invoice
CREATE TABLE payment_link (
    id            uuid        PRIMARY KEY,
    tenant        text        NOT NULL,
    invoice_id    uuid        NOT NULL REFERENCES invoice (id),
    checkout_id   text        NOT NULL UNIQUE,
    url           text        NOT NULL,
    amount_cents  integer     NOT NULL CHECK (amount_cents > 0),
    currency      text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('OPEN', 'PAID', 'DECLINED')),
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    settled_at    timestamptz
);

-- every provider webhook processed, by its id: a replayed one changes nothing
CREATE TABLE provider_webhook (
    webhook_id   text        PRIMARY KEY,
    type         text        NOT NULL,
    checkout_id  text,
    received_at  timestamptz NOT NULL
);

-- who read or changed financial data of whom, when, from which location
CREATE TABLE financial_audit (
    id             uuid        PRIMARY KEY,
    tenant         text        NOT NULL,
    actor          text        NOT NULL,
    actor_role     text,
    action         text        NOT NULL,
    resource       text        NOT NULL,
    client_id      uuid,
    location_code  text,
    at             timestamptz NOT NULL
);
CREATE INDEX financial_audit_tenant_at ON financial_audit (tenant, at);
