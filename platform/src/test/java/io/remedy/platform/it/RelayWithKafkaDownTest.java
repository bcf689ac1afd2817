package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With Kafka unreachable the booking still succeeds (the event waits in the outbox), the relay records the failure,
 * keeps the row unsent and backs off instead of spinning.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestProfile(RelayWithKafkaDownTest.DeadKafka.class)
class RelayWithKafkaDownTest {

    /** The relay's channel points at a port nobody listens on. */
    public static class DeadKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.outgoing.remedy-outbox.bootstrap.servers", "127.0.0.1:9",
                    "mp.messaging.outgoing.remedy-outbox.max.block.ms", "1000",
                    "mp.messaging.outgoing.remedy-outbox.delivery.timeout.ms", "2000",
                    "mp.messaging.outgoing.remedy-outbox.request.timeout.ms", "1000",
                    "remedy.outbox.relay.initial-backoff", "200ms",
                    "remedy.outbox.relay.max-backoff", "2s");
        }
    }

    @Test
    void keepsTheEventAndBacksOffWhileKafkaIsDown() {
        String tenant = "down-" + UUID.randomUUID();
        String id = given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .contentType(ContentType.JSON).body("""
                        {"location":"norwich","startsAt":"2026-05-01T10:00:00Z","kind":"MASSAGE","minutes":45}""")
                .when().post("/test/appointments").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> row = Stack.query(
                    "SELECT attempts, last_error, sent_at FROM remedy_platform.outbox WHERE aggregate_key = ?", id).get(0);
            return ((Number) row.get("attempts")).intValue() >= 2 && row.get("last_error") != null;
        });
        assertNull(Stack.query("SELECT sent_at FROM remedy_platform.outbox WHERE aggregate_key = ?", id)
                .get(0).get("sent_at"));
    }
}
