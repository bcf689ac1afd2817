package io.remedy.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A raw Kafka record a service publishes through its outbox, as it is: its own topic, key, value and headers, no
 * CloudEvents envelope made for it (e.g. a dead letter replayed to its original topic, whose ce_* headers it carries
 * already). Written with {@link Outbox#appendRecord} in the transaction that decided to send it.
 *
 * @param id      the outbox row's id; a second append of the same id fails the transaction
 * @param topic   where it goes
 * @param key     the record key (null: none); a record waits for earlier unsent rows of its topic and key
 * @param subject what it is about, for {@link Outbox#forgetSubject} on erasure (null: nothing)
 * @param tenant  the chain it belongs to
 * @param value   the record value (null: a record without one)
 * @param headers header name to text value, in order
 */
public record OutgoingRecord(UUID id, String topic, String key, String subject, String tenant, String value,
                             Map<String, String> headers) {

    private static final ObjectMapper HEADERS_JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };

    /** The {@code type} of a raw record's row. */
    public static final String TYPE = "record";

    public OutgoingRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(tenant, "tenant");
        headers = headers == null ? Map.of() : new LinkedHashMap<>(headers);
    }

    /** The headers as stored in the row's {@code record_headers}. */
    String headersJson() {
        try {
            return HEADERS_JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Record headers cannot be serialised", e);
        }
    }

    /** The record of a raw row: its topic, key, value and stored headers, nothing added. */
    static Message<String> message(OutboxMessage row) {
        Map<String, String> headers;
        try {
            headers = HEADERS_JSON.readValue(row.getRecordHeaders(), HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored record headers are not readable: " + row.getId(), e);
        }
        RecordHeaders record = new RecordHeaders();
        headers.forEach((name, value) -> {
            if (value != null) {
                record.add(name, value.getBytes(UTF_8));
            }
        });
        String key = row.getKey() == null || row.getKey().isEmpty() ? null : row.getKey();
        return Message.of(row.getPayload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getTopic()).withKey(key).withHeaders(record).build());
    }
}
