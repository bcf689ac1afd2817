package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A freed slot was offered to a waiting client, who may accept it until the offer expires.
 *
 * @param waitlistEntryId The client's waitlist entry (the aggregate).
 * @param offerId This offer; accepting it books the slot.
 * @param clientId The client (patient).
 * @param clientUserId Keycloak subject of the client's login; null for a client without an account.
 * @param locationId The location (branch) of the session.
 * @param locationCode The location's code, unique in its chain (e.g. {@code norwich}); the {@code locations} claim uses it.
 * @param locationName The location's display name.
 * @param timeZone IANA time zone of the location (e.g. {@code Europe/London}): wall-clock times in messages and quiet hours use it.
 * @param serviceId The booked service (e.g. remedial massage 60 min).
 * @param serviceName The service's display name.
 * @param durationMinutes Treatment time in minutes.
 * @param therapistId The therapist of the offered slot.
 * @param therapistName The therapist's display name.
 * @param startsAt Start of the offered slot.
 * @param endsAt End of the offered slot's treatment time.
 * @param freedBySessionId The cancelled session that freed the slot, if a cancellation did.
 * @param offeredAt When the offer was made.
 * @param expiresAt When the offer lapses if not accepted.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitlistOffered(
        UUID waitlistEntryId,
        UUID offerId,
        UUID clientId,
        String clientUserId,
        UUID locationId,
        String locationCode,
        String locationName,
        String timeZone,
        UUID serviceId,
        String serviceName,
        int durationMinutes,
        UUID therapistId,
        String therapistName,
        Instant startsAt,
        Instant endsAt,
        UUID freedBySessionId,
        Instant offeredAt,
        Instant expiresAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.waitlist.offered.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.WAITLIST;

    /** The aggregate id ({@code waitlistEntryId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return waitlistEntryId.toString();
    }
}
