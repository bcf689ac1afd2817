package io.remedy.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.platform.database.NativeScalars;
import io.remedy.platform.observability.TraceContext;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Publishes pending outbox rows to Kafka as CloudEvents (binary mode) and marks them sent only after the broker
 * acknowledged. Polls every {@code remedy.outbox.relay.poll-interval}, at once after an append's commit, and backs off
 * exponentially (capped) while Kafka is unreachable. Safe with several replicas: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}. Delivery is at least once; consumers de-duplicate by event id (inbox).
 */
@ApplicationScoped
public class OutboxRelay {

    /** The channel the relay publishes on (connector config ships with the platform). */
    public static final String CHANNEL = "remedy-outbox";

    /**
     * Per-aggregate order, also across replicas: a row is only eligible while no earlier unsent row of the same
     * aggregate (topic + key) exists. So at most one row per aggregate is in flight, and a later row is picked only
     * after the earlier one was marked sent, whichever replica sent it. Plain {@code ORDER BY seq ... SKIP LOCKED}
     * would let replica B skip replica A's locked row 1 and publish row 2 of the same aggregate first. The cost: one
     * event per aggregate per round trip, which is plenty for a clinic's aggregates, while different aggregates
     * still go in parallel. {@code seq} order equals commit order within one aggregate because services serialise
     * changes of an aggregate (optimistic {@code @Version} locking).
     */
    static final String CLAIM = """
            SELECT o.* FROM remedy_platform.outbox o
            WHERE o.sent_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM remedy_platform.outbox e
                              WHERE e.sent_at IS NULL AND e.topic = o.topic AND e.aggregate_key = o.aggregate_key
                                AND e.seq < o.seq)
            ORDER BY o.seq
            LIMIT :batch
            FOR UPDATE OF o SKIP LOCKED""";

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig.Relay config;
    private final Vertx vertx;
    private final Backoff backoff;
    private final AtomicLong pending = new AtomicLong();
    private final Tracer tracer;
    private final Counter published;
    private final Counter failedSends;

    // state below is only touched on the relay's own context (one event-loop thread)
    private Context context;
    private boolean running;
    private boolean stopped = true;
    private boolean rerun;
    private int failures;
    private long timer = -1;
    private long timerDue;
    private long nextCount;

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config, Vertx vertx,
                       MeterRegistry registry, Tracer tracer) {
        this.tracer = tracer;
        this.emitter = emitter;
        this.config = config.relay();
        this.vertx = vertx;
        this.backoff = new Backoff(this.config.initialBackoff(), this.config.maxBackoff());
        Gauge.builder("remedy.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka")
                .register(registry);
        this.published = Counter.builder("remedy.outbox.published")
                .description("Outbox rows Kafka acknowledged (and the relay marked sent)")
                .register(registry);
        this.failedSends = Counter.builder("remedy.outbox.publish.failures")
                .description("Sends of outbox rows that failed (the row stays and is tried again)")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            Log.info("Outbox relay disabled (remedy.outbox.relay.enabled=false)");
            return;
        }
        context = SafeContext.create(vertx);
        context.runOnContext(v -> {
            stopped = false;
            schedule(0);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (context != null) {
            context.runOnContext(v -> {
                stopped = true;
                cancelTimer();
            });
        }
    }

    /**
     * Asks for a poll soon (after an append whose commit nobody reports): after {@code nudge-delay}, which leaves the
     * appending transaction time to commit. Cheap and safe to call from any thread.
     */
    public void nudge() {
        nudge(config.nudgeDelay().toMillis());
    }

    /** Asks for a poll now: an append was just committed. Cheap and safe to call from any thread. */
    public void wake() {
        nudge(0);
    }

    private void nudge(long delay) {
        Context relayContext = context;
        if (relayContext == null) {
            return;
        }
        relayContext.runOnContext(v -> {
            if (stopped || failures > 0) {
                return; // backing off: Kafka is down, polling sooner would not help
            }
            if (running) {
                rerun = true;
                return;
            }
            if (timer == -1 || timerDue > System.currentTimeMillis() + delay) {
                schedule(delay);
            }
        });
    }

    /** Rows not yet sent, as last counted (also the gauge {@code remedy.outbox.pending}). */
    public long pending() {
        return pending.get();
    }

    /**
     * One relay round in its own transaction: claims up to a batch of eligible rows, publishes them, marks the
     * acknowledged ones sent and records the error on the others. Emits how many were sent; fails if any failed.
     * Must run on a safe Vert.x context.
     */
    public Uni<Integer> relayOnce() {
        Context here = Vertx.currentContext();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(CLAIM, OutboxMessage.class)
                .setParameter("batch", config.batchSize())
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(new Round(0, null))
                        : publish(rows).emitOn(SafeContext.executor(here)).chain(outcomes -> record(session, outcomes)))))
                .chain(round -> round.failure == null ? Uni.createFrom().item(round.sent)
                        : Uni.createFrom().failure(round.failure));
    }

    /** Counts the rows not yet sent, refreshing the gauge. Must run on a safe Vert.x context. */
    public Uni<Long> countPending() {
        // no result class: see NativeScalars
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) FROM remedy_platform.outbox WHERE sent_at IS NULL")
                .getSingleResult()))
                .map(NativeScalars::asLong)
                .invoke(pending::set);
    }

    private record Outcome(OutboxMessage row, Throwable failure) {
    }

    private record Round(int sent, Throwable failure) {
    }

    private Uni<List<Outcome>> publish(List<OutboxMessage> rows) {
        List<Uni<Outcome>> sends = new ArrayList<>(rows.size());
        for (OutboxMessage row : rows) {
            // the publishing span: a child of the writing request's span (a tombstone is no event and has none)
            Span span = row.getTrace() == null || row.getPayload() == null ? Span.getInvalid()
                    : tracer.spanBuilder(row.getTopic() + " publish")
                            .setParent(row.getTrace().asParent())
                            .setSpanKind(SpanKind.PRODUCER)
                            .setAttribute("messaging.system", "kafka")
                            .setAttribute("messaging.operation", "publish")
                            .setAttribute("messaging.destination.name", row.getTopic())
                            .setAttribute("messaging.message.id", row.getId().toString())
                            .startSpan();
            sends.add(emitter.sendMessage(message(row, TraceContext.of(io.opentelemetry.context.Context.root().with(span))))
                    .ifNoItem().after(config.sendTimeout()).fail()
                    .replaceWith(new Outcome(row, null))
                    .onFailure().invoke(e -> span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()))
                    .onFailure().recoverWithItem(e -> new Outcome(row, e))
                    .invoke(() -> span.end()));
        }
        return Uni.join().all(sends).andFailFast();
    }

    private Uni<Round> record(Mutiny.Session session, List<Outcome> outcomes) {
        List<UUID> sent = new ArrayList<>();
        Uni<Void> updates = Uni.createFrom().voidItem();
        Throwable firstFailure = null;
        for (Outcome outcome : outcomes) {
            if (outcome.failure == null) {
                sent.add(outcome.row.getId());
            } else {
                if (firstFailure == null) {
                    firstFailure = outcome.failure;
                }
                String error = String.valueOf(outcome.failure);
                UUID id = outcome.row.getId();
                updates = updates.chain(() -> session.createNativeQuery(
                                "UPDATE remedy_platform.outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                        .setParameter("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                        .setParameter("id", id)
                        .executeUpdate().replaceWithVoid());
            }
        }
        if (!sent.isEmpty()) {
            updates = updates.chain(() -> session.createNativeQuery(
                            "UPDATE remedy_platform.outbox SET sent_at = :now, attempts = attempts + 1, last_error = NULL"
                                    + " WHERE id IN (:ids)")
                    .setParameter("now", Instant.now())
                    .setParameter("ids", sent)
                    .executeUpdate().replaceWithVoid());
        }
        Round round = new Round(sent.size(), firstFailure);
        int failures = outcomes.size() - sent.size();
        return updates.replaceWith(round).invoke(() -> {
            published.increment(sent.size());
            failedSends.increment(failures);
        });
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

    private void schedule(long delayMillis) {
        cancelTimer();
        if (stopped) {
            return;
        }
        long delay = Math.max(1, delayMillis);
        timerDue = System.currentTimeMillis() + delay;
        timer = vertx.setTimer(delay, id -> context.runOnContext(v -> {
            if (timer == id) {
                timer = -1;
                round();
            }
        }));
    }

    private void cancelTimer() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    private void round() {
        if (stopped || running) {
            return;
        }
        running = true;
        rerun = false;
        // each round gets a fresh safe context, so no Hibernate session can leak from one round into the next
        Context round = SafeContext.create(vertx);
        round.runOnContext(v -> relayOnce()
                .call(sent -> System.currentTimeMillis() >= nextCount ? countPending() : Uni.createFrom().nullItem())
                .subscribe().with(
                        sent -> context.runOnContext(x -> afterRound(sent, null)),
                        failure -> context.runOnContext(x -> afterRound(0, failure))));
    }

    private void afterRound(int sent, Throwable failure) {
        running = false;
        if (System.currentTimeMillis() >= nextCount) {
            nextCount = System.currentTimeMillis() + config.gaugeInterval().toMillis();
        }
        if (failure != null) {
            failures++;
            Duration pause = backoff.after(failures);
            Log.warnf("Outbox relay: publishing failed (%d in a row), next try in %d ms: %s", failures,
                    pause.toMillis(), failure.toString());
            schedule(pause.toMillis());
            return;
        }
        if (failures > 0) {
            Log.infof("Outbox relay: publishing again after %d failures", failures);
        }
        failures = 0;
        // a full batch or an append during the round: more may be waiting
        schedule(sent >= config.batchSize() || rerun || sent > 0 ? 0 : config.pollInterval().toMillis());
    }
}
