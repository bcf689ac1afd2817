package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * The client did not attend a booked session, and staff marked it as a no-show.
 *
 * @param sessionId The session.
 * @param locationId The location (branch) of the session.
 * @param locationCode The location's code, unique in its chain (e.g. {@code norwich}); the {@code locations} claim uses it.
 * @param locationName The location's display name.
 * @param timeZone IANA time zone of the location (e.g. {@code Europe/London}): wall-clock times in messages and quiet hours use it.
 * @param serviceId The booked service (e.g. remedial massage 60 min).
 * @param serviceName The service's display name.
 * @param therapistId The treating therapist.
 * @param therapistName The therapist's display name, as clients see it.
 * @param therapistUserId Keycloak subject of the therapist's login, to address staff messages; null if the therapist has no login.
 * @param roomId The room that was booked.
 * @param clientId The client (patient).
 * @param clientUserId Keycloak subject of the client's login; null for a client without an account.
 * @param startsAt Start of the session.
 * @param endsAt End of the treatment time (the buffer after it is not included).
 * @param markedBy Keycloak subject of who marked the no-show.
 * @param markedAt When the no-show was marked.
 * @param feeCents The fee the location's policy sets for this, in minor units of {@code currency}, tax included; null when none (or from a producer that does not say it).
 * @param currency ISO 4217 code of the fee's currency (the location's); null when {@code feeCents} is null.
 * @param taxRateBasisPoints The location's tax rate in hundredths of a percent (2000 = 20 %), included in the fee; null when {@code feeCents} is null.
 * @param locationAddress The location's postal address (several lines), as receipts name it; null when the location has none or from a producer that does not say it yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionNoShow(
        UUID sessionId,
        UUID locationId,
        String locationCode,
        String locationName,
        String timeZone,
        UUID serviceId,
        String serviceName,
        UUID therapistId,
        String therapistName,
        String therapistUserId,
        UUID roomId,
        UUID clientId,
        String clientUserId,
        Instant startsAt,
        Instant endsAt,
        String markedBy,
        Instant markedAt,
        Integer feeCents,
        String currency,
        Integer taxRateBasisPoints,
        String locationAddress) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.session.no-show.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.SESSIONS;

    /** The event as first published, without the fields added later as optional ones. */
    public SessionNoShow(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone,
                         UUID serviceId, String serviceName, UUID therapistId, String therapistName,
                         String therapistUserId, UUID roomId, UUID clientId, String clientUserId, Instant startsAt,
                         Instant endsAt, String markedBy, Instant markedAt) {
        this(sessionId, locationId, locationCode, locationName, timeZone, serviceId, serviceName, therapistId,
                therapistName, therapistUserId, roomId, clientId, clientUserId, startsAt, endsAt, markedBy, markedAt, null, null, null, null);
    }

    /** The event with the fee, before the location's address was added. */
    public SessionNoShow(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone,
                         UUID serviceId, String serviceName, UUID therapistId, String therapistName,
                         String therapistUserId, UUID roomId, UUID clientId, String clientUserId, Instant startsAt,
                         Instant endsAt, String markedBy, Instant markedAt, Integer feeCents, String currency,
                         Integer taxRateBasisPoints) {
        this(sessionId, locationId, locationCode, locationName, timeZone, serviceId, serviceName, therapistId,
                therapistName, therapistUserId, roomId, clientId, clientUserId, startsAt, endsAt, markedBy, markedAt,
                feeCents, currency, taxRateBasisPoints, null);
    }

    /** The aggregate id ({@code sessionId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return sessionId.toString();
    }
}
