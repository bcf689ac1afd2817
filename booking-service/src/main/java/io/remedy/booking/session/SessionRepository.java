package io.remedy.booking.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.booking.availability.SlotFinder.ClosedDays;
import io.remedy.booking.availability.SlotFinder.Leave;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.booking.catalogue.ServicePrices;
import io.remedy.platform.database.NativeScalars;
import io.remedy.platform.paging.Cursor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    /** Reads the JSON arrays PostgreSQL builds of rows (plain values only). */
    private static final ObjectMapper ROWS = new ObjectMapper();

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
        // no result class: see NativeScalars
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT r.id FROM room r WHERE r.tenant = :tenant AND r.location_id = :location
                        AND NOT EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = r.tenant AND o.room_id = r.id
                            AND o.starts_at < :until AND o.blocked_until > :from AND o.source_id <> :except)
                        ORDER BY r.name, r.id LIMIT 1""")
                .setParameter("tenant", tenant)
                .setParameter("location", locationId)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("except", except == null ? NONE : except)
                .getResultList())
                .map(found -> found.isEmpty() ? null : NativeScalars.asUuid(found.get(0)));
    }

    /**
     * The location, client, service and therapist of a booking, of the tenant, in one statement: {@code [location,
     * client, service, therapist]}, or null when any of them is not there (the caller then asks one by one, to name
     * the missing one).
     */
    public Uni<Object[]> bookingParts(String tenant, UUID locationId, UUID clientId, UUID serviceId, UUID therapistId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("""
                        select l, c, s, t from Location l, Client c, BookableService s, Therapist t
                        where l.tenant = :tenant and l.id = :location and c.tenant = :tenant and c.id = :client
                        and s.tenant = :tenant and s.id = :service and t.tenant = :tenant and t.id = :therapist""",
                        Object[].class)
                .setParameter("tenant", tenant)
                .setParameter("location", locationId)
                .setParameter("client", clientId)
                .setParameter("service", serviceId)
                .setParameter("therapist", therapistId)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * Everything that decides whether a new session may take a slot, read in one statement: the client's open red
     * flags, the location's opening hours and closures touching {@code [firstDay, lastDay]}, whether the therapist
     * offers the service, their roster at the location and leave overlapping {@code [from, until)}, whether anything
     * occupies the therapist then or the client during the treatment {@code [from, treatmentEnd)}, and the room:
     * the one asked for (with whether it is taken) or else the first free one of the location by name; and what the
     * service costs at the location.
     */
    public Uni<DiaryCheck> diaryCheck(String tenant, UUID locationId, UUID serviceId, UUID therapistId, UUID clientId,
                                      UUID roomId, Instant from, Instant treatmentEnd, Instant until,
                                      LocalDate firstDay, LocalDate lastDay) {
        String room = roomId != null ? """
                SELECT r.id, r.name, r.location_id, EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = r.tenant
                    AND o.room_id = r.id AND o.starts_at < :until AND o.blocked_until > :from) AS taken
                FROM room r WHERE r.tenant = :tenant AND r.id = :room"""
                : """
                SELECT r.id, r.name, r.location_id, false AS taken FROM room r
                WHERE r.tenant = :tenant AND r.location_id = :location
                AND NOT EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = r.tenant AND o.room_id = r.id
                    AND o.starts_at < :until AND o.blocked_until > :from)
                ORDER BY r.name, r.id LIMIT 1""";
        String sql = """
                SELECT EXISTS (SELECT 1 FROM red_flag f WHERE f.tenant = :tenant AND f.client_id = :client
                           AND f.cleared_at IS NULL AND f.raised_at IS NOT NULL),
                       (SELECT coalesce(json_agg(json_build_array(h.day_of_week, h.start_minute, h.end_minute)
                           ORDER BY h.day_of_week, h.start_minute), '[]') FROM opening_hours h
                           WHERE h.tenant = :tenant AND h.location_id = :location)::text,
                       (SELECT coalesce(json_agg(json_build_array(c.first_day, c.last_day, c.reason)), '[]')
                           FROM location_closure c WHERE c.tenant = :tenant AND c.location_id = :location
                           AND c.first_day <= :lastDay AND c.last_day >= :firstDay)::text,
                       EXISTS (SELECT 1 FROM service_offering so WHERE so.tenant = :tenant
                           AND so.service_id = :service AND so.therapist_id = :therapist),
                       (SELECT coalesce(json_agg(json_build_array(e.day_of_week, e.start_minute, e.end_minute)), '[]')
                           FROM roster_entry e WHERE e.tenant = :tenant AND e.therapist_id = :therapist
                           AND e.location_id = :location)::text,
                       (SELECT coalesce(json_agg(json_build_array(x.starts_at, x.ends_at, x.location_id)), '[]')
                           FROM roster_exception x WHERE x.tenant = :tenant AND x.therapist_id = :therapist
                           AND x.starts_at < :until AND x.ends_at > :from)::text,
                       EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = :tenant AND o.therapist_id = :therapist
                           AND o.starts_at < :until AND o.blocked_until > :from),
                       EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = :tenant AND o.client_id = :client
                           AND o.starts_at < :treatmentEnd AND o.client_until > :from),
                       room.id, room.name, room.location_id, room.taken, price.price_cents, price.currency
                FROM (SELECT 1) AS one LEFT JOIN LATERAL (%s) AS room ON true
                LEFT JOIN location_service_price price ON price.tenant = :tenant AND price.location_id = :location
                    AND price.service_id = :service""".formatted(room);
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("tenant", tenant)
                    .setParameter("location", locationId)
                    .setParameter("service", serviceId)
                    .setParameter("therapist", therapistId)
                    .setParameter("client", clientId)
                    .setParameter("from", from)
                    .setParameter("treatmentEnd", treatmentEnd)
                    .setParameter("until", until)
                    .setParameter("firstDay", firstDay)
                    .setParameter("lastDay", lastDay);
            if (roomId != null) {
                query.setParameter("room", roomId);
            }
            return query.getSingleResult();
        }).map(row -> new DiaryCheck((Boolean) row[0], weekly((String) row[1]), closures((String) row[2]),
                (Boolean) row[3], weekly((String) row[4]), leave((String) row[5]), (Boolean) row[6],
                (Boolean) row[7], row[8] == null ? null : new FoundRoom((UUID) row[8], (String) row[9],
                        (UUID) row[10], (Boolean) row[11]),
                row[12] == null ? null : new ServicePrices.Price(((Number) row[12]).intValue(), row[13].toString())));
    }

    private static List<WeeklyInterval> weekly(String json) {
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (JsonNode item : read(json)) {
            intervals.add(new WeeklyInterval(DayOfWeek.of(item.get(0).asInt()), item.get(1).asInt(), item.get(2).asInt()));
        }
        return intervals;
    }

    private static List<ClosedDays> closures(String json) {
        List<ClosedDays> closed = new ArrayList<>();
        for (JsonNode item : read(json)) {
            closed.add(new ClosedDays(LocalDate.parse(item.get(0).asText()), LocalDate.parse(item.get(1).asText()),
                    item.get(2).isNull() ? null : item.get(2).asText()));
        }
        return closed;
    }

    private static List<Leave> leave(String json) {
        List<Leave> leave = new ArrayList<>();
        for (JsonNode item : read(json)) {
            leave.add(new Leave(OffsetDateTime.parse(item.get(0).asText()).toInstant(),
                    OffsetDateTime.parse(item.get(1).asText()).toInstant(),
                    item.get(2).isNull() ? null : UUID.fromString(item.get(2).asText())));
        }
        return leave;
    }

    private static JsonNode read(String json) {
        try {
            return ROWS.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL answered rows that are not JSON", e);
        }
    }

    /** What {@link #diaryCheck} read. */
    public record DiaryCheck(boolean held, List<WeeklyInterval> openingHours, List<ClosedDays> closures,
                             boolean offers, List<WeeklyInterval> roster, List<Leave> leave, boolean therapistBusy,
                             boolean clientBusy, FoundRoom room,
                             /** what the client pays for the service at the location; null when it has no price */
                             ServicePrices.Price price) {
    }

    /** The room asked for (and whether something occupies it then), or the first free one; its id and name. */
    public record FoundRoom(UUID id, String name, UUID locationId, boolean taken) {
    }

    private Uni<Long> count(String sql, String tenant, UUID resource, Instant from, Instant until, UUID except) {
        // no result class: see NativeScalars
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("tenant", tenant)
                .setParameter("resource", resource)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("except", except == null ? NONE : except)
                .getSingleResult())
                .map(NativeScalars::asLong);
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
