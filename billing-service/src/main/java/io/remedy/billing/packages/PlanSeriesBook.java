package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.platform.paging.Cursor;
import io.remedy.contracts.records.PlanSeriesSet;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The series of sessions treatment plans prescribe, as records' {@code plan.series-set} says of each plan's latest
 * version: client, location, service and number of sessions, nothing clinical. The front desk sells a series as a
 * package.
 */
@ApplicationScoped
public class PlanSeriesBook {

    /** A later version replaces an earlier one; an older version arriving late changes nothing. */
    static final String UPSERT = """
            INSERT INTO plan_series (tenant, plan_id, plan_version, status, client_id, location_id, service_id,
                session_count, changed_at)
            VALUES (:tenant, :planId, :version, :status, :clientId, :locationId, :serviceId, :sessions, :changedAt)
            ON CONFLICT (tenant, plan_id) DO UPDATE SET plan_version = excluded.plan_version,
                status = excluded.status, client_id = excluded.client_id, location_id = excluded.location_id,
                service_id = excluded.service_id, session_count = excluded.session_count,
                changed_at = excluded.changed_at
            WHERE plan_series.plan_version < excluded.plan_version
            """;

    static final String COLUMNS = """
            SELECT p.plan_id, p.plan_version, p.status, p.client_id, p.location_id, l.location_code, p.service_id,
                p.session_count, p.changed_at
            FROM plan_series p LEFT JOIN location_copy l ON l.tenant = p.tenant AND l.location_id = p.location_id
            """;

    /** A plan's series as billing knows it; {@code locationCode} null while no session event of the location came. */
    public record Series(UUID planId, int version, String status, UUID clientId, UUID locationId, String locationCode,
                         UUID serviceId, int sessionCount, Instant changedAt) {

        /** Sold only while the plan is in force, names a service and counts sessions. */
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** Keeps the series of a plan's version, unless a later version is known already. */
    public Uni<Void> keep(String tenant, PlanSeriesSet series) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenant)
                .setParameter("planId", series.planId())
                .setParameter("version", series.version())
                .setParameter("status", series.status().name())
                .setParameter("clientId", series.clientId())
                .setParameter("locationId", series.locationId())
                .setParameter("serviceId", series.serviceId())
                .setParameter("sessions", series.sessionCount())
                .setParameter("changedAt", series.changedAt())
                .executeUpdate()).replaceWithVoid();
    }

    /** The plan's series, its row locked until the transaction ends (one sale of a series at a time); null if unknown. */
    public Uni<Series> lock(String tenant, UUID planId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(COLUMNS
                                + " WHERE p.tenant = :tenant AND p.plan_id = :planId FOR UPDATE OF p", Object[].class)
                        .setParameter("tenant", tenant)
                        .setParameter("planId", planId)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : series(rows.get(0)));
    }

    /**
     * The plans of the chain the caller may sell from, newest version first, {@code limit + 1} of them: a chain admin
     * all, the front desk those at its locations.
     */
    public Uni<List<Series>> visible(Caller caller, UUID clientId, Cursor.Keyset cursor, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE p.tenant = :tenant");
        boolean limited = !caller.hasRole(Caller.CHAIN_ADMIN) && !caller.actsAtAllLocations();
        if (limited) {
            if (caller.locations().isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            sql.append(" AND l.location_code IN (:locations)");
        }
        if (clientId != null) {
            sql.append(" AND p.client_id = :clientId");
        }
        if (cursor != null) {
            sql.append(" AND (p.changed_at < :cursorAt OR (p.changed_at = :cursorAt AND p.plan_id < :cursorId))");
        }
        sql.append(" ORDER BY p.changed_at DESC, p.plan_id DESC LIMIT :limit");
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Object[].class)
                    .setParameter("tenant", caller.tenant())
                    .setParameter("limit", limit + 1);
            if (limited) {
                query.setParameter("locations", List.copyOf(caller.locations()));
            }
            if (clientId != null) {
                query.setParameter("clientId", clientId);
            }
            if (cursor != null) {
                query.setParameter("cursorAt", cursor.at()).setParameter("cursorId", cursor.id());
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(PlanSeriesBook::series).toList());
    }

    private static Series series(Object[] row) {
        return new Series((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], (UUID) row[3], (UUID) row[4],
                (String) row[5], (UUID) row[6], ((Number) row[7]).intValue(), instant(row[8]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
