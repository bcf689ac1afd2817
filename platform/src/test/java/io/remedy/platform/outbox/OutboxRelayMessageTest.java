package io.remedy.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.remedy.contracts.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class OutboxRelayMessageTest {

    @Test
    void writesACloudEventInBinaryMode() {
        UUID id = UUID.randomUUID();
        OutgoingEvent event = new OutgoingEvent(id, "remedy.booking.sessions", "s-1", "remedy.booking.session.booked.v1",
                "s-1", "harbour", Instant.parse("2026-03-01T10:00:00Z"), Map.of());
        OutboxMessage row = new OutboxMessage(event, "/booking-service", "{\"sessionId\":\"s-1\"}", Instant.now());

        Message<String> message = OutboxRelay.message(row);

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
    }
}
