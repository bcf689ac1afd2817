package io.remedy.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestMailbox;
import io.remedy.local.testing.TestTokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own chain (tenant) and the ways a test talks to the service as the rest of the platform would: events on
 * Kafka, tokens, the mailbox, and a look at the rows.
 */
public final class Fixture implements AutoCloseable {

    public final String tenant = "t-" + UUID.randomUUID();
    public final UUID locationId = UUID.randomUUID();
    public final String locationCode = "loc-" + UUID.randomUUID().toString().substring(0, 8);
    public final TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers());
    public final TestMailbox mailbox = new TestMailbox("127.0.0.1", LocalStackTestResource.imapPort());
    private final ObjectMapper json;

    public Fixture(ObjectMapper json) {
        this.json = json;
    }

    /** A fresh e-mail address. */
    public static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@harbour.test";
    }

    /** A fresh mobile number in E.164 form. */
    public static String phone() {
        return "+4477" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** Publishes a contract event of this tenant with a fresh id; returns the id. */
    public String publish(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        publish(id, event);
        return id;
    }

    /** Publishes a contract event of this tenant with this id (the same id again is a redelivery). */
    public void publish(String id, IntegrationEvent event) {
        publishAs(tenant, id, event);
    }

    public void publishAs(String tenant, String id, IntegrationEvent event) {
        var type = event.eventType();
        events.publish(type.topic(), id, type.type(), type.source(), event.subject(), tenant, write(event));
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a client as booking would; returns the client id. */
    public UUID client(String email, String phone, String userId, String language) {
        UUID clientId = UUID.randomUUID();
        publish(new ClientRegistered(clientId, userId, "Sam", "Patel", email, phone, language, null, Instant.now(),
                "reception", 0));
        return clientId;
    }

    /** A booking at this fixture's location. */
    public SessionBooked booked(UUID clientId, String timeZone, Instant startsAt, String therapistUserId) {
        return new SessionBooked(UUID.randomUUID(), locationId, locationCode, "Harbour Norwich", timeZone,
                UUID.randomUUID(), "Remedial massage 60 min", 60, UUID.randomUUID(), "Ana Costa", therapistUserId,
                UUID.randomUUID(), "Room 1", clientId, null, startsAt, startsAt.plus(60, ChronoUnit.MINUTES), null,
                "reception", Instant.now());
    }

    /** A waitlist offer at this fixture's location, open for an hour. */
    public WaitlistOffered offer(UUID clientId, String clientUserId, Instant startsAt) {
        return new WaitlistOffered(UUID.randomUUID(), UUID.randomUUID(), clientId, clientUserId, locationId,
                locationCode, "Harbour Norwich", "Europe/London", UUID.randomUUID(), "Remedial massage 60 min", 60,
                UUID.randomUUID(), "Ana Costa", startsAt, startsAt.plus(60, ChronoUnit.MINUTES), UUID.randomUUID(),
                Instant.now(), Instant.now().plus(1, ChronoUnit.HOURS));
    }

    /** A token of this tenant. */
    public String token(String subject, List<String> locations, String... roles) {
        return TestTokens.issue(subject, tenant, locations, roles);
    }

    /** A chain admin of this tenant. */
    public String admin() {
        return token("admin-" + UUID.randomUUID(), List.of("*"), "chain-admin");
    }

    /** Staff with a role at this fixture's location. */
    public String staff(String role) {
        return token(role + "-" + UUID.randomUUID(), List.of(locationCode), role);
    }

    /** Rows of a query on the service's database, each as column name to value. */
    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(LocalStackTestResource.jdbcUrl("notification"),
                LocalStackTestResource.databaseUser(), LocalStackTestResource.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        events.close();
    }
}
