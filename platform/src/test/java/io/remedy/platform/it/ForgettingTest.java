package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the platform keeps does not outlive its purpose: stored idempotent responses expire and are forgotten with
 * what they created; sent outbox rows go after their retention, and a subject's rows on its erasure, which ends
 * with a tombstone for its key.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ForgettingTest {

    private static final String TOPIC = "platform.test.appointments";
    private static final String BODY = """
            {"location":"norwich","startsAt":"2026-05-01T10:00:00Z","kind":"MASSAGE","minutes":30}""";

    @BeforeAll
    static void topics() {
        Stack.ensureTopics(TOPIC);
    }

    private static Response post(String tenant, String key, String body) {
        return given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/test/appointments");
    }

    private static void erase(String tenant, String id) {
        given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist")).contentType(ContentType.JSON)
                .when().post("/test/appointments/" + id + "/erasure").then().statusCode(204);
    }

    private static Timestamp ago(Duration duration) {
        return Timestamp.from(Instant.now().minus(duration));
    }

    @Test
    void anExpiredKeyIsUsedAfresh() {
        String tenant = "expiry-" + UUID.randomUUID();
        String first = post(tenant, "k-1", BODY).then().statusCode(201).extract().path("id");
        Stack.update("UPDATE remedy_platform.idempotency_key SET created_at = ? WHERE tenant = ?",
                ago(Duration.ofHours(25)), tenant);

        Response again = post(tenant, "k-1", BODY.replace("30", "90"));
        again.then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .body("id", not(equalTo(first))).body("minutes", equalTo(90));
    }

    @Test
    void aReplayAfterErasureDisclosesNothingAndCreatesNothing() {
        String tenant = "erasure-" + UUID.randomUUID();
        String id = post(tenant, "k-1", BODY).then().statusCode(201).extract().path("id");
        erase(tenant, id);

        Response replay = post(tenant, "k-1", BODY);
        replay.then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://remedy.io/problems/gone"))
                .body(not(containsString(id))).body(not(containsString("norwich")));
        assertNull(replay.header("Location"));
        assertEquals(0, Stack.count("SELECT count(*) FROM appointment WHERE tenant = ?", tenant));
        assertEquals(0, Stack.count("SELECT count(*) FROM remedy_platform.idempotency_key WHERE tenant = ?"
                + " AND (body IS NOT NULL OR location IS NOT NULL)", tenant));
    }

    @Test
    void expiredKeysArePurged() {
        String tenant = "purge-" + UUID.randomUUID();
        post(tenant, "old", BODY).then().statusCode(201);
        post(tenant, "new", BODY).then().statusCode(201);
        Stack.update("UPDATE remedy_platform.idempotency_key SET created_at = ? WHERE tenant = ? AND idem_key = 'old'",
                ago(Duration.ofHours(25)), tenant);

        await().atMost(Duration.ofSeconds(20)).until(() -> Stack.count(
                "SELECT count(*) FROM remedy_platform.idempotency_key WHERE tenant = ? AND idem_key = 'old'", tenant) == 0);
        assertEquals(1, Stack.count(
                "SELECT count(*) FROM remedy_platform.idempotency_key WHERE tenant = ? AND idem_key = 'new'", tenant));
    }

    @Test
    void sentRowsArePurgedAfterTheirRetentionAndUnsentOnesStay() {
        String tenant = "retention-" + UUID.randomUUID();
        String old = post(tenant, "a", BODY).then().statusCode(201).extract().path("id");
        String recent = post(tenant, "b", BODY).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> Stack.count(
                "SELECT count(*) FROM remedy_platform.outbox WHERE tenant = ? AND sent_at IS NOT NULL", tenant) == 2);
        Stack.update("UPDATE remedy_platform.outbox SET sent_at = ?, created_at = ? WHERE aggregate_key = ?",
                ago(Duration.ofDays(8)), ago(Duration.ofDays(8)), old);

        await().atMost(Duration.ofSeconds(20)).until(() -> Stack.count(
                "SELECT count(*) FROM remedy_platform.outbox WHERE aggregate_key = ?", old) == 0);
        assertEquals(1, Stack.count("SELECT count(*) FROM remedy_platform.outbox WHERE aggregate_key = ?", recent));
    }

    @Test
    void erasureForgetsTheSubjectsRowsAndEndsWithATombstone() {
        String tenant = "tombstone-" + UUID.randomUUID();
        String id = post(tenant, "k-1", BODY).then().statusCode(201).extract().path("id");
        erase(tenant, id);

        // only the erasure and the tombstone are left of the subject
        assertEquals(List.of("remedy.test.appointment.erased.v1", "tombstone"), Stack.query(
                "SELECT type FROM remedy_platform.outbox WHERE aggregate_key = ? ORDER BY seq", id)
                .stream().map(row -> row.get("type")).toList());
        List<ConsumerRecord<String, String>> records = Stack.kafka().consumeStrings().fromTopics(TOPIC)
                .getMulti().filter(r -> id.equals(r.key()))
                .filter(r -> r.value() == null || r.value().contains("\"erased\""))
                .select().first(2).collect().asList()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(2, records.size());
        assertEquals("{\"appointmentId\":\"" + id + "\",\"what\":\"erased\",\"n\":0}", records.get(0).value());
        assertNull(records.get(1).value());
        assertEquals(0, records.get(1).headers().toArray().length);
    }
}
