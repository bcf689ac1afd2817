package io.remedy.gateway.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A failing service is left alone for a while (503 + Retry-After at once), then probed, then used again. */
@QuarkusTest
class CircuitBreakingTest {

    private String token;

    @BeforeEach
    void freshCaller() {
        StandIns.resetAll();
        token = TestTokens.issue("ana-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("norwich"), "therapist");
    }

    @Test
    void opensAfterRepeatedFailuresAnswersAtOnceWhileOpenAndClosesWhenTheServiceRecovered() {
        StandIns notification = StandIns.notification();
        notification.on(null, "/api/v1/notifications").status(503).body("busy").add();

        // three attempts (one call, two retries), three failures: the threshold of this test profile
        given().auth().oauth2(token).get("/api/v1/notifications/inbox").then().statusCode(503);
        assertEquals(3, notification.requestsTo("/api/v1/notifications").size());

        given().auth().oauth2(token).get("/api/v1/notifications/inbox").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://remedy.io/problems/unavailable"))
                .body("detail", equalTo("notification-service is unavailable; the gateway lets it recover before "
                        + "calling it again"));
        assertEquals(3, notification.requestsTo("/api/v1/notifications").size(), "the open circuit let a call through");

        notification.reset();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(token).get("/api/v1/notifications/inbox").statusCode() == 200);
        given().auth().oauth2(token).get("/api/v1/notifications/preferences").then().statusCode(200);
    }
}
