package io.remedy.records.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.remedy.records.note.NoteService;
import io.remedy.records.note.NoteService.DueNote;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Booking's session events: a booked session opens the note its therapist will write. */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "records.sessions";

    private final Inbox inbox;
    private final NoteService notes;
    private final EventData data;

    public SessionEventsConsumer(Inbox inbox, NoteService notes, EventData data) {
        this.inbox = inbox;
        this.notes = notes;
        this.data = data;
    }

    @Incoming("sessions")
    public Uni<Void> onSessionEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (EventCatalogue.SESSION_BOOKED.type().equals(envelope.type())) {
            SessionBooked booked = data.read(envelope, SessionBooked.class);
            return notes.openDue(new DueNote(envelope.tenant(), booked.sessionId(), booked.clientId(),
                    booked.locationId(), booked.locationCode(), booked.therapistId(), booked.therapistUserId(),
                    booked.startsAt()));
        }
        return Uni.createFrom().voidItem();
    }
}
