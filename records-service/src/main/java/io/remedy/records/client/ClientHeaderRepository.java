package io.remedy.records.client;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.records.common.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Client headers; every query is scoped by tenant. */
@ApplicationScoped
public class ClientHeaderRepository implements PanacheRepositoryBase<ClientHeader, UUID> {

    static final String STUB = "INSERT INTO client_header (id, tenant, user_id, source_version, updated_at)"
            + " VALUES (:id, :tenant, :user, -1, :now) ON CONFLICT (id) DO NOTHING";

    public Uni<ClientHeader> findInTenant(String tenant, UUID clientId) {
        return find("tenant = ?1 and id = ?2", tenant, clientId).firstResult();
    }

    /**
     * The client's header, made as a stub first if there is none. Client and session events arrive on two
     * channels (and replicas) at once: the insert cannot clash, whichever comes first.
     */
    public Uni<ClientHeader> ensure(String tenant, UUID clientId, String userId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(STUB)
                        .setParameter("id", clientId)
                        .setParameter("tenant", tenant)
                        .setParameter("user", userId)
                        .setParameter("now", Instants.now())
                        .executeUpdate())
                .chain(() -> findById(clientId));
    }
}
