package io.remedy.booking.client;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Clients of a chain; every query is scoped by tenant. */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    public Uni<Client> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    public Uni<Client> findByUser(String tenant, String userId) {
        return find("tenant = ?1 and userId = ?2", tenant, userId).firstResult();
    }

    /** Clients whose name, email or phone contains the text, case-insensitively. */
    public Uni<List<Client>> search(String tenant, String text, int limit) {
        String like = "%" + text.toLowerCase() + "%";
        return find("""
                tenant = ?1 and (lower(givenName) like ?2 or lower(familyName) like ?2
                                 or lower(email) like ?2 or phone like ?2)
                order by familyName, givenName""", tenant, like).page(0, limit).list();
    }

    public Uni<List<Client>> listInTenant(String tenant, int limit) {
        return find("tenant = ?1 order by familyName, givenName", tenant).page(0, limit).list();
    }
}
