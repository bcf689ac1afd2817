package io.remedy.notification.report;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Delivery figures per location, as the gateway's branch report reads them. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class ReportTest {

    static final String PATH = "/api/v1/notifications/reports";

    @Inject
    ObjectMapper json;

    private Fixture fixture;
    private String today;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
        today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void bookAndAwaitTheConfirmation() {
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, "sam-" + UUID.randomUUID(), "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        fixture.publish(booked);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.mailbox.messagesTo(email), found -> !found.isEmpty());
    }

    @Test
    void messagesSentTodayAreCountedPerChannelWithTheMedianTimeToDelivery() {
        bookAndAwaitTheConfirmation();
        String admin = fixture.admin();
        JsonPath report = await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(admin)
                .queryParam("from", today).queryParam("to", today)
                .get(PATH).then().statusCode(200).extract().jsonPath(),
                found -> found.getInt("locations[0].sent.IN_APP") == 1);
        assertEquals(today, report.getString("from"));
        assertEquals(List.of(fixture.locationId.toString()), report.getList("locations.locationId"));
        assertEquals(1, report.getInt("locations[0].sent.EMAIL"));
        assertEquals(0, report.getInt("locations[0].sent.SMS"));
        assertEquals(0, report.getInt("locations[0].failed"));
        assertEquals(0, report.getInt("locations[0].deadLetters"));
        Float median = report.get("locations[0].medianSecondsToDelivery");
        assertNotNull(median);
        assertTrue(median >= 0, "seconds from the event to the channel's acceptance: " + median);

        JsonPath yesterday = given().auth().oauth2(admin)
                .queryParam("from", LocalDate.parse(today).minusDays(1).toString())
                .queryParam("to", LocalDate.parse(today).minusDays(1).toString())
                .get(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals(0, yesterday.getInt("locations[0].sent.EMAIL"), "a known location without activity: zeros");
        assertNull(yesterday.get("locations[0].medianSecondsToDelivery"));
    }

    @Test
    void branchManagersSeeTheirLocationsOnlyAndOthersNone() {
        bookAndAwaitTheConfirmation();
        given().auth().oauth2(fixture.staff("branch-manager")).queryParam("from", today).queryParam("to", today)
                .get(PATH).then().statusCode(200)
                .body("locations.locationId", equalTo(List.of(fixture.locationId.toString())));
        String elsewhere = fixture.token("m", List.of("another-place"), "branch-manager");
        given().auth().oauth2(elsewhere).queryParam("from", today).queryParam("to", today)
                .get(PATH).then().statusCode(200).body("locations", equalTo(List.of()));
        given().auth().oauth2(elsewhere).queryParam("from", today).queryParam("to", today)
                .queryParam("locationId", fixture.locationId.toString())
                .get(PATH).then().statusCode(403);
        for (String role : List.of("receptionist", "therapist")) {
            given().auth().oauth2(fixture.staff(role)).queryParam("from", today).queryParam("to", today)
                    .get(PATH).then().statusCode(403);
        }
        given().auth().oauth2(fixture.token("sam", List.of(), "client")).queryParam("from", today)
                .queryParam("to", today).get(PATH).then().statusCode(403);
        given().auth().oauth2(new Fixture(json).admin()).queryParam("from", today).queryParam("to", today)
                .get(PATH).then().statusCode(200).body("locations", equalTo(List.of()));
        given().queryParam("from", today).queryParam("to", today).get(PATH).then().statusCode(401);
    }

    @Test
    void badDatesAreA400NamingTheField() {
        String admin = fixture.admin();
        given().auth().oauth2(admin).queryParam("to", today).get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(admin).queryParam("from", "yesterday").queryParam("to", today).get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(admin).queryParam("from", today).queryParam("to", "2020-01-01").get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(admin).queryParam("from", "2024-01-01").queryParam("to", "2025-01-02").get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(admin).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .queryParam("locationId", "nope").get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("locationId"));
    }
}
