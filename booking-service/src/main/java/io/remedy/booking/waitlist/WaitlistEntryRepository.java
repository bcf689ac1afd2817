package io.remedy.booking.waitlist;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Waitlist entries of a chain; every query is scoped by tenant. */
@ApplicationScoped
public class WaitlistEntryRepository implements PanacheRepositoryBase<WaitlistEntry, UUID> {

    private static final UUID NOBODY = new UUID(0, 0);

    public Uni<WaitlistEntry> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    /**
     * The first waiting entries, in queue order, that a freed slot suits: same location, the slot's therapist or
     * any, the slot's day inside their window, their service (with its buffer) fits the freed time, never offered
     * this slot before, client not on a red-flag hold. Locked ({@code SKIP LOCKED}): two freed slots at once never
     * pick the same entry, and neither waits for the other.
     */
    public Uni<List<WaitlistEntry>> candidatesFor(FreedSlot slot, LocalDate day, long freedMinutes, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT e.* FROM waitlist_entry e JOIN bookable_service s ON s.id = e.service_id
                        WHERE e.tenant = :tenant AND e.location_id = :location AND e.status = 'WAITING'
                          AND (e.therapist_id IS NULL OR e.therapist_id = :therapist)
                          AND e.from_date <= :day AND e.to_date >= :day
                          AND e.client_id <> :excluded
                          AND s.duration_minutes + s.buffer_minutes <= :freedMinutes
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offer o WHERE o.entry_id = e.id
                                          AND o.therapist_id = :therapist AND o.starts_at = :startsAt)
                          AND NOT EXISTS (SELECT 1 FROM red_flag f WHERE f.tenant = e.tenant AND f.client_id = e.client_id
                                          AND f.raised_at IS NOT NULL AND f.cleared_at IS NULL)
                        ORDER BY e.queue_position
                        LIMIT :limit
                        FOR UPDATE OF e SKIP LOCKED""", WaitlistEntry.class)
                .setParameter("tenant", slot.tenant())
                .setParameter("location", slot.locationId())
                .setParameter("therapist", slot.therapistId())
                .setParameter("day", day)
                .setParameter("excluded", slot.clientId() == null ? NOBODY : slot.clientId())
                .setParameter("freedMinutes", freedMinutes)
                .setParameter("startsAt", slot.startsAt())
                .setParameter("limit", limit)
                .getResultList());
    }

    /** A page of entries in queue order after {@code after}, narrowed as asked and to what the caller may see. */
    public Uni<List<WaitlistEntry>> page(String tenant, EntryFilter filter, Long after, int limit) {
        StringBuilder query = new StringBuilder("tenant = :tenant and queuePosition > :after");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "after", after == null ? 0L : after));
        if (filter.visibleLocations() != null) {
            if (filter.visibleLocations().isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            query.append(" and locationId in :visible");
            params.put("visible", filter.visibleLocations());
        }
        if (filter.locationId() != null) {
            query.append(" and locationId = :location");
            params.put("location", filter.locationId());
        }
        if (filter.clientId() != null) {
            query.append(" and clientId = :client");
            params.put("client", filter.clientId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        query.append(" order by queuePosition");
        return find(query.toString(), params).page(0, limit).list();
    }

    /** What to list. {@code visibleLocations} null means every location of the tenant. */
    public record EntryFilter(Collection<UUID> visibleLocations, UUID locationId, UUID clientId,
                              WaitlistEntry.Status status) {
    }
}
