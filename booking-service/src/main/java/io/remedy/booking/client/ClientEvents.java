package io.remedy.booking.client;

import io.remedy.contracts.Topics;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The events a client's changes publish, written to the outbox in the change's own transaction. */
@ApplicationScoped
public class ClientEvents {

    private final Outbox outbox;

    public ClientEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<Void> registered(Caller caller, Client client) {
        return outbox.append(OutgoingEvent.of(new ClientRegistered(client.id, client.userId, client.givenName,
                client.familyName, client.email, client.phone, client.preferredLanguage, client.preferredLocationId,
                client.createdAt, caller.userId(), (int) client.version), client.tenant));
    }

    /** The whole new contact projection, at the version the change produced. */
    Uni<Void> updated(Caller caller, Client client) {
        return outbox.append(OutgoingEvent.of(new ClientUpdated(client.id, client.userId, client.givenName,
                client.familyName, client.email, client.phone, client.preferredLanguage, client.preferredLocationId,
                client.updatedAt, caller.userId(), (int) client.version), client.tenant));
    }

    /**
     * Consumers purge or anonymise their copies; {@code formerUserId} lets them drop what is keyed by the login. The
     * outbox first forgets the client's earlier events (their payloads carry the contact data), and a tombstone
     * follows the erasure on the client topic and on its dead-letter twin (both compacted), so neither keeps anything
     * of the client once compacted, and the dead letters kept from the twin are dropped (see notification-service).
     */
    Uni<Void> erased(Caller caller, Client client, String formerUserId, Instant erasedAt) {
        String key = client.id.toString();
        return outbox.forgetSubject(client.tenant, key)
                .chain(() -> outbox.append(OutgoingEvent.of(new ClientErased(client.id, formerUserId, erasedAt,
                        caller.userId()), client.tenant)))
                .chain(() -> outbox.append(OutgoingEvent.tombstone(ClientErased.TOPIC, key, client.tenant)))
                .chain(() -> outbox.append(OutgoingEvent.tombstone(Topics.deadLetterOf(ClientErased.TOPIC), key,
                        client.tenant)));
    }
}
