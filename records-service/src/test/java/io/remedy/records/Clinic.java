package io.remedy.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestTokens;
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
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A clinic chain (tenant) of a test's own, as records learns it from booking's events: one location, a therapist
 * (Ana) and a client (Sam) with a login, plus tokens for everyone around them. Events are published on Kafka the
 * way booking publishes them; the helpers wait until records has taken them in.
 */
public final class Clinic implements AutoCloseable {

    public static final String BASE = "/api/v1/records";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public final String tenant = "t-" + UUID.randomUUID();
    public final UUID locationId = UUID.randomUUID();
    public final String locationCode = "norwich";
    public final String timeZone = "Europe/London";
    public final UUID therapistId = UUID.randomUUID();
    public final String therapistUser = "ana-" + UUID.randomUUID();
    public final UUID clientId = UUID.randomUUID();
    public final String clientUser = "sam-" + UUID.randomUUID();

    public final String therapist = TestTokens.issue(therapistUser, tenant, List.of(locationCode), "therapist");
    public final String client = TestTokens.issue(clientUser, tenant, List.of(), "client");
    public final String admin = TestTokens.issue("admin-" + UUID.randomUUID(), tenant, List.of("*"), "chain-admin");
    public final String manager = TestTokens.issue("manager-" + UUID.randomUUID(), tenant, List.of(locationCode),
            "branch-manager");
    public final String otherManager = TestTokens.issue("manager-" + UUID.randomUUID(), tenant, List.of("jupiter"),
            "branch-manager");
    public final String receptionist = TestTokens.issue("reception-" + UUID.randomUUID(), tenant,
            List.of(locationCode), "receptionist");
    public final String otherTherapist = TestTokens.issue("ben-" + UUID.randomUUID(), tenant, List.of(locationCode),
            "therapist");
    public final String otherClient = TestTokens.issue("lee-" + UUID.randomUUID(), tenant, List.of(), "client");
    public final String otherTenantAdmin = TestTokens.issue("admin-" + UUID.randomUUID(), "t-" + UUID.randomUUID(),
            List.of("*"), "chain-admin");

    private final TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers());

    /** A chain whose client is registered and has one session booked with Ana a week ahead. */
    public static Clinic withBookedClient() {
        Clinic clinic = new Clinic();
        clinic.registerClient();
        clinic.book(Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
        clinic.awaitTherapistReaches(clinic.clientId);
        clinic.awaitClientKnown();
        return clinic;
    }

    /** As {@link #withBookedClient()}, with the client's treatment consent given. */
    public static Clinic withConsentingClient() {
        Clinic clinic = withBookedClient();
        clinic.giveConsent("TREATMENT");
        return clinic;
    }

    /** A request as this token's holder, sending and accepting JSON. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** {@code /api/v1/records/clients/<client>/<part>}. */
    public String client(String part) {
        return BASE + "/clients/" + clientId + (part.isEmpty() ? "" : "/" + part);
    }

    public void registerClient() {
        publish(new ClientRegistered(clientId, clientUser, "Sam", "Patel", "sam@" + tenant + ".test",
                "+447700900123", "en-GB", locationId, Instant.now(), "reception", 0));
    }

    /** Books a session of the client with Ana at the given time; returns its id. */
    public UUID book(Instant startsAt) {
        return book(UUID.randomUUID(), clientId, clientUser, therapistId, therapistUser, startsAt);
    }

    public UUID book(UUID sessionId, UUID client, String clientLogin, UUID therapist, String therapistLogin,
                     Instant startsAt) {
        publish(new SessionBooked(sessionId, locationId, locationCode, "Norwich", timeZone, UUID.randomUUID(),
                "Remedial massage 60 min", 60, therapist, "Ana Costa", therapistLogin, UUID.randomUUID(), "Room 1",
                client, clientLogin, startsAt, startsAt.plus(60, ChronoUnit.MINUTES), null, "reception",
                Instant.now()));
        return sessionId;
    }

    public void complete(UUID sessionId, Instant startsAt, Instant completedAt) {
        publish(new SessionCompleted(sessionId, locationId, locationCode, "Norwich", timeZone, UUID.randomUUID(),
                "Remedial massage 60 min", therapistId, "Ana Costa", therapistUser, UUID.randomUUID(), clientId,
                clientUser, startsAt, startsAt.plus(60, ChronoUnit.MINUTES), null, startsAt, "reception",
                completedAt));
    }

    public void cancel(UUID sessionId, Instant startsAt) {
        publish(new SessionCancelled(sessionId, locationId, locationCode, "Norwich", timeZone, UUID.randomUUID(),
                "Remedial massage 60 min", therapistId, "Ana Costa", therapistUser, UUID.randomUUID(), clientId,
                clientUser, startsAt, startsAt.plus(60, ChronoUnit.MINUTES), SessionCancelled.Party.CLIENT,
                clientUser, "CLIENT_REQUEST", false, Instant.now()));
    }

    public void erase() {
        publish(new ClientErased(clientId, clientUser, Instant.now(), clientUser));
    }

    public void publish(IntegrationEvent event) {
        try {
            events.publish(event.eventType().topic(), event.eventType().type(), "/booking", event.subject(), tenant,
                    JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until records lets Ana open the client's record (the session event was taken in): first in the
     * database, so that the look through the API is not refused (a refusal is audited), then through the API.
     */
    public void awaitTherapistReaches(UUID client) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from known_session where tenant = ? and client_id = ? and therapist_user_id = ?",
                tenant, client, therapistUser) > 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(therapist)
                .get(BASE + "/clients/" + client + "/consents").statusCode() == 200);
    }

    /** Waits until records took in the client's registration (it comes on another topic than the session). */
    public void awaitClientKnown() {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from client_header where id = ? and given_name is not null", clientId) == 1);
    }

    /** Records the client's consent of this kind, given by the client in the app; returns its id. */
    public String giveConsent(String kind) {
        return as(client).body(Map.of("kind", kind, "textVersion", kind.toLowerCase() + "-2026-01"))
                .post(client("consents")).then().statusCode(201).extract().path("id");
    }

    /** The events published on a topic whose Kafka key is {@code key}, waiting for the first. */
    public List<String> published(String topic, String key) {
        List<String> values = new ArrayList<>();
        events.read(topic, r -> key.equals(r.key()), Duration.ofSeconds(30)).forEach(r -> values.add(r.value()));
        return values;
    }

    /** The test's Kafka side, to read what records published. */
    public TestEvents events() {
        return events;
    }

    /** A number from the records database (e.g. a count), for tests that check rows. */
    public static long count(String sql, Object... params) {
        try (Connection db = DriverManager.getConnection(LocalStackTestResource.jdbcUrl("records"),
                LocalStackTestResource.databaseUser(), LocalStackTestResource.databasePassword());
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
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
