package io.remedy.notification.preference;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Users' preferences; every query is scoped by tenant. */
@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<Preference, UUID> {

    public Uni<Preference> findOf(String tenant, String userId) {
        return find("tenant = :tenant and userId = :userId", Map.of("tenant", tenant, "userId", userId))
                .firstResult();
    }

    public Uni<List<Preference>> findOfAll(String tenant, Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenant = :tenant and userId in :userIds", Map.of("tenant", tenant, "userIds", userIds));
    }
}
