package io.remedy.notification.reminder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** API records of reminders. */
public final class ReminderView {

    private ReminderView() {
    }

    /** A reminder before a session. */
    @Schema(name = "Reminder")
    public record ReminderResponse(
            UUID id,
            UUID sessionId,
            @Schema(description = "How long before the session, ISO-8601", example = "PT24H") String offset,
            @Schema(description = "When it is due, computed in the location's time zone") Instant dueAt,
            @Schema(description = "SCHEDULED, SENT, SKIPPED (its time had passed at booking) or DROPPED (the"
                    + " session was cancelled or missed)", example = "SCHEDULED") Reminder.Status status,
            @Schema(description = "When its messages were written; null until then") Instant sentAt) {

        static ReminderResponse of(Reminder reminder) {
            return new ReminderResponse(reminder.id, reminder.sessionId,
                    Duration.ofMinutes(reminder.offsetMinutes).toString(), reminder.dueAt,
                    reminder.status, reminder.sentAt);
        }
    }
}
