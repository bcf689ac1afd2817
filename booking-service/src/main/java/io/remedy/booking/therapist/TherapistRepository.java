package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Therapists of a chain; every query is scoped by tenant. */
@ApplicationScoped
public class TherapistRepository implements PanacheRepositoryBase<Therapist, UUID> {

    public Uni<Therapist> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    public Uni<Therapist> findByUser(String tenant, String userId) {
        return find("tenant = ?1 and userId = ?2", tenant, userId).firstResult();
    }

    /** Those of the ids that are therapists of the tenant. */
    public Uni<List<Therapist>> listByIds(String tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenant = :tenant and id in :ids", Map.of("tenant", tenant, "ids", ids));
    }

    public Uni<List<Therapist>> listInTenant(String tenant) {
        return list("tenant = ?1 order by displayName, id", tenant);
    }

    /**
     * A page of the chain's therapists in display-name order (then id: two may share a name), after the keyset
     * position {@code after} when given; one row more than the limit tells there is a next page.
     */
    public Uni<List<Therapist>> page(String tenant, Cursor.Named after, int limit) {
        if (after == null) {
            return find("tenant = ?1 order by displayName, id", tenant).page(0, limit + 1).list();
        }
        return find("tenant = ?1 and (displayName > ?2 or (displayName = ?2 and id > ?3)) order by displayName, id",
                tenant, after.name(), after.id()).page(0, limit + 1).list();
    }
}
