package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Locations of a chain; every query is scoped by tenant. */
@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {

    public Uni<Location> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    public Uni<Location> findByCode(String tenant, String code) {
        return find("tenant = ?1 and code = ?2", tenant, code).firstResult();
    }

    /** The currency most of the chain's services are priced in; GBP for a chain without services. */
    public Uni<String> chainCurrency(String tenant) {
        return getSession().chain(session -> session.createNativeQuery("""
                        SELECT coalesce((SELECT currency FROM bookable_service WHERE tenant = :tenant
                            GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1), 'GBP')""")
                .setParameter("tenant", tenant)
                .getSingleResult())
                .map(String::valueOf); // no result class: see NativeScalars
    }

    public Uni<List<Location>> listInTenant(String tenant) {
        return list("tenant = ?1 order by code", tenant);
    }

    /**
     * A page of the chain's locations in code order, after the keyset position {@code after} when given; one row
     * more than the limit tells there is a next page.
     */
    public Uni<List<Location>> page(String tenant, Cursor.Named after, int limit) {
        if (after == null) {
            return find("tenant = ?1 order by code, id", tenant).page(0, limit + 1).list();
        }
        return find("tenant = ?1 and (code > ?2 or (code = ?2 and id > ?3)) order by code, id",
                tenant, after.name(), after.id()).page(0, limit + 1).list();
    }
}
