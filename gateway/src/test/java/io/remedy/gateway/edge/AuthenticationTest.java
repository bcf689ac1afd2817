package io.remedy.gateway.edge;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.GatewayTestStack;
import io.remedy.gateway.support.StandIns;
import io.remedy.gateway.support.Tokens;
import io.restassured.response.ValidatableResponse;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every token the gateway must not accept is refused with 401 problem+json and a Bearer challenge, before any service sees it. */
@QuarkusTest
@WithTestResource(value = GatewayTestStack.class, scope = TestResourceScope.GLOBAL)
class AuthenticationTest {

    private String tenant;

    @BeforeEach
    void freshTenant() {
        tenant = "t-" + UUID.randomUUID();
        StandIns.resetAll();
    }

    private JwtClaims claims() {
        return Tokens.claims("rita-" + UUID.randomUUID(), tenant, List.of("norwich"), "receptionist");
    }

    private static ValidatableResponse refused(String token) {
        return given().header("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)))
                .auth().oauth2(token).get("/api/v1/locations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://remedy.io/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/locations"));
    }

    private static void assertNoServiceWasCalled() {
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty(), "booking-service saw the request");
    }

    @Test
    void acceptsAValidTokenAndForwardsItUnchanged() {
        String token = Tokens.sign(claims());
        given().auth().oauth2(token).get("/api/v1/locations").then().statusCode(200);
        assertEquals("Bearer " + token,
                StandIns.booking().requestsTo("/api/v1/locations").get(0).path("headers").path("authorization").asText());
    }

    @Test
    void refusesACallWithoutAToken() {
        given().get("/api/v1/locations").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        assertNoServiceWasCalled();
    }

    @Test
    void refusesATokenWithAlgorithmNone() {
        refused(Tokens.unsigned(claims()));
        assertNoServiceWasCalled();
    }

    @Test
    void refusesATamperedToken() {
        String[] parts = Tokens.sign(claims()).split("\\.");
        JwtClaims escalated = claims();
        escalated.setClaim("realm_access", java.util.Map.of("roles", List.of("chain-admin")));
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(escalated.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        refused(parts[0] + "." + payload + "." + parts[2]);
        assertNoServiceWasCalled();
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        refused(Tokens.sign(claims(), Tokens.foreignKeyPair().getPrivate()));
    }

    @Test
    void refusesAnExpiredToken() {
        JwtClaims claims = claims();
        claims.setIssuedAt(Tokens.inSeconds(-600));
        claims.setExpirationTime(Tokens.inSeconds(-300));
        refused(Tokens.sign(claims));
    }

    @Test
    void refusesATokenNotYetValid() {
        JwtClaims claims = claims();
        claims.setNotBefore(Tokens.inSeconds(240));
        refused(Tokens.sign(claims));
    }

    @Test
    void refusesATokenOfAForeignIssuer() {
        JwtClaims claims = claims();
        claims.setIssuer("https://evil.example/realms/remedy");
        refused(Tokens.sign(claims));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        JwtClaims claims = claims();
        claims.setAudience("some-other-api");
        refused(Tokens.sign(claims));
    }

    @Test
    void refusesAGarbageToken() {
        refused("not.a.token");
    }
}
