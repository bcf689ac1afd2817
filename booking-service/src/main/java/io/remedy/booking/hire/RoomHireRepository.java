package io.remedy.booking.hire;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Room hires; every query is scoped by tenant. */
@ApplicationScoped
public class RoomHireRepository implements PanacheRepositoryBase<RoomHire, UUID> {

    public Uni<RoomHire> findOfRoom(String tenant, UUID roomId, UUID id) {
        return find("tenant = ?1 and roomId = ?2 and id = ?3", tenant, roomId, id).firstResult();
    }

    /**
     * A page of the hires of a location's rooms (or of one room of it, when {@code roomId} is given) ending after
     * {@code from} and starting before {@code to}, by start then id.
     */
    public Uni<List<RoomHire>> page(String tenant, UUID locationId, UUID roomId, Instant from, Instant to,
                                    boolean includeCancelled, Cursor.Keyset after, int limit) {
        StringBuilder query = new StringBuilder("tenant = :tenant and locationId = :location");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "location", locationId));
        if (roomId != null) {
            query.append(" and roomId = :room");
            params.put("room", roomId);
        }
        if (from != null) {
            query.append(" and endsAt > :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and startsAt < :to");
            params.put("to", to);
        }
        if (!includeCancelled) {
            query.append(" and status = :active");
            params.put("active", RoomHire.Status.ACTIVE);
        }
        if (after != null) {
            query.append(" and (startsAt > :afterAt or (startsAt = :afterAt and id > :afterId))");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        query.append(" order by startsAt, id");
        return find(query.toString(), params).page(0, limit).list();
    }
}
