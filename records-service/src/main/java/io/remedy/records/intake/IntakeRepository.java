package io.remedy.records.intake;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Intake versions; every query is scoped by tenant. */
@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<IntakeVersion, UUID> {

    public Uni<IntakeVersion> latest(String tenant, UUID clientId) {
        return find("tenant = ?1 and clientId = ?2 order by version desc", tenant, clientId).firstResult();
    }

    public Uni<IntakeVersion> version(String tenant, UUID clientId, int version) {
        return find("tenant = ?1 and clientId = ?2 and version = ?3", tenant, clientId, version).firstResult();
    }

    public Uni<List<IntakeVersion>> page(String tenant, UUID clientId, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId));
        String query = "tenant = :tenant and clientId = :client" + Keyset.after("recordedAt", after, params)
                + " order by recordedAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<IntakeVersion>> all(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by version", tenant, clientId);
    }
}
