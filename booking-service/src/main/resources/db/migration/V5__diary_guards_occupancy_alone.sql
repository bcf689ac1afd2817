-- ---------------------------------------------------------------------------------------------------------------
-- The diary alone guards occupancy. A session row was guarded twice: by its own exclusion constraints (V1) and,
-- through the session_occupies trigger, by diary_block's (V3). Concurrent bookings took those locks in different
-- orders and PostgreSQL broke the cycles as deadlocks (40P01), which the API answered 500. Even one exclusion
-- constraint deadlocks under a race: it inserts first and checks after, so two inserters of clashing rows can each
-- wait for the other. So now:
--   1. session loses its own constraints: diary_block (sessions, room hires, waitlist holds) is the one guard;
--   2. every write to diary_block first takes a transaction-scoped advisory lock on each therapist, room and client
--      it names (old and new values), in one global order. Clashing writers queue on the lock, not in the index, so
--      the second one finds the first one's row committed and is refused (23P01 -> 409), never deadlocked;
--   3. the diary also keeps a client from being in two live sessions at once (diary_block_client_free).
-- ---------------------------------------------------------------------------------------------------------------

ALTER TABLE session DROP CONSTRAINT session_therapist_free, DROP CONSTRAINT session_room_free;

-- A session's block names its client; the client is busy for the treatment (starts_at..client_until = ends_at),
-- not for the therapist's buffer after it.
ALTER TABLE diary_block ADD COLUMN client_id uuid, ADD COLUMN client_until timestamptz;

-- Sessions booked before this migration. A client already double-booked keeps the earlier-booked session guarded;
-- the later one is left unguarded rather than failing the migration.
UPDATE diary_block b SET client_id = s.client_id, client_until = s.ends_at
FROM session s
WHERE b.kind = 'SESSION' AND b.source_id = s.id
  AND NOT EXISTS (SELECT 1 FROM session o
                  WHERE o.client_id = s.client_id AND o.id <> s.id
                    AND o.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')
                    AND tstzrange(o.starts_at, o.ends_at) && tstzrange(s.starts_at, s.ends_at)
                    AND (o.created_at, o.id) < (s.created_at, s.id));

ALTER TABLE diary_block
    ADD CONSTRAINT diary_block_client_span CHECK (client_id IS NULL OR client_until > starts_at),
    ADD CONSTRAINT diary_block_client_free EXCLUDE USING gist (
        client_id WITH =, tstzrange(starts_at, client_until) WITH &&
    ) WHERE (client_id IS NOT NULL);

-- Transaction-scoped locks on the therapists, rooms and clients named, in one order (by key), each once.
CREATE FUNCTION diary_block_lock(p_resources uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    k bigint;
BEGIN
    FOR k IN SELECT DISTINCT hashtextextended(r::text, 0) FROM unnest(p_resources) AS r WHERE r IS NOT NULL ORDER BY 1
    LOOP
        PERFORM pg_advisory_xact_lock(k);
    END LOOP;
END $$;

-- Puts (inserts or moves) the block of a source, after locking what it names now and what it named before.
CREATE FUNCTION diary_block_hold(p_source uuid, p_tenant text, p_location uuid, p_therapist uuid, p_room uuid,
                                 p_client uuid, p_starts timestamptz, p_until timestamptz,
                                 p_client_until timestamptz, p_kind text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM diary_block_lock(ARRAY[p_therapist, p_room, p_client]
        || coalesce((SELECT ARRAY[therapist_id, room_id, client_id] FROM diary_block WHERE source_id = p_source),
                    '{}'::uuid[]));
    INSERT INTO diary_block (source_id, tenant, location_id, therapist_id, room_id, client_id, starts_at, blocked_until,
                             client_until, kind)
    VALUES (p_source, p_tenant, p_location, p_therapist, p_room, p_client, p_starts, p_until, p_client_until, p_kind)
    ON CONFLICT (source_id) DO UPDATE SET location_id = EXCLUDED.location_id, therapist_id = EXCLUDED.therapist_id,
        room_id = EXCLUDED.room_id, client_id = EXCLUDED.client_id, starts_at = EXCLUDED.starts_at,
        blocked_until = EXCLUDED.blocked_until, client_until = EXCLUDED.client_until;
END $$;

-- Frees the block of a source, after locking what it names (a clashing writer must not wait on this delete inside
-- the index while this transaction waits for its lock).
CREATE FUNCTION diary_block_free(p_source uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM diary_block_lock((SELECT ARRAY[therapist_id, room_id, client_id] FROM diary_block
                              WHERE source_id = p_source));
    DELETE FROM diary_block WHERE source_id = p_source;
END $$;

CREATE OR REPLACE FUNCTION session_occupies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') THEN
        PERFORM diary_block_hold(NEW.id, NEW.tenant, NEW.location_id, NEW.therapist_id, NEW.room_id, NEW.client_id,
                                 NEW.starts_at, NEW.blocked_until, NEW.ends_at, 'SESSION');
    ELSE
        PERFORM diary_block_free(NEW.id);
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER session_occupies_on_update ON session;
CREATE TRIGGER session_occupies_on_update AFTER UPDATE ON session
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
        OR OLD.ends_at IS DISTINCT FROM NEW.ends_at OR OLD.blocked_until IS DISTINCT FROM NEW.blocked_until
        OR OLD.therapist_id IS DISTINCT FROM NEW.therapist_id OR OLD.room_id IS DISTINCT FROM NEW.room_id
        OR OLD.client_id IS DISTINCT FROM NEW.client_id)
    EXECUTE FUNCTION session_occupies();

CREATE OR REPLACE FUNCTION room_hire_occupies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'ACTIVE' THEN
        PERFORM diary_block_hold(NEW.id, NEW.tenant, NEW.location_id, NULL, NEW.room_id, NULL, NEW.starts_at,
                                 NEW.ends_at, NULL, 'ROOM_HIRE');
    ELSE
        PERFORM diary_block_free(NEW.id);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION waitlist_offer_holds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'OFFERED' THEN
        PERFORM diary_block_hold(NEW.id, NEW.tenant, NEW.location_id, NEW.therapist_id, NEW.room_id, NULL,
                                 NEW.starts_at, NEW.blocked_until, NULL, 'WAITLIST_HOLD');
    ELSE
        PERFORM diary_block_free(NEW.id);
    END IF;
    RETURN NULL;
END $$;

DROP FUNCTION diary_block_put(uuid, text, uuid, uuid, uuid, timestamptz, timestamptz, text);

-- Availability and the booking checks read only this view; it now names the client of a session too.
CREATE OR REPLACE VIEW diary_occupancy AS
SELECT tenant, location_id, therapist_id, room_id, starts_at, blocked_until, kind, source_id, client_id, client_until
FROM diary_block;
