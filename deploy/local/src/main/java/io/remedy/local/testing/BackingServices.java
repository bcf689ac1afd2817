package io.remedy.local.testing;

import java.nio.file.Path;

/**
 * PostgreSQL, Kafka and Keycloak for tests, whichever way they run ({@link StackKind}): one instance of each per JVM,
 * started on first use and stopped when the JVM ends. Every method may be called again; what runs is reused.
 */
public interface BackingServices {

    /** The backing services of this JVM, of the kind chosen by {@code -Dremedy.stack}. */
    static BackingServices shared() {
        return of(StackKind.chosen());
    }

    static BackingServices of(StackKind kind) {
        return switch (kind) {
            case NATIVE -> new NativeBackingServices();
            case CONTAINERS -> new ContainerBackingServices();
        };
    }

    /** Starts PostgreSQL and Kafka (together, if neither runs) and makes sure these databases exist. */
    void startPostgresAndKafka(String... databases);

    String jdbcUrl(String database);

    /** The reactive client's URL: {@code postgresql://host:port/database}. */
    String reactiveUrl(String database);

    String databaseUser();

    String databasePassword();

    String kafkaBootstrapServers();

    /** Starts Keycloak with the realm imported from {@code realmFile} (realm {@code remedy}). */
    void startKeycloak(Path realmFile);

    /** {@code http://host:port/realms/remedy} */
    String keycloakRealmUrl();
}
