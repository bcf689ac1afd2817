package io.remedy.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.notification.Fixture;
import io.remedy.notification.Sms;
import io.restassured.path.json.JsonPath;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text messages through the SMS provider's HTTP API, retried with backoff, parked and replayed. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class SmsDeliveryTest {

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
        // the provider's faults are global: let texts of earlier tests go out before injecting any
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) Fixture.rows("""
                select count(*) as n from delivery where channel = 'SMS' and status in ('PENDING', 'FAILED')
                  and coalesce(next_attempt_at, created_at) < now() + interval '1 minute'""").get(0).get("n"))
                .intValue() == 0);
        Sms.up();
    }

    @AfterEach
    void tearDown() {
        Sms.up();
        fixture.close();
    }

    /** A waitlist offer to a client reachable by text only: one SMS. */
    private WaitlistOffered offerTo(String phone) {
        UUID clientId = fixture.client(null, phone, null, "en-GB");
        WaitlistOffered offer = fixture.offer(clientId, null, Instant.now().plus(3, ChronoUnit.DAYS));
        fixture.publish(offer);
        return offer;
    }

    private JsonPath smsAbout(UUID offerId) {
        return given().auth().oauth2(fixture.staff("receptionist"))
                .queryParam("aboutId", offerId.toString())
                .queryParam("channel", "SMS")
                .get("/api/v1/notifications/deliveries")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonNode event(String type, String notificationId) {
        List<ConsumerRecord<String, String>> found;
        try (TestEvents reader = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            found = reader.read(Topics.DELIVERIES, r -> notificationId.equals(r.key())
                    && type.equals(TestEvents.header(r, "ce_type")), Duration.ofSeconds(20));
        }
        assertEquals(1, found.size(), "one " + type + " for " + notificationId);
        try {
            return new ObjectMapper().readTree(found.get(0).value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void providerAnswering500ThreeTimesThen200SendsOneTextAndLogsThreeFailedAttempts() {
        String phone = Fixture.phone();
        Sms.failNext(3, 500);
        WaitlistOffered offer = offerTo(phone);

        await().atMost(Duration.ofSeconds(30)).until(() -> Sms.to(phone).size() == 1);
        JsonPath sms = await().atMost(Duration.ofSeconds(10)).until(() -> smsAbout(offer.offerId()),
                found -> "SENT".equals(found.getString("items[0].status")));
        assertEquals(1, sms.getList("items").size());
        List<Map<String, Object>> attempts = sms.getList("items[0].attempts");
        assertEquals(4, attempts.size(), "three failures, then the text that went out: " + attempts);
        for (int i = 0; i < 3; i++) {
            assertEquals("FAILED", attempts.get(i).get("status"));
            assertEquals("PROVIDER_UNAVAILABLE", attempts.get(i).get("errorCode"));
            assertTrue(String.valueOf(attempts.get(i).get("error")).contains("500"), attempts.get(i).toString());
        }
        assertEquals("SENT", attempts.get(3).get("status"));
        assertEquals(Sms.to(phone).get(0).get("id"), attempts.get(3).get("providerId"));
        assertEquals(Sms.to(phone).get(0).get("id"), sms.getString("items[0].providerId"));
        assertTrue(String.valueOf(Sms.to(phone).get(0).get("body")).contains("Remedial massage 60 min"));

        String id = sms.getString("items[0].id");
        JsonNode delivered = event(EventCatalogue.NOTIFICATION_DELIVERED.type(), id);
        EventSchemas.assertValid(EventCatalogue.NOTIFICATION_DELIVERED, delivered.toString());
        assertEquals(4, delivered.get("attempts").asInt());
        assertEquals("SMS", delivered.get("channel").asText());
        assertEquals("WAITLIST_OFFER", delivered.get("kind").asText());
        assertEquals(fixture.locationId.toString(), delivered.get("locationId").asText());
        assertEquals("CLIENT", delivered.at("/recipient/kind").asText());
        assertEquals(1, Sms.to(phone).size(), "exactly one text");
    }

    @Test
    void providerDownForGoodParksADeadLetterThatOneReplaySendsOnce() {
        String phone = Fixture.phone();
        Sms.down();
        WaitlistOffered offer = offerTo(phone);

        JsonPath dead = await().atMost(Duration.ofSeconds(30)).until(() -> smsAbout(offer.offerId()),
                found -> "DEAD".equals(found.getString("items[0].status")));
        assertEquals(4, dead.getList("items[0].attempts").size(), "every try was made");
        assertEquals("PROVIDER_UNAVAILABLE", dead.getString("items[0].errorCode"));
        assertNotNull(dead.getString("items[0].deadAt"));
        String id = dead.getString("items[0].id");

        JsonNode failed = event(EventCatalogue.NOTIFICATION_FAILED.type(), id);
        EventSchemas.assertValid(EventCatalogue.NOTIFICATION_FAILED, failed.toString());
        assertEquals("PROVIDER_UNAVAILABLE", failed.get("errorCode").asText());
        assertEquals(4, failed.get("attempts").asInt());
        assertTrue(!failed.get("error").asText().contains(phone), "no address in the event");

        String admin = fixture.admin();
        JsonPath letters = given().auth().oauth2(admin).get("/api/v1/notifications/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(id), letters.getList("items.id"));
        assertEquals("DELIVERY", letters.getString("items[0].source"));
        assertEquals("SMS", letters.getString("items[0].channel"));
        assertEquals(true, letters.getBoolean("items[0].replayable"));

        given().auth().oauth2(fixture.staff("branch-manager"))
                .post("/api/v1/notifications/dead-letters/{id}/replay", id).then().statusCode(403);
        given().auth().oauth2(new Fixture(json).admin())
                .post("/api/v1/notifications/dead-letters/{id}/replay", id).then().statusCode(404);

        Sms.up();
        given().auth().oauth2(admin).post("/api/v1/notifications/dead-letters/{id}/replay", id)
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> Sms.to(phone).size() == 1);
        JsonPath sent = await().atMost(Duration.ofSeconds(10)).until(() -> smsAbout(offer.offerId()),
                found -> "SENT".equals(found.getString("items[0].status")));
        assertNotNull(sent.getString("items[0].replayedAt"));

        given().auth().oauth2(admin).post("/api/v1/notifications/dead-letters/{id}/replay", id)
                .then().statusCode(409);
        assertEquals(1, Sms.to(phone).size(), "the replay sent it once");
        assertEquals(List.of(), given().auth().oauth2(admin).get("/api/v1/notifications/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("items.id"), "nothing dead any more");
    }
}
