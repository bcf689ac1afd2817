package io.remedy.notification.diary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each therapist's diary of the day, from 07:00 in the location's own time zone, once. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class DailyDiaryTest {

    /** Wednesday 15 September 2027, 07:30 in London (summer time): 02:30 in New York. */
    static final Instant HALF_SEVEN_LONDON = Instant.parse("2027-09-15T06:30:00Z");

    @Inject
    ObjectMapper json;

    @Inject
    DailyDiary diary;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aDiaryIsDueFromItsLocalTimeInTheLocationsZone() {
        LocalTime seven = LocalTime.of(7, 0);
        assertTrue(DailyDiary.due(HALF_SEVEN_LONDON, ZoneId.of("Europe/London"), seven));
        assertFalse(DailyDiary.due(HALF_SEVEN_LONDON, ZoneId.of("America/New_York"), seven));
        assertFalse(DailyDiary.due(Instant.parse("2027-09-15T05:59:00Z"), ZoneId.of("Europe/London"), seven));
    }

    @Test
    void eachTherapistGetsTheirSessionsOfTheDayOnce() {
        String ana = "ana-" + UUID.randomUUID();
        String ben = "ben-" + UUID.randomUUID();
        UUID clientId = fixture.client(Fixture.email("sam"), null, null, "en-GB");
        SessionBooked morning = fixture.booked(clientId, "Europe/London", Instant.parse("2027-09-15T09:00:00Z"), ana);
        SessionBooked afternoon = fixture.booked(clientId, "Europe/London", Instant.parse("2027-09-15T13:00:00Z"), ana);
        SessionBooked bens = fixture.booked(clientId, "Europe/London", Instant.parse("2027-09-15T11:00:00Z"), ben);
        SessionBooked tomorrow = fixture.booked(clientId, "Europe/London", Instant.parse("2027-09-16T09:00:00Z"), ana);
        for (SessionBooked booked : List.of(morning, afternoon, bens, tomorrow)) {
            fixture.publish(booked);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.rows(
                "select count(*) as n from session_copy where tenant = ?", fixture.tenant).get(0).get("n")
                .equals(4L));

        assertTrue(diary.sendDue(HALF_SEVEN_LONDON).await().atMost(Duration.ofSeconds(30)) >= 2);
        assertEquals(0, diary.sendDue(HALF_SEVEN_LONDON.plusSeconds(600)).await().atMost(Duration.ofSeconds(30)),
                "a location's diary goes out once a day");

        String anaToken = fixture.token(ana, List.of(fixture.locationCode), "therapist");
        JsonPath inbox = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(anaToken)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath(),
                found -> !found.getList("items").isEmpty());
        assertEquals(List.of("DAILY_DIARY"), inbox.getList("items.kind"));
        String body = inbox.getString("items[0].body");
        assertTrue(body.contains("10:00") && body.contains("14:00"), "London times of both sessions: " + body);
        assertFalse(body.contains("12:00"), "not Ben's session");
        assertTrue(inbox.getString("items[0].subject").contains("Wednesday 15 September 2027"),
                inbox.getString("items[0].subject"));

        String benToken = fixture.token(ben, List.of(fixture.locationCode), "therapist");
        JsonPath bensInbox = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(benToken)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath(),
                found -> !found.getList("items").isEmpty());
        assertTrue(bensInbox.getString("items[0].body").contains("12:00"));
    }
}
