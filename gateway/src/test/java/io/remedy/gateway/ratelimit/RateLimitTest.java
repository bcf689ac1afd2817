package io.remedy.gateway.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Token buckets at the edge (this profile: 40 reads and 20 writes per user, 15 calls per address without a valid
 * token, each refilling one token every 20 s).
 */
@QuarkusTest
class RateLimitTest {

    private static final int READS = 40;
    private static final int ANONYMOUS = 15;

    private String tenant;

    @BeforeEach
    void freshTenant() {
        StandIns.resetAll();
        tenant = "t-" + UUID.randomUUID();
    }

    private String user() {
        return TestTokens.issue("u-" + UUID.randomUUID(), tenant, List.of("norwich"), "receptionist");
    }

    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(113, 256) + "." + random.nextInt(1, 255);
    }

    /** Calls until the first 429 (at most {@code limit} + 20 calls); returns how many were let through. */
    private static int burstUntilRefused(java.util.function.Supplier<Response> call, int limit) {
        for (int i = 0; i < limit + 20; i++) {
            Response response = call.get();
            if (response.statusCode() == 429) {
                response.then().contentType("application/problem+json")
                        .body("type", equalTo("https://remedy.io/problems/too-many-requests"))
                        .header("RateLimit-Remaining", "0");
                long retryAfter = Long.parseLong(response.header("Retry-After"));
                assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
                return i;
            }
        }
        fail("no 429 after " + (limit + 20) + " calls");
        return -1;
    }

    @Test
    void refusesABurstFromOneUserWith429AndRetryAfter() {
        String token = user();
        int allowed = burstUntilRefused(() -> given().auth().oauth2(token).get("/api/v1/locations"), READS);
        assertTrue(allowed >= READS, "only " + allowed + " calls were let through");
        assertTrue(StandIns.booking().requestsTo("/api/v1/locations").size() >= READS);
    }

    @Test
    void tellsTheCallerWhatIsLeft() {
        given().auth().oauth2(user()).get("/api/v1/locations").then().statusCode(200)
                .header("RateLimit-Limit", String.valueOf(READS))
                .header("RateLimit-Remaining", String.valueOf(READS - 1))
                .header("RateLimit-Policy", READS + ";w=800");
    }

    @Test
    void keepsReadsAndWritesApart() {
        String token = user();
        burstUntilRefused(() -> given().auth().oauth2(token).get("/api/v1/services"), READS);
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/sessions")
                .then().statusCode(200);
    }

    @Test
    void givesEveryUserTheirOwnBucket() {
        String greedy = user();
        burstUntilRefused(() -> given().auth().oauth2(greedy).get("/api/v1/therapists"), READS);
        given().auth().oauth2(user()).get("/api/v1/therapists").then().statusCode(200);
    }

    @Test
    void limitsCallersWithoutATokenByTheirAddress() {
        String address = someAddress();
        int allowed = burstUntilRefused(() -> given().header("X-Forwarded-For", address).get("/api/v1/locations"),
                ANONYMOUS);
        assertEquals(ANONYMOUS, allowed, "calls answered 401 before the 429");
        given().header("X-Forwarded-For", someAddress()).get("/api/v1/locations").then().statusCode(401);
    }

    @Test
    void limitsAFloodOfForgedTokensByTheirAddressToo() {
        String address = someAddress();
        String forged = TestTokens.sign(TestTokens.claims("mallory", tenant, List.of("*"), "chain-admin"),
                TestTokens.foreignKeyPair().getPrivate());
        int allowed = burstUntilRefused(() -> given().header("X-Forwarded-For", "10.9.8.7, " + address)
                .auth().oauth2(forged).get("/api/v1/locations"), ANONYMOUS);
        assertEquals(ANONYMOUS, allowed);
    }
}
