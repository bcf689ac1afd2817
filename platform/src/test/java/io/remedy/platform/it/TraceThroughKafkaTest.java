package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.platform.testapp.FinishedSpans;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace from the request that writes an event, through the outbox row and the relay's Kafka record, to the
 * consumer that processes it: the outbox keeps the writing request's W3C context, the record carries it (as
 * {@code traceparent} of the publishing span and as the CloudEvents extension {@code ce_traceparent}), the inbox
 * continues it.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class TraceThroughKafkaTest {

    private static final String APPOINTMENTS = "platform.test.appointments";
    private static final String PINGS = "platform.test.pings";

    @Inject
    FinishedSpans spans;

    @BeforeAll
    static void topics() {
        Stack.ensureTopics(APPOINTMENTS, PINGS, PINGS + ".dlq");
    }

    private static String newTraceId() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    @Test
    void theOutboxRecordContinuesTheTraceOfTheWritingRequest() {
        String tenant = "trace-" + UUID.randomUUID();
        String traceId = newTraceId();
        String callerSpan = "00f067aa0ba902b7";
        String id = given().auth().oauth2(Stack.token(tenant, List.of("norwich"), "receptionist"))
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .contentType(ContentType.JSON)
                .body("""
                        {"location":"norwich","startsAt":"2026-05-01T10:00:00Z","kind":"MASSAGE","minutes":45,\
                        "failAfterAppend":false}""")
                .when().post("/test/appointments").then().statusCode(201).extract().path("id");

        Map<String, Object> row = Stack.query("SELECT traceparent FROM remedy_platform.outbox WHERE aggregate_key = ?", id)
                .get(0);
        String stored = (String) row.get("traceparent");
        assertNotNull(stored, "the outbox row keeps the writing request's trace context");
        assertTrue(stored.startsWith("00-" + traceId + "-"), stored);
        assertNotEquals(callerSpan, stored.split("-")[2], "the server span of the request, a child of the caller's");

        ConsumerRecord<String, String> record = Stack.kafka().consumeStrings().fromTopics(APPOINTMENTS)
                .getMulti().filter(r -> id.equals(r.key())).toUni()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(stored, header(record, CloudEventHeaders.TRACEPARENT));
        String transport = header(record, "traceparent");
        assertNotNull(transport, "the record carries the publishing span's traceparent");
        assertTrue(transport.startsWith("00-" + traceId + "-"), transport);

        await().atMost(Duration.ofSeconds(30)).until(() -> spans.ofTrace(traceId).stream()
                .anyMatch(s -> s.getKind() == SpanKind.PRODUCER));
        SpanData publishing = spans.ofTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.PRODUCER)
                .findFirst().orElseThrow();
        assertEquals(stored.split("-")[2], publishing.getParentSpanId(), "published as a child of the request's span");
    }

    @Test
    void theConsumerContinuesTheTraceTheRecordCarries() {
        String tenant = "trace-in-" + UUID.randomUUID();
        String traceId = newTraceId();
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, String> ping = new ProducerRecord<>(PINGS, "agg-" + tenant, "{\"text\":\"traced\"}");
        ping.headers().add(CloudEventHeaders.ID, eventId.getBytes(UTF_8));
        ping.headers().add(CloudEventHeaders.TYPE, "remedy.test.ping.v1".getBytes(UTF_8));
        ping.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(UTF_8));
        ping.headers().add(CloudEventHeaders.SOURCE, "/test".getBytes(UTF_8));
        ping.headers().add(CloudEventHeaders.TENANT, tenant.getBytes(UTF_8));
        ping.headers().add(CloudEventHeaders.TIME, "2026-05-01T10:00:00Z".getBytes(UTF_8));
        ping.headers().add("traceparent", ("00-" + traceId + "-b7ad6b7169203331-01").getBytes(UTF_8));
        Stack.kafka().produceStrings().fromRecords(List.of(ping)).awaitCompletion(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(30)).until(() -> spans.ofTrace(traceId).stream()
                .anyMatch(s -> s.getName().equals("platform-test.pings process")));
        SpanData processing = spans.ofTrace(traceId).stream()
                .filter(s -> s.getName().equals("platform-test.pings process")).findFirst().orElseThrow();
        assertEquals(SpanKind.CONSUMER, processing.getKind());
        assertEquals(eventId, processing.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("messaging.message.id"))
                .map(e -> e.getValue().toString()).findFirst().orElse(null));
        assertEquals(1, Stack.count("SELECT count(*) FROM ping_effect WHERE event_id = ?", eventId));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
