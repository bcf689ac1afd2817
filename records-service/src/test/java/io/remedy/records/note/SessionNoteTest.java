package io.remedy.records.note;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestTokens;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "records"))
class SessionNoteTest {

    @Inject
    ObjectMapper json;

    private TestEvents events;
    private final String tenant = "t-" + UUID.randomUUID();
    private final String therapistUser = "therapist-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers());
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    private SessionBooked booked(UUID sessionId) {
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return new SessionBooked(sessionId, UUID.randomUUID(), "norwich", "Norwich", "Europe/London",
                UUID.randomUUID(), "Remedial massage 60 min", 60, UUID.randomUUID(), "Ana Costa", therapistUser,
                UUID.randomUUID(), "Room 1", UUID.randomUUID(), null, start, start.plus(60, ChronoUnit.MINUTES),
                null, "reception", Instant.now());
    }

    private String publish(String eventId, SessionBooked booked) throws Exception {
        events.publish(Topics.SESSIONS, eventId, EventCatalogue.SESSION_BOOKED.type(), "/booking",
                booked.sessionId().toString(), tenant, json.writeValueAsString(booked));
        return eventId;
    }

    private String therapist() {
        return TestTokens.issue(therapistUser, tenant, List.of("norwich"), "therapist");
    }

    @Test
    void bookedSessionOpensADueNoteForItsTherapist() throws Exception {
        UUID sessionId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), booked(sessionId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(therapist())
                .get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("DUE"))
                .body("items[0].sessionId", equalTo(sessionId.toString()))
                .body("nextCursor", nullValue()));
    }

    @Test
    void theSameEventDeliveredFiveTimesOpensOneNote() throws Exception {
        UUID sessionId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        SessionBooked event = booked(sessionId);
        for (int i = 0; i < 5; i++) {
            publish(eventId, event);
        }
        // a later event on the same key is processed after the duplicates: when it is seen, they were too
        UUID marker = UUID.randomUUID();
        events.publish(Topics.SESSIONS, UUID.randomUUID().toString(), EventCatalogue.SESSION_BOOKED.type(),
                "/booking", sessionId.toString(), tenant, json.writeValueAsString(booked(marker)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(therapist())
                .get("/api/v1/records/sessions/" + marker + "/notes").then().statusCode(200).body("items.size()", equalTo(1)));
        given().auth().oauth2(therapist()).get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void receptionistsAndClientsNeverReadNotesAndOtherChainsSeeNone() throws Exception {
        UUID sessionId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), booked(sessionId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(therapist())
                .get("/api/v1/records/sessions/" + sessionId + "/notes").then().body("items.size()", equalTo(1)));

        given().auth().oauth2(TestTokens.issue("rita", tenant, List.of("norwich"), "receptionist"))
                .get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.issue("sam", tenant, List.of(), "client"))
                .get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.issue("other-therapist", tenant, List.of("norwich"), "therapist"))
                .get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.issue("admin", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin"))
                .get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(TestTokens.issue("admin", tenant, List.of("*"), "chain-admin"))
                .get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndLaterEventsAreStillProcessed() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        events.publishRaw(Topics.SESSIONS, poisonKey, "{not json", Map.of("ce_id", poisonKey,
                "ce_type", EventCatalogue.SESSION_BOOKED.type(), "ce_tenant", tenant));
        UUID sessionId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), booked(sessionId));

        List<ConsumerRecord<String, String>> dead = events.read(Topics.deadLetterOf(Topics.SESSIONS),
                r -> poisonKey.equals(r.key()), Duration.ofSeconds(60));
        assertEquals(1, dead.size());
        assertNotNull(TestEvents.header(dead.get(0), "dead-letter-reason"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(therapist())
                .get("/api/v1/records/sessions/" + sessionId + "/notes").then().statusCode(200).body("items.size()", equalTo(1)));
    }
}
