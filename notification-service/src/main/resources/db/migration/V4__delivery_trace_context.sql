-- The W3C trace context of the event (or request) that asked for a message, so its sending, done later by a delivery
-- round, continues that trace. Null for scheduled messages (reminders, diaries), which start traces of their own.
ALTER TABLE delivery ADD COLUMN traceparent varchar(55);
ALTER TABLE delivery ADD COLUMN tracestate varchar(512);
