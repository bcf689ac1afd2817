package io.remedy.booking.client;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/** Clients of a chain; every query is scoped by tenant. Searching is {@link ClientSearch}'s. */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    public Uni<Client> findInTenant(String tenant, UUID id) {
        return find("tenant = :tenant and id = :id", Map.of("tenant", tenant, "id", id)).firstResult();
    }

    public Uni<Client> findByUser(String tenant, String userId) {
        return find("tenant = :tenant and userId = :user", Map.of("tenant", tenant, "user", userId)).firstResult();
    }
}
