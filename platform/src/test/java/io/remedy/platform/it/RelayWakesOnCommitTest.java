package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes an event once the transaction that wrote it committed, told so by the transaction's owner:
 * with its poll and its delayed nudge both ten minutes away, only the wake-up on commit can publish it.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestProfile(RelayWakesOnCommitTest.NoPolling.class)
class RelayWakesOnCommitTest {

    private static final String TOPIC = "platform.test.appointments";

    /** Neither the poll nor the nudge after an append would come within the test's patience. */
    public static class NoPolling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "remedy.outbox.relay.poll-interval", "10m",
                    "remedy.outbox.relay.nudge-delay", "10m");
        }
    }

    @BeforeAll
    static void topics() {
        Stack.ensureTopics(TOPIC);
    }

    @Test
    void publishesACommittedEventWithoutWaitingForAPoll() {
        String tenant = "wake-" + UUID.randomUUID();
        String id = given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .contentType(ContentType.JSON).body("""
                        {"location":"norwich","startsAt":"2026-05-01T10:00:00Z","kind":"MASSAGE","minutes":45}""")
                .when().post("/test/appointments").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = Stack.kafka().consumeStrings().fromTopics(TOPIC)
                .getMulti().filter(r -> id.equals(r.key())).toUni()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(id, record.key());
        await().atMost(Duration.ofSeconds(10)).until(() -> Stack.query(
                "SELECT sent_at FROM remedy_platform.outbox WHERE aggregate_key = ?", id).get(0).get("sent_at") != null);
    }
}
