package io.remedy.notification.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The delivery log. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Pending messages that are due, locked for this sender; rows another replica holds are skipped
     * ({@code FOR UPDATE SKIP LOCKED}), so several replicas never send one message twice.
     */
    public Uni<List<Delivery>> lockDue(Instant now, int limit) {
        return getSession().flatMap(session -> session
                .createNativeQuery("""
                        select * from delivery
                        where status in ('PENDING', 'FAILED') and (next_attempt_at is null or next_attempt_at <= :now)
                        order by created_at
                        limit :limit
                        for update skip locked""", Delivery.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .setLockMode(LockMode.NONE)
                .getResultList());
    }

    public Uni<Delivery> findOnce(String sourceEventId, String kind, Channel channel, UUID clientId) {
        return find("sourceEventId = ?1 and kind = ?2 and channel = ?3 and clientId = ?4",
                sourceEventId, kind, channel, clientId).firstResult();
    }

    public Uni<List<Delivery>> forClient(String tenant, UUID clientId, int limit) {
        return find("tenant = ?1 and clientId = ?2 order by createdAt desc", tenant, clientId).page(0, limit).list();
    }
}
