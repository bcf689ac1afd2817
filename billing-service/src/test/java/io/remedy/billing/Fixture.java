package io.remedy.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A test's own chain (tenant) with one location, and the ways a test talks to billing as the rest of the platform
 * would: booking's events on Kafka, tokens of each role, and a look at the rows.
 */
public final class Fixture implements AutoCloseable {

    public static final String DATABASE = "billing";

    public final String tenant = "t-" + UUID.randomUUID();
    public final UUID locationId = UUID.randomUUID();
    public final String locationCode;
    public final UUID serviceId = UUID.randomUUID();
    public final UUID therapistId = UUID.randomUUID();
    public final String therapistUserId = "therapist-" + UUID.randomUUID();
    public final String receptionUserId = "reception-" + UUID.randomUUID();
    public final TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers());
    private final ObjectMapper json;

    public Fixture(ObjectMapper json) {
        this(json, "loc-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public Fixture(ObjectMapper json, String locationCode) {
        this.json = json;
        this.locationCode = locationCode;
    }

    /** A client of this chain, registered as booking would; {@code userId} is their login. */
    public record Client(UUID id, String userId) {
    }

    public Client client(String givenName, String familyName) {
        Client client = new Client(UUID.randomUUID(), "client-" + UUID.randomUUID());
        publish(new ClientRegistered(client.id(), client.userId(), givenName, familyName, null, null, "en-GB",
                locationId, Instant.now(), client.userId(), 0));
        // as in the clinic, a client is known well before their first session is completed
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM client_copy WHERE tenant = ?"
                + " AND client_id = ?::uuid", tenant, client.id().toString()) == 1);
        return client;
    }

    /** A session of the client completed at this location, at a price, as booking publishes it. */
    public SessionCompleted completed(Client client, int priceCents, String currency) {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return new SessionCompleted(UUID.randomUUID(), locationId, locationCode, "Harbour " + locationCode,
                "Europe/London", serviceId, "Remedial massage 60 min", therapistId, "Ana Costa", therapistUserId,
                UUID.randomUUID(), client.id(), client.userId(), start, start.plus(1, ChronoUnit.HOURS), null, start,
                receptionUserId, start.plus(62, ChronoUnit.MINUTES), priceCents, currency);
    }

    /** Publishes a contract event of this tenant with a fresh id; returns the id. */
    public String publish(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        publish(id, event);
        return id;
    }

    /** Publishes a contract event of this tenant with this id (the same id again is a redelivery). */
    public void publish(String id, IntegrationEvent event) {
        var type = event.eventType();
        events.publish(type.topic(), id, type.type(), type.source(), event.subject(), tenant, write(event));
    }

    /** Completes a session and waits for its invoice; returns the invoice's id. */
    public UUID invoiced(Client client, int priceCents, String currency) {
        SessionCompleted session = completed(client, priceCents, currency);
        publish(session);
        return awaitInvoiceOf(session.sessionId());
    }

    public UUID awaitInvoiceOf(UUID sessionId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> invoiceOf(sessionId), id -> id != null);
    }

    public UUID invoiceOf(UUID sessionId) {
        List<String> ids = strings("SELECT id::text FROM invoice WHERE tenant = ? AND session_id = ?::uuid"
                + " AND kind = 'INVOICE'", tenant, sessionId.toString());
        return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
    }

    // --- tokens

    public String admin() {
        return TestTokens.issue("admin-" + tenant, tenant, List.of("*"), "chain-admin");
    }

    public String reception() {
        return TestTokens.issue(receptionUserId, tenant, List.of(locationCode), "receptionist");
    }

    public String receptionElsewhere() {
        return TestTokens.issue("reception-elsewhere-" + tenant, tenant, List.of("elsewhere"), "receptionist");
    }

    public String therapist() {
        return TestTokens.issue(therapistUserId, tenant, List.of(locationCode), "therapist");
    }

    public String otherTherapist() {
        return TestTokens.issue("therapist-other-" + tenant, tenant, List.of(locationCode), "therapist");
    }

    public String clientToken(Client client) {
        return TestTokens.issue(client.userId(), tenant, List.of(), "client");
    }

    public String otherTenantAdmin() {
        return TestTokens.issue("admin-other", "other-" + tenant, List.of("*"), "chain-admin");
    }

    /** A request as the token's user, with JSON. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- rows

    public static long count(String sql, Object... args) {
        return Long.parseLong(strings(sql, args).get(0));
    }

    /** Changes rows as time would (e.g. a package bought long ago); returns how many. */
    public static int execute(String sql, Object... args) {
        try (Connection connection = DriverManager.getConnection(LocalStackTestResource.jdbcUrl(DATABASE),
                LocalStackTestResource.databaseUser(), LocalStackTestResource.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> strings(String sql, Object... args) {
        try (Connection connection = DriverManager.getConnection(LocalStackTestResource.jdbcUrl(DATABASE),
                LocalStackTestResource.databaseUser(), LocalStackTestResource.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        events.close();
    }
}
