package io.remedy.notification.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preferences at work: quiet hours defer, urgent clinical alerts override them, opt-outs hold except for legal notices. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class QuietHoursAndUrgencyTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

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

    /** Quiet from an hour ago until an hour from now, in Tokyo; returns when the quiet period ends. */
    private Instant quietNow(String token) {
        ZonedDateTime now = Instant.now().atZone(TOKYO).truncatedTo(ChronoUnit.MINUTES);
        LocalTime start = now.minusHours(1).toLocalTime();
        LocalTime end = now.plusHours(1).toLocalTime();
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"quietHours\": {\"start\": \"" + start + "\", \"end\": \"" + end + "\"},"
                        + " \"timeZone\": \"Asia/Tokyo\"}")
                .put("/api/v1/notifications/preferences").then().statusCode(200);
        return now.plusHours(1).toInstant();
    }

    private JsonPath deliveriesAbout(String token, UUID aboutId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                .queryParam("aboutId", aboutId.toString())
                .get("/api/v1/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath(), found -> found.getList("items").size() >= count);
    }

    @Test
    void inQuietHoursAClientsMessagesWaitUntilTheEnd() {
        String userId = "sam-" + UUID.randomUUID();
        String sam = fixture.token(userId, List.of(), "client");
        Instant end = quietNow(sam);
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, userId, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        fixture.publish(booked);

        JsonPath waiting = deliveriesAbout(sam, booked.sessionId(), 2);
        assertEquals(List.of("PENDING", "PENDING"), waiting.getList("items.status"));
        assertEquals(List.of(end.toString(), end.toString()), waiting.getList("items.notBefore"),
                "deferred to the end of the quiet period");
        assertEquals(List.of(), given().auth().oauth2(sam).get("/api/v1/notifications/inbox")
                .then().statusCode(200).extract().jsonPath().getList("items"), "nothing arrived yet");
        assertEquals(List.of(), fixture.mailbox.messagesTo(email));
    }

    @Test
    void anUrgentRedFlagReachesATherapistAtOnceDespiteQuietHoursAndOptOuts() {
        String therapistId = "ana-" + UUID.randomUUID();
        String ana = fixture.token(therapistId, List.of(fixture.locationCode), "therapist");
        Instant end = quietNow(ana);
        given().auth().oauth2(ana).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"quietHours\": {\"start\": \"" + LocalTime.ofInstant(end.minus(2, ChronoUnit.HOURS), TOKYO)
                        + "\", \"end\": \"" + LocalTime.ofInstant(end, TOKYO) + "\"}, \"timeZone\": \"Asia/Tokyo\","
                        + " \"optOuts\": [\"RED_FLAG_ALERT\", \"RED_FLAG_CLEARED\"],"
                        + " \"channels\": {\"RED_FLAG_ALERT\": []}}")
                .put("/api/v1/notifications/preferences").then().statusCode(200);

        RedFlagRaised urgent = redFlag(therapistId, RedFlagRaised.Severity.URGENT);
        fixture.publish(urgent);
        JsonPath inbox = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ana)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath(),
                found -> !found.getList("items").isEmpty());
        assertEquals("RED_FLAG_ALERT", inbox.getString("items[0].kind"));
        assertTrue(inbox.getBoolean("items[0].urgent"));
        String body = inbox.getString("items[0].body") + inbox.getString("items[0].subject");
        assertTrue(body.contains("SADDLE_NUMBNESS") && body.contains("URGENT"), body);

        // the same kind of alert, not urgent, waits for the end of the quiet period
        RedFlagRaised refer = redFlag(therapistId, RedFlagRaised.Severity.REFER);
        fixture.publish(refer);
        JsonPath waiting = deliveriesAbout(fixture.staff("branch-manager"), refer.redFlagId(), 2);
        JsonPath toAna = JsonPath.from(waiting.prettify());
        List<String> statuses = toAna.getList("items.findAll { it.recipient.userId == '" + therapistId + "' }.status");
        assertEquals(List.of("PENDING"), statuses, "in-app to Ana waits; " + waiting.prettify());
        List<String> toManagers = toAna.getList("items.findAll { it.recipient.kind == 'ROLE' }.status");
        assertEquals(1, toManagers.size(), "the branch managers hear of it too");
    }

    @Test
    void anOptOutIsHonouredButACancellationIsStillSent() {
        String userId = "sam-" + UUID.randomUUID();
        String sam = fixture.token(userId, List.of(), "client");
        given().auth().oauth2(sam).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"optOuts\": [\"BOOKING_CONFIRMATION\", \"SESSION_CANCELLED\"]}")
                .put("/api/v1/notifications/preferences").then().statusCode(200);
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, userId, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        fixture.publish(booked);
        fixture.publish(new SessionCancelled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(),
                booked.therapistId(), booked.therapistName(), null, booked.roomId(), clientId, userId,
                booked.startsAt(), booked.endsAt(), SessionCancelled.Party.CLINIC, "reception",
                "THERAPIST_UNAVAILABLE", false, Instant.now()));

        var mails = await().atMost(Duration.ofSeconds(30)).until(() -> fixture.mailbox.messagesTo(email),
                found -> !found.isEmpty());
        assertEquals(1, mails.size());
        assertEquals("Your session at Harbour Norwich is cancelled", mails.get(0).subject());
        assertTrue(mails.get(0).text().contains("we had to cancel"), mails.get(0).text());
        assertEquals(List.of("SESSION_CANCELLED", "SESSION_CANCELLED"), deliveriesAbout(sam, booked.sessionId(), 2)
                .getList("items.kind"), "no confirmation was written, the cancellation on e-mail and in-app");
    }

    @Test
    void aSessionCancelledInQuietHoursDropsItsQueuedConfirmation() {
        String userId = "sam-" + UUID.randomUUID();
        String sam = fixture.token(userId, List.of(), "client");
        quietNow(sam);
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, userId, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        fixture.publish(booked);
        assertEquals(List.of("PENDING", "PENDING"), deliveriesAbout(sam, booked.sessionId(), 2)
                .getList("items.status"), "the confirmation waits for the end of the quiet hours");

        fixture.publish(new SessionCancelled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(),
                booked.therapistId(), booked.therapistName(), null, booked.roomId(), clientId, userId,
                booked.startsAt(), booked.endsAt(), SessionCancelled.Party.CLIENT, userId,
                "CLIENT_REQUEST", false, Instant.now()));

        JsonPath after = deliveriesAbout(sam, booked.sessionId(), 4);
        assertEquals(List.of("CANCELLED", "CANCELLED"),
                after.getList("items.findAll { it.kind == 'BOOKING_CONFIRMATION' }.status"),
                "the queued confirmation of a cancelled session never goes out: " + after.prettify());
        assertEquals(List.of("PENDING", "PENDING"),
                after.getList("items.findAll { it.kind == 'SESSION_CANCELLED' }.status"),
                "the cancellation itself waits for the end of the quiet hours");
    }

    @Test
    void aSessionMovedInQuietHoursDropsItsQueuedConfirmationForTheChangeNotice() {
        String userId = "sam-" + UUID.randomUUID();
        String sam = fixture.token(userId, List.of(), "client");
        quietNow(sam);
        UUID clientId = fixture.client(Fixture.email("sam"), null, userId, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        fixture.publish(booked);
        deliveriesAbout(sam, booked.sessionId(), 2);

        Instant later = booked.startsAt().plus(2, ChronoUnit.DAYS);
        fixture.publish(new SessionRescheduled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(), 60, clientId,
                userId, new SessionRescheduled.Slot(booked.therapistId(), "Ana Costa", null, booked.roomId(),
                        "Room 1", booked.startsAt(), booked.endsAt()),
                new SessionRescheduled.Slot(booked.therapistId(), "Ana Costa", null, booked.roomId(), "Room 1",
                        later, later.plus(60, ChronoUnit.MINUTES)),
                "reception", Instant.now()));

        JsonPath after = deliveriesAbout(sam, booked.sessionId(), 4);
        assertEquals(List.of("CANCELLED", "CANCELLED"),
                after.getList("items.findAll { it.kind == 'BOOKING_CONFIRMATION' }.status"), after.prettify());
        assertEquals(List.of("PENDING", "PENDING"),
                after.getList("items.findAll { it.kind == 'SESSION_CHANGED' }.status"), after.prettify());
    }

    private RedFlagRaised redFlag(String therapistUserId, RedFlagRaised.Severity severity) {
        return new RedFlagRaised(UUID.randomUUID(), UUID.randomUUID(), fixture.locationId, fixture.locationCode,
                UUID.randomUUID(), therapistUserId, null,
                List.of(RedFlagRaised.Finding.SADDLE_NUMBNESS, RedFlagRaised.Finding.BLADDER_DYSFUNCTION), severity,
                therapistUserId, Instant.now());
    }
}
