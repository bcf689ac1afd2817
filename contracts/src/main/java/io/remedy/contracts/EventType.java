package io.remedy.contracts;

import java.util.List;

/**
 * One event of the catalogue: everything producers, consumers, tests and docs need to agree on.
 *
 * @param type CloudEvents {@code type}, {@code remedy.<service>.<aggregate>.<event>.v<N>}
 * @param topic Kafka topic, one of {@link Topics#eventTopics()}
 * @param dataClass the record of the event's data
 * @param keyField the data field holding the aggregate id: record key and CloudEvents {@code subject}
 * @param producer the service that publishes it
 * @param consumers the services that consume it, and what happens there
 * @param summary what the event means, in one sentence
 * @param <T> the data type
 */
public record EventType<T extends IntegrationEvent>(
        String type,
        String topic,
        Class<T> dataClass,
        String keyField,
        Microservice producer,
        List<Subscriber> consumers,
        String summary) {

    /** Prefix of every schema's {@code $id}: {@code urn:remedy:schema:<type>}. */
    public static final String SCHEMA_ID_PREFIX = "urn:remedy:schema:";

    /** Consumers are never null and cannot be changed. */
    public EventType {
        consumers = List.copyOf(consumers);
    }

    /** Classpath resource of the event's JSON Schema (draft 2020-12). */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    /** Classpath resource of a realistic example of the event's data, for consumers' tests. */
    public String exampleResource() {
        return "examples/" + type + ".json";
    }

    /** The schema's {@code $id}; producers may send it as {@link CloudEventHeaders#DATA_SCHEMA}. */
    public String schemaId() {
        return SCHEMA_ID_PREFIX + type;
    }

    /** CloudEvents {@code source}: {@code /<service>} of the producer. */
    public String source() {
        return producer.source();
    }

    /** Where consumers park messages of this event they cannot handle. */
    public String deadLetterTopic() {
        return Topics.deadLetterOf(topic);
    }

    /** Whether the given service consumes this event. */
    public boolean isConsumedBy(Microservice service) {
        return consumers.stream().anyMatch(c -> c.service() == service);
    }

    /**
     * A service consuming an event.
     *
     * @param service the consuming service
     * @param reaction what happens there, in the clinic's words
     */
    public record Subscriber(Microservice service, String reaction) {
    }
}
