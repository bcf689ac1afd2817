package io.remedy.gateway.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.routing.UpstreamClient;
import io.remedy.gateway.support.Management;
import io.remedy.gateway.support.StandIns;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readiness: Keycloak's signing keys can be had, and every service behind the gateway is ready. */
@QuarkusTest
class ReadinessTest {

    private static final String SERVICES = "checks.find { it.name == 'Services behind the gateway' }";
    private static final String REALM_PATH = "/realms/remedy";

    @Inject
    UpstreamClient upstreams;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    /** Health is on the management interface, not the public port. */
    private static String ready() {
        return Management.url("/q/health/ready");
    }

    @BeforeEach
    @AfterEach
    void reset() {
        StandIns.resetAll();
    }

    @Test
    void isReadyWhenEveryServiceIs() {
        given().get(ready()).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(SERVICES + ".data.booking-service", equalTo("UP"))
                .body(SERVICES + ".data.records-service", equalTo("UP"))
                .body(SERVICES + ".data.notification-service", equalTo("UP"))
                .body(SERVICES + ".data.billing-service", equalTo("UP"));
    }

    @Test
    void isNotReadyWhileAServiceIsNot() {
        StandIns.records().on("GET", "/q/health/ready").status(503).add();
        given().get(ready()).then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(SERVICES + ".data.records-service", equalTo("DOWN (503)"))
                .body(SERVICES + ".data.booking-service", equalTo("UP"));
    }

    private KeycloakKeysCheck keycloakAt(String realmUrl) {
        return new KeycloakKeysCheck(Optional.of(realmUrl), upstreams, json, vertx, config);
    }

    private static String standInRealm() {
        return ConfigProvider.getConfig().getValue("remedy.gateway.booking-url", String.class) + REALM_PATH;
    }

    @Test
    void fetchesKeycloaksSigningKeysThroughItsDiscoveryDocument() {
        String realm = standInRealm();
        StandIns.booking().on("GET", REALM_PATH + "/.well-known/openid-configuration")
                .json(Map.of("issuer", realm, "jwks_uri", realm + "/protocol/openid-connect/certs")).add();
        StandIns.booking().on("GET", REALM_PATH + "/protocol/openid-connect/certs")
                .json(Map.of("keys", java.util.List.of(Map.of("kid", "k1", "kty", "RSA", "n", "AQAB", "e", "AQAB"))))
                .add();
        HealthCheckResponse response = keycloakAt(realm).call().await().atMost(Duration.ofSeconds(10));
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(1L, response.getData().orElseThrow().get("keys"));
    }

    @Test
    void isDownWhenKeycloaksKeysCannotBeHad() {
        String realm = standInRealm();
        StandIns.booking().on("GET", REALM_PATH + "/.well-known/openid-configuration")
                .json(Map.of("issuer", realm, "jwks_uri", realm + "/protocol/openid-connect/certs")).add();
        StandIns.booking().on("GET", REALM_PATH + "/protocol/openid-connect/certs").status(500).add();
        assertEquals(HealthCheckResponse.Status.DOWN,
                keycloakAt(realm).call().await().atMost(Duration.ofSeconds(10)).getStatus());
        assertEquals(HealthCheckResponse.Status.DOWN,
                keycloakAt("http://127.0.0.1:9/realms/remedy").call().await().atMost(Duration.ofSeconds(10)).getStatus());
    }

    @Test
    void needsNoKeycloakWithAConfiguredPublicKey() {
        given().get(ready()).then().statusCode(200)
                .body("checks.find { it.name == 'Keycloak signing keys' }.data.keys", equalTo("configured public key"));
    }
}
