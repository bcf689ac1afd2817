package io.remedy.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.remedy.contracts.CloudEventHeaders;
import io.remedy.platform.observability.TraceContext;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The Kafka record the relay publishes for an outbox row. */
final class OutboxRecords {

    private OutboxRecords() {
    }

    /**
     * The record of a row: a CloudEvent in binary mode, with the writing request's trace context as the CloudEvents
     * tracing extension and {@code transport} (the publishing span, or null) as its {@code traceparent}; a tombstone
     * carries nothing but its key; a raw record ({@link OutgoingRecord}) is sent as it was stored.
     */
    static Message<String> message(OutboxMessage row, TraceContext transport) {
        if (row.isRawRecord()) {
            return OutgoingRecord.message(row);
        }
        RecordHeaders headers = new RecordHeaders();
        if (row.getPayload() == null) {
            // a tombstone: only a key and a null value, which compaction turns into "nothing of this key"
            return Message.<String>of(null).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic(row.getTopic()).withKey(row.getKey()).withHeaders(headers).build());
        }
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, row.getId().toString());
        header(headers, CloudEventHeaders.SOURCE, row.getSource());
        header(headers, CloudEventHeaders.TYPE, row.getType());
        header(headers, CloudEventHeaders.SUBJECT, row.getSubject());
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.getTime()));
        header(headers, CloudEventHeaders.TENANT, row.getTenant());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        TraceContext trace = row.getTrace();
        if (trace != null) {
            // CloudEvents distributed-tracing extension: the context the event was made in
            header(headers, CloudEventHeaders.TRACEPARENT, trace.traceparent());
            header(headers, CloudEventHeaders.TRACESTATE, trace.tracestate());
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getTopic())
                .withKey(row.getKey())
                .withHeaders(headers)
                .build();
        if (transport != null) {
            header(headers, TraceContext.TRACEPARENT, transport.traceparent());
            header(headers, TraceContext.TRACESTATE, transport.tracestate());
        }
        return Message.of(row.getPayload()).addMetadata(metadata);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(UTF_8));
        }
    }
}
