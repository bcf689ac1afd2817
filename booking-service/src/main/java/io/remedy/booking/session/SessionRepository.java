package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
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
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters
                .with("tenant", tenant).and("from", filter.from()).and("to", filter.to());
        if (filter.locationId() != null) {
            query.append(" and locationId = :location");
            params = params.and("location", filter.locationId());
        }
        if (filter.therapistId() != null) {
            query.append(" and therapistId = :therapist");
            params = params.and("therapist", filter.therapistId());
        }
        if (filter.clientId() != null) {
            query.append(" and clientId = :client");
            params = params.and("client", filter.clientId());
        }
        query.append(" order by startsAt, id");
        return find(query.toString(), params).page(0, limit).list();
    }

    /** What to list: a time window and optional narrowing. */
    public record SessionFilter(Instant from, Instant to, UUID locationId, UUID therapistId, UUID clientId) {
    }
}
