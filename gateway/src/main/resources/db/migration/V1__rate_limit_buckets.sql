-- Token buckets shared by every gateway replica (see gateway/README.md, "Rate limits").
-- UNLOGGED: no write-ahead log for state that is worth nothing after a crash (buckets then start full again).
-- No index besides the key, so that the per-call UPDATE stays a HOT update; the idle sweep scans the table.
CREATE UNLOGGED TABLE rate_limit_bucket (
    bucket_key  text             PRIMARY KEY,
    tokens      double precision NOT NULL,
    allowed     boolean          NOT NULL,
    updated_at  timestamptz      NOT NULL
) WITH (fillfactor = 70);
