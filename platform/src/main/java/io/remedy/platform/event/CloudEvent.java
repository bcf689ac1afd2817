package io.remedy.platform.event;

import java.time.Instant;

/**
 * An incoming event's CloudEvents envelope, read from the Kafka record's {@code ce_*} headers, with the record's
 * topic and key and the raw JSON data.
 */
public record CloudEvent(String id, String type, String source, String subject, String tenant, Instant time,
                         String topic, String key, String data) {
}
