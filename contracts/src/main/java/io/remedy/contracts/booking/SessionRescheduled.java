package io.remedy.contracts.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A session moved in time, therapist or room (same location); the session keeps its id and history.
 *
 * @param sessionId The session.
 * @param locationId The location (branch) of the session.
 * @param locationCode The location's code, unique in its chain (e.g. {@code norwich}); the {@code locations} claim uses it.
 * @param locationName The location's display name.
 * @param timeZone IANA time zone of the location (e.g. {@code Europe/London}): wall-clock times in messages and quiet hours use it.
 * @param serviceId The booked service (e.g. remedial massage 60 min).
 * @param serviceName The service's display name.
 * @param durationMinutes Treatment time in minutes.
 * @param clientId The client (patient).
 * @param clientUserId Keycloak subject of the client's login; null for a client without an account.
 * @param previous Time, therapist and room before the change.
 * @param current Time, therapist and room after the change.
 * @param rescheduledBy Keycloak subject of who moved the session.
 * @param rescheduledAt When the session was moved.
 * @param locationAddress The location's postal address (several lines), for calendar invitations; null when the location has none or from a producer that does not say it yet.
 * @param sequence The session's revision, raised by every change (an iCalendar {@code SEQUENCE}); null from a producer that does not say it yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionRescheduled(
        UUID sessionId,
        UUID locationId,
        String locationCode,
        String locationName,
        String timeZone,
        UUID serviceId,
        String serviceName,
        int durationMinutes,
        UUID clientId,
        String clientUserId,
        Slot previous,
        Slot current,
        String rescheduledBy,
        Instant rescheduledAt,
        String locationAddress,
        Integer sequence) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.booking.session.rescheduled.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.SESSIONS;

    /** The event as first published, without the address and the revision (added later as optional fields). */
    public SessionRescheduled(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone, UUID serviceId, String serviceName, int durationMinutes, UUID clientId, String clientUserId, Slot previous, Slot current, String rescheduledBy, Instant rescheduledAt) {
        this(sessionId, locationId, locationCode, locationName, timeZone, serviceId, serviceName, durationMinutes, clientId, clientUserId, previous, current, rescheduledBy, rescheduledAt, null, null);
    }

    /** The aggregate id ({@code sessionId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return sessionId.toString();
    }

    /**
     * Where and when a session is held, and by whom.
     *
     * @param therapistId The treating therapist.
     * @param therapistName The therapist's display name, as clients see it.
     * @param therapistUserId Keycloak subject of the therapist's login, to address staff messages; null if the therapist has no login.
     * @param roomId The room.
     * @param roomName The room's display name.
     * @param startsAt Start of the session.
     * @param endsAt End of the treatment time (the buffer after it is not included).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slot(
            UUID therapistId,
            String therapistName,
            String therapistUserId,
            UUID roomId,
            String roomName,
            Instant startsAt,
            Instant endsAt) {
    }
}
