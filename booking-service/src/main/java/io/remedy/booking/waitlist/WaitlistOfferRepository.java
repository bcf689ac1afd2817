package io.remedy.booking.waitlist;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Waitlist offers; every query a caller can reach is scoped by tenant. */
@ApplicationScoped
public class WaitlistOfferRepository implements PanacheRepositoryBase<WaitlistOffer, UUID> {

    /** The offer of an entry, locked until the transaction ends (accept and decline race with expiry). */
    public Uni<WaitlistOffer> lockOfEntry(String tenant, UUID entryId, UUID offerId) {
        return find("tenant = ?1 and entryId = ?2 and id = ?3", tenant, entryId, offerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The open offer of an entry, locked, or null. */
    public Uni<WaitlistOffer> lockOpenOf(String tenant, UUID entryId) {
        return find("tenant = ?1 and entryId = ?2 and status = ?3", tenant, entryId, WaitlistOffer.Status.OFFERED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The open offers of these entries. */
    public Uni<List<WaitlistOffer>> openOf(String tenant, Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenant = :tenant and entryId in :entries and status = :status", Map.of("tenant", tenant,
                "entries", entryIds, "status", WaitlistOffer.Status.OFFERED));
    }

    /**
     * Offers of every chain that lapsed by {@code now}, locked with {@code SKIP LOCKED}: several replicas each take
     * different ones, and an offer being accepted right now is left alone.
     */
    public Uni<List<WaitlistOffer>> lockLapsed(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM waitlist_offer WHERE status = 'OFFERED' AND expires_at <= :now
                        ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""", WaitlistOffer.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList());
    }
}
