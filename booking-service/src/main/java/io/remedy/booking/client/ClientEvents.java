package io.remedy.booking.client;

import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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
}
