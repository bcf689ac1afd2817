package io.remedy.records.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The session projection; every query is scoped by tenant. */
@ApplicationScoped
public class KnownSessionRepository implements PanacheRepositoryBase<KnownSession, UUID> {

    public Uni<KnownSession> findInTenant(String tenant, UUID sessionId) {
        return find("tenant = ?1 and id = ?2", tenant, sessionId).firstResult();
    }

    /** True if the therapist (by login) has, had or will have a session with the client. */
    public Uni<Boolean> therapistTreats(String tenant, UUID clientId, String therapistUserId) {
        return count("tenant = ?1 and clientId = ?2 and therapistUserId = ?3", tenant, clientId, therapistUserId)
                .map(n -> n > 0);
    }

    /** True if the client has any session at one of these locations (by code). */
    public Uni<Boolean> clientSeenAt(String tenant, UUID clientId, Collection<String> locationCodes) {
        if (locationCodes.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return count("tenant = :tenant and clientId = :client and locationCode in :codes",
                Map.of("tenant", tenant, "client", clientId, "codes", locationCodes)).map(n -> n > 0);
    }

    /** The therapist record (booking's therapist id) of a login, from the latest session that names it. */
    public Uni<UUID> therapistIdOf(String tenant, String therapistUserId) {
        return find("tenant = ?1 and therapistUserId = ?2 order by updatedAt desc", tenant, therapistUserId)
                .firstResult().map(found -> found == null ? null : found.therapistId);
    }

    /** The login of a therapist record, from the latest session that names it. */
    public Uni<KnownSession> latestOfTherapist(String tenant, UUID therapistId) {
        return find("tenant = ?1 and therapistId = ?2 order by updatedAt desc", tenant, therapistId).firstResult();
    }

    /**
     * The session that best tells who treats the client now: the next live one from {@code now}, else the latest
     * before it; null if the client has none.
     */
    public Uni<KnownSession> currentFor(String tenant, UUID clientId, Instant now) {
        return find("tenant = ?1 and clientId = ?2 and status = ?3 and startsAt >= ?4 order by startsAt",
                tenant, clientId, KnownSession.Status.BOOKED, now).firstResult()
                .flatMap(next -> next != null ? Uni.createFrom().item(next)
                        : find("tenant = ?1 and clientId = ?2 and startsAt < ?3 order by startsAt desc",
                                tenant, clientId, now).firstResult());
    }

    public Uni<List<KnownSession>> forClient(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by startsAt", tenant, clientId);
    }
}
