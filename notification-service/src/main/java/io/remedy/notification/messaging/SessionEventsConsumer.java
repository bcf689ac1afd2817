package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.notification.message.BookingMessages;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Booking's session events: each asks for the messages the client should receive. */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "notification.sessions";

    private final Inbox inbox;
    private final BookingMessages messages;
    private final EventData data;

    public SessionEventsConsumer(Inbox inbox, BookingMessages messages, EventData data) {
        this.inbox = inbox;
        this.messages = messages;
        this.data = data;
    }

    @Incoming("sessions")
    public Uni<Void> onSessionEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (EventCatalogue.SESSION_BOOKED.type().equals(envelope.type())) {
            return messages.confirm(envelope, data.read(envelope, SessionBooked.class));
        }
        return Uni.createFrom().voidItem();
    }
}
