-- Private calendar feeds: a therapist's diary or a client's sessions as an .ics URL with a secret token. Only a hash
-- of the token is kept: whoever reads this table cannot follow a feed.

CREATE TABLE calendar_feed (
    id             uuid        PRIMARY KEY,
    tenant         text        NOT NULL,
    scope          text        NOT NULL CHECK (scope IN ('THERAPIST', 'CLIENT')),
    therapist_id   uuid,
    client_id      uuid,
    -- who made it (a feed is theirs to list and revoke)
    owner_user_id  text        NOT NULL,
    -- location codes the feed shows sessions at, comma-separated, or * for all (the maker's locations)
    locations      text        NOT NULL,
    -- SHA-256 of the token, hex
    token_hash     text        NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    CHECK ((scope = 'THERAPIST' AND therapist_id IS NOT NULL) OR (scope = 'CLIENT' AND client_id IS NOT NULL))
);
CREATE INDEX calendar_feed_owner ON calendar_feed (tenant, owner_user_id, created_at, id);
