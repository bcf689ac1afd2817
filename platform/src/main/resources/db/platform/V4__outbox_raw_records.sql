-- A second kind of outbox row: a raw Kafka record (e.g. a dead letter replayed to its original topic), published as
-- it is, with the headers stored here (a JSON object, header name to text value) and no ce_* headers made. Null for
-- the CloudEvents and tombstones the other rows are. An empty aggregate_key stands for a record without a key.
ALTER TABLE remedy_platform.outbox ADD COLUMN record_headers text;
