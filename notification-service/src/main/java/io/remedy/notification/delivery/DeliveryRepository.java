package io.remedy.notification.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The delivery log. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Pending messages that are due (deferred ones once their time came), locked for this sender; rows another
     * replica holds are skipped ({@code FOR UPDATE SKIP LOCKED}), so several replicas never send one message twice.
     */
    public Uni<List<Delivery>> lockDue(Instant now, int limit) {
        return getSession().flatMap(session -> session
                .createNativeQuery("""
                        select * from delivery
                        where status in ('PENDING', 'FAILED') and coalesce(next_attempt_at, created_at) <= :now
                        order by coalesce(next_attempt_at, created_at)
                        limit :limit
                        for update skip locked""", Delivery.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .setLockMode(LockMode.NONE)
                .getResultList());
    }

    /** The message of this source, kind, channel and recipient, if it was written already. */
    public Uni<Delivery> findOnce(String tenant, String sourceId, String kind, Channel channel, String recipient) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("source", sourceId);
        params.put("kind", kind);
        params.put("channel", channel);
        params.put("recipient", recipient);
        return find("tenant = :tenant and sourceEventId = :source and kind = :kind and channel = :channel"
                + " and recipient = :recipient", params).firstResult();
    }

    public Uni<Delivery> findInTenant(String tenant, UUID id) {
        return find("tenant = :tenant and id = :id", Map.of("tenant", tenant, "id", id)).firstResult();
    }

    /** Messages of a kind about something (e.g. a waitlist offer), not yet taken back. */
    public Uni<List<Delivery>> about(String tenant, UUID aboutId, String kind) {
        return list("tenant = :tenant and aboutId = :about and kind = :kind and withdrawnAt is null",
                Map.of("tenant", tenant, "about", aboutId, "kind", kind));
    }

    /** An erased client's messages: those not sent yet are cancelled, addresses and texts of all are wiped. */
    public Uni<Void> forgetClient(String tenant, UUID clientId) {
        Map<String, Object> params = Map.of("tenant", tenant, "client", clientId);
        return update("status = 'CANCELLED', nextAttemptAt = null where tenant = :tenant and clientId = :client"
                + " and status in ('PENDING', 'FAILED')", params)
                .chain(() -> update("address = null, subject = null, bodyText = null, bodyHtml = null"
                        + " where tenant = :tenant and clientId = :client", params))
                .replaceWithVoid();
    }

    /** Every attempt of these messages, oldest first. */
    public Uni<List<DeliveryAttempt>> attemptsOf(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return DeliveryAttempt.<DeliveryAttempt>find("deliveryId in :ids order by attemptedAt, attempt",
                Map.of("ids", deliveryIds)).list();
    }
}
