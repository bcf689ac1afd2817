package io.remedy.notification.contact;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The contact projection; every query is scoped by tenant. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Uni<Contact> findInTenant(String tenant, UUID clientId) {
        return find("tenant = ?1 and clientId = ?2", tenant, clientId).firstResult();
    }

    public Uni<List<Contact>> findAllInTenant(String tenant, Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenant = :tenant and clientId in :ids", Map.of("tenant", tenant, "ids", clientIds));
    }
}
