package io.remedy.billing.messaging;

import io.remedy.billing.client.ClientBook;
import io.remedy.billing.client.ClientErasure;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Booking's client events: the name invoices are made out to, and erasure (invoices kept, anonymised). */
@ApplicationScoped
public class ClientEventsConsumer {

    static final String CONSUMER = "billing.clients";

    private final Inbox inbox;
    private final EventData data;
    private final ClientBook clients;
    private final ClientErasure erasure;

    public ClientEventsConsumer(Inbox inbox, EventData data, ClientBook clients, ClientErasure erasure) {
        this.inbox = inbox;
        this.data = data;
        this.clients = clients;
        this.erasure = erasure;
    }

    @Incoming("clients")
    public Uni<Void> onClientEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        String type = envelope.type();
        String tenant = envelope.tenant(); // the inbox dead-letters an event that names none
        if (EventCatalogue.CLIENT_REGISTERED.type().equals(type)) {
            ClientRegistered c = data.read(envelope, ClientRegistered.class);
            return clients.keep(tenant, c.clientId(), c.userId(), c.givenName(), c.familyName(), c.version());
        }
        if (EventCatalogue.CLIENT_UPDATED.type().equals(type)) {
            ClientUpdated c = data.read(envelope, ClientUpdated.class);
            return clients.keep(tenant, c.clientId(), c.userId(), c.givenName(), c.familyName(), c.version());
        }
        if (EventCatalogue.CLIENT_ERASED.type().equals(type)) {
            return erasure.erase(tenant, data.read(envelope, ClientErased.class));
        }
        return Uni.createFrom().voidItem();
    }
}
