-- The W3C trace context of the request that wrote an outbox row, so the relay (which publishes later, from a poll)
-- can continue that trace in the Kafka record it sends. Null for rows written outside a trace.
ALTER TABLE remedy_platform.outbox ADD COLUMN traceparent varchar(55);
ALTER TABLE remedy_platform.outbox ADD COLUMN tracestate varchar(512);
