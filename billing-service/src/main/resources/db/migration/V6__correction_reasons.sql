-- Why money was given back or an invoice voided, as a code (never free text: no personal data in accounts):
-- a refund's reason on its payment row, a void's on the voided invoice. Null for those made before, or without one.
ALTER TABLE payment ADD COLUMN reason text
    CHECK (reason IN ('CLIENT_REQUEST', 'OVERCHARGED', 'SESSION_NOT_GIVEN', 'DUPLICATE_PAYMENT', 'OTHER'));
ALTER TABLE invoice ADD COLUMN void_reason text
    CHECK (void_reason IN ('ISSUED_IN_ERROR', 'SESSION_NOT_GIVEN', 'GOODWILL', 'OTHER'));
