package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Therapists' weekly rosters; every query is scoped by tenant. */
@ApplicationScoped
public class RosterEntryRepository implements PanacheRepositoryBase<RosterEntry, UUID> {

    public Uni<List<RosterEntry>> listOf(String tenant, UUID therapistId) {
        return list("tenant = :tenant and therapistId = :therapist order by locationId, dayOfWeek, startMinute",
                Map.of("tenant", tenant, "therapist", therapistId));
    }

    /** The therapist's roster at one location. */
    public Uni<List<RosterEntry>> listOf(String tenant, UUID therapistId, UUID locationId) {
        return list("tenant = :tenant and therapistId = :therapist and locationId = :location",
                Map.of("tenant", tenant, "therapist", therapistId, "location", locationId));
    }

    public Uni<Long> deleteOf(String tenant, UUID therapistId) {
        return delete("tenant = :tenant and therapistId = :therapist", Map.of("tenant", tenant, "therapist", therapistId));
    }
}
