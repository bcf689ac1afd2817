package io.remedy.records.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.remedy.records.client.ClientErasure;
import io.remedy.records.client.ClientHeaderService;
import io.remedy.records.client.ClientHeaderService.ClientFacts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Booking's client events: the record header (who the client is, their login), and erasure. */
@ApplicationScoped
public class ClientEventsConsumer {

    static final String CONSUMER = "records.clients";

    private final Inbox inbox;
    private final ClientHeaderService headers;
    private final ClientErasure erasure;
    private final EventData data;

    public ClientEventsConsumer(Inbox inbox, ClientHeaderService headers, ClientErasure erasure, EventData data) {
        this.inbox = inbox;
        this.headers = headers;
        this.erasure = erasure;
        this.data = data;
    }

    @Incoming("clients")
    public Uni<Void> onClientEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        String type = envelope.type();
        boolean known = EventCatalogue.CLIENT_REGISTERED.type().equals(type)
                || EventCatalogue.CLIENT_UPDATED.type().equals(type)
                || EventCatalogue.CLIENT_ERASED.type().equals(type);
        if (!known) {
            return Uni.createFrom().voidItem();
        }
        String tenant = envelope.tenant(); // the inbox dead-letters an event that names none
        if (EventCatalogue.CLIENT_REGISTERED.type().equals(type)) {
            ClientRegistered e = data.read(envelope, ClientRegistered.class);
            return headers.apply(new ClientFacts(tenant, e.clientId(), e.userId(), e.givenName(), e.familyName(),
                    e.email(), e.phone(), e.preferredLanguage(), e.preferredLocationId(), e.version()));
        }
        if (EventCatalogue.CLIENT_UPDATED.type().equals(type)) {
            ClientUpdated e = data.read(envelope, ClientUpdated.class);
            return headers.apply(new ClientFacts(tenant, e.clientId(), e.userId(), e.givenName(), e.familyName(),
                    e.email(), e.phone(), e.preferredLanguage(), e.preferredLocationId(), e.version()));
        }
        ClientErased e = data.read(envelope, ClientErased.class);
        return erasure.erase(tenant, e.clientId(), e.userId(), e.erasedAt(), e.requestedBy());
    }
}
