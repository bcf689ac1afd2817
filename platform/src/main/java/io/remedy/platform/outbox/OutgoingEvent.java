package io.remedy.platform.outbox;

import io.remedy.contracts.EventType;
import io.remedy.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event a service publishes through its outbox: a CloudEvent whose {@code data} is a record from
 * {@code io.remedy.contracts}, serialised with the application's ObjectMapper.
 *
 * @param id      CloudEvents id (unique; consumers de-duplicate on it)
 * @param topic   Kafka topic, from {@code io.remedy.contracts.Topics}
 * @param key     aggregate id: the Kafka record key, so one aggregate's events stay in order
 * @param type    e.g. {@code remedy.booking.session.booked.v1}
 * @param subject CloudEvents subject, normally the aggregate id
 * @param tenant  the chain the event belongs to ({@code ce_tenant})
 * @param time    when it happened
 * @param data    the event record; null only for a {@link #tombstone}
 */
public record OutgoingEvent(UUID id, String topic, String key, String type, String subject, String tenant,
                            Instant time, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(time, "time");
        if (data == null && !TOMBSTONE.equals(type)) {
            throw new NullPointerException("data");
        }
    }

    /** The {@code type} of a tombstone row: not an event, a Kafka record with a null value and no ce_* headers. */
    public static final String TOMBSTONE = "tombstone";

    /**
     * A tombstone for {@code key} on a compacted topic: once compacted, Kafka keeps nothing of that key. Append it
     * after the key's last event (e.g. after {@code client.erased}); consumers acknowledge it and do nothing.
     */
    public static OutgoingEvent tombstone(String topic, String key, String tenant) {
        return new OutgoingEvent(UUID.randomUUID(), topic, key, TOMBSTONE, key, tenant, Instant.now(), null);
    }

    /** Whether this is a {@link #tombstone}. */
    public boolean isTombstone() {
        return TOMBSTONE.equals(type);
    }

    /**
     * A new event from the contracts' catalogue, happening now, with a fresh id: type and topic from
     * {@link IntegrationEvent#eventType()}, key and subject from {@link IntegrationEvent#subject()}.
     */
    public static OutgoingEvent of(IntegrationEvent data, String tenant) {
        EventType<?> type = data.eventType();
        return new OutgoingEvent(UUID.randomUUID(), type.topic(), data.subject(), type.type(), data.subject(), tenant,
                Instant.now(), data);
    }

    /** A new event about aggregate {@code aggregateId} (key and subject), happening now, with a fresh id. */
    public static OutgoingEvent of(String topic, String type, String aggregateId, String tenant, Object data) {
        return new OutgoingEvent(UUID.randomUUID(), topic, aggregateId, type, aggregateId, tenant, Instant.now(), data);
    }
}
