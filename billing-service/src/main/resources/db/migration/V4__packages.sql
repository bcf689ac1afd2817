-- Packages: a chain's prepaid sessions (e.g. "6 x Deep tissue 60 min"), priced per currency; a client's package is
-- sold at a location (an invoice of its own, paid like any invoice) and consumed, one session at a time, when a session
-- of its service is completed, instead of invoicing that session.

-- what billing knows of a location from booking's session events: where a package is sold, in which currency
CREATE TABLE location_copy (
    tenant               text        NOT NULL,
    location_id          uuid        NOT NULL,
    location_code        text        NOT NULL,
    location_name        text        NOT NULL,
    location_address     text,
    time_zone            text        NOT NULL,
    -- the currency and tax rate (hundredths of a percent) of the location's last priced event; null before one
    currency             text        CHECK (currency ~ '^[A-Z]{3}$'),
    tax_rate_basis_points integer    CHECK (tax_rate_basis_points BETWEEN 0 AND 10000),
    updated_at           timestamptz NOT NULL,
    PRIMARY KEY (tenant, location_id)
);
-- locations of sessions known so far, with the currency and tax of their latest invoice
INSERT INTO location_copy (tenant, location_id, location_code, location_name, location_address, time_zone, currency,
                           tax_rate_basis_points, updated_at)
SELECT DISTINCT ON (s.tenant, s.location_id) s.tenant, s.location_id, s.location_code, s.location_name,
       s.location_address, s.time_zone,
       (SELECT i.currency FROM invoice i WHERE i.tenant = s.tenant AND i.location_id = s.location_id
        ORDER BY i.issued_at DESC LIMIT 1),
       (SELECT (l.tax_rate * 100)::integer FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
        WHERE i.tenant = s.tenant AND i.location_id = s.location_id ORDER BY i.issued_at DESC LIMIT 1),
       s.updated_at
FROM session_copy s
ORDER BY s.tenant, s.location_id, s.updated_at DESC;

-- an invoice may sell a package instead of charging a session: no session, no therapist
ALTER TABLE invoice DROP CONSTRAINT invoice_reason_check;
ALTER TABLE invoice ADD CONSTRAINT invoice_reason_check
    CHECK (reason IN ('SESSION', 'LATE_CANCELLATION', 'NO_SHOW', 'PACKAGE'));
ALTER TABLE invoice ALTER COLUMN session_id DROP NOT NULL;
ALTER TABLE invoice ALTER COLUMN therapist_id DROP NOT NULL;
ALTER TABLE invoice ADD CONSTRAINT invoice_session_or_package
    CHECK ((session_id IS NULL) = (reason = 'PACKAGE'));
-- the location's time zone as issued: reports count an invoice on the location's day, with or without a session
ALTER TABLE invoice ADD COLUMN time_zone text;
UPDATE invoice i SET time_zone = s.time_zone
FROM session_copy s WHERE s.tenant = i.tenant AND s.session_id = i.session_id;
ALTER TABLE invoice_line ALTER COLUMN therapist_id DROP NOT NULL;
ALTER TABLE invoice_line ALTER COLUMN therapist_name DROP NOT NULL;

-- what a chain sells: a number of sessions of one service, valid for some days after the sale
CREATE TABLE package_definition (
    id             uuid        PRIMARY KEY,
    tenant         text        NOT NULL,
    name           text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
    service_id     uuid        NOT NULL,
    session_count  integer     NOT NULL CHECK (session_count BETWEEN 1 AND 100),
    expiry_days    integer     NOT NULL CHECK (expiry_days BETWEEN 1 AND 3660),
    active         boolean     NOT NULL DEFAULT true,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    retired_at     timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT package_definition_name_unique UNIQUE (tenant, name)
);
CREATE INDEX package_definition_tenant_created ON package_definition (tenant, created_at DESC, id DESC);

-- its price in each currency it is sold in (a location sells it in the location's currency)
CREATE TABLE package_price (
    package_id   uuid    NOT NULL REFERENCES package_definition (id),
    currency     text    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    price_cents  integer NOT NULL CHECK (price_cents >= 0),
    PRIMARY KEY (package_id, currency)
);

-- a package a client holds: sold at a location, with its own invoice; sessions used out of sessions bought
CREATE TABLE client_package (
    id                uuid        PRIMARY KEY,
    tenant            text        NOT NULL,
    package_id        uuid        NOT NULL REFERENCES package_definition (id),
    name              text        NOT NULL,
    service_id        uuid        NOT NULL,
    client_id         uuid        NOT NULL,
    -- personal data: the client's login; removed on erasure
    client_user_id    text,
    location_id       uuid        NOT NULL,
    location_code     text        NOT NULL,
    invoice_id        uuid        NOT NULL REFERENCES invoice (id),
    sessions_total    integer     NOT NULL CHECK (sessions_total > 0),
    sessions_used     integer     NOT NULL DEFAULT 0,
    sold_by           text        NOT NULL,
    sold_at           timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT client_package_used CHECK (sessions_used BETWEEN 0 AND sessions_total)
);
CREATE INDEX client_package_holder ON client_package (tenant, client_id, service_id, expires_at);
CREATE INDEX client_package_tenant_sold ON client_package (tenant, sold_at DESC, id DESC);

-- each completed session a package paid for: at most one use per session, however often its completion arrives
CREATE TABLE package_use (
    tenant             text        NOT NULL,
    session_id         uuid        NOT NULL,
    client_package_id  uuid        NOT NULL REFERENCES client_package (id),
    location_id        uuid        NOT NULL,
    location_code      text        NOT NULL,
    used_at            timestamptz NOT NULL,
    PRIMARY KEY (tenant, session_id)
);
CREATE INDEX package_use_package ON package_use (client_package_id, used_at);
