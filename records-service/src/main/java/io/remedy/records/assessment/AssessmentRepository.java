package io.remedy.records.assessment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Assessments; every query is scoped by tenant. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public Uni<Assessment> findForClient(String tenant, UUID clientId, UUID assessmentId) {
        return find("tenant = ?1 and clientId = ?2 and id = ?3", tenant, clientId, assessmentId).firstResult();
    }

    public Uni<List<Assessment>> page(String tenant, UUID clientId, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId));
        String query = "tenant = :tenant and clientId = :client" + Keyset.after("assessedAt", after, params)
                + " order by assessedAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    /** Every assessment of the client, first to latest. */
    public Uni<List<Assessment>> all(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by assessedAt, id", tenant, clientId);
    }

    public Uni<Boolean> any(String tenant, UUID clientId) {
        return count("tenant = ?1 and clientId = ?2", tenant, clientId).map(n -> n > 0);
    }
}
