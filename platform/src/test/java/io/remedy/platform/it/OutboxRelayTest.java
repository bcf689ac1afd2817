package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** State and event commit (or roll back) together; the relay publishes them in order, as CloudEvents. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class OutboxRelayTest {

    private static final String TOPIC = "platform.test.appointments";

    @BeforeAll
    static void topics() {
        Stack.ensureTopics(TOPIC);
    }

    private static String body(String tenant, boolean fail) {
        return """
                {"location":"norwich","startsAt":"2026-05-01T10:00:00Z","kind":"MASSAGE","minutes":45,\
                "failAfterAppend":%s}""".formatted(fail);
    }

    @Test
    void stateAndEventCommitTogetherAndArePublishedAsCloudEvents() {
        String tenant = "outbox-" + UUID.randomUUID();
        String id = given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .contentType(ContentType.JSON).body(body(tenant, false))
                .when().post("/test/appointments").then().statusCode(201).extract().path("id");

        assertEquals(1, Stack.count("SELECT count(*) FROM appointment WHERE id = ?::uuid", id));
        Map<String, Object> row = Stack.query("SELECT * FROM remedy_platform.outbox WHERE aggregate_key = ?", id).get(0);
        assertEquals("remedy.test.appointment.booked.v1", row.get("type"));
        assertEquals(tenant, row.get("tenant"));
        assertEquals("/platform-test", row.get("source"));

        ConsumerRecord<String, String> record = Stack.kafka().consumeStrings().fromTopics(TOPIC)
                .getMulti().filter(r -> id.equals(r.key())).toUni()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(row.get("id").toString(), header(record, CloudEventHeaders.ID));
        assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
        assertEquals("/platform-test", header(record, CloudEventHeaders.SOURCE));
        assertEquals("remedy.test.appointment.booked.v1", header(record, CloudEventHeaders.TYPE));
        assertEquals(id, header(record, CloudEventHeaders.SUBJECT));
        assertEquals(tenant, header(record, CloudEventHeaders.TENANT));
        assertEquals("application/json", header(record, CloudEventHeaders.CONTENT_TYPE));
        assertNotNull(header(record, CloudEventHeaders.TIME));
        assertEquals("{\"appointmentId\":\"" + id + "\",\"what\":\"booked\",\"n\":0}", record.value());

        await().atMost(Duration.ofSeconds(10)).until(() -> Stack.query(
                "SELECT sent_at FROM remedy_platform.outbox WHERE aggregate_key = ?", id).get(0).get("sent_at") != null);
    }

    @Test
    void stateAndEventRollBackTogether() {
        String tenant = "rollback-" + UUID.randomUUID();
        given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .contentType(ContentType.JSON).body(body(tenant, true))
                .when().post("/test/appointments").then().statusCode(500);

        assertEquals(0, Stack.count("SELECT count(*) FROM appointment WHERE tenant = ?", tenant));
        assertEquals(0, Stack.count("SELECT count(*) FROM remedy_platform.outbox WHERE tenant = ?", tenant));
    }

    @Test
    void eventsOfOneAggregateArePublishedInOrder() {
        String tenant = "order-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .contentType(ContentType.JSON).when().post("/test/appointments/" + id + "/burst?count=20").then().statusCode(204);

        List<ConsumerRecord<String, String>> records = Stack.kafka().consumeStrings().fromTopics(TOPIC)
                .getMulti().filter(r -> id.equals(r.key())).select().first(20).collect().asList()
                .await().atMost(Duration.ofSeconds(30));
        for (int i = 0; i < 20; i++) {
            assertEquals("{\"appointmentId\":\"" + id + "\",\"what\":\"noted\",\"n\":" + (i + 1) + "}",
                    records.get(i).value());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> Stack.count(
                "SELECT count(*) FROM remedy_platform.outbox WHERE aggregate_key = ? AND sent_at IS NULL", id) == 0);
    }

    @Test
    void backlogIsAGauge() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("remedy_outbox_pending"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
