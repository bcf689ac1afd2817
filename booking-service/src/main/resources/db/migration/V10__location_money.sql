-- Money belongs to a location: its currency (ISO 4217) and tax rate (percent, included in prices), its fees for late
-- cancellations and no-shows; a service's price per location; the price and currency a session was booked at; a
-- therapist's professional registration number (receipts name it).

-- A location's currency: existing ones take the currency most of their chain's services are priced in (GBP in a
-- chain without services), which is what their sessions were priced in so far.
ALTER TABLE location ADD COLUMN currency char(3);
UPDATE location l SET currency = coalesce(
    (SELECT b.currency FROM bookable_service b WHERE b.tenant = l.tenant
     GROUP BY b.currency ORDER BY count(*) DESC, b.currency LIMIT 1), 'GBP');
ALTER TABLE location ALTER COLUMN currency SET NOT NULL;
ALTER TABLE location ADD CONSTRAINT location_currency_iso CHECK (currency ~ '^[A-Z]{3}$');

-- percent as a decimal (20.00 = 20 %), included in the prices of the location
ALTER TABLE location ADD COLUMN tax_rate numeric(5, 2) NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 100);

-- The fee of a late cancellation and of a no-show: an amount (minor units of the location's currency) or a percent of
-- the session's booked price, or none (both null). Never both.
ALTER TABLE location ADD COLUMN late_cancellation_fee_cents integer CHECK (late_cancellation_fee_cents >= 0);
ALTER TABLE location ADD COLUMN late_cancellation_fee_percent numeric(5, 2)
    CHECK (late_cancellation_fee_percent BETWEEN 0 AND 100);
ALTER TABLE location ADD COLUMN no_show_fee_cents integer CHECK (no_show_fee_cents >= 0);
ALTER TABLE location ADD COLUMN no_show_fee_percent numeric(5, 2) CHECK (no_show_fee_percent BETWEEN 0 AND 100);
ALTER TABLE location ADD CONSTRAINT location_late_cancellation_fee_one
    CHECK (late_cancellation_fee_cents IS NULL OR late_cancellation_fee_percent IS NULL);
ALTER TABLE location ADD CONSTRAINT location_no_show_fee_one
    CHECK (no_show_fee_cents IS NULL OR no_show_fee_percent IS NULL);

-- A service's price at one location, in the currency the location had when it was set: a price in another currency
-- than the location's is not used (the location's currency changed since).
CREATE TABLE service_price (
    tenant       text        NOT NULL,
    service_id   uuid        NOT NULL REFERENCES bookable_service (id),
    location_id  uuid        NOT NULL REFERENCES location (id),
    price_cents  integer     NOT NULL CHECK (price_cents >= 0),
    currency     char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    PRIMARY KEY (service_id, location_id)
);
CREATE INDEX service_price_location ON service_price (location_id);

-- What a client pays for a service at a location: the location's own price, else the chain's price when it is in
-- the location's currency; no row when neither is (the service has no price there).
CREATE VIEW location_service_price AS
SELECT l.tenant, l.id AS location_id, b.id AS service_id,
       coalesce(p.price_cents, CASE WHEN b.currency = l.currency THEN b.price_cents END) AS price_cents,
       l.currency
FROM location l
JOIN bookable_service b ON b.tenant = l.tenant
LEFT JOIN service_price p ON p.service_id = b.id AND p.location_id = l.id AND p.currency = l.currency
WHERE p.price_cents IS NOT NULL OR b.currency = l.currency;

-- The price and currency a session was booked at; a later price change does not rewrite it. Sessions booked before
-- prices were kept take the price of their service at their location now.
ALTER TABLE session ADD COLUMN price_cents integer CHECK (price_cents >= 0);
ALTER TABLE session ADD COLUMN currency char(3) CHECK (currency ~ '^[A-Z]{3}$');
ALTER TABLE session ADD CONSTRAINT session_price_has_currency CHECK ((price_cents IS NULL) = (currency IS NULL));
UPDATE session s SET price_cents = p.price_cents, currency = p.currency
FROM location_service_price p
WHERE p.location_id = s.location_id AND p.service_id = s.service_id;

-- A therapist's professional registration (e.g. a register's membership number), as receipts for insurers name it
ALTER TABLE therapist ADD COLUMN registration_number text;
ALTER TABLE therapist ADD CONSTRAINT therapist_registration_number_length
    CHECK (char_length(registration_number) <= 100);
