package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who offers which service; every query is scoped by tenant. */
@ApplicationScoped
public class ServiceOfferingRepository implements PanacheRepositoryBase<ServiceOffering, UUID> {

    /** Who offers these services. */
    public Uni<List<ServiceOffering>> listOf(String tenant, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenant = :tenant and serviceId in :services",
                Map.of("tenant", tenant, "services", List.copyOf(serviceIds)));
    }

    public Uni<List<ServiceOffering>> listOf(String tenant, UUID serviceId) {
        return list("tenant = :tenant and serviceId = :service", Map.of("tenant", tenant, "service", serviceId));
    }

    /** True if the therapist offers the service. */
    public Uni<Boolean> offers(String tenant, UUID serviceId, UUID therapistId) {
        return count("tenant = :tenant and serviceId = :service and therapistId = :therapist",
                Map.of("tenant", tenant, "service", serviceId, "therapist", therapistId)).map(n -> n > 0);
    }

    public Uni<Long> deleteOf(String tenant, UUID serviceId) {
        return delete("tenant = :tenant and serviceId = :service", Map.of("tenant", tenant, "service", serviceId));
    }
}
