package io.remedy.records.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.remedy.records.note.DueNotes;
import io.remedy.records.note.DueNotes.DueNote;
import io.remedy.records.redflag.RedFlagService;
import io.remedy.records.session.KnownSession.Status;
import io.remedy.records.session.SessionFacts;
import io.remedy.records.session.SessionProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Booking's session events: they keep the session projection (who treats whom, where), open the note of a booked
 * session, make it writable on completion, drop it on cancellation or no-show, and let red flags that waited for
 * a location be announced.
 */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "records.sessions";

    private final Inbox inbox;
    private final DueNotes notes;
    private final SessionProjection projection;
    private final RedFlagService redFlags;
    private final EventData data;

    public SessionEventsConsumer(Inbox inbox, DueNotes notes, SessionProjection projection,
                                 RedFlagService redFlags, EventData data) {
        this.inbox = inbox;
        this.notes = notes;
        this.projection = projection;
        this.redFlags = redFlags;
        this.data = data;
    }

    @Incoming("sessions")
    public Uni<Void> onSessionEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        String type = envelope.type();
        boolean known = EventCatalogue.SESSION_BOOKED.type().equals(type)
                || EventCatalogue.SESSION_RESCHEDULED.type().equals(type)
                || EventCatalogue.SESSION_CANCELLED.type().equals(type)
                || EventCatalogue.SESSION_COMPLETED.type().equals(type)
                || EventCatalogue.SESSION_NO_SHOW.type().equals(type);
        if (!known) {
            return Uni.createFrom().voidItem();
        }
        String tenant = envelope.tenant(); // the inbox dead-letters an event that names none
        if (EventCatalogue.SESSION_BOOKED.type().equals(type)) {
            SessionBooked e = data.read(envelope, SessionBooked.class);
            SessionFacts facts = new SessionFacts(tenant, e.sessionId(), e.clientId(), e.clientUserId(),
                    e.therapistId(), e.therapistUserId(), e.locationId(), e.locationCode(), e.locationName(),
                    e.timeZone(), e.startsAt(), e.endsAt(), e.planId(), Status.BOOKED);
            return projection.apply(facts)
                    .call(session -> notes.openDue(new DueNote(tenant, e.sessionId(), e.clientId(),
                            e.locationId(), e.locationCode(), e.therapistId(), e.therapistUserId(), e.startsAt(),
                            e.timeZone())))
                    .call(redFlags::announceWaiting)
                    .replaceWithVoid();
        }
        if (EventCatalogue.SESSION_RESCHEDULED.type().equals(type)) {
            SessionRescheduled e = data.read(envelope, SessionRescheduled.class);
            SessionRescheduled.Slot now = e.current();
            SessionFacts facts = new SessionFacts(tenant, e.sessionId(), e.clientId(), e.clientUserId(),
                    now == null ? null : now.therapistId(), now == null ? null : now.therapistUserId(),
                    e.locationId(), e.locationCode(), e.locationName(), e.timeZone(),
                    now == null ? null : now.startsAt(), now == null ? null : now.endsAt(), null, Status.BOOKED);
            return projection.apply(facts)
                    .call(session -> notes.moved(facts))
                    .call(redFlags::announceWaiting)
                    .replaceWithVoid();
        }
        if (EventCatalogue.SESSION_CANCELLED.type().equals(type)) {
            SessionCancelled e = data.read(envelope, SessionCancelled.class);
            SessionFacts facts = new SessionFacts(tenant, e.sessionId(), e.clientId(), e.clientUserId(),
                    e.therapistId(), e.therapistUserId(), e.locationId(), e.locationCode(), e.locationName(),
                    e.timeZone(), e.startsAt(), e.endsAt(), null, Status.CANCELLED);
            return projection.apply(facts).call(session -> notes.dropped(facts)).replaceWithVoid();
        }
        if (EventCatalogue.SESSION_NO_SHOW.type().equals(type)) {
            SessionNoShow e = data.read(envelope, SessionNoShow.class);
            SessionFacts facts = new SessionFacts(tenant, e.sessionId(), e.clientId(), e.clientUserId(),
                    e.therapistId(), e.therapistUserId(), e.locationId(), e.locationCode(), e.locationName(),
                    e.timeZone(), e.startsAt(), e.endsAt(), null, Status.NO_SHOW);
            return projection.apply(facts).call(session -> notes.dropped(facts)).replaceWithVoid();
        }
        SessionCompleted e = data.read(envelope, SessionCompleted.class);
        SessionFacts facts = new SessionFacts(tenant, e.sessionId(), e.clientId(), e.clientUserId(),
                e.therapistId(), e.therapistUserId(), e.locationId(), e.locationCode(), e.locationName(),
                e.timeZone(), e.startsAt(), e.endsAt(), e.planId(), Status.COMPLETED);
        return projection.apply(facts).call(session -> notes.completed(facts, e.completedAt())).replaceWithVoid();
    }
}
