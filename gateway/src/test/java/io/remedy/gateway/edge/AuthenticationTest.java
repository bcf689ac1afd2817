package io.remedy.gateway.edge;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.GatewayTestStack;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
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

    private JwtClaimsBuilder claims() {
        return TestTokens.claims("rita-" + UUID.randomUUID(), tenant, List.of("norwich"), "receptionist");
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

    /** The attacker's own: the token's claims under {@code "alg": "none"}, without a signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    private static void assertNoServiceWasCalled() {
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty(), "booking-service saw the request");
    }

    @Test
    void acceptsAValidTokenAndForwardsItUnchanged() {
        String token = TestTokens.sign(claims());
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
        refused(unsigned(TestTokens.sign(claims())));
        assertNoServiceWasCalled();
    }

    @Test
    void refusesATamperedToken() {
        String[] parts = TestTokens.sign(claims()).split("\\.");
        // the claims of a chain admin, under the receptionist's signature
        String payload = TestTokens.sign(claims().claim("realm_access", java.util.Map.of("roles", List.of("chain-admin"))))
                .split("\\.")[1];
        refused(parts[0] + "." + payload + "." + parts[2]);
        assertNoServiceWasCalled();
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        refused(TestTokens.sign(claims(), TestTokens.foreignKeyPair().getPrivate()));
    }

    @Test
    void refusesAnExpiredToken() {
        long now = Instant.now().getEpochSecond();
        refused(TestTokens.sign(claims().issuedAt(now - 600).expiresAt(now - 300)));
    }

    @Test
    void refusesATokenNotYetValid() {
        refused(TestTokens.sign(claims().claim("nbf", Instant.now().getEpochSecond() + 240)));
    }

    @Test
    void refusesATokenOfAForeignIssuer() {
        refused(TestTokens.sign(claims().issuer("https://evil.example/realms/remedy")));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        refused(TestTokens.sign(claims().claim("aud", "some-other-api")));
    }

    @Test
    void refusesAGarbageToken() {
        refused("not.a.token");
    }
}
