-- Everything that occupies a therapist or a room, in one place: availability reads this view, never the tables
-- behind it, so that what can block a diary (sessions, room hires, waitlist holds…) can grow without changing it.
CREATE VIEW diary_occupancy AS
SELECT tenant, location_id, therapist_id, room_id, starts_at, blocked_until, 'SESSION'::text AS kind, id AS source_id
FROM session
WHERE status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED');
