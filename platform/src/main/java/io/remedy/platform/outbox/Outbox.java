package io.remedy.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
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
            payload = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("Event data cannot be serialised: "
                    + event.type(), e));
        }
        OutboxMessage row = new OutboxMessage(event, config.source(), payload, Instant.now());
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "outbox.append must run inside a transaction (@WithTransaction)"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.persist(row))
                .invoke(relay::nudge);
    }
}
