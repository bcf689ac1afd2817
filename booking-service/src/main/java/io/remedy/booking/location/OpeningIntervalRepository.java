package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opening hours of the chain's locations; every query is scoped by tenant. */
@ApplicationScoped
public class OpeningIntervalRepository implements PanacheRepositoryBase<OpeningInterval, UUID> {

    public Uni<List<OpeningInterval>> listAt(String tenant, UUID locationId) {
        return list("tenant = :tenant and locationId = :location order by dayOfWeek, startMinute",
                Map.of("tenant", tenant, "location", locationId));
    }

    public Uni<Long> deleteAt(String tenant, UUID locationId) {
        return delete("tenant = :tenant and locationId = :location", Map.of("tenant", tenant, "location", locationId));
    }
}
