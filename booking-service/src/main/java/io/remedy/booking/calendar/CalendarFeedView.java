package io.remedy.booking.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The calendar feed API's records. */
public final class CalendarFeedView {

    private CalendarFeedView() {
    }

    /** A feed to make: a therapist's diary (theirs, or for staff any therapist's) or the calling client's sessions. */
    @Schema(name = "NewCalendarFeed")
    public record NewFeed(
            @Schema(description = "THERAPIST: a therapist's diary; CLIENT: the calling client's own sessions")
            @NotNull CalendarFeed.Scope scope,
            @Schema(description = "The therapist (THERAPIST scope; a therapist may leave it out for their own diary)")
            UUID therapistId) {
    }

    /** A feed; {@code url} (with its secret token) only in the answer to its creation. */
    @Schema(name = "CalendarFeed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feed(UUID id, CalendarFeed.Scope scope, UUID therapistId, UUID clientId, Instant createdAt,
                       @Schema(description = "The feed's address for a calendar app to subscribe to; shown only when"
                               + " created, as it carries the secret token") String url) {

        static Feed of(CalendarFeed row, String url) {
            return new Feed(row.id, row.scope, row.therapistId, row.clientId, row.createdAt, url);
        }
    }
}
