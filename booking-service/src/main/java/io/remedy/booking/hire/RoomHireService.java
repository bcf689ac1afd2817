package io.remedy.booking.hire;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.hire.RoomHireView.HireResponse;
import io.remedy.booking.hire.RoomHireView.NewHire;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.location.RoomRepository;
import io.remedy.booking.session.Constraints;
import io.remedy.booking.session.SessionAccess;
import io.remedy.booking.session.SessionRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Room hires: the chain's admins and the location's managers let a room to an outside practitioner; the front desk
 * sees them. A hire lies within the location's opening hours. A hire and a session never overlap in one room: the
 * database refuses either (one occupancy table with an exclusion constraint), whatever the concurrency.
 */
@ApplicationScoped
public class RoomHireService {

    /** Longest single hire; longer lets are several hires. */
    static final Duration MAX_HIRE = Duration.ofDays(31);
    static final int MAX_LIST = 500;

    private final RoomHireRepository hires;
    private final LocationRepository locations;
    private final RoomRepository rooms;
    private final SessionRepository occupancy;
    private final SlotRules slotRules;

    public RoomHireService(RoomHireRepository hires, LocationRepository locations, RoomRepository rooms,
                           SessionRepository occupancy, SlotRules slotRules) {
        this.hires = hires;
        this.locations = locations;
        this.rooms = rooms;
        this.occupancy = occupancy;
        this.slotRules = slotRules;
    }

    @WithTransaction
    public Uni<HireResponse> hire(Caller caller, UUID locationId, UUID roomId, NewHire request) {
        Instant startsAt = request.startsAt().toInstant();
        Instant endsAt = request.endsAt().toInstant();
        return room(caller, locationId, roomId).flatMap(location -> {
            requireManager(caller, location);
            if (!endsAt.isAfter(startsAt)) {
                throw ProblemException.validation("endsAt", "must be after startsAt");
            }
            if (!endsAt.isAfter(Instant.now())) {
                throw ProblemException.validation("endsAt", "is in the past");
            }
            if (Duration.between(startsAt, endsAt).compareTo(MAX_HIRE) > 0) {
                throw ProblemException.validation("endsAt", "a hire lasts at most " + MAX_HIRE.toDays() + " days");
            }
            return slotRules.requireOpen(caller.tenant(), location.id, startsAt, endsAt)
                    .chain(() -> occupancy.roomBusy(caller.tenant(), roomId, startsAt, endsAt, null))
                    .flatMap(busy -> {
                        if (busy) {
                            throw roomTaken();
                        }
                        RoomHire hire = new RoomHire();
                        hire.id = UUID.randomUUID();
                        hire.tenant = caller.tenant();
                        hire.locationId = location.id;
                        hire.roomId = roomId;
                        hire.practitionerName = request.practitionerName().strip();
                        hire.note = request.note();
                        hire.startsAt = startsAt;
                        hire.endsAt = endsAt;
                        hire.status = RoomHire.Status.ACTIVE;
                        hire.createdBy = caller.userId();
                        hire.createdAt = Instant.now();
                        return hires.persistAndFlush(hire)
                                .onFailure().transform(RoomHireService::takenOrFault)
                                .map(HireResponse::of);
                    });
        });
    }

    @WithSession
    public Uni<Page<HireResponse>> list(Caller caller, UUID locationId, UUID roomId, Instant from, Instant to,
                              boolean includeCancelled, String cursor, int limit) {
        return page(caller, room(caller, locationId, roomId), roomId, from, to, includeCancelled, cursor, limit);
    }

    /** The hires of every room of the location, by start: what a day or week of its diary shows, in one call. */
    @WithSession
    public Uni<Page<HireResponse>> listAtLocation(Caller caller, UUID locationId, Instant from, Instant to,
                                        boolean includeCancelled, String cursor, int limit) {
        Uni<Location> location = locations.findInTenant(caller.tenant(), locationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Location", locationId));
        return page(caller, location, null, from, to, includeCancelled, cursor, limit);
    }

    private Uni<Page<HireResponse>> page(Caller caller, Uni<Location> place, UUID roomId, Instant from, Instant to,
                               boolean includeCancelled, String cursor, int limit) {
        Cursor.Keyset after = Cursor.keyset(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.validation("to", "must be after from");
        }
        return place.flatMap(location -> {
            requireFrontDesk(caller, location);
            return hires.page(caller.tenant(), location.id, roomId, from, to, includeCancelled, after, size + 1);
        }).map(all -> {
            List<RoomHire> page = all.size() > size ? all.subList(0, size) : all;
            String next = all.size() > size ? Cursor.after(page.get(size - 1).startsAt, page.get(size - 1).id) : null;
            return new Page<>(page.stream().map(HireResponse::of).toList(), next);
        });
    }

    @WithSession
    public Uni<HireResponse> get(Caller caller, UUID locationId, UUID roomId, UUID hireId) {
        return room(caller, locationId, roomId).flatMap(location -> {
            requireFrontDesk(caller, location);
            return existing(caller, roomId, hireId);
        }).map(HireResponse::of);
    }

    /** Cancels a hire; the room is free again at once. If-Match is honoured when sent. */
    @WithTransaction
    public Uni<HireResponse> cancel(Caller caller, UUID locationId, UUID roomId, UUID hireId, String ifMatch) {
        return room(caller, locationId, roomId).flatMap(location -> {
            requireManager(caller, location);
            return existing(caller, roomId, hireId);
        }).flatMap(hire -> {
            if (ifMatch != null) {
                IfMatch.require(ifMatch, hire.version);
            }
            if (hire.status != RoomHire.Status.ACTIVE) {
                throw ProblemException.conflict("The hire is already cancelled",
                        new FieldError("status", "is " + hire.status));
            }
            hire.status = RoomHire.Status.CANCELLED;
            hire.cancelledAt = Instant.now();
            hire.cancelledBy = caller.userId();
            return hires.flush().replaceWith(hire).map(HireResponse::of);
        });
    }

    private Uni<RoomHire> existing(Caller caller, UUID roomId, UUID hireId) {
        return hires.findOfRoom(caller.tenant(), roomId, hireId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Room hire", hireId));
    }

    /** The location, if the room is one of its rooms in the caller's chain; 404 otherwise. */
    private Uni<Location> room(Caller caller, UUID locationId, UUID roomId) {
        return locations.findInTenant(caller.tenant(), locationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Location", locationId))
                .flatMap(location -> rooms.findInTenant(caller.tenant(), roomId)
                        .invoke(room -> {
                            if (room == null || !room.locationId.equals(location.id)) {
                                throw ProblemException.notFound("Room", roomId);
                            }
                        })
                        .replaceWith(location));
    }

    /** Chain admins, and branch managers of this location, let rooms. */
    private static void requireManager(Caller caller, Location location) {
        boolean manager = caller.hasRole(Caller.CHAIN_ADMIN)
                || (caller.hasRole(Caller.BRANCH_MANAGER) && caller.mayActAt(location.code));
        if (!manager || !caller.mayActAt(location.code)) {
            throw ProblemException.forbidden("Only the chain's admins and this location's managers hire out rooms");
        }
    }

    /** The front desk of the location sees its rooms' hires. */
    private static void requireFrontDesk(Caller caller, Location location) {
        if (!SessionAccess.isFrontDesk(caller) || !caller.mayActAt(location.code)) {
            throw ProblemException.forbidden("Only the front desk of this location sees its room hires");
        }
    }

    private static ProblemException roomTaken() {
        return ProblemException.conflict("The room is booked or hired during that time",
                new FieldError("roomId", "is booked or hired during that time"));
    }

    private static Throwable takenOrFault(Throwable failure) {
        String constraint = Constraints.violated(failure);
        return "diary_block_room_free".equals(constraint) ? roomTaken() : failure;
    }
}
