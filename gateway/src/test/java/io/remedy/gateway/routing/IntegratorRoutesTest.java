package io.remedy.gateway.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The integrators' paths: webhooks to notification, calendar feeds to booking, and a feed's own URL, the one path
 * outside {@code /api} that needs no token (its secret is in the path), rate-limited like any anonymous read.
 */
@QuarkusTest
class IntegratorRoutesTest {

    private String token;

    @BeforeEach
    void freshCaller() {
        StandIns.resetAll();
        token = TestTokens.issue("alex-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
    }

    @Test
    void webhooksGoToNotificationAndFeedsToBooking() {
        given().auth().oauth2(token).get("/api/v1/webhooks").then().statusCode(200)
                .body("service", equalTo("notification-service"));
        given().auth().oauth2(token).get("/api/v1/calendar/feeds").then().statusCode(200)
                .body("service", equalTo("booking-service"));
        given().get("/api/v1/webhooks").then().statusCode(401);
        given().get("/api/v1/calendar/feeds").then().statusCode(401);
    }

    @Test
    void aCalendarFeedIsFetchedWithoutATokenAndCounted() {
        given().get("/calendar/Qx7_kP-2mZ9vT4wLs8hN1cR6yB3dF5gJ0aE.ics").then().statusCode(200)
                .body("service", equalTo("booking-service"))
                .body("uri", equalTo("/calendar/Qx7_kP-2mZ9vT4wLs8hN1cR6yB3dF5gJ0aE.ics"))
                .header("RateLimit-Limit", notNullValue());
    }

    @Test
    void nothingElseOutsideApiReachesAService() {
        given().post("/calendar/Qx7_kP-2mZ9vT4wLs8hN1cR6yB3dF5gJ0aE.ics").then().statusCode(org.hamcrest.Matchers
                .not(equalTo(200)));
        given().get("/calendar/feeds").then().statusCode(404);
    }
}
