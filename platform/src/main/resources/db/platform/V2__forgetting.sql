-- What the platform keeps must not outlive its purpose: stored idempotent responses expire and are forgotten with
-- what they created; sent outbox rows are purged after a retention period and a subject's rows on erasure; a
-- tombstone (Kafka record with a null value, deleting a key of a compacted topic) has no payload.

-- the id of the resource a stored response created, so an erasure can forget the response
ALTER TABLE remedy_platform.idempotency_key ADD COLUMN subject varchar(255);
-- set when the created resource was erased: the key stays (a retry must not create it again) but tells nothing
ALTER TABLE remedy_platform.idempotency_key ADD COLUMN erased_at timestamptz;
CREATE INDEX idempotency_key_subject ON remedy_platform.idempotency_key (tenant, subject) WHERE subject IS NOT NULL;

ALTER TABLE remedy_platform.outbox ALTER COLUMN payload DROP NOT NULL;
CREATE INDEX outbox_sent ON remedy_platform.outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_subject ON remedy_platform.outbox (tenant, subject);
