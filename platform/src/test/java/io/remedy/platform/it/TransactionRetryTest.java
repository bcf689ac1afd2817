package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A transaction PostgreSQL aborts as a deadlock victim runs again, by every transaction path (the
 * {@code @WithTransaction} annotation, the programmatic one and {@code Idempotency.execute}), and succeeds; one that
 * keeps losing is a 503 problem with {@code Retry-After}, never a 500, and writes nothing.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class TransactionRetryTest {

    private static final String BODY = """
            {"location":"norwich","startsAt":"2026-05-01T10:00:00Z","kind":"MASSAGE","minutes":30}""";
    /** Runs after the first (remedy.transaction.retry.max-retries, default). */
    private static final int MAX_RETRIES = 4;

    private static Response post(String tenant, String path, String run, int losses, String key) {
        var request = given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .contentType(ContentType.JSON).body(BODY)
                .queryParam("run", run).queryParam("losses", losses);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/test/contention/" + path);
    }

    private static int runs(String tenant, String run) {
        return given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .get("/test/contention/runs/" + run).then().statusCode(200).extract().as(Integer.class);
    }

    private static long appointments(String tenant) {
        return Stack.count("SELECT count(*) FROM appointment WHERE tenant = ?", tenant);
    }

    @Test
    void anAnnotatedTransactionThatLostTwoDeadlocksRunsAgainAndSucceeds() {
        String tenant = "retry-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString();
        post(tenant, "annotated", run, 2, null).then().statusCode(200).body("location", equalTo("norwich"));
        assertEquals(3, runs(tenant, run), "two lost runs and the one that succeeded");
        assertEquals(1, appointments(tenant), "the lost runs were rolled back");
    }

    @Test
    void aProgrammaticTransactionThatLostADeadlockRunsAgainAndSucceeds() {
        String tenant = "retry-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString();
        post(tenant, "programmatic", run, 1, null).then().statusCode(200);
        assertEquals(2, runs(tenant, run));
        assertEquals(1, appointments(tenant));
    }

    @Test
    void anIdempotentCreationThatLostDeadlocksRunsAgainWholeAndKeepsItsKey() {
        String tenant = "retry-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        Response first = post(tenant, "idempotent", run, MAX_RETRIES, key);
        first.then().statusCode(201);
        assertEquals(MAX_RETRIES + 1, runs(tenant, run));
        assertEquals(1, appointments(tenant));
        post(tenant, "idempotent", run, 0, key).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(MAX_RETRIES + 1, runs(tenant, run), "the replay ran nothing");
    }

    @Test
    void aTransactionThatKeepsLosingIsA503WithRetryAfterAndWritesNothing() {
        for (String path : List.of("annotated", "programmatic", "idempotent")) {
            String tenant = "retry-" + UUID.randomUUID();
            String run = UUID.randomUUID().toString();
            post(tenant, path, run, 1000, path.equals("idempotent") ? UUID.randomUUID().toString() : null)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("https://remedy.io/problems/unavailable"))
                    .body("status", equalTo(503));
            assertEquals(MAX_RETRIES + 1, runs(tenant, run), path + ": bounded runs");
            assertEquals(0, appointments(tenant), path + ": nothing written");
            assertEquals(0, Stack.count("SELECT count(*) FROM remedy_platform.idempotency_key WHERE tenant = ?",
                    tenant), path + ": no key left behind");
        }
    }

    @Test
    void aDeadlockOutsideTheRetryingPathIsStillA503NotA500() {
        String tenant = "retry-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString();
        post(tenant, "unretried", run, 1, null)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("https://remedy.io/problems/unavailable"));
        assertEquals(1, runs(tenant, run));
        assertEquals(0, appointments(tenant));
    }
}
