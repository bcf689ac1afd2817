package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Therapists' leave and sickness; every query is scoped by tenant. */
@ApplicationScoped
public class RosterExceptionRepository implements PanacheRepositoryBase<RosterException, UUID> {

    public Uni<RosterException> findOf(String tenant, UUID therapistId, UUID id) {
        return find("tenant = :tenant and therapistId = :therapist and id = :id",
                Map.of("tenant", tenant, "therapist", therapistId, "id", id)).firstResult();
    }

    /**
     * Removes one exception by a delete query: Hibernate Reactive's delete of a loaded entity races when several
     * sessions delete at once (a request can then hang or fail), a query does not.
     */
    public Uni<Void> deleteOf(String tenant, UUID id) {
        return delete("tenant = ?1 and id = ?2", tenant, id).replaceWithVoid();
    }

    /** The therapist's exceptions overlapping {@code [from, until)}. */
    public Uni<List<RosterException>> overlapping(String tenant, UUID therapistId, Instant from, Instant until) {
        return list("tenant = :tenant and therapistId = :therapist and startsAt < :until and endsAt > :from",
                Map.of("tenant", tenant, "therapist", therapistId, "from", from, "until", until));
    }

    /**
     * A page of a therapist's exceptions in start order, ending after {@code from} and starting before {@code to}
     * when given, after the keyset position {@code (afterStart, afterId)}; one row more than the limit tells there is
     * a next page.
     */
    public Uni<List<RosterException>> page(String tenant, UUID therapistId, Instant from, Instant to,
                                           Instant afterStart, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("tenant = :tenant and therapistId = :therapist");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "therapist", therapistId));
        if (from != null) {
            query.append(" and endsAt > :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and startsAt < :to");
            params.put("to", to);
        }
        if (afterStart != null) {
            query.append(" and (startsAt > :afterStart or (startsAt = :afterStart and id > :afterId))");
            params.put("afterStart", afterStart);
            params.put("afterId", afterId);
        }
        query.append(" order by startsAt, id");
        return find(query.toString(), params).page(0, limit + 1).list();
    }
}
