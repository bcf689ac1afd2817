package io.remedy.notification.messaging;

import io.quarkus.logging.Log;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.ClientUpdated;
import io.remedy.notification.contact.ClientLogins;
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
 * client's preferences, homework and pending reminders, cancels messages not sent yet, empties their in-app inbox,
 * wipes the addresses and texts of every message, and disables and anonymises their Keycloak login.
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
    private final ClientLogins logins;

    public ClientEventsConsumer(Inbox inbox, ContactBook contacts, EventData data, PreferenceService preferences,
                                HomeworkBook homework, ReminderPlanner reminders, DeliveryRepository deliveries,
                                ClientLogins logins) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.data = data;
        this.preferences = preferences;
        this.homework = homework;
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.logins = logins;
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
            ClientErased erased = data.read(envelope, ClientErased.class);
            return erase(envelope.tenant(), erased.clientId(), erased.userId());
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * The login is the one the event names, else the one the contact had. Its Keycloak account is disabled and
     * anonymised last: should that fail, the event is retried, and every step before it is safe to repeat.
     */
    private Uni<Void> erase(String tenant, UUID clientId, String userId) {
        Instant now = Instant.now();
        return contacts.erase(tenant, clientId)
                .chain(contactLogin -> {
                    String login = userId != null && !userId.isBlank() ? userId : contactLogin;
                    return preferences.forget(tenant, login)
                            .chain(() -> homework.forget(tenant, clientId))
                            .chain(() -> reminders.dropForClient(tenant, clientId, now))
                            .chain(() -> deliveries.forgetClient(tenant, clientId, login, now))
                            .chain(() -> logins.erase(tenant, login))
                            .invoke(outcome -> Log.infof("Erased client %s: login %s", clientId, outcome))
                            .replaceWithVoid();
                });
    }
}
