package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A session took place and was marked completed.
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
 * @param roomId The room the session was held in.
 * @param clientId The client (patient).
 * @param clientUserId Keycloak subject of the client's login; null for a client without an account.
 * @param startsAt Start of the session.
 * @param endsAt End of the treatment time (the buffer after it is not included).
 * @param planId The treatment plan this session belongs to, if any.
 * @param checkedInAt When the client checked in; null if the session was completed without check-in.
 * @param completedBy Keycloak subject of who marked the session completed.
 * @param completedAt When the session was marked completed.
 * @param priceCents The price of the session in minor units of {@code currency} (e.g. pence), tax included; null from a producer that does not say it yet.
 * @param currency ISO 4217 code of the price's currency (e.g. {@code GBP}); null when {@code priceCents} is null.
 * @param taxRateBasisPoints The location's tax rate in hundredths of a percent (2000 = 20 %), included in the price; null from a producer that does not say it.
 * @param therapistRegistrationNumber The therapist's professional registration number, as receipts for insurers name it; null when not held.
 * @param locationAddress The location's postal address (several lines), as receipts name it; null when the location has none or from a producer that does not say it yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionCompleted(
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
        UUID planId,
        Instant checkedInAt,
        String completedBy,
        Instant completedAt,
        Integer priceCents,
        String currency,
        Integer taxRateBasisPoints,
        String therapistRegistrationNumber,
        String locationAddress) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.session.completed.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.SESSIONS;

    /** The event as first published, without the price (added later as optional fields). */
    public SessionCompleted(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone,
                            UUID serviceId, String serviceName, UUID therapistId, String therapistName,
                            String therapistUserId, UUID roomId, UUID clientId, String clientUserId, Instant startsAt,
                            Instant endsAt, UUID planId, Instant checkedInAt, String completedBy, Instant completedAt) {
        this(sessionId, locationId, locationCode, locationName, timeZone, serviceId, serviceName, therapistId,
                therapistName, therapistUserId, roomId, clientId, clientUserId, startsAt, endsAt, planId, checkedInAt,
                completedBy, completedAt, null, null, null, null, null);
    }

    /** The event with the price, before the tax rate and the therapist's registration were added. */
    public SessionCompleted(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone,
                            UUID serviceId, String serviceName, UUID therapistId, String therapistName,
                            String therapistUserId, UUID roomId, UUID clientId, String clientUserId, Instant startsAt,
                            Instant endsAt, UUID planId, Instant checkedInAt, String completedBy, Instant completedAt,
                            Integer priceCents, String currency) {
        this(sessionId, locationId, locationCode, locationName, timeZone, serviceId, serviceName, therapistId,
                therapistName, therapistUserId, roomId, clientId, clientUserId, startsAt, endsAt, planId, checkedInAt,
                completedBy, completedAt, priceCents, currency, null, null, null);
    }

    /** The event with the price, tax rate and registration number, before the location's address was added. */
    public SessionCompleted(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone,
                            UUID serviceId, String serviceName, UUID therapistId, String therapistName,
                            String therapistUserId, UUID roomId, UUID clientId, String clientUserId, Instant startsAt,
                            Instant endsAt, UUID planId, Instant checkedInAt, String completedBy, Instant completedAt,
                            Integer priceCents, String currency, Integer taxRateBasisPoints,
                            String therapistRegistrationNumber) {
        this(sessionId, locationId, locationCode, locationName, timeZone, serviceId, serviceName, therapistId,
                therapistName, therapistUserId, roomId, clientId, clientUserId, startsAt, endsAt, planId, checkedInAt,
                completedBy, completedAt, priceCents, currency, taxRateBasisPoints, therapistRegistrationNumber, null);
    }

    /** The aggregate id ({@code sessionId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return sessionId.toString();
    }
}
