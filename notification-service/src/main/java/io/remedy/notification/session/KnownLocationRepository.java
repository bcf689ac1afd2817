package io.remedy.notification.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Locations as events named them; every query is scoped by tenant. */
@ApplicationScoped
public class KnownLocationRepository implements PanacheRepositoryBase<KnownLocation, UUID> {

    public Uni<KnownLocation> findInTenant(String tenant, UUID locationId) {
        if (locationId == null) {
            return Uni.createFrom().nullItem();
        }
        return find("tenant = :tenant and locationId = :id", Map.of("tenant", tenant, "id", locationId)).firstResult();
    }

    /** Every location with a time zone, of every tenant: the daily diary visits each. */
    public Uni<List<KnownLocation>> withTimeZone() {
        return list("timeZone is not null");
    }

    /**
     * Records what an event says about a location; a field the event does not carry (null) keeps its value.
     * Runs in the caller's transaction.
     */
    public Uni<KnownLocation> learn(String tenant, UUID locationId, String code, String name, String timeZone) {
        if (locationId == null || code == null) {
            return Uni.createFrom().nullItem();
        }
        return findById(locationId).flatMap(existing -> {
            if (existing != null && !existing.tenant.equals(tenant)) {
                return Uni.createFrom().item(existing);
            }
            KnownLocation location = existing != null ? existing : new KnownLocation();
            location.locationId = locationId;
            location.tenant = tenant;
            location.code = code;
            location.name = name != null ? name : location.name;
            location.timeZone = timeZone != null ? timeZone : location.timeZone;
            location.updatedAt = Instant.now();
            return existing != null ? Uni.createFrom().item(location) : persist(location);
        });
    }
}
