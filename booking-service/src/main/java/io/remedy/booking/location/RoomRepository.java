package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
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

    /**
     * A page of a location's rooms in name order, after the keyset position {@code after} when given; one row more
     * than the limit tells there is a next page.
     */
    public Uni<List<Room>> page(String tenant, UUID locationId, Cursor.Named after, int limit) {
        if (after == null) {
            return find("tenant = ?1 and locationId = ?2 order by name, id", tenant, locationId)
                    .page(0, limit + 1).list();
        }
        return find("tenant = ?1 and locationId = ?2 and (name > ?3 or (name = ?3 and id > ?4)) order by name, id",
                tenant, locationId, after.name(), after.id()).page(0, limit + 1).list();
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
