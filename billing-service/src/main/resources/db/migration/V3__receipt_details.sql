-- What a receipt names beyond the invoice itself: the clinic (the chain's name as its receipts are issued), the
-- location's postal address, and a short reference of the client that accountants and insurers can read
-- (C-000042, per chain) instead of a raw id.

-- the chain's name (and tax registration, when it has one) as receipts print it; set by a chain admin
CREATE TABLE billing_settings (
    tenant                   text        PRIMARY KEY,
    clinic_name              text        NOT NULL CHECK (char_length(clinic_name) BETWEEN 1 AND 120),
    tax_registration_number  text        CHECK (char_length(tax_registration_number) <= 40),
    updated_by               text        NOT NULL,
    updated_at               timestamptz NOT NULL,
    version                  bigint      NOT NULL
);

-- the location's address as booking's session events name it
ALTER TABLE session_copy ADD COLUMN location_address text;

-- as issued: the address of the location, the client's reference
ALTER TABLE invoice ADD COLUMN location_address text;
ALTER TABLE invoice ADD COLUMN client_reference text;

-- one reference per client of a chain, numbered in the order billing first needed it; kept after erasure (it is as
-- pseudonymous as the client id it stands for)
CREATE TABLE client_reference (
    tenant     text    NOT NULL,
    client_id  uuid    NOT NULL,
    number     integer NOT NULL CHECK (number > 0),
    reference  text    NOT NULL,
    PRIMARY KEY (tenant, client_id),
    CONSTRAINT client_reference_unique UNIQUE (tenant, reference)
);

-- the last reference number of each chain: locked and advanced by the transaction that gives out the next one
CREATE TABLE client_reference_counter (
    tenant       text    PRIMARY KEY,
    last_number  integer NOT NULL
);

-- clients invoiced so far get their references in the order of their first invoice
INSERT INTO client_reference (tenant, client_id, number, reference)
SELECT tenant, client_id, n, 'C-' || lpad(n::text, 6, '0')
FROM (SELECT tenant, client_id,
             row_number() OVER (PARTITION BY tenant ORDER BY min(issued_at), client_id)::integer AS n
      FROM invoice GROUP BY tenant, client_id) first_invoiced;
INSERT INTO client_reference_counter (tenant, last_number)
SELECT tenant, max(number) FROM client_reference GROUP BY tenant;
UPDATE invoice i SET client_reference = r.reference
FROM client_reference r WHERE r.tenant = i.tenant AND r.client_id = i.client_id;
