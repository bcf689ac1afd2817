package io.remedy.records.plan;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plan versions; every query is scoped by tenant. */
@ApplicationScoped
public class PlanVersionRepository implements PanacheRepositoryBase<PlanVersion, UUID> {

    public Uni<List<PlanVersion>> page(String tenant, UUID planId, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "plan", planId));
        String query = "tenant = :tenant and planId = :plan" + Keyset.after("changedAt", after, params)
                + " order by changedAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<PlanVersion>> all(String tenant, UUID planId) {
        return list("tenant = ?1 and planId = ?2 order by version", tenant, planId);
    }
}
