package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sessions of a chain; every query is scoped by tenant. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public Uni<Session> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    /**
     * Sessions starting in {@code [from, to)} that the caller may see, optionally narrowed to a location, therapist or
     * client. Visibility is part of the query, so a page is never emptied by rows the caller may not see.
     */
    public Uni<List<Session>> listBetween(String tenant, SessionFilter filter, Visibility visibility, int limit) {
        StringBuilder query = new StringBuilder("tenant = :tenant and startsAt >= :from and startsAt < :to");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "from", filter.from(), "to", filter.to()));
        if (!visibility.everything()) {
            List<String> visible = new ArrayList<>();
            if (!visibility.locationIds().isEmpty()) {
                visible.add("locationId in :visibleLocations");
                params.put("visibleLocations", visibility.locationIds());
            }
            if (visibility.therapistId() != null) {
                visible.add("therapistId = :visibleTherapist");
                params.put("visibleTherapist", visibility.therapistId());
            }
            if (visible.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            query.append(" and (").append(String.join(" or ", visible)).append(")");
        }
        if (filter.locationId() != null) {
            query.append(" and locationId = :location");
            params.put("location", filter.locationId());
        }
        if (filter.therapistId() != null) {
            query.append(" and therapistId = :therapist");
            params.put("therapist", filter.therapistId());
        }
        if (filter.clientId() != null) {
            query.append(" and clientId = :client");
            params.put("client", filter.clientId());
        }
        query.append(" order by startsAt, id");
        return find(query.toString(), params).page(0, limit).list();
    }

    /**
     * What a caller may see: every session of the tenant, or those at some locations and those of one therapist.
     *
     * @param locationIds null for every location of the tenant
     * @param therapistId the caller's own therapist record, if they are a therapist
     */
    public record Visibility(Collection<UUID> locationIds, UUID therapistId) {

        public static final Visibility ALL = new Visibility(null, null);

        boolean everything() {
            return locationIds == null;
        }
    }

    /** What to list: a time window and optional narrowing. */
    public record SessionFilter(Instant from, Instant to, UUID locationId, UUID therapistId, UUID clientId) {
    }
}
