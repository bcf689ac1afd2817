package io.remedy.booking.session;

import io.remedy.booking.waitlist.FreedSlot;
import io.remedy.booking.waitlist.FreedSlotOffers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What every cancellation writes once the session is marked cancelled, in the cancellation's transaction: its
 * history line, {@code session.cancelled}, and the freed slot offered to the waitlist.
 */
@ApplicationScoped
class CancelledSessions {

    private final SessionRepository sessions;
    private final SessionChangeRepository changes;
    private final SessionDetails details;
    private final SessionEvents events;
    private final FreedSlotOffers freedSlots;

    CancelledSessions(SessionRepository sessions, SessionChangeRepository changes, SessionDetails details,
                      SessionEvents events, FreedSlotOffers freedSlots) {
        this.sessions = sessions;
        this.changes = changes;
        this.details = details;
        this.events = events;
        this.freedSlots = freedSlots;
    }

    /** Writes the cancellation of {@code session} (already applied to it) by {@code actor}. */
    Uni<Void> record(Session session, SessionChange change, String actor) {
        // flushed first: the freed slot's occupancy must be gone before a waitlist hold takes its place
        return sessions.flush()
                .chain(() -> changes.persist(change))
                .chain(() -> details.of(session))
                .call(parts -> events.cancelled(actor, session, parts))
                .call(() -> freedSlots.offerFreedSlot(new FreedSlot(session.tenant, session.id, session.clientId,
                        session.locationId, session.therapistId, session.roomId, session.startsAt,
                        session.blockedUntil)))
                .replaceWithVoid();
    }
}
