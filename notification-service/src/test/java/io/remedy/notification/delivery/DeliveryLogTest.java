package io.remedy.notification.delivery;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees which messages in the delivery log; and that every endpoint wants a token. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class DeliveryLogTest {

    static final String PATH = "/api/v1/notifications/deliveries";

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

    private List<String> ids(String token) {
        return given().auth().oauth2(token).get(PATH).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void staffSeeTheirLocationsMessagesAndAClientTheirOwn() {
        String samUser = "sam-" + UUID.randomUUID();
        UUID sam = fixture.client(Fixture.email("sam"), null, samUser, "en-GB");
        SessionBooked booked = fixture.booked(sam, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        fixture.publish(booked);
        String receptionist = fixture.staff("receptionist");
        JsonPath log = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(receptionist)
                .get(PATH).then().statusCode(200).extract().jsonPath(),
                found -> found.getList("items.status").equals(List.of("SENT", "SENT")));
        assertEquals(List.of("BOOKING_CONFIRMATION", "BOOKING_CONFIRMATION"), log.getList("items.kind"));
        assertEquals(1, log.getList("items[0].attempts").size());
        assertEquals(1, log.getList("items[1].attempts").size());
        List<String> all = log.getList("items.id");

        assertEquals(all, ids(fixture.token(samUser, List.of(), "client")), "Sam sees the messages to Sam");
        assertEquals(all, ids(fixture.staff("therapist")));
        assertEquals(all, ids(fixture.admin()));
        assertEquals(List.of(), ids(fixture.token("lee-" + UUID.randomUUID(), List.of(), "client")));
        assertEquals(List.of(), ids(fixture.token("r", List.of("another-place"), "receptionist")));
        assertEquals(List.of(), ids(new Fixture(json).admin()));

        given().auth().oauth2(receptionist).queryParam("channel", "EMAIL").get(PATH).then().statusCode(200)
                .body("items.channel", equalTo(List.of("EMAIL")));
        given().auth().oauth2(receptionist).queryParam("status", "DEAD").get(PATH).then().statusCode(200)
                .body("items", equalTo(List.of()));
        given().auth().oauth2(receptionist).queryParam("channel", "PIGEON").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        given().auth().oauth2(receptionist).queryParam("sessionId", "x").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("sessionId"));
    }

    @Test
    void theApiIsDescribedForFrontEndDevelopers() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        for (String path : List.of("/api/v1/notifications/inbox", "/api/v1/notifications/inbox/{id}/read",
                "/api/v1/notifications/stream", "/api/v1/notifications/preferences",
                "/api/v1/notifications/deliveries", "/api/v1/notifications/reminders",
                "/api/v1/notifications/dead-letters", "/api/v1/notifications/dead-letters/{id}/replay",
                "/api/v1/notifications/reports", "/api/v1/notifications/settings")) {
            assertTrue(document.contains("\"" + path + "\""), path);
        }
        assertTrue(document.contains("\"jwt\""), "the bearer security scheme");
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /api/v1/notifications/inbox",
            "POST, /api/v1/notifications/inbox/" + "7b0d1c9e-1111-4e4e-9b9b-000000000001/read",
            "GET, /api/v1/notifications/stream",
            "GET, /api/v1/notifications/preferences",
            "PUT, /api/v1/notifications/preferences",
            "GET, /api/v1/notifications/deliveries",
            "GET, /api/v1/notifications/reminders?sessionId=7b0d1c9e-1111-4e4e-9b9b-000000000001",
            "GET, /api/v1/notifications/dead-letters",
            "POST, /api/v1/notifications/dead-letters/7b0d1c9e-1111-4e4e-9b9b-000000000001/replay",
            "GET, /api/v1/notifications/reports?from=2027-01-01&to=2027-01-31",
            "GET, /api/v1/notifications/settings",
            "PUT, /api/v1/notifications/settings"})
    void everyEndpointWantsAToken(String method, String path) {
        given().contentType("application/json").body("{}").request(method, path).then().statusCode(401);
    }
}
