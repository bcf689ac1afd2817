package io.remedy.contracts.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * The note of a completed session is still unsigned after its due time.
 *
 * @param noteId The session note.
 * @param sessionId The session the note is for.
 * @param clientId The client treated.
 * @param therapistId The therapist who owes the note.
 * @param therapistUserId Keycloak subject of the therapist, to address the reminder.
 * @param locationId The location of the session.
 * @param locationCode The location's code, to find its branch managers ({@code locations} claim).
 * @param timeZone IANA time zone of the location, to show the session time.
 * @param sessionStartsAt Start of the session.
 * @param dueAt When the note was due.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoteOverdue(
        UUID noteId,
        UUID sessionId,
        UUID clientId,
        UUID therapistId,
        String therapistUserId,
        UUID locationId,
        String locationCode,
        String timeZone,
        Instant sessionStartsAt,
        Instant dueAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.records.note.overdue.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.NOTES;

    /** The aggregate id ({@code noteId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return noteId.toString();
    }
}
