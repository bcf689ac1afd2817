package io.remedy.records.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit trail; every query is scoped by tenant. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    /** A client's entries, newest first, {@code limit} from the cursor on. */
    public Uni<List<AuditEntry>> newestFirst(String tenant, UUID clientId, Cursor.Keyset before, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId));
        String query = "tenant = :tenant and clientId = :client" + Keyset.before("at", before, params)
                + " order by at desc, id desc";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<AuditEntry>> all(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by at, id", tenant, clientId);
    }

    /** Replaces a client's former login and name in the trail with a neutral name (erasure). */
    public Uni<Integer> anonymiseActor(String tenant, String actor, String replacement) {
        return update("actor = ?1, actorName = ?1 where tenant = ?2 and actor = ?3", replacement, tenant, actor);
    }
}
