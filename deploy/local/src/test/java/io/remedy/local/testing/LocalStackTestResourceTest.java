package io.remedy.local.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.remedy.contracts.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** The resource as a module's tests see it: configuration for Quarkus, one stack per JVM, however often it starts. */
class LocalStackTestResourceTest {

    @Test
    void givesQuarkusTheConfigurationOfOneSharedStack() throws Exception {
        LocalStackTestResource first = new LocalStackTestResource();
        first.init(Map.of("database", "booking", "mail", "true", "sms", "true"));
        Map<String, String> config = first.start();

        assertTrue(config.get("quarkus.datasource.jdbc.url").matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/booking"), config.toString());
        assertEquals(config.get("quarkus.datasource.jdbc.url").substring("jdbc:".length()), config.get("quarkus.datasource.reactive.url"));
        assertEquals(LocalStackTestResource.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(TestTokens.publicKey(), config.get("quarkus.oidc.public-key"));
        assertEquals(TestTokens.ISSUER, config.get("quarkus.oidc.token.issuer"));
        assertEquals(String.valueOf(LocalStackTestResource.smtpPort()), config.get("quarkus.mailer.port"));
        assertEquals("false", config.get("quarkus.mailer.mock"));
        assertEquals(LocalStackTestResource.smsUrl(), config.get("remedy.sms.url"));
        assertFalse(config.containsKey("quarkus.oidc.auth-server-url"));

        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT 1")) {
            assertTrue(result.next());
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("kafka.bootstrap.servers")))) {
            assertTrue(admin.listTopics().names().get().contains("remedy.booking.sessions"));
        }
        HttpResponse<Void> sms = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        config.get("remedy.sms.url") + "/v1/messages"))
                .header("Authorization", "Bearer " + config.get("remedy.sms.token")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, sms.statusCode());

        LocalStackTestResource second = new LocalStackTestResource();
        second.init(Map.of("database", "records"));
        Map<String, String> again = second.start();
        assertEquals(config.get("kafka.bootstrap.servers"), again.get("kafka.bootstrap.servers"));
        assertEquals(config.get("quarkus.datasource.jdbc.url").replace("/booking", "/records"), again.get("quarkus.datasource.jdbc.url"));
        try (Connection connection = DriverManager.getConnection(LocalStackTestResource.jdbcUrl("records"),
                LocalStackTestResource.databaseUser(), LocalStackTestResource.databasePassword())) {
            assertTrue(connection.isValid(2));
        }
    }

    @Test
    void theClientTopicIsCompactedSoAnErasuresTombstoneLeavesNothing() throws Exception {
        LocalStackTestResource resource = new LocalStackTestResource();
        resource.init(Map.of("database", "booking"));
        Map<String, String> config = resource.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("kafka.bootstrap.servers")))) {
            ConfigResource clients = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CLIENTS);
            ConfigResource sessions = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SESSIONS);
            // a parked client event carries the same contact data: its dead-letter twin is compacted too
            ConfigResource parked = new ConfigResource(ConfigResource.Type.TOPIC, Topics.deadLetterOf(Topics.CLIENTS));
            Map<ConfigResource, Config> described =
                    admin.describeConfigs(List.of(clients, sessions, parked)).all().get();
            assertEquals("compact", described.get(clients).get("cleanup.policy").value());
            assertEquals("compact", described.get(parked).get("cleanup.policy").value());
            assertEquals("delete", described.get(sessions).get("cleanup.policy").value());
        }
    }
}
