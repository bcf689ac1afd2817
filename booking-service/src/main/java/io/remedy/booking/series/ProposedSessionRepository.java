package io.remedy.booking.series;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dates of series proposals (reached through their proposal, which is tenant-scoped). */
@ApplicationScoped
public class ProposedSessionRepository implements PanacheRepositoryBase<ProposedSession, UUID> {

    /** The dates of these proposals, in series order. */
    public Uni<List<ProposedSession>> of(Collection<UUID> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("proposalId in :proposals order by proposalId, position", Map.of("proposals", proposalIds));
    }
}
