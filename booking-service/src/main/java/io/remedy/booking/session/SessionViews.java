package io.remedy.booking.session;

import io.remedy.booking.redflag.RedFlagHold;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.SessionView.SessionHold;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Sessions as a caller sees them, for every answer that shows a session (reads and changes alike). */
@ApplicationScoped
class SessionViews {

    private final RedFlagService redFlags;

    SessionViews(RedFlagService redFlags) {
        this.redFlags = redFlags;
    }

    /** One session as this caller sees it. */
    Uni<SessionResponse> of(Caller caller, Session session) {
        return of(caller, List.of(session)).map(views -> views.get(0));
    }

    /** Sessions as this caller sees them: a held session shows its hold (the reason only, to a client). */
    Uni<List<SessionResponse>> of(Caller caller, List<Session> page) {
        if (page.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Instant now = Instant.now();
        List<UUID> heldClients = page.stream().filter(s -> isHeldWhenFlagged(s, now)).map(s -> s.clientId).toList();
        return redFlags.holdsOf(caller.tenant(), heldClients).map(holds -> page.stream()
                .map(s -> SessionResponse.of(s, isHeldWhenFlagged(s, now) ? hold(caller, holds.get(s.clientId)) : null))
                .toList());
    }

    /** Only a booked session yet to start is held: one under way or over is the therapist's to finish. */
    static boolean isHeldWhenFlagged(Session session, Instant now) {
        return session.status == SessionStatus.BOOKED && session.startsAt.isAfter(now);
    }

    private static SessionHold hold(Caller caller, RedFlagHold hold) {
        if (hold == null) {
            return null;
        }
        return caller.isStaff() ? new SessionHold("RED_FLAG", hold.severity(), hold.since())
                : new SessionHold("RED_FLAG", null, null);
    }
}
