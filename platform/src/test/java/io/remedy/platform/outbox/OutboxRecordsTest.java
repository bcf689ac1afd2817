package io.remedy.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.remedy.contracts.CloudEventHeaders;
import io.remedy.platform.observability.TraceContext;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class OutboxRecordsTest {

    @Test
    void writesACloudEventInBinaryMode() {
        UUID id = UUID.randomUUID();
        OutgoingEvent event = new OutgoingEvent(id, "remedy.booking.sessions", "s-1", "remedy.booking.session.booked.v1",
                "s-1", "harbour", Instant.parse("2026-03-01T10:00:00Z"), Map.of());
        OutboxMessage row = new OutboxMessage(event, "/booking-service", "{\"sessionId\":\"s-1\"}", Instant.now(),
                null);

        Message<String> message = OutboxRecords.message(row, null);

        assertEquals("{\"sessionId\":\"s-1\"}", message.getPayload());
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertEquals("remedy.booking.sessions", metadata.getTopic());
        assertEquals("s-1", metadata.getKey());
        Map<String, String> expected = Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, id.toString(),
                CloudEventHeaders.SOURCE, "/booking-service",
                CloudEventHeaders.TYPE, "remedy.booking.session.booked.v1",
                CloudEventHeaders.SUBJECT, "s-1",
                CloudEventHeaders.TIME, "2026-03-01T10:00:00Z",
                CloudEventHeaders.TENANT, "harbour",
                CloudEventHeaders.CONTENT_TYPE, "application/json");
        expected.forEach((name, value) -> assertEquals(value,
                new String(metadata.getHeaders().lastHeader(name).value(), UTF_8), name));
        assertNull(metadata.getHeaders().lastHeader(CloudEventHeaders.TRACEPARENT), "written outside a trace");
    }

    @Test
    void carriesTheWritingRequestsTraceContextAsTheCloudEventsTracingExtension() {
        OutgoingEvent event = new OutgoingEvent(UUID.randomUUID(), "remedy.booking.sessions", "s-2",
                "remedy.booking.session.booked.v1", "s-2", "harbour", Instant.parse("2026-03-01T10:00:00Z"), Map.of());
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        OutboxMessage row = new OutboxMessage(event, "/booking-service", "{}", Instant.now(),
                new TraceContext(traceparent, "vendor=1"));

        String publishing = "00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01";
        Message<String> message = OutboxRecords.message(row, new TraceContext(publishing, "vendor=1"));

        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertEquals(traceparent, new String(metadata.getHeaders().lastHeader(CloudEventHeaders.TRACEPARENT).value(),
                UTF_8));
        assertEquals("vendor=1", new String(metadata.getHeaders().lastHeader(CloudEventHeaders.TRACESTATE).value(),
                UTF_8));
        // the record's own trace context is the publishing span's
        assertEquals(publishing, new String(metadata.getHeaders().lastHeader("traceparent").value(), UTF_8));
    }

    @Test
    void sendsARawRecordAsItWasStoredWithNoEnvelopeOfItsOwn() {
        UUID id = UUID.randomUUID();
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, "original-event-id");
        headers.put(CloudEventHeaders.TYPE, "remedy.booking.session.booked.v1");
        headers.put(CloudEventHeaders.TENANT, "harbour");
        OutgoingRecord record = new OutgoingRecord(id, "remedy.booking.sessions", "s-3", "s-3", "harbour",
                "{\"sessionId\":\"s-3\"}", headers);
        OutboxMessage row = new OutboxMessage(record, "/notification", Instant.now());

        Message<String> message = OutboxRecords.message(row, new TraceContext(
                "00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01", null));

        assertEquals("{\"sessionId\":\"s-3\"}", message.getPayload());
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertEquals("remedy.booking.sessions", metadata.getTopic());
        assertEquals("s-3", metadata.getKey());
        Map<String, String> sent = new java.util.LinkedHashMap<>();
        metadata.getHeaders().forEach(header -> sent.put(header.key(), new String(header.value(), UTF_8)));
        assertEquals(headers, sent, "the stored headers, nothing added (no ce_* of the outbox, no traceparent)");
    }

    @Test
    void sendsARawRecordWithoutAKeyWithoutOne() {
        OutgoingRecord record = new OutgoingRecord(UUID.randomUUID(), "remedy.booking.sessions", null, null,
                "harbour", "{}", Map.of());

        Message<String> message = OutboxRecords.message(new OutboxMessage(record, "/notification", Instant.now()),
                null);

        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertNull(metadata.getKey());
        assertEquals("{}", message.getPayload());
    }
}
