package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.notification.contact.ContactBook;
import io.remedy.notification.contact.ContactBook.ContactDetails;
import io.remedy.notification.delivery.DeliveryRepository;
import io.remedy.notification.plan.HomeworkBook;
import io.remedy.notification.preference.PreferenceService;
import io.remedy.notification.reminder.ReminderPlanner;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.UUID;

/**
 * Booking's client events keep the contact projection: how to reach each client. An erasure also deletes the
 * client's preferences, homework and pending reminders, cancels messages not sent yet and wipes the addresses and
 * texts of those sent.
 */
@ApplicationScoped
public class ClientEventsConsumer {

    static final String CONSUMER = "notification.clients";

    private final Inbox inbox;
    private final ContactBook contacts;
    private final EventData data;
    private final PreferenceService preferences;
    private final HomeworkBook homework;
    private final ReminderPlanner reminders;
    private final DeliveryRepository deliveries;

    public ClientEventsConsumer(Inbox inbox, ContactBook contacts, EventData data, PreferenceService preferences,
                                HomeworkBook homework, ReminderPlanner reminders, DeliveryRepository deliveries) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.data = data;
        this.preferences = preferences;
        this.homework = homework;
        this.reminders = reminders;
        this.deliveries = deliveries;
    }

    @Incoming("clients")
    public Uni<Void> onClientEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        String type = envelope.type();
        if (EventCatalogue.CLIENT_REGISTERED.type().equals(type)) {
            ClientRegistered c = data.read(envelope, ClientRegistered.class);
            return contacts.upsert(Tenants.of(envelope), new ContactDetails(c.clientId(), c.userId(), c.givenName(),
                    c.familyName(), c.email(), c.phone(), c.preferredLanguage(), c.version()));
        }
        if (EventCatalogue.CLIENT_UPDATED.type().equals(type)) {
            ClientUpdated c = data.read(envelope, ClientUpdated.class);
            return contacts.upsert(Tenants.of(envelope), new ContactDetails(c.clientId(), c.userId(), c.givenName(),
                    c.familyName(), c.email(), c.phone(), c.preferredLanguage(), c.version()));
        }
        if (EventCatalogue.CLIENT_ERASED.type().equals(type)) {
            return erase(Tenants.of(envelope), data.read(envelope, ClientErased.class).clientId());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> erase(String tenant, UUID clientId) {
        return contacts.erase(tenant, clientId)
                .chain(formerUserId -> preferences.forget(tenant, formerUserId))
                .chain(() -> homework.forget(tenant, clientId))
                .chain(() -> reminders.dropForClient(tenant, clientId, Instant.now()))
                .chain(() -> deliveries.forgetClient(tenant, clientId));
    }
}
