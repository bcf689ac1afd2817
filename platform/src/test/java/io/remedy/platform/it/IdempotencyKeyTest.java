package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A retried POST returns the first result; a reused key with another body is refused; races create once. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class IdempotencyKeyTest {

    private static final String BODY = """
            {"location":"norwich","startsAt":"2026-05-01T10:00:00Z","kind":"MASSAGE","minutes":30}""";

    private static Response post(String tenant, String key, String body) {
        return given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/test/appointments");
    }

    @Test
    void retryReturnsTheFirstResult() {
        String tenant = "idem-" + UUID.randomUUID();
        Response first = post(tenant, "k-1", BODY);
        first.then().statusCode(201);
        Response retry = post(tenant, "k-1", BODY);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");

        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(1, Stack.count("SELECT count(*) FROM appointment WHERE tenant = ?", tenant));
        assertEquals(1, Stack.count("SELECT count(*) FROM remedy_platform.outbox WHERE tenant = ?", tenant));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String tenant = "idem-" + UUID.randomUUID();
        post(tenant, "k-2", BODY).then().statusCode(201);
        post(tenant, "k-2", BODY.replace("30", "90")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remedy.io/problems/idempotency-key-reused"));
    }

    @Test
    void keysAreScopedByTenant() {
        post("idem-a-" + UUID.randomUUID(), "shared", BODY).then().statusCode(201);
        post("idem-b-" + UUID.randomUUID(), "shared", BODY.replace("30", "90")).then().statusCode(201);
    }

    @Test
    void concurrentDuplicatesCreateOnce() throws Exception {
        String tenant = "idem-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(tenant, "race", BODY));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.body().asString());
                bodies.add(r.body().asString());
            }
            assertEquals(1, bodies.stream().distinct().count());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Stack.count("SELECT count(*) FROM appointment WHERE tenant = ?", tenant));
    }
}
