package io.remedy.booking.client;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.session.ErasedClientSessions;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Erasing a client's personal data at their request; publishes {@code client.erased} in the same transaction. */
@ApplicationScoped
public class ClientErasure {

    private final ClientRepository clients;
    private final ClientEvents events;
    private final Idempotency idempotency;
    private final ErasedClientSessions sessions;
    private final ClientAccess access;

    public ClientErasure(ClientRepository clients, ClientEvents events, Idempotency idempotency,
                         ErasedClientSessions sessions, ClientAccess access) {
        this.clients = clients;
        this.events = events;
        this.idempotency = idempotency;
        this.sessions = sessions;
        this.access = access;
    }

    /**
     * Erases a client's personal data at their request (a chain admin, or the client themself): the record stays,
     * anonymised, so past sessions still count; client.erased tells the other services to purge their copies.
     * In the same transaction the stored idempotent response of the client's registration is forgotten (a replay
     * discloses nothing), the outbox forgets the client's earlier events, a tombstone follows client.erased, and the
     * client's future sessions are cancelled ({@code CLIENT_ERASED}). Erasing an erased client again changes nothing.
     */
    @WithTransaction
    public Uni<Void> erase(Caller caller, UUID id) {
        return access.visible(caller, id).flatMap(client -> {
            if (!caller.hasRole(Caller.CLIENT)) {
                caller.requireRole(Caller.CHAIN_ADMIN);
            }
            if (client.erased()) {
                return Uni.createFrom().voidItem();
            }
            String formerUserId = client.userId;
            Instant now = Instant.now();
            client.anonymise(now);
            return clients.flush()
                    .call(() -> idempotency.forget(client.tenant, client.id.toString()))
                    .call(() -> events.erased(caller, client, formerUserId, now))
                    .call(() -> sessions.settle(client.tenant, client.id, formerUserId, caller.userId(), now))
                    .replaceWithVoid();
        });
    }
}
