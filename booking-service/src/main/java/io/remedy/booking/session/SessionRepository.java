package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sessions of a chain; every query is scoped by tenant. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public Uni<Session> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    /** Sessions starting in {@code [from, to)}, optionally narrowed to a location, therapist or client. */
    public Uni<List<Session>> listBetween(String tenant, SessionFilter filter, int limit) {
        StringBuilder query = new StringBuilder("tenant = :tenant and startsAt >= :from and startsAt < :to");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "from", filter.from(), "to", filter.to()));
        if (filter.locationId() != null) {
            query.append(" and locationId = :location");
            params.put("location", filter.locationId());
        }
        if (filter.therapistId() != null) {
            query.append(" and therapistId = :therapist");
            params.put("therapist", filter.therapistId());
        }
        if (filter.clientId() != null) {
            query.append(" and clientId = :client");
            params.put("client", filter.clientId());
        }
        query.append(" order by startsAt, id");
        return find(query.toString(), params).page(0, limit).list();
    }

    /** What to list: a time window and optional narrowing. */
    public record SessionFilter(Instant from, Instant to, UUID locationId, UUID therapistId, UUID clientId) {
    }
}
