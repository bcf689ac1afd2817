package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.Panache;
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

/** Sessions of a chain, and what occupies its diaries; every query is scoped by tenant. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    /** Stands for "no occupancy to ignore" in the occupancy queries. */
    private static final UUID NONE = new UUID(0, 0);

    public Uni<Session> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    /**
     * A page of the sessions starting in {@code [from, to)} that the caller may see, optionally narrowed to a location,
     * therapist or client, ordered by start then id, after {@code after} (null: from the first). Visibility is part
     * of the query, so a page is never emptied by rows the caller may not see.
     */
    public Uni<List<Session>> listBetween(String tenant, SessionFilter filter, Visibility visibility,
                                          Cursor.Keyset after, int limit) {
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
        if (after != null) {
            query.append(" and (startsAt > :afterAt or (startsAt = :afterAt and id > :afterId))");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        query.append(" order by startsAt, id");
        return find(query.toString(), params).page(0, limit).list();
    }

    /** The client's live session at a location that started last before {@code now}, else the first after it. */
    public Uni<Session> usualSessionOf(String tenant, UUID clientId, UUID locationId, Instant now) {
        Map<String, Object> params = Map.of("tenant", tenant, "client", clientId, "location", locationId, "now", now,
                "live", SessionLifecycle.LIVE);
        String where = "tenant = :tenant and clientId = :client and locationId = :location and status in :live";
        return find(where + " and startsAt <= :now order by startsAt desc", params).firstResult()
                .flatMap(recent -> recent != null ? Uni.createFrom().item(recent)
                        : find(where + " and startsAt > :now order by startsAt", params).firstResult());
    }

    /** True if anything (session, hold) occupies the therapist in {@code [from, until)}, apart from {@code except}. */
    public Uni<Boolean> therapistBusy(String tenant, UUID therapistId, Instant from, Instant until, UUID except) {
        return count("""
                SELECT count(*) FROM diary_occupancy WHERE tenant = :tenant AND therapist_id = :resource
                AND starts_at < :until AND blocked_until > :from AND source_id <> :except""",
                tenant, therapistId, from, until, except).map(n -> n > 0);
    }

    /** True if anything (session, hire, hold) occupies the room in {@code [from, until)}, apart from {@code except}. */
    public Uni<Boolean> roomBusy(String tenant, UUID roomId, Instant from, Instant until, UUID except) {
        return count("""
                SELECT count(*) FROM diary_occupancy WHERE tenant = :tenant AND room_id = :resource
                AND starts_at < :until AND blocked_until > :from AND source_id <> :except""",
                tenant, roomId, from, until, except).map(n -> n > 0);
    }

    /**
     * True if the client is in a live session in {@code [from, until)} (their treatment, not the therapist's buffer
     * after it), apart from {@code except}.
     */
    public Uni<Boolean> clientBusy(String tenant, UUID clientId, Instant from, Instant until, UUID except) {
        return count("""
                SELECT count(*) FROM diary_occupancy WHERE tenant = :tenant AND client_id = :resource
                AND starts_at < :until AND client_until > :from AND source_id <> :except""",
                tenant, clientId, from, until, except).map(n -> n > 0);
    }

    /** The first room (by name) of a location that nothing occupies in {@code [from, until)} apart from {@code except}. */
    public Uni<UUID> firstFreeRoom(String tenant, UUID locationId, Instant from, Instant until, UUID except) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT r.id FROM room r WHERE r.tenant = :tenant AND r.location_id = :location
                        AND NOT EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = r.tenant AND o.room_id = r.id
                            AND o.starts_at < :until AND o.blocked_until > :from AND o.source_id <> :except)
                        ORDER BY r.name, r.id LIMIT 1""", UUID.class)
                .setParameter("tenant", tenant)
                .setParameter("location", locationId)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("except", except == null ? NONE : except)
                .getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    private Uni<Long> count(String sql, String tenant, UUID resource, Instant from, Instant until, UUID except) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Long.class)
                .setParameter("tenant", tenant)
                .setParameter("resource", resource)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("except", except == null ? NONE : except)
                .getSingleResult());
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
