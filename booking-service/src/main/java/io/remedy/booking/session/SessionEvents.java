package io.remedy.booking.session;

import io.remedy.booking.location.Room;
import io.remedy.booking.session.SessionService.Booking;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The events a session's changes publish, written to the outbox in the change's own transaction. They carry what
 * consumers need (names, the location's time zone) so that no consumer has to call booking back.
 */
@ApplicationScoped
public class SessionEvents {

    private final Outbox outbox;

    public SessionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<Void> booked(Caller caller, Session session, Booking booking, Room room) {
        return outbox.append(OutgoingEvent.of(new SessionBooked(session.id, booking.location().id,
                booking.location().code, booking.location().name, booking.location().timeZone, booking.service().id,
                booking.service().name, booking.service().durationMinutes, booking.therapist().id,
                booking.therapist().displayName, booking.therapist().userId, room.id, room.name, booking.client().id,
                booking.client().userId, session.startsAt, session.endsAt, null, caller.userId(),
                session.createdAt), session.tenant));
    }
}
