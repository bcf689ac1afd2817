package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.SessionLifecycle.Change;
import io.remedy.booking.session.SessionView.Cancellation;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * A session's changes of status after booking: cancel, check in, complete, no-show (a move is {@link SessionMoves}').
 * Each checks who may make it, the {@code If-Match} version and the life-cycle rules ({@link SessionLifecycle}), then
 * writes the session, a line of its history and exactly one event, in one transaction. A cancellation offers the
 * freed slot to the waitlist in the same transaction, so the hold is in place before anyone else can book the slot.
 */
@ApplicationScoped
public class SessionLifecycleService {

    private final SessionRepository sessions;
    private final SessionChangeRepository changes;
    private final SessionAccess access;
    private final SessionDetails details;
    private final SessionViews views;
    private final SessionEvents events;
    private final RedFlagService redFlags;
    private final CancelledSessions cancelled;

    public SessionLifecycleService(SessionRepository sessions, SessionChangeRepository changes, SessionAccess access,
                                   SessionDetails details, SessionViews views, SessionEvents events,
                                   RedFlagService redFlags, CancelledSessions cancelled) {
        this.sessions = sessions;
        this.changes = changes;
        this.access = access;
        this.details = details;
        this.views = views;
        this.events = events;
        this.redFlags = redFlags;
        this.cancelled = cancelled;
    }

    /** Cancels a booked session: by the client (their own) or the clinic; late inside the notice window. */
    @WithTransaction
    public Uni<SessionResponse> cancel(Caller caller, UUID id, String ifMatch, Cancellation request) {
        return access.find(caller, id).flatMap(found -> {
            found.requireFrontDeskOrClient("cancel");
            if (request.reason() == CancellationReason.CLIENT_ERASED) {
                throw ProblemException.validation("reason", "is given by a client's erasure only");
            }
            Session session = found.session();
            IfMatch.require(ifMatch, session.version);
            Instant now = Instant.now();
            session.apply(Change.CANCEL, now);
            session.cancellationReason = request.reason().name();
            session.cancelledBy = SessionLifecycle.cancelledBy(request.reason(),
                    found.relation().ownClient() && !found.relation().frontDesk());
            session.lateCancellation = SessionLifecycle.isLateCancellation(now, session.startsAt,
                    found.location().noticeHours);
            SessionChange change = SessionChange.of(session, SessionChange.Kind.CANCELLED, caller.userId(), now);
            change.reason = session.cancellationReason;
            change.late = session.lateCancellation;
            return cancelled.record(session, change, caller.userId())
                    .chain(() -> views.of(caller, session));
        });
    }

    /** Checks the client in (front desk); refused while the client is on a red-flag hold. */
    @WithTransaction
    public Uni<SessionResponse> checkIn(Caller caller, UUID id, String ifMatch) {
        return access.find(caller, id).flatMap(found -> {
            found.requireFrontDesk("check in");
            Session session = found.session();
            IfMatch.require(ifMatch, session.version);
            SessionLifecycle.next(session.status, Change.CHECK_IN);
            return redFlags.requireNoHold(caller.tenant(), session.clientId).chain(() -> {
                Instant now = Instant.now();
                SessionLifecycle.requireTimely(Change.CHECK_IN, now, session.startsAt,
                        found.location().checkInOpensMinutesBefore);
                session.apply(Change.CHECK_IN, now);
                return changes.persist(SessionChange.of(session, SessionChange.Kind.CHECKED_IN, caller.userId(), now))
                        .chain(() -> sessions.flush())
                        .chain(() -> views.of(caller, session));
            });
        });
    }

    /** Marks the session completed (front desk, or its therapist). */
    @WithTransaction
    public Uni<SessionResponse> complete(Caller caller, UUID id, String ifMatch) {
        return access.find(caller, id).flatMap(found -> {
            found.requireFrontDeskOrTherapist("complete");
            Session session = found.session();
            IfMatch.require(ifMatch, session.version);
            Instant now = Instant.now();
            SessionLifecycle.next(session.status, Change.COMPLETE);
            SessionLifecycle.requireTimely(Change.COMPLETE, now, session.startsAt,
                    found.location().checkInOpensMinutesBefore);
            session.apply(Change.COMPLETE, now);
            return changes.persist(SessionChange.of(session, SessionChange.Kind.COMPLETED, caller.userId(), now))
                    .chain(() -> sessions.flush())
                    .chain(() -> details.of(session))
                    .call(parts -> events.completed(caller.userId(), session, parts))
                    .chain(() -> views.of(caller, session));
        });
    }

    /** Marks that the client did not come (front desk, or the session's therapist). */
    @WithTransaction
    public Uni<SessionResponse> noShow(Caller caller, UUID id, String ifMatch) {
        return access.find(caller, id).flatMap(found -> {
            found.requireFrontDeskOrTherapist("mark as a no-show");
            Session session = found.session();
            IfMatch.require(ifMatch, session.version);
            Instant now = Instant.now();
            SessionLifecycle.next(session.status, Change.NO_SHOW);
            SessionLifecycle.requireTimely(Change.NO_SHOW, now, session.startsAt,
                    found.location().checkInOpensMinutesBefore);
            session.apply(Change.NO_SHOW, now);
            return changes.persist(SessionChange.of(session, SessionChange.Kind.NO_SHOW, caller.userId(), now))
                    .chain(() -> sessions.flush())
                    .chain(() -> details.of(session))
                    .call(parts -> events.noShow(caller.userId(), session, parts))
                    .chain(() -> views.of(caller, session));
        });
    }
}
