package io.remedy.notification.delivery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;

import java.time.Instant;
import java.util.Collection;
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

    /**
     * Cancels the messages of these kinds about something that have not gone out yet (waiting, also behind quiet
     * hours, or failed and due again); a message being sent right now is left to its send. Emits how many.
     */
    public Uni<Integer> cancelUnsent(String tenant, UUID aboutId, Collection<String> kinds, Instant at) {
        return update("status = ?1, nextAttemptAt = null, withdrawnAt = ?2 where tenant = ?3 and aboutId = ?4"
                        + " and kind in ?5 and status in ?6",
                DeliveryStatus.CANCELLED, at, tenant, aboutId, List.copyOf(kinds),
                List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED));
    }

    /**
     * An erased client's messages: those not sent yet are cancelled, every one leaves their in-app inbox, and the
     * addresses, texts and login of all are wiped. Messages are found by client and, for the in-app ones, also by
     * the client's former login ({@code formerUserId}, may be null). Safe to repeat.
     */
    public Uni<Void> forgetClient(String tenant, UUID clientId, String formerUserId, Instant at) {
        Map<String, Object> params = Map.of("tenant", tenant, "client", clientId);
        boolean hadLogin = formerUserId != null && !formerUserId.isBlank();
        return update("status = 'CANCELLED', nextAttemptAt = null where tenant = :tenant and clientId = :client"
                + " and status in ('PENDING', 'FAILED')", params)
                .chain(() -> update("address = null, subject = null, bodyText = null, bodyHtml = null,"
                        + " recipientUserId = null, withdrawnAt = coalesce(withdrawnAt, :at)"
                        + " where tenant = :tenant and clientId = :client",
                        Map.of("tenant", tenant, "client", clientId, "at", at)))
                .chain(() -> !hadLogin ? Uni.createFrom().item(0)
                        : update("withdrawnAt = coalesce(withdrawnAt, :at), subject = null, bodyText = null,"
                                + " bodyHtml = null, recipientUserId = null where tenant = :tenant"
                                + " and recipientKind = :kind and recipientUserId = :user",
                                Map.of("at", at, "tenant", tenant, "kind", RecipientKind.CLIENT, "user", formerUserId)))
                .chain(() -> !hadLogin ? Uni.createFrom().item(0)
                        : Panache.getSession().chain(session -> session
                                .createNativeQuery("delete from inbox_read where user_id = :user")
                                .setParameter("user", formerUserId)
                                .executeUpdate()))
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
