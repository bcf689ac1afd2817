package io.remedy.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.remedy.platform.observability.TraceContext;
import io.remedy.platform.transaction.AfterCommit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The transactional outbox: a service writes its state and its event in ONE Hibernate Reactive transaction.
 *
 * <pre>{@code
 * @WithTransaction
 * Uni<Session> book(Caller caller, BookSession request) {
 *     Session session = ...;
 *     return session.persist()
 *             .call(() -> outbox.append(OutgoingEvent.of(Topics.SESSIONS, "remedy.booking.session.booked.v1",
 *                     session.id.toString(), caller.tenant(), SessionBooked.from(session))))
 *             .replaceWith(session);
 * }
 * }</pre>
 * The {@link OutboxRelay} publishes the row to Kafka after the commit; if the transaction rolls back, neither the
 * state nor the event exist.
 */
@ApplicationScoped
public class Outbox {

    static final String FORGET = "DELETE FROM remedy_platform.outbox WHERE tenant = :tenant AND subject = :subject";
    static final String PURGE_SENT = "DELETE FROM remedy_platform.outbox WHERE id IN (SELECT id FROM"
            + " remedy_platform.outbox WHERE sent_at < :before LIMIT :batch FOR UPDATE SKIP LOCKED)";

    private final ObjectMapper json;
    private final OutboxConfig config;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper json, OutboxConfig config, OutboxRelay relay) {
        this.json = json;
        this.config = config;
        this.relay = relay;
    }

    /**
     * Adds the event to the current transaction. Fails with {@link IllegalStateException} outside a transaction
     * ({@code @WithTransaction} / {@code Panache.withTransaction}), because then state and event could part.
     */
    public Uni<Void> append(OutgoingEvent event) {
        String payload;
        try {
            payload = event.isTombstone() ? null : json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("Event data cannot be serialised: "
                    + event.type(), e));
        }
        // captured now, on the writing request's context: the relay publishes later, from a poll of its own
        OutboxMessage row = new OutboxMessage(event, config.source(), payload, Instant.now(), TraceContext.current());
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "outbox.append must run inside a transaction (@WithTransaction)"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.persist(row))
                // ids and type only: the line joins the request's others by traceId, requestId and tenant
                .invoke(() -> Log.infof("Event %s (%s) written to the outbox", event.id(), event.type()))
                .invoke(this::wakeRelayAfterCommit);
    }

    /** The relay looks the moment the row is committed; without an owner that says when, a bit later. */
    private void wakeRelayAfterCommit() {
        if (!AfterCommit.request(relay::wake)) {
            relay.nudge();
        }
    }

    /**
     * Adds a raw record to the current transaction: the relay publishes it as it is (topic, key, value, headers),
     * after the commit, like any other row. Fails with {@link IllegalStateException} outside a transaction.
     */
    public Uni<Void> appendRecord(OutgoingRecord record) {
        OutboxMessage row;
        try {
            row = new OutboxMessage(record, config.source(), Instant.now());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "outbox.appendRecord must run inside a transaction (@WithTransaction)"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.persist(row))
                .invoke(() -> Log.infof("Record %s for %s written to the outbox", record.id(), record.topic()))
                .invoke(this::wakeRelayAfterCommit);
    }

    /**
     * Removes every row about {@code subject} (sent or not) in the current transaction: on erasure, before the
     * erasure event is appended, so the outbox keeps no earlier copy of the subject's data. Unsent rows go too: the
     * erasure event that follows supersedes them.
     */
    public Uni<Void> forgetSubject(String tenant, String subject) {
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "outbox.forgetSubject must run inside a transaction (@WithTransaction)"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.createNativeQuery(FORGET)
                        .setParameter("tenant", tenant)
                        .setParameter("subject", subject)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Deletes up to a batch of rows sent longer ago than {@code remedy.outbox.retention.sent}, in the caller's
     * transaction; emits how many. Safe on several replicas at once (rows are taken with SKIP LOCKED).
     */
    public Uni<Integer> purgeSent() {
        return Panache.getSession().chain(session -> session.createNativeQuery(PURGE_SENT)
                .setParameter("before", Instant.now().minus(config.retention().sent()))
                .setParameter("batch", config.retention().purgeBatch())
                .executeUpdate());
    }
}
