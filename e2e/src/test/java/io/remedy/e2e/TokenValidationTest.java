package io.remedy.e2e;

import io.remedy.local.PlatformService;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway accepts only tokens Keycloak signed for the platform, and says so in the RFC 9457 way: a forged,
 * tampered, unsigned, foreign, mis-addressed or expired token is a 401 problem with a {@code WWW-Authenticate}
 * challenge, and the services behind it refuse the same tokens on their own.
 */
class TokenValidationTest {

    private static final String PATH = "/api/v1/locations";

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    private static ValidatableResponse withToken(String token) {
        return given().baseUri(Platform.gatewayUrl()).auth().oauth2(token).get(PATH).then();
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aGenuineTokenIsAccepted() {
        withToken(Api.token(Clinic.RECEPTION)).statusCode(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        refused(withToken(Jwts.signedWithAnotherKey(Api.token(Clinic.RECEPTION))));
    }

    @Test
    void aTokenWhoseClaimsWereChangedIsRefused() {
        refused(withToken(Jwts.tampered(Api.token("sam.client@harbour.test"), claims -> {
            claims.put("tenant", "summit");
            claims.withObject("/realm_access").withArray("roles").add("chain-admin");
        })));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refused(withToken(Jwts.unsigned(Api.token(Clinic.ADMIN))));
    }

    @Test
    void aTokenSignedWithThePublicKeyAsHmacSecretIsRefused() {
        List<Map<String, Object>> keys = RealmAdmin.jwks().then().statusCode(200).extract().jsonPath().getList("keys");
        Map<String, Object> rsa = keys.stream().filter(key -> "RSA".equals(key.get("kty"))).findFirst().orElseThrow();
        refused(withToken(Jwts.hmacWithPublicKey(Api.token(Clinic.ADMIN), rsa)));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(withToken(RealmAdmin.masterRealmToken()));
    }

    @Test
    void aTokenNotAddressedToTheApiIsRefused() {
        String client = RealmAdmin.copyOfCliClient("e2e-no-audience", Map.of(), false);
        String token = RealmAdmin.token(client, Clinic.RECEPTION);
        refused(withToken(token));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String client = RealmAdmin.copyOfCliClient("e2e-short-lived", Map.of("access.token.lifespan", "10"), true);
        String token = RealmAdmin.token(client, Clinic.RECEPTION);
        Instant expires = Instant.ofEpochSecond(Jwts.claims(token).get("exp").asLong());
        withToken(token).statusCode(200);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> refused(withToken(token)));
        assertTrue(Instant.now().isAfter(expires), "refused only once it expired");
    }

    @Test
    void somethingThatIsNotATokenIsRefused() {
        refused(withToken("not-a-token"));
        given().baseUri(Platform.gatewayUrl()).header("Authorization", "Basic YWRtaW46YWRtaW4=").get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theServicesRefuseAForgedTokenThemselves() {
        String forged = Jwts.signedWithAnotherKey(Api.token(Clinic.ADMIN));
        Map<PlatformService, String> paths = Map.of(
                PlatformService.BOOKING, PATH,
                PlatformService.RECORDS, "/api/v1/records/clients/" + UUID.randomUUID() + "/consents",
                PlatformService.NOTIFICATION, "/api/v1/notifications/preferences");
        paths.forEach((service, path) -> given().baseUri(Platform.stack().service(service).url())
                .auth().oauth2(forged).get(path)
                .then().statusCode(401));
    }
}
