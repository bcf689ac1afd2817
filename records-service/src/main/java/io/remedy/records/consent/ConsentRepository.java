package io.remedy.records.consent;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.records.common.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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

    public Uni<List<Consent>> page(String tenant, UUID clientId, Cursor after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId));
        String query = "tenant = :tenant and clientId = :client" + Keyset.after("recordedAt", after, params)
                + " order by recordedAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<Consent>> all(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by recordedAt, id", tenant, clientId);
    }

    /** True if the client has a consent of this kind that is not withdrawn. */
    public Uni<Boolean> hasCurrent(String tenant, UUID clientId, ConsentKind kind) {
        return count("tenant = ?1 and clientId = ?2 and kind = ?3 and withdrawnAt is null", tenant, clientId, kind)
                .map(n -> n > 0);
    }
}
