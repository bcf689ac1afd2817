package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.location.LocationView.LocationResponse;
import io.remedy.booking.location.LocationView.NewLocation;
import io.remedy.booking.location.LocationView.NewRoom;
import io.remedy.booking.location.LocationView.RoomResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Locations and their rooms: chain admins open locations; admins and the location's managers add rooms. */
@ApplicationScoped
public class LocationService {

    private final LocationRepository locations;
    private final RoomRepository rooms;

    public LocationService(LocationRepository locations, RoomRepository rooms) {
        this.locations = locations;
        this.rooms = rooms;
    }

    @WithTransaction
    public Uni<LocationResponse> open(Caller caller, NewLocation request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        validZone(request.timeZone());
        return locations.findByCode(caller.tenant(), request.code()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("Location code " + request.code() + " is already used in this chain");
            }
            Location location = new Location();
            location.id = UUID.randomUUID();
            location.tenant = caller.tenant();
            location.code = request.code();
            location.name = request.name();
            location.timeZone = request.timeZone();
            location.noticeHours = request.noticeHours() == null ? 24 : request.noticeHours();
            location.createdAt = Instant.now();
            return locations.persistAndFlush(location).map(LocationResponse::of);
        });
    }

    @WithSession
    public Uni<List<LocationResponse>> list(Caller caller) {
        return locations.listInTenant(caller.tenant())
                .map(all -> all.stream().map(LocationResponse::of).toList());
    }

    @WithSession
    public Uni<LocationResponse> get(Caller caller, UUID id) {
        return existing(caller, id).map(LocationResponse::of);
    }

    @WithTransaction
    public Uni<RoomResponse> addRoom(Caller caller, UUID locationId, NewRoom request) {
        return existing(caller, locationId).flatMap(location -> {
            if (!caller.hasRole(Caller.CHAIN_ADMIN)
                    && !(caller.hasRole(Caller.BRANCH_MANAGER) && caller.mayActAt(location.code))) {
                throw ProblemException.forbidden("Only the chain's admins and this location's managers add rooms");
            }
            Room room = new Room();
            room.id = UUID.randomUUID();
            room.tenant = caller.tenant();
            room.locationId = location.id;
            room.name = request.name();
            room.createdAt = Instant.now();
            return rooms.persistAndFlush(room).map(RoomResponse::of);
        });
    }

    @WithSession
    public Uni<List<RoomResponse>> rooms(Caller caller, UUID locationId) {
        return existing(caller, locationId).flatMap(location -> rooms.listAt(caller.tenant(), location.id))
                .map(all -> all.stream().map(RoomResponse::of).toList());
    }

    private Uni<Location> existing(Caller caller, UUID id) {
        return locations.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Location", id));
    }

    private static void validZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.validation("timeZone", "is not an IANA time zone, e.g. Europe/London");
        }
    }
}
