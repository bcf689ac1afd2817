-- Clinic rules of the diary and who may change clients.

-- Unique constraints are named <table>_<column>_unique, so a duplicate is answered as a 409 naming the field
-- (the platform's database problem mapping reads the column from the name).
ALTER TABLE therapist RENAME CONSTRAINT therapist_user_unique TO therapist_user_id_unique;
ALTER TABLE client RENAME CONSTRAINT client_user_unique TO client_user_id_unique;

-- Check-in opens this many minutes before a session's start at the location (completion and no-show only from the
-- start itself).
ALTER TABLE location ADD COLUMN check_in_opens_minutes_before integer NOT NULL DEFAULT 30
    CHECK (check_in_opens_minutes_before BETWEEN 0 AND 1440);

-- A series proposes only what can be booked: a date that cannot is UNAVAILABLE with the reason (the field to blame
-- and why); a date the client is already booked at is BOOKED (with that session), never proposed again.
ALTER TABLE proposed_session DROP CONSTRAINT proposed_session_status_check;
ALTER TABLE proposed_session ADD CONSTRAINT proposed_session_status_check
    CHECK (status IN ('PROPOSED', 'BOOKED', 'WITHDRAWN', 'UNAVAILABLE'));
ALTER TABLE proposed_session ADD COLUMN reason_field text;
ALTER TABLE proposed_session ADD COLUMN reason text;
