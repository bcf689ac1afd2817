package io.remedy.notification.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The session projection; every query is scoped by tenant. */
@ApplicationScoped
public class SessionCopyRepository implements PanacheRepositoryBase<SessionCopy, UUID> {

    public Uni<SessionCopy> findInTenant(String tenant, UUID sessionId) {
        return find("tenant = :tenant and sessionId = :id", Map.of("tenant", tenant, "id", sessionId)).firstResult();
    }

    /** Booked sessions of a location starting in [from, to), in order: a day's diary. */
    public Uni<List<SessionCopy>> bookedAt(String tenant, UUID locationId, Instant from, Instant to) {
        return list("tenant = :tenant and locationId = :location and status = :status"
                        + " and startsAt >= :from and startsAt < :to order by startsAt",
                Map.of("tenant", tenant, "location", locationId, "status", SessionCopy.Status.BOOKED,
                        "from", from, "to", to));
    }
}
