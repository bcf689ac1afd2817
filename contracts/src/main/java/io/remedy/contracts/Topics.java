package io.remedy.contracts;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Kafka topics of the platform. One topic per aggregate kind, keyed by aggregate id, so the events of one
 * aggregate stay in order; each topic has a dead-letter twin {@code <topic>.dlq}.
 */
public final class Topics {

    /** {@code client.registered / .updated / .erased} from booking-service; compacted, tombstone on erasure. */
    public static final String CLIENTS = "remedy.booking.clients";
    /** {@code session.*} from booking-service. */
    public static final String SESSIONS = "remedy.booking.sessions";
    /** Waitlist offers from booking-service. */
    public static final String WAITLIST = "remedy.booking.waitlist";
    /** {@code plan.updated} from records-service. */
    public static final String PLANS = "remedy.records.plans";
    /** {@code assessment.recorded} from records-service. */
    public static final String ASSESSMENTS = "remedy.records.assessments";
    /** {@code red-flag.raised / .cleared} from records-service. */
    public static final String RED_FLAGS = "remedy.records.red-flags";
    /** Session-note events (e.g. overdue notes) from records-service. */
    public static final String NOTES = "remedy.records.notes";
    /** {@code notification.delivered / .failed} from notification-service. */
    public static final String DELIVERIES = "remedy.notification.deliveries";

    /** {@code invoice.issued}, {@code payment.received / .refunded} from billing-service, keyed by invoice. */
    public static final String INVOICES = "remedy.billing.invoices";

    /** Suffix of a topic's dead-letter twin. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** Partitions of every event topic: enough for a few consumer replicas per group. */
    public static final int PARTITIONS = 6;

    /**
     * Topic settings of a topic that carries personal data (the contact projection): compacted, so only each
     * key's latest record stays, and an erasure's tombstone (null value) leaves nothing of the key once compacted.
     * Segments roll daily so compaction reaches an erased key within days, not weeks; a tombstone itself is kept a
     * day, long enough for every consumer group to see it.
     */
    public static final Map<String, String> COMPACTED = Map.of(
            "cleanup.policy", "compact",
            "segment.ms", "86400000",
            "delete.retention.ms", "86400000");

    /** A topic to create, with its partition count and topic-level settings (e.g. {@link #COMPACTED}). */
    public record TopicSpec(String name, int partitions, Map<String, String> configs) {

        public TopicSpec {
            configs = Map.copyOf(configs);
        }

        /** A topic with the broker's default settings. */
        public TopicSpec(String name, int partitions) {
            this(name, partitions, Map.of());
        }
    }

    private Topics() {
    }

    /** Every event topic, without the dead-letter twins. */
    public static List<String> eventTopics() {
        return List.of(CLIENTS, SESSIONS, WAITLIST, PLANS, ASSESSMENTS, RED_FLAGS, NOTES, DELIVERIES, INVOICES);
    }

    /** The dead-letter twin of a topic. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /**
     * Topic-level settings of a topic: the client topic and its dead-letter twin (a parked client event carries the
     * same contact data, keyed by the same client id) are {@link #COMPACTED}, the others default.
     */
    public static Map<String, String> configsOf(String topic) {
        return CLIENTS.equals(topic) || deadLetterOf(CLIENTS).equals(topic) ? COMPACTED : Map.of();
    }

    /** Every topic the platform needs, dead-letter twins included (one partition each: they are read by operators). */
    public static List<TopicSpec> all() {
        return eventTopics().stream()
                .flatMap(t -> Stream.of(new TopicSpec(t, PARTITIONS, configsOf(t)),
                        new TopicSpec(deadLetterOf(t), 1, configsOf(deadLetterOf(t)))))
                .toList();
    }
}
