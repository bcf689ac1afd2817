package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.location.LocationView.NewRoom;
import io.remedy.booking.location.LocationView.RoomResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** A location's rooms: admins and the location's managers add them; anyone in the chain reads them. */
@ApplicationScoped
public class LocationRooms {

    private final RoomRepository rooms;
    private final LocationAccess access;

    public LocationRooms(RoomRepository rooms, LocationAccess access) {
        this.rooms = rooms;
        this.access = access;
    }

    @WithTransaction
    public Uni<RoomResponse> addRoom(Caller caller, UUID locationId, NewRoom request) {
        return access.existing(caller, locationId).flatMap(location -> {
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

    /** A page of a location's rooms in name order (then id); {@code cursor} is the previous page's. */
    @WithSession
    public Uni<Page<RoomResponse>> rooms(Caller caller, UUID locationId, int limit, String cursor) {
        Cursor.Named after = Cursor.named(cursor);
        return access.existing(caller, locationId)
                .flatMap(location -> rooms.page(caller.tenant(), location.id, after, limit))
                .map(rows -> Page.of(rows, limit, RoomResponse::of, row -> new Cursor.Named(row.name, row.id).encode()));
    }
}
