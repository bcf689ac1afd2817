package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.catalogue.ServicePrices;
import io.remedy.booking.client.Client;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.location.Room;
import io.remedy.booking.location.RoomRepository;
import io.remedy.booking.redflag.RedFlagHold;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.SessionEvents.Details;
import io.remedy.booking.session.SessionRepository.SessionFilter;
import io.remedy.booking.session.SessionRepository.Visibility;
import io.remedy.booking.session.SessionView.HistoryEntry;
import io.remedy.booking.session.SessionView.NewSession;
import io.remedy.booking.session.SessionView.SessionHold;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.remedy.platform.query.InstantOrDay;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Booking and reading sessions. A booking is refused by the database itself when the therapist, the room or the
 * client is taken (the exclusion constraints of {@code diary_block}, the one guard of sessions, room hires and
 * waitlist holds), whatever the concurrency; the refusal becomes a 409 naming what is taken. Waitlist acceptance and series confirmation book through {@link #place} as well.
 */
@ApplicationScoped
public class SessionService {

    static final int MAX_LIST = 500;

    private final SessionRepository sessions;
    private final SessionChangeRepository changes;
    private final LocationRepository locations;
    private final RoomRepository rooms;
    private final TherapistRepository therapists;
    private final BookableServiceRepository services;
    private final ClientRepository clients;
    private final SessionEvents events;
    private final SessionAccess access;
    private final RedFlagService redFlags;

    public SessionService(SessionRepository sessions, SessionChangeRepository changes, LocationRepository locations,
                          RoomRepository rooms, TherapistRepository therapists, BookableServiceRepository services,
                          ClientRepository clients, SessionEvents events, SessionAccess access, RedFlagService redFlags) {
        this.sessions = sessions;
        this.changes = changes;
        this.locations = locations;
        this.rooms = rooms;
        this.therapists = therapists;
        this.services = services;
        this.clients = clients;
        this.events = events;
        this.access = access;
        this.redFlags = redFlags;
    }

    /** Books a session; nobody books one that starts in the past (422 naming {@code startsAt}). */
    @WithTransaction
    public Uni<SessionResponse> book(Caller caller, NewSession request) {
        if (!request.startsAt().toInstant().isAfter(Instant.now())) {
            throw unprocessable("startsAt", "is in the past: a session is booked for a time to come");
        }
        return bookAnyTime(caller, request);
    }

    /**
     * Records a session that has already started, as a chain carrying over the history of its previous system (or a
     * demo's) does: chain admins only, and only for a start before now (a session to come is booked). The diary's other
     * rules all apply (roster, opening hours, free therapist and room, red-flag hold); the session is then completed,
     * marked a no-show or cancelled through its life cycle like any other.
     */
    @WithTransaction
    public Uni<SessionResponse> recordPast(Caller caller, NewSession request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        if (request.startsAt().toInstant().isAfter(Instant.now())) {
            throw unprocessable("startsAt", "has not started yet: book a session to come with POST /api/v1/sessions");
        }
        return bookAnyTime(caller, request);
    }

    private Uni<SessionResponse> bookAnyTime(Caller caller, NewSession request) {
        String tenant = caller.tenant();
        // the four parts in one statement; only when one is missing are they asked for one by one, to name it
        return sessions.bookingParts(tenant, request.locationId(), request.clientId(), request.serviceId(),
                        request.therapistId())
                .flatMap(parts -> parts != null
                        ? Uni.createFrom().item(new Booking((Location) parts[0], (Client) parts[1],
                                (BookableService) parts[2], (Therapist) parts[3], request.startsAt().toInstant()))
                        : partsOneByOne(tenant, request))
                .flatMap(booking -> {
                    authoriseBooking(caller, booking.location(), booking.client());
                    return place(caller, booking, request.roomId(), null);
                });
    }

    private Uni<Booking> partsOneByOne(String tenant, NewSession request) {
        return locations.findInTenant(tenant, request.locationId())
                .onItem().ifNull().failWith(() -> unknown("locationId", "location"))
                .flatMap(location -> clients.findInTenant(tenant, request.clientId())
                        .onItem().ifNull().failWith(() -> unknown("clientId", "client"))
                        .flatMap(client -> services.findInTenant(tenant, request.serviceId())
                                .onItem().ifNull().failWith(() -> unknown("serviceId", "service"))
                                .flatMap(service -> therapists.findInTenant(tenant, request.therapistId())
                                        .onItem().ifNull().failWith(() -> unknown("therapistId", "therapist"))
                                        .map(therapist -> new Booking(location, client, service, therapist,
                                                request.startsAt().toInstant())))));
    }

    /**
     * Books a session whose parts the caller was already allowed to join, inside the current transaction: the client
     * must not be on a red-flag hold, the slot must be bookable (opening hours, roster), the therapist and the room
     * free, the client in no other session then. Without a room the first free room of the location is taken. Writes the session, its history and
     * {@code session.booked}. A conflict found before writing is a {@link ProblemException} (the transaction stays
     * usable); one the database found is a {@link SlotTakenException} (the transaction is lost).
     *
     * <p>All that decides it is read in one statement ({@link SessionRepository#diaryCheck}) and judged here in the
     * order the rules have always been told: hold, opening hours, therapist, therapist taken, room, client taken. The
     * database's exclusion constraints stay the guard against a concurrent booking.
     */
    public Uni<SessionResponse> place(Caller caller, Booking booking, UUID roomId, UUID planId) {
        String tenant = caller.tenant();
        Location location = booking.location();
        Instant startsAt = booking.startsAt();
        Instant endsAt = startsAt.plus(booking.service().duration());
        Instant blockedUntil = endsAt.plus(booking.service().buffer());
        Instant treatmentEnd = SlotRules.treatmentEnd(booking.service(), startsAt, blockedUntil);
        return sessions.diaryCheck(tenant, location.id, booking.service().id, booking.therapist().id,
                        booking.client().id, roomId, startsAt, endsAt, blockedUntil,
                        SlotRules.firstDay(location, startsAt), SlotRules.lastDay(location, treatmentEnd))
                .map(check -> {
                    if (check.held()) {
                        throw RedFlagService.onHold();
                    }
                    SlotRules.requireOpen(location, check.openingHours(), check.closures(), startsAt, treatmentEnd);
                    SlotRules.requireWorking(location, check.offers(), check.roster(), check.leave(), startsAt,
                            blockedUntil);
                    if (check.therapistBusy()) {
                        throw therapistTaken();
                    }
                    Room room = roomOf(location, roomId, check.room());
                    if (check.clientBusy()) {
                        throw clientTaken();
                    }
                    return new Placed(room, check.price());
                })
                .flatMap(placed -> {
                    Room chosen = placed.room();
                    ServicePrices.Price price = placed.price();
                    Session session = new Session();
                    session.id = UUID.randomUUID();
                    session.tenant = tenant;
                    session.locationId = location.id;
                    session.serviceId = booking.service().id;
                    session.therapistId = booking.therapist().id;
                    session.roomId = chosen.id;
                    session.clientId = booking.client().id;
                    session.startsAt = startsAt;
                    session.endsAt = endsAt;
                    session.blockedUntil = blockedUntil;
                    session.status = SessionStatus.BOOKED;
                    session.bookedBy = caller.userId();
                    session.createdAt = Instant.now();
                    session.planId = planId;
                    // the price the client pays is kept with the session: a later price change does not rewrite it
                    session.priceCents = price == null ? null : price.cents();
                    session.currency = price == null ? null : price.currency();
                    return sessions.persistAndFlush(session)
                            .onFailure().transform(SessionService::takenOrFault)
                            .call(saved -> changes.persist(SessionChange.of(saved, SessionChange.Kind.BOOKED,
                                    caller.userId(), saved.createdAt)))
                            .call(saved -> events.booked(caller.userId(), saved, booking, chosen))
                            .map(SessionResponse::of);
                });
    }

    /**
     * The room a new session takes, from what {@link SessionRepository#diaryCheck} found: the one asked for if it is
     * a room of the location and free (400 naming {@code roomId} for an unknown room or one elsewhere, 409 when
     * taken), else the first free one (409 when none is). Only its id and name are needed (the session and its event
     * name it), so it is not read again.
     */
    private static Room roomOf(Location location, UUID roomId, SessionRepository.FoundRoom found) {
        if (roomId != null) {
            if (found == null) {
                throw unknown("roomId", "room");
            }
            if (!found.locationId().equals(location.id)) {
                throw ProblemException.validation("roomId", "is not a room of that location");
            }
            if (found.taken()) {
                throw roomTaken();
            }
        } else if (found == null) {
            throw ProblemException.conflict("No room is free at " + location.code + " for that time",
                    new FieldError("roomId", "no free room at that time"));
        }
        Room room = new Room();
        room.id = found.id();
        room.tenant = location.tenant;
        room.locationId = found.locationId();
        room.name = found.name();
        return room;
    }

    /** 409 naming {@code clientId} when the client is in another live session in {@code [from, until)}. */
    Uni<Void> requireClientFree(String tenant, UUID clientId, Instant from, Instant until, UUID except) {
        return sessions.clientBusy(tenant, clientId, from, until, except).invoke(busy -> {
            if (busy) {
                throw clientTaken();
            }
        }).replaceWithVoid();
    }

    /**
     * The room a session takes in {@code [from, until)}: the one asked for, if it is a room of the location and free,
     * else the first free one; 409 naming {@code roomId} when none is.
     *
     * @param except an occupancy to ignore (the session being moved)
     */
    Uni<Room> room(String tenant, Location location, UUID roomId, Instant from, Instant until, UUID except) {
        if (roomId != null) {
            return rooms.findInTenant(tenant, roomId)
                    .onItem().ifNull().failWith(() -> unknown("roomId", "room"))
                    .invoke(found -> {
                        if (!found.locationId.equals(location.id)) {
                            throw ProblemException.validation("roomId", "is not a room of that location");
                        }
                    })
                    .call(found -> sessions.roomBusy(tenant, found.id, from, until, except).invoke(busy -> {
                        if (busy) {
                            throw roomTaken();
                        }
                    }));
        }
        return sessions.firstFreeRoom(tenant, location.id, from, until, except)
                .onItem().ifNull().failWith(() -> ProblemException.conflict(
                        "No room is free at " + location.code + " for that time",
                        new FieldError("roomId", "no free room at that time")))
                .flatMap(free -> rooms.findInTenant(tenant, free));
    }

    /** One session the caller may see, as they may see it. */
    @WithSession
    public Uni<SessionResponse> get(Caller caller, UUID id) {
        return access.find(caller, id).flatMap(found -> views(caller, List.of(found.session())))
                .map(views -> views.get(0));
    }

    /**
     * As {@link #list(Caller, SessionFilter, String, int)} between two bounds that may be whole days: a day is read in
     * the time zone of {@code locationId}, or without one in the zone all the chain's locations share (a chain whose
     * locations are in several zones must name the location: a 400 naming {@code locationId}).
     */
    @WithSession
    public Uni<Page<SessionResponse>> list(Caller caller, InstantOrDay from, InstantOrDay to, UUID locationId,
                                           UUID therapistId, UUID clientId, String cursor, int limit) {
        Uni<ZoneId> zone;
        if (!from.isDay() && !to.isDay()) {
            zone = Uni.createFrom().item(ZoneOffset.UTC);
        } else if (locationId != null) {
            zone = locations.findInTenant(caller.tenant(), locationId)
                    .onItem().ifNull().failWith(() -> ProblemException.validation("locationId",
                            "no such location in this chain"))
                    .map(Location::zone);
        } else {
            zone = locations.listInTenant(caller.tenant()).map(all -> {
                List<ZoneId> zones = all.stream().map(Location::zone).distinct().toList();
                if (zones.size() > 1) {
                    throw ProblemException.validation("locationId", "is required when from or to is a date: this"
                            + " chain's locations are in several time zones");
                }
                return zones.isEmpty() ? ZoneOffset.UTC : zones.get(0);
            });
        }
        return zone.flatMap(in -> list(caller, new SessionFilter(from.startIn(in), to.endIn(in), locationId,
                therapistId, clientId), cursor, limit));
    }

    /** Staff list the diary of a location (or of a therapist or client) between two instants; a client their own. */
    @WithSession
    public Uni<Page<SessionResponse>> list(Caller caller, SessionFilter filter, String cursor, int limit) {
        if (!filter.to().isAfter(filter.from())) {
            throw ProblemException.validation("to", "must be after from");
        }
        Cursor.Keyset after = Cursor.keyset(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        Uni<List<Session>> found;
        if (caller.hasRole(Caller.CLIENT)) {
            found = clients.findByUser(caller.tenant(), caller.userId())
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                    .flatMap(me -> sessions.listBetween(caller.tenant(), new SessionFilter(filter.from(), filter.to(),
                            filter.locationId(), filter.therapistId(), me.id), Visibility.ALL, after, size + 1));
        } else {
            caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
            found = access.visibility(caller)
                    .flatMap(visible -> sessions.listBetween(caller.tenant(), filter, visible, after, size + 1));
        }
        return found.flatMap(all -> {
            List<Session> page = all.size() > size ? all.subList(0, size) : all;
            String next = all.size() > size ? Cursor.after(page.get(size - 1).startsAt, page.get(size - 1).id) : null;
            return views(caller, page).map(items -> new Page<>(items, next));
        });
    }

    /** A session's history, oldest change first, for whoever may see the session. */
    @WithSession
    public Uni<Page<HistoryEntry>> history(Caller caller, UUID id, String cursor, int limit) {
        Long after = Cursor.position(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        return access.find(caller, id)
                .flatMap(found -> changes.history(caller.tenant(), found.session().id, after, size + 1))
                .map(all -> {
                    List<SessionChange> page = all.size() > size ? all.subList(0, size) : all;
                    String next = all.size() > size ? Cursor.after(page.get(size - 1).seq) : null;
                    return new Page<>(page.stream().map(HistoryEntry::of).toList(), next);
                });
    }

    /** Sessions as this caller sees them: a held session shows its hold (the reason only, to a client). */
    Uni<List<SessionResponse>> views(Caller caller, List<Session> page) {
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

    /**
     * The session's location, service, therapist, room and client, as its events name them. One query after the
     * other: a reactive Hibernate session runs one query at a time.
     */
    Uni<Details> details(Session session) {
        String tenant = session.tenant;
        return locations.findInTenant(tenant, session.locationId).flatMap(location -> services
                .findInTenant(tenant, session.serviceId).flatMap(service -> therapists
                        .findInTenant(tenant, session.therapistId).flatMap(therapist -> rooms
                                .findInTenant(tenant, session.roomId).flatMap(room -> clients
                                        .findInTenant(tenant, session.clientId)
                                        .map(client -> new Details(location, service, therapist, room, client))))));
    }

    /** Front-desk staff book at their locations; a client books for themself. */
    private static void authoriseBooking(Caller caller, Location location, Client client) {
        if (caller.hasRole(Caller.CLIENT)) {
            if (!caller.userId().equals(client.userId)) {
                throw ProblemException.forbidden("A client books only for themself");
            }
            return;
        }
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        if (!caller.mayActAt(location.code)) {
            throw ProblemException.forbidden("You may not book at " + location.code);
        }
    }

    /** 422: well-formed, but a rule of the diary forbids it; names the field the rule is about. */
    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, field + " " + message)
                .withErrors(List.of(new FieldError(field, message))));
    }

    static ProblemException unknown(String field, String what) {
        return ProblemException.validation(field, "no such " + what + " in this chain");
    }

    static ProblemException therapistTaken() {
        return ProblemException.conflict("The therapist is already booked at that time",
                new FieldError("therapistId", "already booked at that time"));
    }

    static ProblemException clientTaken() {
        return ProblemException.conflict("The client already has a session at that time",
                new FieldError("clientId", "already has a session at that time"));
    }

    static ProblemException roomTaken() {
        return ProblemException.conflict("The room is already booked, hired or held at that time",
                new FieldError("roomId", "already booked, hired or held at that time"));
    }

    /**
     * The database's refusal of an overlapping session, as a 409 naming what is taken; anything else stays a fault.
     * Sessions, room hires and waitlist holds all refuse each other through {@code diary_block}, the one guard.
     */
    static Throwable takenOrFault(Throwable failure) {
        String constraint = Constraints.violated(failure);
        if ("diary_block_therapist_free".equals(constraint)) {
            return new SlotTakenException(therapistTaken());
        }
        if ("diary_block_room_free".equals(constraint)) {
            return new SlotTakenException(roomTaken());
        }
        if ("diary_block_client_free".equals(constraint)) {
            return new SlotTakenException(clientTaken());
        }
        return failure;
    }

    /** A 409 the database gave: the slot was taken by a concurrent change; the transaction cannot go on. */
    public static final class SlotTakenException extends ProblemException {

        private static final long serialVersionUID = 1L;

        SlotTakenException(ProblemException taken) {
            super(taken.problem());
        }
    }

    /** A problem naming one field as its reason, for per-item outcomes (e.g. of a series confirmation). */
    public static FieldError reasonOf(ProblemException problem) {
        Problem p = problem.problem();
        if (!p.errors().isEmpty()) {
            return p.errors().get(0);
        }
        return new FieldError(p.type().equals(ProblemType.CONFLICT.uri()) ? "startsAt" : "request", p.detail());
    }

    /** The room a new session takes and what the client pays for it there (null when no price). */
    private record Placed(Room room, ServicePrices.Price price) {
    }

    /** What a booking joins together. */
    public record Booking(Location location, Client client, BookableService service, Therapist therapist,
                          Instant startsAt) {
    }
}
