package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
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
        return list("tenant = ?1 order by name, id", tenant);
    }

    /**
     * A page of the chain's services in name order, after the keyset position {@code after} when given; one row
     * more than the limit tells there is a next page.
     */
    public Uni<List<BookableService>> page(String tenant, Cursor.Named after, int limit) {
        if (after == null) {
            return find("tenant = ?1 order by name, id", tenant).page(0, limit + 1).list();
        }
        return find("tenant = ?1 and (name > ?2 or (name = ?2 and id > ?3)) order by name, id",
                tenant, after.name(), after.id()).page(0, limit + 1).list();
    }
}
