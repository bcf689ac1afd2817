package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.location.Room;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.SessionAccess.Found;
import io.remedy.booking.session.SessionLifecycle.Change;
import io.remedy.booking.session.SessionView.Cancellation;
import io.remedy.booking.session.SessionView.Reschedule;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.booking.waitlist.FreedSlot;
import io.remedy.booking.waitlist.WaitlistService;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session's changes after booking: reschedule, cancel, check in, complete, no-show. Each checks who may make it,
 * the {@code If-Match} version and the life-cycle rules ({@link SessionLifecycle}), then writes the session, a line
 * of its history and exactly one event, in one transaction. A cancellation offers the freed slot to the waitlist in
 * the same transaction, so the hold is in place before anyone else can book the slot.
 */
@ApplicationScoped
public class SessionLifecycleService {

    private final SessionRepository sessions;
    private final SessionChangeRepository changes;
    private final TherapistRepository therapists;
    private final SessionAccess access;
    private final SessionService booking;
    private final SessionEvents events;
    private final SlotRules slotRules;
    private final RedFlagService redFlags;
    private final WaitlistService waitlist;

    public SessionLifecycleService(SessionRepository sessions, SessionChangeRepository changes,
                                   TherapistRepository therapists, SessionAccess access, SessionService booking,
                                   SessionEvents events, SlotRules slotRules, RedFlagService redFlags,
                                   WaitlistService waitlist) {
        this.sessions = sessions;
        this.changes = changes;
        this.therapists = therapists;
        this.access = access;
        this.booking = booking;
        this.events = events;
        this.slotRules = slotRules;
        this.redFlags = redFlags;
        this.waitlist = waitlist;
    }

    /** Moves a booked session in time, to another therapist or another room of its location; keeps its id. */
    @WithTransaction
    public Uni<SessionResponse> reschedule(Caller caller, UUID id, String ifMatch, Reschedule request) {
        if (request.startsAt() == null && request.therapistId() == null && request.roomId() == null) {
            throw ProblemException.validation("startsAt", "give a new startsAt, therapistId or roomId");
        }
        Instant now = Instant.now();
        if (request.startsAt() != null && !request.startsAt().toInstant().isAfter(now)) {
            throw ProblemException.validation("startsAt", "must be in the future");
        }
        return access.find(caller, id).flatMap(found -> {
            found.requireFrontDeskOrClient("reschedule");
            Session session = found.session();
            IfMatch.require(ifMatch, session.version);
            SessionLifecycle.next(session.status, Change.RESCHEDULE);
            return redFlags.requireNoHold(caller.tenant(), session.clientId)
                    .chain(() -> therapistFor(caller, session, request.therapistId()))
                    .flatMap(therapist -> move(caller, found, therapist, request, now));
        });
    }

    private Uni<Therapist> therapistFor(Caller caller, Session session, UUID therapistId) {
        UUID wanted = therapistId == null ? session.therapistId : therapistId;
        return therapists.findInTenant(caller.tenant(), wanted)
                .onItem().ifNull().failWith(() -> SessionService.unknown("therapistId", "therapist"));
    }

    private Uni<SessionResponse> move(Caller caller, Found found, Therapist therapist, Reschedule request, Instant now) {
        Session session = found.session();
        String tenant = caller.tenant();
        Instant startsAt = request.startsAt() == null ? session.startsAt : request.startsAt().toInstant();
        Duration treatment = Duration.between(session.startsAt, session.endsAt);
        Duration buffer = Duration.between(session.endsAt, session.blockedUntil);
        Instant blockedUntil = startsAt.plus(treatment).plus(buffer);
        boolean sameRoomAsked = request.roomId() == null || request.roomId().equals(session.roomId);
        if (startsAt.equals(session.startsAt) && therapist.id.equals(session.therapistId) && sameRoomAsked) {
            return booking.views(caller, List.of(session)).map(views -> views.get(0));
        }
        return booking.details(session).flatMap(before -> slotRules
                .requireBookable(tenant, session.locationId, therapist.id, session.serviceId, startsAt, blockedUntil)
                .chain(() -> sessions.therapistBusy(tenant, therapist.id, startsAt, blockedUntil, session.id))
                .invoke(busy -> {
                    if (busy) {
                        throw SessionService.therapistTaken();
                    }
                })
                .chain(() -> roomFor(tenant, found, request.roomId(), startsAt, blockedUntil))
                .call(() -> booking.requireClientFree(tenant, session.clientId, startsAt, startsAt.plus(treatment),
                        session.id))
                .flatMap(room -> {
                    SessionRescheduled.Slot previous = SessionEvents.slot(session, before);
                    SessionChange change = SessionChange.of(session, SessionChange.Kind.RESCHEDULED, caller.userId(),
                            now);
                    change.previousStartsAt = session.startsAt;
                    change.previousTherapistId = session.therapistId;
                    change.previousRoomId = session.roomId;
                    session.apply(Change.RESCHEDULE, now);
                    session.startsAt = startsAt;
                    session.endsAt = startsAt.plus(treatment);
                    session.blockedUntil = blockedUntil;
                    session.therapistId = therapist.id;
                    session.roomId = room.id;
                    change.startsAt = session.startsAt;
                    change.therapistId = session.therapistId;
                    change.roomId = session.roomId;
                    return sessions.flush()
                            .onFailure().transform(SessionService::takenOrFault)
                            .chain(() -> changes.persist(change))
                            .chain(() -> events.rescheduled(caller.userId(), session, before, previous,
                                    new SessionEvents.Details(before.location(), before.service(), therapist, room,
                                            before.client()), now))
                            .chain(() -> booking.views(caller, List.of(session)))
                            .map(views -> views.get(0));
                }));
    }

    /** The room after a move: the one asked for; else the session's own if free then; else the first free one. */
    private Uni<Room> roomFor(String tenant, Found found, UUID roomId, Instant from,
                                                        Instant until) {
        Session session = found.session();
        if (roomId != null) {
            return booking.room(tenant, found.location(), roomId, from, until, session.id);
        }
        return sessions.roomBusy(tenant, session.roomId, from, until, session.id)
                .flatMap(busy -> booking.room(tenant, found.location(), busy ? null : session.roomId, from, until,
                        session.id));
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
            // flushed first: the freed slot's occupancy must be gone before a waitlist hold takes its place
            return sessions.flush()
                    .chain(() -> changes.persist(change))
                    .chain(() -> booking.details(session))
                    .call(details -> events.cancelled(caller.userId(), session, details))
                    .call(() -> waitlist.offerFreedSlot(new FreedSlot(session.tenant, session.id, session.clientId,
                            session.locationId, session.therapistId, session.roomId, session.startsAt,
                            session.blockedUntil)))
                    .chain(() -> booking.views(caller, List.of(session)))
                    .map(views -> views.get(0));
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
                        .chain(() -> booking.views(caller, List.of(session)))
                        .map(views -> views.get(0));
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
                    .chain(() -> booking.details(session))
                    .call(details -> events.completed(caller.userId(), session, details))
                    .chain(() -> booking.views(caller, List.of(session)))
                    .map(views -> views.get(0));
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
                    .chain(() -> booking.details(session))
                    .call(details -> events.noShow(caller.userId(), session, details))
                    .chain(() -> booking.views(caller, List.of(session)))
                    .map(views -> views.get(0));
        });
    }
}
