package io.remedy.local.testing;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The backing services as Testcontainers ({@code -Dremedy.stack=containers}, needs Docker). The test module must
 * bring {@code org.testcontainers:testcontainers-postgresql}, {@code testcontainers-kafka} and, for Keycloak,
 * {@code com.github.dasniko:testcontainers-keycloak}. Containers are started once per JVM (their addresses shared
 * like {@link SharedStack}'s) and removed by Testcontainers when the JVM ends.
 */
final class ContainerBackingServices implements BackingServices {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
    private static final String USER = "remedy";
    private static final String PASSWORD = "remedy";

    @Override
    public void startPostgresAndKafka(String... databases) {
        synchronized (System.getProperties()) {
            if (SharedStack.setting("containers.postgres") == null) {
                PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                        .withDatabaseName("postgres").withUsername(USER).withPassword(PASSWORD);
                postgres.start();
                SharedStack.setting("containers.postgres", postgres.getHost() + ":" + postgres.getMappedPort(5432));
            }
            if (SharedStack.setting("containers.kafka") == null) {
                KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
                kafka.start();
                SharedStack.setting("containers.kafka", kafka.getBootstrapServers());
            }
        }
        for (String database : databases) {
            createDatabase(database);
        }
    }

    private void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
                if (found.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + address("containers.postgres") + "/" + database;
    }

    @Override
    public String reactiveUrl(String database) {
        return "postgresql://" + address("containers.postgres") + "/" + database;
    }

    @Override
    public String databaseUser() {
        return USER;
    }

    @Override
    public String databasePassword() {
        return PASSWORD;
    }

    @Override
    public String kafkaBootstrapServers() {
        return address("containers.kafka");
    }

    @Override
    public void startKeycloak(Path realmFile) {
        synchronized (System.getProperties()) {
            if (SharedStack.setting("containers.keycloak") == null) {
                KeycloakContainer keycloak = new KeycloakContainer(KEYCLOAK_IMAGE)
                        .withCopyFileToContainer(MountableFile.forHostPath(realmFile),
                                "/opt/keycloak/data/import/remedy-realm.json")
                        .withCustomCommand("--import-realm");
                keycloak.start();
                SharedStack.setting("containers.keycloak", keycloak.getAuthServerUrl() + "/realms/remedy");
            }
        }
    }

    @Override
    public String keycloakRealmUrl() {
        return address("containers.keycloak");
    }

    private static String address(String setting) {
        String address = SharedStack.setting(setting);
        if (address == null) {
            throw new IllegalStateException(setting.substring("containers.".length()) + " container was not started");
        }
        return address;
    }
}
