package io.remedy.booking.waitlist;

import java.time.Instant;
import java.util.UUID;

/**
 * A slot that just became free (a cancelled session, or an offer that lapsed): therapist, room and time at a location.
 *
 * @param sessionId  the cancelled session that freed it, if a cancellation did
 * @param clientId   the client who gave it up, who is not offered it back; null if none
 * @param freedUntil end of the freed time, buffer included
 */
public record FreedSlot(String tenant, UUID sessionId, UUID clientId, UUID locationId, UUID therapistId, UUID roomId,
                        Instant startsAt, Instant freedUntil) {
}
