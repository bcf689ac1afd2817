-- A new version of a consent of one kind supersedes the current one: one current consent per client and kind.
ALTER TABLE consent ADD COLUMN superseded_at timestamptz;
ALTER TABLE consent ADD COLUMN superseded_by uuid;

-- Consents given before this rule: of each client's current ones of a kind, the latest recorded stays current.
WITH ranked AS (
    SELECT id,
           first_value(id) OVER newest          AS latest_id,
           first_value(recorded_at) OVER newest AS latest_at,
           row_number() OVER newest             AS n
    FROM consent
    WHERE withdrawn_at IS NULL
    WINDOW newest AS (PARTITION BY tenant, client_id, kind ORDER BY recorded_at DESC, given_at DESC, id DESC)
)
UPDATE consent c
SET superseded_at = r.latest_at, superseded_by = r.latest_id, version = c.version + 1
FROM ranked r
WHERE c.id = r.id AND r.n > 1;

-- The guard that holds whatever the application does (two versions given at once: one wins).
CREATE UNIQUE INDEX consent_one_current ON consent (tenant, client_id, kind)
    WHERE withdrawn_at IS NULL AND superseded_at IS NULL;

-- The audit trail names the actor as their sign-in did (name) and the role they acted in, beside their login id.
-- Refused requests are recorded too (action REFUSED).
ALTER TABLE clinical_audit ADD COLUMN actor_name text;
ALTER TABLE clinical_audit ADD COLUMN actor_role text;
