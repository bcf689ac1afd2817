package io.remedy.contracts;

/**
 * The data of an event a service publishes to other services; the envelope (id, type, source, time, tenant) travels
 * in the CloudEvents headers ({@link CloudEventHeaders}), never in the data.
 */
public interface IntegrationEvent {

    /** The aggregate id: CloudEvents {@code subject} and Kafka record key, so the events of one aggregate stay in order. */
    String subject();

    /** This event's catalogue entry: type, topic, schema, producer and consumers. */
    default EventType<?> eventType() {
        return EventCatalogue.of(getClass());
    }
}
