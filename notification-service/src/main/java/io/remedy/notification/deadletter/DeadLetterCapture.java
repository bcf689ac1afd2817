package io.remedy.notification.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.DeadLetterHeaders;
import io.remedy.contracts.Topics;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the dead-letter twins ({@code <topic>.dlq}) of the topics this service consumes and keeps each record,
 * once (by topic, partition and offset), so that operators can list and replay them through the API.
 */
@ApplicationScoped
public class DeadLetterCapture {

    static final int TRIES = 5;

    private final ObjectMapper json;
    private final Vertx vertx;

    public DeadLetterCapture(ObjectMapper json, Vertx vertx) {
        this.json = json;
        this.vertx = vertx;
    }

    @Incoming("dead-letters")
    public Uni<Void> onDeadLetter(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata().get(IncomingKafkaRecordMetadata.class)
                .map(m -> (IncomingKafkaRecordMetadata<?, ?>) m).orElse(null);
        if (record == null) {
            return Uni.createFrom().completionStage(message.ack());
        }
        if (message.getPayload() == null) {
            return forget(record.getTopic(), record.getKey())
                    .chain(() -> Uni.createFrom().completionStage(message.ack()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.getHeaders()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        String dlqTopic = record.getTopic();
        String original = headers.getOrDefault(DeadLetterHeaders.TOPIC,
                dlqTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)
                        ? dlqTopic.substring(0, dlqTopic.length() - Topics.DEAD_LETTER_SUFFIX.length()) : dlqTopic);
        String headerJson;
        try {
            headerJson = json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            headerJson = "{}";
        }
        Object key = record.getKey();
        String reason = headers.get(DeadLetterHeaders.REASON);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", UUID.randomUUID());
        row.put("tenant", headers.get(CloudEventHeaders.TENANT));
        row.put("dlqTopic", dlqTopic);
        row.put("partition", record.getPartition());
        row.put("offset", record.getOffset());
        row.put("original", original);
        row.put("key", key == null ? null : key.toString());
        row.put("payload", message.getPayload());
        row.put("headers", headerJson);
        row.put("eventId", headers.get(CloudEventHeaders.ID));
        row.put("eventType", headers.get(CloudEventHeaders.TYPE));
        row.put("reason", reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        row.put("now", Instant.now());
        Context context = SafeContext.create(vertx);
        return Uni.createFrom().voidItem()
                .emitOn(SafeContext.executor(context))
                .chain(() -> store(row, 1, context))
                .chain(() -> Uni.createFrom().completionStage(message.ack()));
    }

    /**
     * A tombstone on a dead-letter twin (an erasure, on the compacted client topic's twin): the dead letters kept
     * under that key are deleted, so no parked copy of the erased data stays here either.
     */
    private Uni<Void> forget(String dlqTopic, Object key) {
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> params = Map.of("dlqTopic", dlqTopic, "key", key.toString());
        Context context = SafeContext.create(vertx);
        return Uni.createFrom().voidItem()
                .emitOn(SafeContext.executor(context))
                .chain(() -> write(FORGET, params, 1, context))
                .invoke(() -> Log.infof("Dead letters of an erased key on %s forgotten", dlqTopic));
    }

    static final String STORE = """
            insert into captured_event (id, tenant, dlq_topic, dlq_partition, dlq_offset, original_topic,
                record_key, payload, headers, event_id, event_type, reason, captured_at)
            values (:id, :tenant, :dlqTopic, :partition, :offset, :original, :key, :payload, :headers,
                :eventId, :eventType, :reason, :now)
            on conflict (dlq_topic, dlq_partition, dlq_offset) do nothing""";

    static final String FORGET = "delete from captured_event where dlq_topic = :dlqTopic and record_key = :key";

    private Uni<Void> store(Map<String, Object> row, int attempt, Context context) {
        return write(STORE, row, attempt, context);
    }

    private Uni<Void> write(String sql, Map<String, Object> params, int attempt, Context context) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> {
                    var statement = session.createNativeQuery(sql);
                    params.forEach(statement::setParameter);
                    return statement.executeUpdate();
                }))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    if (attempt >= TRIES) {
                        Log.errorf("Dead letter %s/%s@%s not written: %s", params.get("dlqTopic"),
                                params.get("partition"), params.get("offset"), failure.toString());
                        return Uni.createFrom().voidItem();
                    }
                    return SafeContext.delay(vertx, context, Duration.ofMillis(200L << attempt))
                            .chain(() -> write(sql, params, attempt + 1, context));
                });
    }
}
