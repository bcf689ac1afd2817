package io.remedy.records.session;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.records.common.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Locations learnt from session events; every query is scoped by tenant. */
@ApplicationScoped
public class KnownLocationRepository implements PanacheRepositoryBase<KnownLocation, UUID> {

    static final String LEARN = "INSERT INTO known_location (id, tenant, code, name, time_zone, updated_at)"
            + " VALUES (:id, :tenant, :code, :name, :zone, :now) ON CONFLICT (id) DO NOTHING";

    public Uni<KnownLocation> findInTenant(String tenant, UUID locationId) {
        return find("tenant = ?1 and id = ?2", tenant, locationId).firstResult();
    }

    /** The code of a location of the tenant (e.g. for the audit trail); null when unknown or not given. */
    public Uni<String> codeOf(String tenant, UUID locationId) {
        return locationId == null ? Uni.createFrom().nullItem()
                : findInTenant(tenant, locationId).map(location -> location == null ? null : location.code);
    }

    public Uni<List<KnownLocation>> listInTenant(String tenant) {
        return list("tenant = ?1 order by code", tenant);
    }

    /** The location, recorded first if new; safe when several consumers learn it at once. */
    public Uni<KnownLocation> ensure(String tenant, UUID id, String code, String name, String timeZone) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LEARN)
                        .setParameter("id", id)
                        .setParameter("tenant", tenant)
                        .setParameter("code", code)
                        .setParameter("name", name)
                        .setParameter("zone", timeZone)
                        .setParameter("now", Instants.now())
                        .executeUpdate())
                .chain(() -> findById(id));
    }
}
