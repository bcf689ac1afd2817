package io.remedy.records.consent;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Consents; every query is scoped by tenant. */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public Uni<Consent> findForClient(String tenant, UUID clientId, UUID consentId) {
        return find("tenant = ?1 and clientId = ?2 and id = ?3", tenant, clientId, consentId).firstResult();
    }

    public Uni<List<Consent>> page(String tenant, UUID clientId, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId));
        String query = "tenant = :tenant and clientId = :client" + Keyset.after("recordedAt", after, params)
                + " order by recordedAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<Consent>> all(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by recordedAt, id", tenant, clientId);
    }

    /** True if the client has a current consent of this kind (neither withdrawn nor superseded). */
    public Uni<Boolean> hasCurrent(String tenant, UUID clientId, ConsentKind kind) {
        return count("tenant = ?1 and clientId = ?2 and kind = ?3 and withdrawnAt is null and supersededAt is null",
                tenant, clientId, kind)
                .map(n -> n > 0);
    }

    /**
     * Serialises the consents of one client and kind until the transaction ends (a transaction-scoped advisory
     * lock), so that of two versions given at once the second supersedes the first instead of failing.
     */
    public Uni<Void> lockKind(String tenant, UUID clientId, ConsentKind kind) {
        return Panache.getSession().chain(session -> session
                        // no result class: see NativeScalars
                        .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                        .setParameter("key", "consent|" + tenant + "|" + clientId + "|" + kind.name())
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Marks the client's current consent of this kind superseded by {@code newer}; emits how many were. */
    public Uni<Integer> supersede(String tenant, UUID clientId, ConsentKind kind, UUID newer, Instant at) {
        return update("supersededAt = ?1, supersededBy = ?2, version = version + 1 where tenant = ?3"
                        + " and clientId = ?4 and kind = ?5 and withdrawnAt is null and supersededAt is null",
                at, newer, tenant, clientId, kind);
    }
}
