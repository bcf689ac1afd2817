package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.notification.contact.ContactBook;
import io.remedy.notification.contact.ContactBook.ContactDetails;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Booking's client events keep the contact projection: how to reach each client. */
@ApplicationScoped
public class ClientEventsConsumer {

    static final String CONSUMER = "notification.clients";

    private final Inbox inbox;
    private final ContactBook contacts;
    private final EventData data;

    public ClientEventsConsumer(Inbox inbox, ContactBook contacts, EventData data) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.data = data;
    }

    @Incoming("clients")
    public Uni<Void> onClientEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        String type = envelope.type();
        if (EventCatalogue.CLIENT_REGISTERED.type().equals(type)) {
            ClientRegistered c = data.read(envelope, ClientRegistered.class);
            return contacts.upsert(envelope.tenant(), new ContactDetails(c.clientId(), c.userId(), c.givenName(),
                    c.familyName(), c.email(), c.phone(), c.preferredLanguage(), c.version()));
        }
        if (EventCatalogue.CLIENT_UPDATED.type().equals(type)) {
            ClientUpdated c = data.read(envelope, ClientUpdated.class);
            return contacts.upsert(envelope.tenant(), new ContactDetails(c.clientId(), c.userId(), c.givenName(),
                    c.familyName(), c.email(), c.phone(), c.preferredLanguage(), c.version()));
        }
        if (EventCatalogue.CLIENT_ERASED.type().equals(type)) {
            return contacts.erase(envelope.tenant(), data.read(envelope, ClientErased.class).clientId());
        }
        return Uni.createFrom().voidItem();
    }
}
