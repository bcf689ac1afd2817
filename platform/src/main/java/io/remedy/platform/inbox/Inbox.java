package io.remedy.platform.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.remedy.platform.database.NativeScalars;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.observability.RequestLogContext;
import io.remedy.platform.observability.TraceContext;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.platform.outbox.Backoff;
import io.remedy.platform.reactive.SafeContext;
import io.remedy.platform.transaction.AfterCommit;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.IOException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

/**
 * The idempotent consumer. Records each event id per consumer in {@code remedy_platform.inbox} in the SAME transaction as
 * the consumer's effect, so a redelivered event changes nothing:
 *
 * <pre>{@code
 * @Incoming("sessions")
 * Uni<Void> onSession(Message<String> message) {
 *     return inbox.handle("records.sessions", message, SessionBooked.class,
 *             (event, booked) -> notes.openFor(booked));
 * }
 * }</pre>
 * A message without {@code ce_id}/{@code ce_type} or with unreadable JSON is poison and is nacked at once; a
 * failing effect is retried ({@code remedy.inbox.max-attempts}, exponential backoff) and then nacked. With the
 * channel's {@code failure-strategy=dead-letter-queue} a nacked message goes to {@code <topic>.dlq} with
 * {@code dead-letter-reason}/{@code dead-letter-cause} headers, and the channel keeps consuming. A tombstone (a
 * record with a null value, left on a compacted topic by an erasure) is acknowledged and ignored. The returned
 * {@code Uni} never fails.
 */
@ApplicationScoped
public class Inbox {

    static final String RECORD = "INSERT INTO remedy_platform.inbox (consumer, event_id, event_type, topic, processed_at)"
            + " VALUES (:consumer, :id, :type, :topic, :now) ON CONFLICT DO NOTHING";

    private final ObjectMapper json;
    private final InboxConfig config;
    private final Vertx vertx;
    private final Backoff backoff;
    private final Tracer tracer;
    private final MeterRegistry registry;

    public Inbox(ObjectMapper json, InboxConfig config, Vertx vertx, Tracer tracer, MeterRegistry registry) {
        this.json = json;
        this.config = config;
        this.vertx = vertx;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        this.tracer = tracer;
        this.registry = registry;
    }

    /** Handles a message whose data is read as {@code dataType}; acks or nacks it. */
    public <T> Uni<Void> handle(String consumer, Message<String> message, Class<T> dataType, EventEffect<T> effect) {
        if (message.getPayload() == null) {
            // a tombstone on a compacted topic (the key's data was erased): nothing to do, and not poison
            Log.debugf("Inbox %s: tombstone acknowledged", consumer);
            return Uni.createFrom().completionStage(message::ack);
        }
        CloudEvent envelope;
        T data;
        try {
            envelope = envelope(message);
            data = read(envelope, dataType);
        } catch (PoisonEventException poison) {
            return reject(consumer, message, poison);
        }
        Context context = SafeContext.create(vertx);
        Span span = tracer.spanBuilder(consumer + " process")
                .setParent(parentOf(message))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", String.valueOf(envelope.topic()))
                .setAttribute("messaging.message.id", envelope.id())
                .setAttribute("cloudevents.event_type", envelope.type())
                .startSpan();
        Timer.Sample sample = Timer.start(registry);
        return Uni.createFrom().voidItem()
                .emitOn(SafeContext.executor(context))
                .invoke(() -> {
                    // the consumer's work (and its log lines: traceId, spanId, tenant) continues the producer's trace
                    io.opentelemetry.context.Context.root().with(span).makeCurrent();
                    MDC.put(RequestLogContext.TENANT_MDC, envelope.tenant());
                })
                .chain(() -> attempt(consumer, envelope, data, effect, 1, context))
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .invoke(() -> processed(sample, consumer, "processed"))
                .onFailure().recoverWithUni(failure -> {
                    span.setStatus(StatusCode.ERROR, "rejected to the dead-letter path");
                    processed(sample, consumer, "dead-letter");
                    return reject(consumer, message, failure);
                })
                .eventually(() -> span.end());
    }

    /**
     * The trace an event continues: the connector's receiving span when tracing is on, else the W3C context the
     * record carries ({@code traceparent}, then the CloudEvents extension {@code ce_traceparent}); none: a new trace.
     */
    private static io.opentelemetry.context.Context parentOf(Message<String> message) {
        Optional<io.opentelemetry.context.Context> traced = TracingMetadata.fromMessage(message)
                .map(TracingMetadata::getCurrentContext)
                .filter(c -> Span.fromContext(c).getSpanContext().isValid());
        if (traced.isPresent()) {
            return traced.get();
        }
        Headers headers = message.getMetadata().get(IncomingKafkaRecordMetadata.class)
                .map(m -> ((IncomingKafkaRecordMetadata<?, ?>) m).getHeaders()).orElse(null);
        String traceparent = header(headers, TraceContext.TRACEPARENT);
        String tracestate = header(headers, TraceContext.TRACESTATE);
        if (traceparent == null) {
            traceparent = header(headers, CloudEventHeaders.TRACEPARENT);
            tracestate = header(headers, CloudEventHeaders.TRACESTATE);
        }
        return traceparent == null ? io.opentelemetry.context.Context.root()
                : new TraceContext(traceparent, tracestate).asParent();
    }

    private void processed(Timer.Sample sample, String consumer, String outcome) {
        sample.stop(Timer.builder("remedy.inbox.processing")
                .description("Time from an event's arrival to its acknowledgement (retries included), per consumer")
                .tag("consumer", consumer)
                .tag("outcome", outcome)
                .register(registry));
    }

    /** Handles a message, giving the effect only the envelope (its {@code data} is the raw JSON). */
    public Uni<Void> handle(String consumer, Message<String> message, EventEffect<String> effect) {
        return handle(consumer, message, String.class, effect);
    }

    /** Whether this consumer already processed this event id. */
    public Uni<Boolean> processed(String consumer, String eventId) {
        // no result class: see NativeScalars
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) FROM remedy_platform.inbox WHERE consumer = :consumer AND event_id = :id")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .getSingleResult()))
                .map(count -> NativeScalars.asLong(count) > 0);
    }

    private <T> Uni<Void> attempt(String consumer, CloudEvent envelope, T data, EventEffect<T> effect, int attempt,
                                  Context context) {
        // this transaction's owner: what its effect asks to run after the commit (wake a sender) runs then
        return AfterCommit.around(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery(RECORD)
                        .setParameter("consumer", consumer)
                        .setParameter("id", envelope.id())
                        .setParameter("type", envelope.type())
                        .setParameter("topic", envelope.topic())
                        .setParameter("now", Instant.now())
                        .executeUpdate()
                        .chain(inserted -> {
                            if (inserted == 0) {
                                Log.debugf("Inbox %s: event %s already processed, skipped", consumer, envelope.id());
                                return Uni.createFrom().voidItem();
                            }
                            return effect.apply(envelope, data).invoke(() -> Log.infof(
                                    "Inbox %s: event %s (%s) processed", consumer, envelope.id(), envelope.type()));
                        }))))
                .onFailure(failure -> !(failure instanceof PoisonEventException) && attempt < config.maxAttempts())
                .recoverWithUni(failure -> {
                    Log.warnf("Inbox %s: event %s (%s) failed on try %d of %d: %s", consumer, envelope.id(),
                            envelope.type(), attempt, config.maxAttempts(), failure.toString());
                    return SafeContext.delay(vertx, context, backoff.after(attempt))
                            .chain(() -> attempt(consumer, envelope, data, effect, attempt + 1, context));
                });
    }

    private Uni<Void> reject(String consumer, Message<String> message, Throwable failure) {
        Throwable reason = failure instanceof PoisonEventException ? failure
                : new PoisonEventException("Failed after " + config.maxAttempts() + " tries: " + failure, failure);
        Log.errorf("Inbox %s: message rejected to the dead-letter path: %s", consumer, reason.getMessage());
        registry.counter("remedy.inbox.dead.letters", "consumer", consumer).increment();
        return Uni.createFrom().completionStage(() -> message.nack(reason))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Reads the envelope from the {@code ce_*} headers; poison without an id or a type. */
    public static CloudEvent envelope(Message<String> message) {
        Optional<IncomingKafkaRecordMetadata<?, ?>> metadata = message.getMetadata().get(IncomingKafkaRecordMetadata.class)
                .map(m -> (IncomingKafkaRecordMetadata<?, ?>) m);
        Headers headers = metadata.map(IncomingKafkaRecordMetadata::getHeaders).orElse(null);
        String id = header(headers, CloudEventHeaders.ID);
        String type = header(headers, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new PoisonEventException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        String tenant = header(headers, CloudEventHeaders.TENANT);
        if (tenant == null || tenant.isBlank()) {
            // every event of ours belongs to a chain: one that names none can never be handled, by any consumer
            throw new PoisonEventException("Event " + id + " (" + type + ") names no tenant (ce_tenant)");
        }
        Instant time = null;
        String rawTime = header(headers, CloudEventHeaders.TIME);
        if (rawTime != null) {
            try {
                time = Instant.parse(rawTime);
            } catch (DateTimeParseException e) {
                throw new PoisonEventException("ce_time is not an RFC 3339 instant: " + rawTime);
            }
        }
        Object key = metadata.map(IncomingKafkaRecordMetadata::getKey).orElse(null);
        return new CloudEvent(id, type, header(headers, CloudEventHeaders.SOURCE),
                header(headers, CloudEventHeaders.SUBJECT), tenant, time,
                metadata.map(IncomingKafkaRecordMetadata::getTopic).orElse(null),
                key == null ? null : key.toString(), message.getPayload());
    }

    private <T> T read(CloudEvent envelope, Class<T> dataType) {
        if (envelope.data() == null || envelope.data().isBlank()) {
            throw new PoisonEventException("Event " + envelope.id() + " has no data");
        }
        try {
            // parsed even when the consumer wants the raw text: broken JSON is poison either way
            var tree = json.readTree(envelope.data());
            // lenient on unknown fields: a producer may add optional fields to a v1 event
            return dataType == String.class ? dataType.cast(envelope.data())
                    : json.readerFor(dataType).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                            .readValue(tree);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new PoisonEventException("Event " + envelope.id() + " (" + envelope.type()
                    + ") data is not valid JSON for " + dataType.getSimpleName() + ": " + why);
        }
    }

    private static String header(Headers headers, String name) {
        if (headers == null) {
            return null;
        }
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
