package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.booking.session.SessionLifecycle.Change;
import io.remedy.booking.waitlist.WaitlistEntries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a client's erasure does to their sessions, inside the erasure's transaction: every future session still
 * booked is cancelled with reason {@code CLIENT_ERASED} (never late: nobody owes a fee for being forgotten), each
 * with its history line and its {@code session.cancelled} event, and its slot offered to the waitlist; the client's
 * own waitlist entries are withdrawn first (their held offers pass to the next waiting client); past sessions stay
 * (they count in reports) but no longer name the client's former login.
 */
@ApplicationScoped
public class ErasedClientSessions {

    /** Stands in for the erased client's login wherever a session's history named it. */
    public static final String ERASED_ACTOR = "erased-client";

    static final String FORGET_BOOKER = "UPDATE session SET booked_by = :erased"
            + " WHERE tenant = :tenant AND client_id = :client AND booked_by = :former";
    static final String FORGET_CHANGER = "UPDATE session_change SET changed_by = :erased WHERE tenant = :tenant"
            + " AND changed_by = :former AND session_id IN (SELECT id FROM session WHERE tenant = :tenant"
            + " AND client_id = :client)";

    private final SessionRepository sessions;
    private final CancelledSessions cancelled;
    private final WaitlistEntries waitlist;

    public ErasedClientSessions(SessionRepository sessions, CancelledSessions cancelled, WaitlistEntries waitlist) {
        this.sessions = sessions;
        this.cancelled = cancelled;
        this.waitlist = waitlist;
    }

    /**
     * Cancels the client's future booked sessions and removes their former login from the history of all their
     * sessions. {@code erasedBy} is who erased (a chain admin, or the client themself); emits how many sessions
     * were cancelled. Must run inside the erasure's transaction.
     */
    public Uni<Integer> settle(String tenant, UUID clientId, String formerUserId, String erasedBy, Instant now) {
        String actor = erasedBy == null || erasedBy.equals(formerUserId) ? ERASED_ACTOR : erasedBy;
        return waitlist.withdrawAllOf(tenant, clientId, now)
                .chain(() -> sessions.list("tenant = ?1 and clientId = ?2 and status = ?3 and startsAt > ?4"
                        + " order by startsAt", tenant, clientId, SessionStatus.BOOKED, now))
                .chain(future -> cancelEach(future, 0, actor, now).replaceWith(future.size()))
                .call(() -> formerUserId == null ? Uni.createFrom().voidItem() : forgetLogin(tenant, clientId, formerUserId));
    }

    private Uni<Void> cancelEach(List<Session> future, int index, String actor, Instant now) {
        if (index == future.size()) {
            return Uni.createFrom().voidItem();
        }
        return cancel(future.get(index), actor, now).chain(() -> cancelEach(future, index + 1, actor, now));
    }

    private Uni<Void> cancel(Session session, String actor, Instant now) {
        session.apply(Change.CANCEL, now);
        session.cancellationReason = CancellationReason.CLIENT_ERASED.name();
        session.cancelledBy = CancelledBy.CLIENT;
        session.lateCancellation = false;
        SessionChange change = SessionChange.of(session, SessionChange.Kind.CANCELLED, actor, now);
        change.reason = session.cancellationReason;
        change.late = false;
        return cancelled.record(session, change, actor);
    }

    private Uni<Void> forgetLogin(String tenant, UUID clientId, String formerUserId) {
        return Panache.getSession().chain(db -> db.createNativeQuery(FORGET_BOOKER)
                        .setParameter("erased", ERASED_ACTOR).setParameter("tenant", tenant)
                        .setParameter("client", clientId).setParameter("former", formerUserId)
                        .executeUpdate()
                        .chain(() -> db.createNativeQuery(FORGET_CHANGER)
                                .setParameter("erased", ERASED_ACTOR).setParameter("tenant", tenant)
                                .setParameter("client", clientId).setParameter("former", formerUserId)
                                .executeUpdate()))
                .replaceWithVoid();
    }
}
