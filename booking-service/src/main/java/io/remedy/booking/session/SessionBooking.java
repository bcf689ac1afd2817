package io.remedy.booking.session;

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
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.SessionEvents.Details;
import io.remedy.booking.session.SessionView.NewSession;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.remedy.booking.session.SessionProblems.clientTaken;
import static io.remedy.booking.session.SessionProblems.therapistTaken;
import static io.remedy.booking.session.SessionProblems.unknown;

/**
 * Booking a session. A booking is refused by the database itself when the therapist, the room or the client is taken
 * (the exclusion constraints of {@code diary_block}, the one guard of sessions, room hires and waitlist holds),
 * whatever the concurrency; the refusal becomes a 409 naming what is taken. Waitlist acceptance and series
 * confirmation book through {@link #place} as well.
 */
@ApplicationScoped
public class SessionBooking {

    private final SessionRepository sessions;
    private final SessionChangeRepository changes;
    private final LocationRepository locations;
    private final TherapistRepository therapists;
    private final BookableServiceRepository services;
    private final ClientRepository clients;
    private final SessionEvents events;

    public SessionBooking(SessionRepository sessions, SessionChangeRepository changes, LocationRepository locations,
                          TherapistRepository therapists, BookableServiceRepository services, ClientRepository clients,
                          SessionEvents events) {
        this.sessions = sessions;
        this.changes = changes;
        this.locations = locations;
        this.therapists = therapists;
        this.services = services;
        this.clients = clients;
        this.events = events;
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
                            .onFailure().transform(SessionProblems::takenOrFault)
                            .call(saved -> changes.persist(SessionChange.of(saved, SessionChange.Kind.BOOKED,
                                    caller.userId(), saved.createdAt)))
                            .call(saved -> events.booked(caller.userId(), saved, booking.in(chosen)))
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
                throw SessionProblems.notARoomOf();
            }
            if (found.taken()) {
                throw SessionProblems.roomTaken();
            }
        } else if (found == null) {
            throw SessionProblems.noFreeRoom(location);
        }
        Room room = new Room();
        room.id = found.id();
        room.tenant = location.tenant;
        room.locationId = found.locationId();
        room.name = found.name();
        return room;
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
    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, field + " " + message)
                .withErrors(List.of(new FieldError(field, message))));
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

        /** The booking in the room it takes, as its event names it. */
        Details in(Room room) {
            return new Details(location, service, therapist, room, client);
        }
    }
}
