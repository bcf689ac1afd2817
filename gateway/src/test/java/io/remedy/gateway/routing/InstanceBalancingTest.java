package io.remedy.gateway.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.remedy.gateway.support.Management;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import io.remedy.local.Ports;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A service with two instances, one of them dead (nothing listens on its port): calls are balanced across the
 * instances (SmallRye Stork, static list), a call that finds no connection is retried on the other one, and only the
 * dead instance's circuit breaker opens, so the live one keeps serving every call.
 */
@QuarkusTest
@TestProfile(InstanceBalancingTest.BillingWithADeadInstance.class)
class InstanceBalancingTest {

    /** billing's stand-in, and a port nothing listens on. */
    public static class BillingWithADeadInstance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("remedy.gateway.discovery.instances.billing",
                    "${remedy.test.billing-address},127.0.0.1:" + Ports.free());
        }
    }

    /** The dead instance, as configured. */
    private static String deadInstance() {
        return ConfigProvider.getConfig().getValue("remedy.gateway.discovery.instances.billing", String.class)
                .split(",")[1];
    }

    private String token;

    @BeforeEach
    void freshCaller() {
        StandIns.resetAll();
        token = TestTokens.issue("reception-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("norwich"),
                "receptionist");
    }

    @Test
    void everyCallIsServedByTheLiveInstanceAndOnlyTheDeadOnesBreakerOpens() {
        for (int i = 0; i < 12; i++) {
            given().auth().oauth2(token).get("/api/v1/billing/invoices").then().statusCode(200);
        }
        // a POST that found no connection never left the gateway: it is retried on the other instance too
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/billing/packages").then().statusCode(200);
        assertEquals(13, StandIns.billing().requestsTo("/api/v1/billing").size(), "each call reached billing once");

        given().get(Management.url("/q/metrics")).then().statusCode(200)
                // open, or half-open once the open time passed (and open again at its next failed probe)
                .body(matchesPattern("(?s).*remedy_gateway_circuit_state\\{instance=\"" + Pattern.quote(deadInstance())
                        + "\",service=\"billing-service\"} [12]\\.0.*"))
                .body(containsString("remedy_gateway_circuit_state{instance=\"" + StandIns.billing().address()
                        + "\",service=\"billing-service\"} 0.0"));
    }
}
