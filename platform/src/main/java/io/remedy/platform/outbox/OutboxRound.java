package io.remedy.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.platform.database.NativeScalars;
import io.remedy.platform.observability.TraceContext;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * One round of the {@link OutboxRelay}: claims pending rows, publishes them to Kafka and marks the acknowledged ones
 * sent, in one transaction; and the count of the rows still pending (the gauge {@code remedy.outbox.pending}).
 */
@Singleton // made with the relay at start-up, so the gauge is registered even while the relay is off
public class OutboxRound {

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
    private final AtomicLong pending = new AtomicLong();
    private final Tracer tracer;
    private final Counter published;
    private final Counter failedSends;

    public OutboxRound(@Channel(OutboxRelay.CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config,
                       MeterRegistry registry, Tracer tracer) {
        this.tracer = tracer;
        this.emitter = emitter;
        this.config = config.relay();
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
            sends.add(emitter.sendMessage(OutboxRecords.message(row, TraceContext.of(io.opentelemetry.context.Context.root().with(span))))
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
}
