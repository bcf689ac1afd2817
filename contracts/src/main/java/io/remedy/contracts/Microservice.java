package io.remedy.contracts;

/** A service that publishes or consumes events; its short name is the {@code <service>} of types and sources. */
public enum Microservice {
    /** booking-service: locations, clients, sessions, availability, waitlist. */
    BOOKING("booking"),
    /** records-service: intake, red flags, assessments, treatment plans, session notes. */
    RECORDS("records"),
    /** notification-service: messages to clients and staff, and their delivery log. */
    NOTIFICATION("notification"),
    /** billing-service: invoices, payments and refunds per location. */
    BILLING("billing");

    private final String shortName;

    Microservice(String shortName) {
        this.shortName = shortName;
    }

    /** The {@code <service>} segment of the event types it publishes, e.g. {@code booking}. */
    public String shortName() {
        return shortName;
    }

    /** The CloudEvents {@code source} of the events it publishes: {@code /<service>}, e.g. {@code /booking}. */
    public String source() {
        return "/" + shortName;
    }

    /** The Maven module and application name, e.g. {@code booking-service}; also its Kafka consumer group. */
    public String applicationName() {
        return shortName + "-service";
    }
}
