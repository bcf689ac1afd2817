package io.remedy.gateway.edge;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browsers may call the API from the configured front-end origins only (this profile: https://app.remedy.test). */
@QuarkusTest
class CorsTest {

    private static final String FRONT_END = "https://app.remedy.test";

    @TestHTTPResource("/")
    URL gateway;

    @BeforeEach
    void reset() {
        StandIns.resetAll();
    }

    @Test
    void answersAPreflightFromTheFrontEndForTheApisHeaders() {
        given().header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,x-request-id")
                .options("/api/v1/sessions/5/reschedule")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PUT"))
                .header("Access-Control-Allow-Headers", allOf(containsStringIgnoringCase("Authorization"),
                        containsStringIgnoringCase("Content-Type"), containsStringIgnoringCase("If-Match"),
                        containsStringIgnoringCase("Idempotency-Key"), containsStringIgnoringCase("X-Request-Id")));
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty(), "a preflight reached the service");
    }

    @Test
    void letsTheFrontEndReadTheHeadersItNeeds() {
        String token = TestTokens.issue("rita-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("norwich"),
                "receptionist");
        given().header("Origin", FRONT_END).auth().oauth2(token).get("/api/v1/locations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Expose-Headers", allOf(containsStringIgnoringCase("ETag"),
                        containsStringIgnoringCase("Location"), containsStringIgnoringCase("Retry-After"),
                        containsStringIgnoringCase("X-Request-Id")));
    }

    @Test
    void servesTheGatewaysOwnPagesSuchAsSwaggerUi() {
        String token = TestTokens.issue("rita-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("norwich"),
                "receptionist");
        given().header("Origin", gateway.getProtocol() + "://" + gateway.getHost() + ":" + gateway.getPort())
                .auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/sessions").then().statusCode(200);
    }

    @Test
    void refusesAnyOtherOrigin() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/sessions")
                .then().statusCode(not(equalTo(200)))
                .header("Access-Control-Allow-Origin", nullValue());
        String token = TestTokens.issue("rita-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("norwich"),
                "receptionist");
        given().header("Origin", "https://evil.example").auth().oauth2(token).get("/api/v1/locations")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty(), "a call from a foreign origin reached the service");
    }
}
