package io.remedy.booking.session;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** API records of sessions. */
public final class SessionView {

    private SessionView() {
    }

    /** A booking request: who, what, where and when. Without a room, the first free room of the location is taken. */
    @Schema(name = "NewSession")
    public record NewSession(
            @NotNull UUID locationId,
            @NotNull UUID serviceId,
            @NotNull UUID therapistId,
            UUID roomId,
            @NotNull UUID clientId,
            @Schema(description = "Start, ISO-8601 with offset", example = "2026-12-01T10:00:00+00:00")
            @NotNull OffsetDateTime startsAt) {
    }

    /** A session as the API shows it. */
    @Schema(name = "Session")
    public record SessionResponse(UUID id, UUID locationId, UUID serviceId, UUID therapistId, UUID roomId,
                                  UUID clientId, Instant startsAt, Instant endsAt, SessionStatus status,
                                  long version) {
        static SessionResponse of(Session session) {
            return new SessionResponse(session.id, session.locationId, session.serviceId, session.therapistId,
                    session.roomId, session.clientId, session.startsAt, session.endsAt, session.status,
                    session.version);
        }
    }
}
