package io.remedy.notification.inapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.notification.delivery.Channel;
import io.remedy.notification.delivery.Delivery;
import io.remedy.notification.delivery.DeliveryRepository;
import io.remedy.notification.delivery.DeliveryStatus;
import io.remedy.notification.inapp.InboxView.InboxMessage;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A caller's in-app inbox: messages sent to their login, and to a role they hold at a location they may act at,
 * newest first; each member of a role marks a shared message read for themself.
 */
@ApplicationScoped
public class InboxService {

    private final DeliveryRepository deliveries;

    public InboxService(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @WithSession
    public Uni<Page<InboxMessage>> page(Caller caller, int limit, String cursor, boolean unreadOnly) {
        Cursor.Keyset after = Cursor.keyset(cursor);
        Audience audience = Audience.of(caller);
        StringBuilder sql = new StringBuilder("""
                select d.* from delivery d
                where d.tenant = :tenant and d.channel = 'IN_APP' and d.status = 'SENT' and d.withdrawn_at is null
                  and ((d.recipient_kind <> 'ROLE' and d.recipient_user_id = :user)
                       or (d.recipient_kind = 'ROLE' and d.recipient_role in (:roles)
                           and (d.location_code in (:locations) or :everywhere)))
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", audience.tenant());
        params.put("user", audience.userId());
        params.put("roles", nonEmpty(audience.roles()));
        params.put("locations", nonEmpty(audience.locations()));
        params.put("everywhere", audience.locations().contains(Caller.ALL_LOCATIONS));
        if (unreadOnly) {
            sql.append(" and not exists (select 1 from inbox_read r where r.delivery_id = d.id and r.user_id = :user)");
        }
        if (after != null) {
            sql.append(" and (d.sent_at < :at or (d.sent_at = :at and d.id < :id))");
            params.put("at", OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC));
            params.put("id", after.id());
        }
        sql.append(" order by d.sent_at desc, d.id desc limit :limit");
        params.put("limit", limit + 1);
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Delivery> query = session.createNativeQuery(sql.toString(), Delivery.class);
            params.forEach(query::setParameter);
            return query.getResultList()
                    .chain(found -> readAt(session, audience.userId(), found)
                            .map(read -> Page.of(found.stream().map(d -> view(d, read.get(d.id))).toList(), limit,
                                    item -> Cursor.after(item.deliveredAt(), item.id()))));
        });
    }

    /**
     * The caller's messages sent after the one with id {@code after}, oldest first, at most {@code limit}: what a
     * live stream missed while it was away. Nothing when {@code after} is no message of the caller's inbox.
     */
    @WithSession
    public Uni<List<InboxMessage>> after(Caller caller, UUID after, int limit) {
        Audience audience = Audience.of(caller);
        String sql = """
                select d.* from delivery d, delivery last
                where last.id = :after and last.tenant = :tenant
                  and d.tenant = :tenant and d.channel = 'IN_APP' and d.status = 'SENT' and d.withdrawn_at is null
                  and ((d.recipient_kind <> 'ROLE' and d.recipient_user_id = :user)
                       or (d.recipient_kind = 'ROLE' and d.recipient_role in (:roles)
                           and (d.location_code in (:locations) or :everywhere)))
                  and (d.sent_at > last.sent_at or (d.sent_at = last.sent_at and d.id > last.id))
                order by d.sent_at, d.id limit :limit
                """;
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Delivery.class)
                .setParameter("after", after)
                .setParameter("tenant", audience.tenant())
                .setParameter("user", audience.userId())
                .setParameter("roles", nonEmpty(audience.roles()))
                .setParameter("locations", nonEmpty(audience.locations()))
                .setParameter("everywhere", audience.locations().contains(Caller.ALL_LOCATIONS))
                .setParameter("limit", limit)
                .getResultList()
                .map(found -> found.stream().map(d -> view(d, null)).toList()));
    }

    /** Marks one message read for the caller; 404 if it is not in their inbox. */
    @WithTransaction
    public Uni<InboxMessage> markRead(Caller caller, UUID id) {
        Audience audience = Audience.of(caller);
        Instant now = Instant.now();
        return deliveries.findInTenant(caller.tenant(), id)
                .map(delivery -> delivery != null && delivery.channel == Channel.IN_APP
                        && delivery.status == DeliveryStatus.SENT && delivery.withdrawnAt == null
                        && audience.hears(delivery) ? delivery : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Message", id))
                .chain(delivery -> Panache.getSession().chain(session -> session.createNativeQuery("""
                                insert into inbox_read (delivery_id, user_id, read_at) values (:id, :user, :now)
                                on conflict do nothing""")
                        .setParameter("id", id)
                        .setParameter("user", audience.userId())
                        .setParameter("now", now)
                        .executeUpdate()
                        .chain(() -> readAt(session, audience.userId(), List.of(delivery)))
                        .map(read -> view(delivery, read.get(id)))));
    }

    private static Uni<Map<UUID, Instant>> readAt(Mutiny.Session session, String userId, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createNativeQuery(
                        "select delivery_id, read_at from inbox_read where user_id = :user and delivery_id in (:ids)",
                        Object[].class)
                .setParameter("user", userId)
                .setParameter("ids", deliveries.stream().map(d -> d.id).toList())
                .getResultList()
                .map(rows -> {
                    Map<UUID, Instant> read = new HashMap<>();
                    for (Object[] row : rows) {
                        read.put((UUID) row[0], toInstant(row[1]));
                    }
                    return read;
                });
    }

    static InboxMessage view(Delivery delivery, Instant readAt) {
        return new InboxMessage(delivery.id, delivery.kind, delivery.subject, delivery.bodyText, delivery.locationId,
                delivery.aboutId, delivery.urgent, delivery.sentAt, readAt);
    }

    private static List<String> nonEmpty(Set<String> values) {
        // "in ()" is not SQL: an impossible value stands in for an empty set
        List<String> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            list.add("-");
        }
        return list;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time value " + value);
    }
}
