package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Rooms of the chain's locations; every query is scoped by tenant. */
@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    public Uni<Room> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    public Uni<List<Room>> listAt(String tenant, UUID locationId) {
        return list("tenant = ?1 and locationId = ?2 order by name", tenant, locationId);
    }

    /** The first room of a location that no live session occupies in {@code [from, until)}. */
    public Uni<Room> firstFreeAt(String tenant, UUID locationId, Instant from, Instant until) {
        return find("""
                tenant = ?1 and locationId = ?2 and not exists (
                    select 1 from Session s where s.roomId = id
                    and s.status in (io.remedy.booking.session.SessionStatus.BOOKED,
                                     io.remedy.booking.session.SessionStatus.CHECKED_IN,
                                     io.remedy.booking.session.SessionStatus.COMPLETED)
                    and s.startsAt < ?4 and s.blockedUntil > ?3)
                order by name""", tenant, locationId, from, until).firstResult();
    }
}
