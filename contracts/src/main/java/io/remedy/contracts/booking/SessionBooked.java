package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A session was booked; carries all a consumer needs to confirm, remind and open a note without calling booking.
 *
 * @param sessionId The session.
 * @param locationId The location (branch) of the session.
 * @param locationCode The location's code, unique in its chain (e.g. {@code norwich}); the {@code locations} claim uses it.
 * @param locationName The location's display name.
 * @param timeZone IANA time zone of the location (e.g. {@code Europe/London}): wall-clock times in messages and quiet hours use it.
 * @param serviceId The booked service (e.g. remedial massage 60 min).
 * @param serviceName The service's display name.
 * @param durationMinutes Treatment time in minutes.
 * @param therapistId The treating therapist.
 * @param therapistName The therapist's display name, as clients see it.
 * @param therapistUserId Keycloak subject of the therapist's login, to address staff messages; null if the therapist has no login.
 * @param roomId The room the session is held in.
 * @param roomName The room's display name.
 * @param clientId The client (patient).
 * @param clientUserId Keycloak subject of the client's login; null for a client without an account.
 * @param startsAt Start of the session.
 * @param endsAt End of the treatment time (the buffer after it is not included).
 * @param planId The treatment plan this session belongs to, when it was booked from a plan's series.
 * @param bookedBy Keycloak subject of who booked (the client or a receptionist).
 * @param bookedAt When the session was booked.
 * @param locationAddress The location's postal address (several lines), for calendar invitations; null when the location has none or from a producer that does not say it yet.
 * @param sequence The session's revision, raised by every change (an iCalendar {@code SEQUENCE}); null from a producer that does not say it yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionBooked(
        UUID sessionId,
        UUID locationId,
        String locationCode,
        String locationName,
        String timeZone,
        UUID serviceId,
        String serviceName,
        int durationMinutes,
        UUID therapistId,
        String therapistName,
        String therapistUserId,
        UUID roomId,
        String roomName,
        UUID clientId,
        String clientUserId,
        Instant startsAt,
        Instant endsAt,
        UUID planId,
        String bookedBy,
        Instant bookedAt,
        String locationAddress,
        Integer sequence) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.session.booked.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.SESSIONS;

    /** The event as first published, without the address and the revision (added later as optional fields). */
    public SessionBooked(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone, UUID serviceId, String serviceName, int durationMinutes, UUID therapistId, String therapistName, String therapistUserId, UUID roomId, String roomName, UUID clientId, String clientUserId, Instant startsAt, Instant endsAt, UUID planId, String bookedBy, Instant bookedAt) {
        this(sessionId, locationId, locationCode, locationName, timeZone, serviceId, serviceName, durationMinutes, therapistId, therapistName, therapistUserId, roomId, roomName, clientId, clientUserId, startsAt, endsAt, planId, bookedBy, bookedAt, null, null);
    }

    /** The aggregate id ({@code sessionId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return sessionId.toString();
    }
}
