package io.remedy.notification.deadletter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.DeadLetterHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records our consumers parked on a dead-letter topic: kept, listed for chain admins, replayed once. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class DeadLetterTopicTest {

    static final String PATH = "/api/v1/notifications/dead-letters";

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private JsonPath awaitLetters(String admin, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin).get(PATH)
                .then().statusCode(200).extract().jsonPath(), found -> found.getList("items").size() >= count);
    }

    @Test
    void aPoisonEventIsParkedAndListedForTheChainsAdmins() {
        String eventId = UUID.randomUUID().toString();
        fixture.events.publishRaw(Topics.SESSIONS, UUID.randomUUID().toString(), "{ this is not json",
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.TYPE, EventCatalogue.SESSION_BOOKED.type(),
                        CloudEventHeaders.SOURCE, "/booking", CloudEventHeaders.TENANT, fixture.tenant,
                        CloudEventHeaders.TIME, Instant.now().toString(), CloudEventHeaders.CONTENT_TYPE, "application/json"));

        String admin = fixture.admin();
        JsonPath letters = awaitLetters(admin, 1);
        assertEquals("EVENT", letters.getString("items[0].source"));
        assertEquals(eventId, letters.getString("items[0].eventId"));
        assertEquals(Topics.SESSIONS, letters.getString("items[0].topic"));
        assertEquals(EventCatalogue.SESSION_BOOKED.type(), letters.getString("items[0].eventType"));
        assertTrue(letters.getString("items[0].reason").contains("not valid JSON"), letters.prettify());

        assertEquals(List.of(), given().auth().oauth2(new Fixture(json).admin()).get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("items"), "another chain sees none");
        given().auth().oauth2(fixture.staff("branch-manager")).get(PATH).then().statusCode(403);
        given().auth().oauth2(fixture.token("sam", List.of(), "client")).get(PATH).then().statusCode(403);
        given().get(PATH).then().statusCode(401);
    }

    @Test
    void aReplayPublishesTheOriginalEventAgainOnce() {
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, null, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        String eventId = UUID.randomUUID().toString();
        // as the dead-letter strategy parks it: original key, value and ce_* headers, plus why and from where
        fixture.events.publishRaw(Topics.deadLetterOf(Topics.SESSIONS), booked.sessionId().toString(),
                fixture.write(booked), Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.TYPE, EventCatalogue.SESSION_BOOKED.type(),
                        CloudEventHeaders.SOURCE, "/booking", CloudEventHeaders.SUBJECT, booked.sessionId().toString(),
                        CloudEventHeaders.TENANT, fixture.tenant, CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json",
                        DeadLetterHeaders.REASON, "the database was away", DeadLetterHeaders.TOPIC, Topics.SESSIONS));

        String admin = fixture.admin();
        JsonPath letters = awaitLetters(admin, 1);
        String id = letters.getString("items[0].id");
        assertEquals("the database was away", letters.getString("items[0].reason"));
        assertEquals(true, letters.getBoolean("items[0].replayable"));

        given().auth().oauth2(fixture.staff("branch-manager")).post(PATH + "/{id}/replay", id).then().statusCode(403);
        given().auth().oauth2(new Fixture(json).admin()).post(PATH + "/{id}/replay", id).then().statusCode(404);
        given().auth().oauth2(admin).post(PATH + "/{id}/replay", id).then().statusCode(202);

        // replayed through the outbox: one row, written with the letter marked replayed, the original record in it
        List<Map<String, Object>> rows = Fixture.rows("select topic, aggregate_key, subject, record_headers"
                + " from remedy_platform.outbox where id = ?", UUID.fromString(id));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(Topics.SESSIONS, rows.get(0).get("topic"));
        assertEquals(booked.sessionId().toString(), rows.get(0).get("aggregate_key"));
        assertEquals(booked.sessionId().toString(), rows.get(0).get("subject"));
        String headers = String.valueOf(rows.get(0).get("record_headers"));
        assertTrue(headers.contains(eventId), headers);
        assertFalse(headers.contains("dead-letter-"), "the dead-letter path's own headers stay behind: " + headers);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.rows("select sent_at from remedy_platform.outbox"
                + " where id = ?", UUID.fromString(id)).get(0).get("sent_at") != null);

        var mails = await().atMost(Duration.ofSeconds(30)).until(() -> fixture.mailbox.messagesTo(email),
                found -> !found.isEmpty());
        assertEquals("Your session at Harbour Norwich is booked", mails.get(0).subject());
        given().auth().oauth2(admin).post(PATH + "/{id}/replay", id).then().statusCode(409);
        assertEquals(false, given().auth().oauth2(admin).get(PATH).then().statusCode(200).extract().jsonPath()
                .getBoolean("items[0].replayable"));
        assertEquals(1, fixture.mailbox.messagesTo(email).size());
        given().auth().oauth2(admin).post(PATH + "/{id}/replay", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anErasuresTombstoneOnTheClientTopicsTwinDropsTheParkedCopiesOfTheClient() {
        String clientId = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        Map<String, String> parked = Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.TYPE, EventCatalogue.CLIENT_REGISTERED.type(), CloudEventHeaders.SOURCE, "/booking",
                CloudEventHeaders.TENANT, fixture.tenant, CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, "application/json",
                DeadLetterHeaders.REASON, "the database was away", DeadLetterHeaders.TOPIC, Topics.CLIENTS);
        String dlq = Topics.deadLetterOf(Topics.CLIENTS);
        fixture.events.publishRaw(dlq, clientId, "{\"clientId\":\"" + clientId + "\",\"email\":\"ines@erased.test\"}",
                with(parked, CloudEventHeaders.ID, UUID.randomUUID().toString()));
        String keptEvent = UUID.randomUUID().toString();
        fixture.events.publishRaw(dlq, kept, "{\"clientId\":\"" + kept + "\",\"email\":\"kept@example.test\"}",
                with(parked, CloudEventHeaders.ID, keptEvent));
        String admin = fixture.admin();
        awaitLetters(admin, 2);

        // client.erased ends with a tombstone on the client topic and on its twin: key only, no value, no headers
        fixture.events.publishRaw(dlq, clientId, null, Map.of());

        JsonPath letters = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin).get(PATH)
                .then().statusCode(200).extract().jsonPath(), found -> found.getList("items").size() == 1);
        assertEquals(keptEvent, letters.getString("items[0].eventId"), letters.prettify());
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return all;
    }
}
