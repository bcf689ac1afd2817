-- Overdue notes in the report: notes still due or in draft, per location, of sessions starting in a range. Signed
-- notes are nearly all of them (a year of a 20-branch chain: 880 thousand), and no index led from the location and the
-- session's start to the few open ones, so the report read the signed ones too. This partial index holds only the
-- open notes.
CREATE INDEX session_note_open_location_start ON session_note (tenant, location_id, session_starts_at)
    WHERE status IN ('DUE', 'DRAFT');
