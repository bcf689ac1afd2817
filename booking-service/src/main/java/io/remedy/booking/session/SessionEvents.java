package io.remedy.booking.session;

import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.client.Client;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.Room;
import io.remedy.booking.therapist.Therapist;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.RoundingMode;
import java.time.Instant;

/**
 * The events a session's changes publish, written to the outbox in the change's own transaction: exactly one per
 * change. They carry what consumers need (names, the location's time zone) so that no consumer has to call booking
 * back. A check-in changes nothing for other services and publishes nothing.
 */
@ApplicationScoped
public class SessionEvents {

    private final Outbox outbox;

    public SessionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Everything about a session that its events name. */
    record Details(Location location, BookableService service, Therapist therapist, Room room, Client client) {
    }

    Uni<Void> booked(String userId, Session session, Details details) {
        Location location = details.location();
        return outbox.append(OutgoingEvent.of(new SessionBooked(session.id, location.id, location.code,
                location.name, location.timeZone, details.service().id, details.service().name,
                details.service().durationMinutes, details.therapist().id, details.therapist().displayName,
                details.therapist().userId, details.room().id, details.room().name, details.client().id,
                details.client().userId, session.startsAt, session.endsAt, session.planId, userId,
                session.createdAt, location.address, sequence(session)), session.tenant));
    }

    Uni<Void> rescheduled(String userId, Session session, Details before, SessionRescheduled.Slot previous,
                          Details after, Instant at) {
        Location location = after.location();
        return outbox.append(OutgoingEvent.of(new SessionRescheduled(session.id, location.id, location.code,
                location.name, location.timeZone, after.service().id, after.service().name,
                after.service().durationMinutes, after.client().id, after.client().userId, previous,
                slot(session, after), userId, at, location.address, sequence(session)), session.tenant));
    }

    /**
     * The session's revision as calendars count it ({@code SEQUENCE}): its version, which every change raises and
     * which is flushed before a change's event is written.
     */
    static Integer sequence(Session session) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, session.version));
    }

    /** Where a session is now, as the rescheduled event names it. */
    static SessionRescheduled.Slot slot(Session session, Details details) {
        return new SessionRescheduled.Slot(details.therapist().id, details.therapist().displayName,
                details.therapist().userId, details.room().id, details.room().name, session.startsAt,
                session.endsAt);
    }

    Uni<Void> cancelled(String userId, Session session, Details details) {
        Location location = details.location();
        // only the client's own late cancellation costs a fee; the clinic's never does
        Fee fee = Fee.of(location, session, session.lateCancellation && session.cancelledBy == CancelledBy.CLIENT
                ? location.lateCancellationFee(session.priceCents) : null);
        return outbox.append(OutgoingEvent.of(new SessionCancelled(session.id, location.id, location.code,
                location.name, location.timeZone, details.service().id, details.service().name,
                details.therapist().id, details.therapist().displayName, details.therapist().userId, session.roomId,
                details.client().id, details.client().userId, session.startsAt, session.endsAt,
                SessionCancelled.Party.valueOf(session.cancelledBy.name()), userId, session.cancellationReason,
                session.lateCancellation, session.cancelledAt, fee.cents(), fee.currency(), fee.taxRateBasisPoints(),
                location.address, sequence(session)), session.tenant));
    }

    /**
     * The completion, with the price and currency the session was booked at and the location's tax rate: billing
     * invoices the session at that price; the therapist's registration number goes on the receipt.
     */
    Uni<Void> completed(String userId, Session session, Details details) {
        Location location = details.location();
        return outbox.append(OutgoingEvent.of(new SessionCompleted(session.id, location.id, location.code,
                location.name, location.timeZone, details.service().id, details.service().name,
                details.therapist().id, details.therapist().displayName, details.therapist().userId, session.roomId,
                details.client().id, details.client().userId, session.startsAt, session.endsAt, session.planId,
                session.checkedInAt, userId, session.completedAt, session.priceCents, session.currency,
                basisPoints(location), details.therapist().registrationNumber, location.address), session.tenant));
    }

    Uni<Void> noShow(String userId, Session session, Details details) {
        Location location = details.location();
        Fee fee = Fee.of(location, session, location.noShowFee(session.priceCents));
        return outbox.append(OutgoingEvent.of(new SessionNoShow(session.id, location.id, location.code,
                location.name, location.timeZone, details.service().id, details.service().name,
                details.therapist().id, details.therapist().displayName, details.therapist().userId, session.roomId,
                details.client().id, details.client().userId, session.startsAt, session.endsAt, userId,
                session.noShowAt, fee.cents(), fee.currency(), fee.taxRateBasisPoints(), location.address),
                session.tenant));
    }

    /** The location's tax rate in hundredths of a percent, as events carry it. */
    static int basisPoints(Location location) {
        return location.taxRate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** A fee by the location's policy, as a cancellation or no-show event carries it; all null when none. */
    record Fee(Integer cents, String currency, Integer taxRateBasisPoints) {

        static Fee of(Location location, Session session, Integer cents) {
            if (cents == null) {
                return new Fee(null, null, null);
            }
            // a fee is in the currency the session was booked in, else the location's
            return new Fee(cents, session.currency != null ? session.currency : location.currency,
                    basisPoints(location));
        }
    }
}
