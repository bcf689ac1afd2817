package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.Room;
import io.remedy.booking.location.RoomRepository;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.SessionAccess.Found;
import io.remedy.booking.session.SessionLifecycle.Change;
import io.remedy.booking.session.SessionView.Reschedule;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.remedy.booking.session.SessionProblems.unknown;

/**
 * Moving a booked session in time, to another therapist or another room of its location. Checks who may move it, the
 * {@code If-Match} version and the life-cycle rules ({@link SessionLifecycle}), then the diary's rules at the new
 * time, and writes the session, a line of its history and {@code session.rescheduled}, in one transaction.
 */
@ApplicationScoped
public class SessionMoves {

    private final SessionRepository sessions;
    private final SessionChangeRepository changes;
    private final TherapistRepository therapists;
    private final RoomRepository rooms;
    private final SessionAccess access;
    private final SessionDetails details;
    private final SessionViews views;
    private final SessionEvents events;
    private final SlotRules slotRules;
    private final RedFlagService redFlags;

    public SessionMoves(SessionRepository sessions, SessionChangeRepository changes, TherapistRepository therapists,
                        RoomRepository rooms, SessionAccess access, SessionDetails details, SessionViews views,
                        SessionEvents events, SlotRules slotRules, RedFlagService redFlags) {
        this.sessions = sessions;
        this.changes = changes;
        this.therapists = therapists;
        this.rooms = rooms;
        this.access = access;
        this.details = details;
        this.views = views;
        this.events = events;
        this.slotRules = slotRules;
        this.redFlags = redFlags;
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
                .onItem().ifNull().failWith(() -> unknown("therapistId", "therapist"));
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
            return views.of(caller, session);
        }
        return details.of(session).flatMap(before -> slotRules
                .requireBookable(tenant, session.locationId, therapist.id, session.serviceId, startsAt, blockedUntil)
                .chain(() -> sessions.therapistBusy(tenant, therapist.id, startsAt, blockedUntil, session.id))
                .invoke(busy -> {
                    if (busy) {
                        throw SessionProblems.therapistTaken();
                    }
                })
                .chain(() -> roomFor(tenant, found, request.roomId(), startsAt, blockedUntil))
                .call(() -> requireClientFree(tenant, session.clientId, startsAt, startsAt.plus(treatment),
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
                            .onFailure().transform(SessionProblems::takenOrFault)
                            .chain(() -> changes.persist(change))
                            .chain(() -> events.rescheduled(caller.userId(), session, before, previous,
                                    new SessionEvents.Details(before.location(), before.service(), therapist, room,
                                            before.client()), now))
                            .chain(() -> views.of(caller, session));
                }));
    }

    /** The room after a move: the one asked for; else the session's own if free then; else the first free one. */
    private Uni<Room> roomFor(String tenant, Found found, UUID roomId, Instant from, Instant until) {
        Session session = found.session();
        if (roomId != null) {
            return room(tenant, found.location(), roomId, from, until, session.id);
        }
        return sessions.roomBusy(tenant, session.roomId, from, until, session.id)
                .flatMap(busy -> room(tenant, found.location(), busy ? null : session.roomId, from, until,
                        session.id));
    }

    /**
     * The room a session takes in {@code [from, until)}: the one asked for, if it is a room of the location and free,
     * else the first free one; 409 naming {@code roomId} when none is.
     *
     * @param except an occupancy to ignore (the session being moved)
     */
    private Uni<Room> room(String tenant, Location location, UUID roomId, Instant from, Instant until, UUID except) {
        if (roomId != null) {
            return rooms.findInTenant(tenant, roomId)
                    .onItem().ifNull().failWith(() -> unknown("roomId", "room"))
                    .invoke(found -> {
                        if (!found.locationId.equals(location.id)) {
                            throw SessionProblems.notARoomOf();
                        }
                    })
                    .call(found -> sessions.roomBusy(tenant, found.id, from, until, except).invoke(busy -> {
                        if (busy) {
                            throw SessionProblems.roomTaken();
                        }
                    }));
        }
        return sessions.firstFreeRoom(tenant, location.id, from, until, except)
                .onItem().ifNull().failWith(() -> SessionProblems.noFreeRoom(location))
                .flatMap(free -> rooms.findInTenant(tenant, free));
    }

    /** 409 naming {@code clientId} when the client is in another live session in {@code [from, until)}. */
    private Uni<Void> requireClientFree(String tenant, UUID clientId, Instant from, Instant until, UUID except) {
        return sessions.clientBusy(tenant, clientId, from, until, except).invoke(busy -> {
            if (busy) {
                throw SessionProblems.clientTaken();
            }
        }).replaceWithVoid();
    }
}
