package io.remedy.contracts;

/**
 * Headers that say why a message was parked on a dead-letter topic ({@link Topics#deadLetterOf(String)}); the original
 * key, value and {@code ce_*} headers are kept. The names are those SmallRye Reactive Messaging's Kafka dead-letter
 * strategy writes, so a hand-written dead-letter path and the built-in one look alike to operators.
 */
public final class DeadLetterHeaders {

    /** Message of the failure. */
    public static final String REASON = "dead-letter-reason";
    /** Message of the failure's root cause, if any. */
    public static final String CAUSE = "dead-letter-cause";
    /** Class name of the failure. */
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    /** Class name of the root cause, if any. */
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    /** The topic the message was read from. */
    public static final String TOPIC = "dead-letter-topic";
    /** The partition the message was read from. */
    public static final String PARTITION = "dead-letter-partition";
    /** The offset the message was read from. */
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
