package io.remedy.booking.redflag;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Red flags of a chain's clients; every query is scoped by tenant. */
@ApplicationScoped
public class RedFlagRepository implements PanacheRepositoryBase<RedFlag, UUID> {

    /** The open (raised, not cleared) flags of these clients. */
    public Uni<List<RedFlag>> openOf(String tenant, Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenant = :tenant and clientId in :clients and clearedAt is null and raisedAt is not null",
                Map.of("tenant", tenant, "clients", clientIds));
    }
}
