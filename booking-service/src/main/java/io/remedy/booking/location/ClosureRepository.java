package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Closures of the chain's locations; every query is scoped by tenant. */
@ApplicationScoped
public class ClosureRepository implements PanacheRepositoryBase<Closure, UUID> {

    public Uni<Closure> findAt(String tenant, UUID locationId, UUID id) {
        return find("tenant = :tenant and locationId = :location and id = :id",
                Map.of("tenant", tenant, "location", locationId, "id", id)).firstResult();
    }

    /**
     * Removes one closure by a delete query: Hibernate Reactive's delete of a loaded entity races when several
     * sessions delete at once (a request can then hang or fail), a query does not.
     */
    public Uni<Void> deleteAt(String tenant, UUID id) {
        return delete("tenant = ?1 and id = ?2", tenant, id).replaceWithVoid();
    }

    /** Closures of a location touching the dates {@code first..last} (inclusive). */
    public Uni<List<Closure>> touching(String tenant, UUID locationId, LocalDate first, LocalDate last) {
        return list("tenant = :tenant and locationId = :location and firstDay <= :last and lastDay >= :first",
                Map.of("tenant", tenant, "location", locationId, "first", first, "last", last));
    }

    /**
     * A page of a location's closures in date order, ending on or after {@code from} and starting on or before
     * {@code to} when given, after the keyset position {@code (afterDay, afterId)} when given; one row more than the
     * limit tells there is a next page.
     */
    public Uni<List<Closure>> page(String tenant, UUID locationId, LocalDate from, LocalDate to,
                                   LocalDate afterDay, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("tenant = :tenant and locationId = :location");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "location", locationId));
        if (from != null) {
            query.append(" and lastDay >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and firstDay <= :to");
            params.put("to", to);
        }
        if (afterDay != null) {
            query.append(" and (firstDay > :afterDay or (firstDay = :afterDay and id > :afterId))");
            params.put("afterDay", afterDay);
            params.put("afterId", afterId);
        }
        query.append(" order by firstDay, id");
        return find(query.toString(), params).page(0, limit + 1).list();
    }
}
