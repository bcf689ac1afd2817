package io.remedy.records.plan;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Treatment plans; every query is scoped by tenant. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<TreatmentPlan, UUID> {

    public Uni<TreatmentPlan> findForClient(String tenant, UUID clientId, UUID planId) {
        return find("tenant = ?1 and clientId = ?2 and id = ?3", tenant, clientId, planId).firstResult();
    }

    public Uni<List<TreatmentPlan>> page(String tenant, UUID clientId, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId));
        String query = "tenant = :tenant and clientId = :client" + Keyset.after("createdAt", after, params)
                + " order by createdAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<TreatmentPlan>> all(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by createdAt, id", tenant, clientId);
    }

    /** True if the therapist (by login) is the therapist of one of the client's plans. */
    public Uni<Boolean> assignedTo(String tenant, UUID clientId, String therapistUserId) {
        return count("tenant = ?1 and clientId = ?2 and therapistUserId = ?3", tenant, clientId, therapistUserId)
                .map(n -> n > 0);
    }

    /** True if one of the client's plans is at a location with one of these codes. */
    public Uni<Boolean> atLocations(String tenant, UUID clientId, Collection<String> locationCodes) {
        if (locationCodes.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return count("tenant = :tenant and clientId = :client and locationId in "
                        + "(select l.id from KnownLocation l where l.tenant = :tenant and l.code in :codes)",
                Map.of("tenant", tenant, "client", clientId, "codes", locationCodes)).map(n -> n > 0);
    }

    /** The therapist record of a login, from a plan that names it; null if none does. */
    public Uni<UUID> therapistIdOf(String tenant, String therapistUserId) {
        return find("tenant = ?1 and therapistUserId = ?2 order by updatedAt desc", tenant, therapistUserId)
                .firstResult().map(plan -> plan == null ? null : plan.therapistId);
    }
}
