package io.remedy.contracts;

import java.util.List;
import java.util.stream.Stream;

/**
 * The Kafka topics of the platform. One topic per aggregate kind, keyed by aggregate id, so the events of one
 * aggregate stay in order; each topic has a dead-letter twin {@code <topic>.dlq}.
 */
public final class Topics {

    /** {@code client.registered / .updated / .erased} from booking-service. */
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

    /** Suffix of a topic's dead-letter twin. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** Partitions of every event topic: enough for a few consumer replicas per group. */
    public static final int PARTITIONS = 6;

    /** A topic to create, with its partition count. */
    public record TopicSpec(String name, int partitions) {
    }

    private Topics() {
    }

    /** Every event topic, without the dead-letter twins. */
    public static List<String> eventTopics() {
        return List.of(CLIENTS, SESSIONS, WAITLIST, PLANS, ASSESSMENTS, RED_FLAGS, NOTES, DELIVERIES);
    }

    /** The dead-letter twin of a topic. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every topic the platform needs, dead-letter twins included (one partition each: they are read by operators). */
    public static List<TopicSpec> all() {
        return eventTopics().stream()
                .flatMap(t -> Stream.of(new TopicSpec(t, PARTITIONS), new TopicSpec(deadLetterOf(t), 1)))
                .toList();
    }
}
