package io.remedy.local;

/** The platform's Quarkus applications (five services and the console): module directory, database (if any), default port. */
public enum PlatformService {
    BOOKING("booking-service", "booking", 8081),
    RECORDS("records-service", "records", 8082),
    NOTIFICATION("notification-service", "notification", 8083),
    BILLING("billing-service", "billing", 8084),
    GATEWAY("gateway", "gateway", 8080),
    /** The web console: no database; it calls only the gateway, signing its users in with Keycloak. */
    CONSOLE("console", null, 8090);

    private final String module;
    private final String database;
    private final int defaultPort;

    PlatformService(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** The module directory, also the component name. */
    public String module() {
        return module;
    }

    /** The service's own database (the gateway's holds its shared rate-limit buckets), or null if it has none. */
    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
