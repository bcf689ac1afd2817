package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.Client;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.location.Room;
import io.remedy.booking.location.RoomRepository;
import io.remedy.booking.session.SessionRepository.SessionFilter;
import io.remedy.booking.session.SessionRepository.Visibility;
import io.remedy.booking.session.SessionView.NewSession;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Booking and reading sessions. A booking is refused by the database itself when the therapist or room is taken
 * (exclusion constraints), whatever the concurrency; the refusal becomes a 409 naming what is taken.
 */
@ApplicationScoped
public class SessionService {

    static final int MAX_LIST = 500;

    private final SessionRepository sessions;
    private final LocationRepository locations;
    private final RoomRepository rooms;
    private final TherapistRepository therapists;
    private final BookableServiceRepository services;
    private final ClientRepository clients;
    private final SessionEvents events;

    public SessionService(SessionRepository sessions, LocationRepository locations, RoomRepository rooms,
                          TherapistRepository therapists, BookableServiceRepository services,
                          ClientRepository clients, SessionEvents events) {
        this.sessions = sessions;
        this.locations = locations;
        this.rooms = rooms;
        this.therapists = therapists;
        this.services = services;
        this.clients = clients;
        this.events = events;
    }

    @WithTransaction
    public Uni<SessionResponse> book(Caller caller, NewSession request) {
        String tenant = caller.tenant();
        return locations.findInTenant(tenant, request.locationId())
                .onItem().ifNull().failWith(() -> unknown("locationId", "location"))
                .flatMap(location -> clients.findInTenant(tenant, request.clientId())
                        .onItem().ifNull().failWith(() -> unknown("clientId", "client"))
                        .flatMap(client -> {
                            authoriseBooking(caller, location, client);
                            return services.findInTenant(tenant, request.serviceId())
                                    .onItem().ifNull().failWith(() -> unknown("serviceId", "service"))
                                    .flatMap(service -> therapists.findInTenant(tenant, request.therapistId())
                                            .onItem().ifNull().failWith(() -> unknown("therapistId", "therapist"))
                                            .flatMap(therapist -> place(caller, new Booking(location, client,
                                                    service, therapist, request.startsAt().toInstant()),
                                                    request.roomId())));
                        }));
    }

    private Uni<SessionResponse> place(Caller caller, Booking booking, UUID roomId) {
        Instant startsAt = booking.startsAt();
        Instant endsAt = startsAt.plus(booking.service().duration());
        Instant blockedUntil = endsAt.plus(booking.service().buffer());
        Uni<Room> room = roomId == null
                ? rooms.firstFreeAt(caller.tenant(), booking.location().id, startsAt, blockedUntil)
                        .onItem().ifNull().failWith(() -> ProblemException.conflict(
                                "No room is free at " + booking.location().code + " for that time",
                                new FieldError("roomId", "no free room at that time")))
                : rooms.findInTenant(caller.tenant(), roomId)
                        .onItem().ifNull().failWith(() -> unknown("roomId", "room"))
                        .invoke(found -> {
                            if (!found.locationId.equals(booking.location().id)) {
                                throw ProblemException.validation("roomId", "is not a room of that location");
                            }
                        });
        return room.flatMap(chosen -> {
            Session session = new Session();
            session.id = UUID.randomUUID();
            session.tenant = caller.tenant();
            session.locationId = booking.location().id;
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
            return sessions.persistAndFlush(session)
                    .onFailure().transform(SessionService::takenOrFault)
                    .call(saved -> events.booked(caller, saved, booking, chosen))
                    .map(SessionResponse::of);
        });
    }

    @WithSession
    public Uni<SessionResponse> get(Caller caller, UUID id) {
        return sessions.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session", id))
                .flatMap(session -> visibleTo(caller, session)
                        .map(visible -> {
                            if (!visible) {
                                throw ProblemException.notFound("Session", id);
                            }
                            return SessionResponse.of(session);
                        }));
    }

    /** Staff list the diary of a location (or of a therapist or client) between two instants; a client their own. */
    @WithSession
    public Uni<List<SessionResponse>> list(Caller caller, SessionFilter filter, int limit) {
        if (!filter.to().isAfter(filter.from())) {
            throw ProblemException.validation("to", "must be after from");
        }
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        Uni<List<Session>> found;
        if (caller.hasRole(Caller.CLIENT)) {
            found = clients.findByUser(caller.tenant(), caller.userId())
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                    .flatMap(me -> sessions.listBetween(caller.tenant(), new SessionFilter(filter.from(), filter.to(),
                            filter.locationId(), filter.therapistId(), me.id), Visibility.ALL, size));
        } else {
            caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
            found = visibility(caller).flatMap(visible -> sessions.listBetween(caller.tenant(), filter, visible, size));
        }
        return found.map(all -> all.stream().map(SessionResponse::of).toList());
    }

    /** Front-desk staff see their locations' sessions (all, with {@code *}); a therapist also sees their own. */
    private Uni<Visibility> visibility(Caller caller) {
        boolean frontDesk = caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        if (frontDesk && caller.actsAtAllLocations()) {
            return Uni.createFrom().item(Visibility.ALL);
        }
        Uni<List<UUID>> locationIds = frontDesk
                ? locations.listInTenant(caller.tenant()).map(all -> all.stream()
                        .filter(location -> caller.mayActAt(location.code)).map(location -> location.id).toList())
                : Uni.createFrom().item(List.of());
        return locationIds.flatMap(ids -> therapistOf(caller)
                .map(me -> new Visibility(ids, me == null ? null : me.id)));
    }

    /** Who sees a session: staff at its location, its therapist, its client; nobody of another chain. */
    private Uni<Boolean> visibleTo(Caller caller, Session session) {
        if (caller.hasRole(Caller.CLIENT)) {
            return clients.findByUser(caller.tenant(), caller.userId())
                    .map(me -> me != null && me.id.equals(session.clientId));
        }
        return locations.findInTenant(caller.tenant(), session.locationId).flatMap(location -> {
            boolean staffHere = caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)
                    && location != null && caller.mayActAt(location.code);
            if (staffHere) {
                return Uni.createFrom().item(true);
            }
            return therapistOf(caller).map(me -> me != null && me.id.equals(session.therapistId));
        });
    }

    private Uni<Therapist> therapistOf(Caller caller) {
        return caller.hasRole(Caller.THERAPIST)
                ? therapists.findByUser(caller.tenant(), caller.userId())
                : Uni.createFrom().nullItem();
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

    private static ProblemException unknown(String field, String what) {
        return ProblemException.validation(field, "no such " + what + " in this chain");
    }

    /** The database's refusal of an overlapping session, as a 409 naming what is taken; anything else stays a fault. */
    static Throwable takenOrFault(Throwable failure) {
        String constraint = Constraints.violated(failure);
        if ("session_therapist_free".equals(constraint)) {
            return ProblemException.conflict("The therapist is already booked at that time",
                    new FieldError("therapistId", "already booked at that time"));
        }
        if ("session_room_free".equals(constraint)) {
            return ProblemException.conflict("The room is already booked at that time",
                    new FieldError("roomId", "already booked at that time"));
        }
        return failure;
    }

    /** What a booking joins together. */
    public record Booking(Location location, Client client, BookableService service, Therapist therapist,
                          Instant startsAt) {
    }
}
