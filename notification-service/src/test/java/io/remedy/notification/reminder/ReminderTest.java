package io.remedy.notification.reminder;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.remedy.notification.Sms;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reminders in the database: computed in the location's zone, moved, dropped, and sent once when due. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class ReminderTest {

    /** Sunday 28 March 2027, 10:00 in London, the day the clocks go forward. */
    static final Instant SPRING_SUNDAY_TEN = Instant.parse("2027-03-28T09:00:00Z");

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

    private JsonPath reminders(String token, UUID sessionId) {
        return given().auth().oauth2(token).queryParam("sessionId", sessionId.toString())
                .get("/api/v1/notifications/reminders")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitReminders(UUID sessionId, List<String> statuses) {
        String staff = fixture.staff("receptionist");
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(staff).queryParam("sessionId", sessionId.toString())
                    .get("/api/v1/notifications/reminders");
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, found -> found != null && statuses.equals(found.getList("items.status")));
    }

    private SessionBooked book(Instant startsAt, String therapistUserId) {
        UUID clientId = fixture.client(Fixture.email("sam"), Fixture.phone(), null, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", startsAt, therapistUserId);
        fixture.publish(booked);
        return booked;
    }

    @Test
    void aBookingSchedulesTheChainsRemindersInTheLocationsTimeZone() {
        SessionBooked booked = book(SPRING_SUNDAY_TEN, null);

        JsonPath found = awaitReminders(booked.sessionId(), List.of("SCHEDULED", "SCHEDULED"));
        assertEquals(List.of("PT24H", "PT2H"), found.getList("items.offset"));
        assertEquals(List.of("2027-03-27T10:00:00Z", "2027-03-28T07:00:00Z"), found.getList("items.dueAt"),
                "10:00 London time the day before (23 real hours), and two hours before");
        assertEquals(null, found.getString("nextCursor"));
    }

    @Test
    void aRescheduleMovesTheRemindersAndACancellationDropsThem() {
        SessionBooked booked = book(SPRING_SUNDAY_TEN, null);
        awaitReminders(booked.sessionId(), List.of("SCHEDULED", "SCHEDULED"));

        Instant tuesdayFour = Instant.parse("2027-03-30T15:00:00Z");
        fixture.publish(new SessionRescheduled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(), 60,
                booked.clientId(), null,
                new SessionRescheduled.Slot(booked.therapistId(), booked.therapistName(), null, booked.roomId(),
                        booked.roomName(), booked.startsAt(), booked.endsAt()),
                new SessionRescheduled.Slot(booked.therapistId(), booked.therapistName(), null, booked.roomId(),
                        booked.roomName(), tuesdayFour, tuesdayFour.plus(60, ChronoUnit.MINUTES)),
                "reception", Instant.now()));
        String staff = fixture.staff("receptionist");
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(staff, booked.sessionId()).getList("items.dueAt"),
                due -> List.of("2027-03-29T15:00:00Z", "2027-03-30T13:00:00Z").equals(due));

        fixture.publish(new SessionCancelled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(),
                booked.therapistId(), booked.therapistName(), null, booked.roomId(), booked.clientId(), null,
                tuesdayFour, tuesdayFour.plus(60, ChronoUnit.MINUTES), SessionCancelled.Party.CLIENT, "client",
                "CLIENT_REQUEST", false, Instant.now()));
        awaitReminders(booked.sessionId(), List.of("DROPPED", "DROPPED"));
    }

    @Test
    void aDueReminderIsSentOnceAndOnePastAtBookingIsSkipped() {
        String phone = Fixture.phone();
        UUID clientId = fixture.client(null, phone, null, "en-GB");
        // starts in two hours and a few seconds: the 2 h reminder is due in seconds, the 24 h one has passed
        SessionBooked booked = fixture.booked(clientId, "Europe/London",
                Instant.now().plus(2, ChronoUnit.HOURS).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS), null);
        fixture.publish(booked);

        JsonPath sent = awaitReminders(booked.sessionId(), List.of("SKIPPED", "SENT"));
        String staff = fixture.staff("receptionist");
        JsonPath messages = await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(staff)
                        .queryParam("sessionId", booked.sessionId().toString())
                        .queryParam("kind", "SESSION_REMINDER")
                        .get("/api/v1/notifications/deliveries")
                        .then().statusCode(200).extract().jsonPath(),
                found -> List.of("SENT").equals(found.getList("items.status")));
        assertEquals(List.of("SMS"), messages.getList("items.channel"), "one reminder message: " + messages.prettify());
        // the booking confirmation went by text too (the client has no other address): one text each
        List<String> texts = Sms.to(phone).stream().map(text -> String.valueOf(text.get("body"))).toList();
        assertEquals(1, texts.stream().filter(text -> text.contains("reminder of your")).count(), texts.toString());
        assertEquals(messages.getString("items[0].providerId"), Sms.to(phone).stream()
                .filter(text -> String.valueOf(text.get("body")).contains("reminder of your"))
                .findFirst().orElseThrow().get("id"));
        assertEquals(1, sent.getList("items.sentAt").stream().filter(Objects::nonNull).count());
    }

    @Test
    void theSessionsClientAndTheStaffOfItsLocationMayReadItsReminders() {
        String userId = "client-" + UUID.randomUUID();
        UUID clientId = fixture.client(Fixture.email("sam"), null, userId, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", SPRING_SUNDAY_TEN, null);
        fixture.publish(booked);
        awaitReminders(booked.sessionId(), List.of("SCHEDULED", "SCHEDULED"));
        String path = "/api/v1/notifications/reminders";
        String session = booked.sessionId().toString();

        given().auth().oauth2(fixture.token(userId, List.of(), "client")).queryParam("sessionId", session)
                .get(path).then().statusCode(200);
        given().auth().oauth2(fixture.token("someone-else", List.of(), "client")).queryParam("sessionId", session)
                .get(path).then().statusCode(404);
        given().auth().oauth2(fixture.token("elsewhere", List.of("another-place"), "receptionist"))
                .queryParam("sessionId", session).get(path).then().statusCode(403);
        given().auth().oauth2(fixture.admin()).queryParam("sessionId", session).get(path).then().statusCode(200);
        given().auth().oauth2(new Fixture(json).admin()).queryParam("sessionId", session)
                .get(path).then().statusCode(404);
        given().queryParam("sessionId", session).get(path).then().statusCode(401);
        given().auth().oauth2(fixture.admin()).queryParam("sessionId", "not-a-uuid").get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("sessionId"));
        given().auth().oauth2(fixture.admin()).get(path).then().statusCode(400);
    }
}
