package io.remedy.records.redflag;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Red flags; every query is scoped by tenant. */
@ApplicationScoped
public class RedFlagRepository implements PanacheRepositoryBase<RedFlag, UUID> {

    public Uni<RedFlag> findForClient(String tenant, UUID clientId, UUID flagId) {
        return find("tenant = ?1 and clientId = ?2 and id = ?3", tenant, clientId, flagId).firstResult();
    }

    public Uni<List<RedFlag>> page(String tenant, UUID clientId, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId));
        String query = "tenant = :tenant and clientId = :client" + Keyset.after("raisedAt", after, params)
                + " order by raisedAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<RedFlag>> all(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by raisedAt, id", tenant, clientId);
    }

    public Uni<List<RedFlag>> open(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 and status = ?3 order by raisedAt, id", tenant, clientId,
                RedFlagStatus.OPEN);
    }

    /** Open flags raised before any location of the client was known, so not yet announced. */
    public Uni<List<RedFlag>> unpublished(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 and status = ?3 and publishedAt is null order by raisedAt, id",
                tenant, clientId, RedFlagStatus.OPEN);
    }
}
