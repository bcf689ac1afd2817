package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The chain's service catalogue; every query is scoped by tenant. */
@ApplicationScoped
public class BookableServiceRepository implements PanacheRepositoryBase<BookableService, UUID> {

    public Uni<BookableService> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    public Uni<List<BookableService>> listInTenant(String tenant) {
        return list("tenant = ?1 order by name", tenant);
    }
}
