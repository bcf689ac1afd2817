package io.remedy.notification.delivery;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.notification.delivery.DeliveryView.DeliveryResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The delivery log as callers may read it: staff their locations' messages, a client their own. */
@ApplicationScoped
public class DeliveryService {

    private final DeliveryRepository deliveries;

    public DeliveryService(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /** What to list, besides who may see it. */
    public record Filter(UUID aboutId, DeliveryStatus status, Channel channel, String kind) {
    }

    @WithSession
    public Uni<Page<DeliveryResponse>> page(Caller caller, Filter filter, int limit, String cursor) {
        Cursor.Keyset after = Cursor.keyset(cursor);
        StringBuilder where = new StringBuilder("tenant = :tenant");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        if (caller.isStaff()) {
            if (!caller.actsAtAllLocations()) {
                where.append(" and locationCode in :locations");
                params.put("locations", caller.locations().isEmpty() ? List.of("-") : List.copyOf(caller.locations()));
            }
        } else if (caller.isClient()) {
            where.append(" and clientId in (select c.clientId from Contact c where c.tenant = :tenant"
                    + " and c.userId = :user)");
            params.put("user", caller.userId());
        } else {
            return Uni.createFrom().failure(ProblemException.forbidden("Only staff and clients read deliveries"));
        }
        if (filter.aboutId() != null) {
            where.append(" and aboutId = :about");
            params.put("about", filter.aboutId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (after != null) {
            where.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.put("at", after.at());
            params.put("id", after.id());
        }
        return deliveries.find(where + " order by createdAt desc, id desc", params).page(0, limit + 1).list()
                .chain(found -> deliveries.attemptsOf(found.stream().map(d -> d.id).toList()).map(attempts -> {
                    Map<UUID, List<DeliveryAttempt>> byDelivery = attempts.stream()
                            .collect(Collectors.groupingBy(a -> a.deliveryId));
                    List<DeliveryResponse> items = found.stream()
                            .map(d -> DeliveryView.of(d, byDelivery.getOrDefault(d.id, List.of()))).toList();
                    return Page.of(items, limit, item -> Cursor.after(item.createdAt(), item.id()));
                }));
    }
}
