-- What an invoice charges for: the session given, or the fee of a late cancellation or a no-show by the location's
-- policy (booking's events carry the fee). Still one invoice per session: a session is completed, cancelled or missed.
ALTER TABLE invoice ADD COLUMN reason text NOT NULL DEFAULT 'SESSION'
    CHECK (reason IN ('SESSION', 'LATE_CANCELLATION', 'NO_SHOW'));

-- The therapist's professional registration number, as the session's completion names it: receipts for insurers
-- print it. Kept on the line, as issued.
ALTER TABLE invoice_line ADD COLUMN therapist_registration_number text;
