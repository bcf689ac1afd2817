package io.remedy.booking.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remedy.booking.redflag.RedFlag;
import io.remedy.platform.validation.WithinYears;
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
            @NotNull @WithinYears(past = 1, future = 2) OffsetDateTime startsAt) {
    }

    /** A session as the API shows it. */
    @Schema(name = "Session")
    public record SessionResponse(
            UUID id, UUID locationId, UUID serviceId, UUID therapistId, UUID roomId, UUID clientId,
            Instant startsAt, Instant endsAt,
            @Schema(description = "BOOKED, CHECKED_IN, COMPLETED, CANCELLED or NO_SHOW; a held session stays BOOKED"
                    + " and carries a hold") SessionStatus status,
            @Schema(description = "Set while the session is held for a red-flag clearance; absent otherwise")
            @JsonInclude(JsonInclude.Include.NON_NULL) SessionHold hold,
            Instant checkedInAt, Instant completedAt, Instant cancelledAt,
            @Schema(description = "Cancelled inside the location's notice window") boolean lateCancellation,
            @Schema(description = "Reason code of the cancellation") CancellationReason cancellationReason,
            @Schema(description = "Who cancelled: the CLIENT or the CLINIC") CancelledBy cancelledBy,
            @Schema(description = "The treatment plan whose series this session belongs to") UUID planId,
            @Schema(description = "The price the session was booked at, in minor units of currency, tax included; "
                    + "absent when the service has no price at the location") @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer priceCents,
            @Schema(description = "ISO 4217 currency of the price (the location's)", example = "GBP")
            @JsonInclude(JsonInclude.Include.NON_NULL) String currency,
            @Schema(description = "Version; send it back as If-Match: \"<version>\" (the ETag) to change the session")
            long version) {

        static SessionResponse of(Session session) {
            return of(session, null);
        }

        static SessionResponse of(Session session, SessionHold hold) {
            return new SessionResponse(session.id, session.locationId, session.serviceId, session.therapistId,
                    session.roomId, session.clientId, session.startsAt, session.endsAt, session.status, hold,
                    session.checkedInAt, session.completedAt, session.cancelledAt, session.lateCancellation,
                    session.cancellationReason == null ? null : CancellationReason.valueOf(session.cancellationReason),
                    session.cancelledBy, session.planId, session.priceCents, session.currency, session.version);
        }
    }

    /**
     * Why a session is held. The front desk and therapists see the severity and since when; the client sees only
     * that the session is held for a clearance. Never clinical findings.
     */
    @Schema(name = "SessionHold")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionHold(
            @Schema(description = "Why the session is held", example = "RED_FLAG") String reason,
            @Schema(description = "How soon the client must see a doctor (staff only)") RedFlag.Severity severity,
            @Schema(description = "When the hold began (staff only)") Instant since) {
    }

    /** A move of a session: a new start, therapist or room (any of them; at least one). */
    @Schema(name = "Reschedule")
    public record Reschedule(
            @Schema(description = "New start, ISO-8601 with offset", example = "2026-12-02T14:00:00+00:00")
            @WithinYears(past = 1, future = 2) OffsetDateTime startsAt,
            @Schema(description = "New therapist") UUID therapistId,
            @Schema(description = "New room of the same location; without it the session keeps its room if free, else"
                    + " takes the first free one") UUID roomId) {
    }

    /** A cancellation and its reason. */
    @Schema(name = "Cancellation")
    public record Cancellation(
            @Schema(description = "Reason code", example = "CLIENT_REQUEST") @NotNull CancellationReason reason) {
    }

    /** Where and when a session was, or is, held, and by whom. */
    @Schema(name = "SessionSlot")
    public record Slot(Instant startsAt, UUID therapistId, UUID roomId) {
    }

    /** One change in a session's history. */
    @Schema(name = "SessionChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(
            UUID id,
            @Schema(description = "BOOKED, RESCHEDULED, CHECKED_IN, COMPLETED, CANCELLED or NO_SHOW")
            SessionChange.Kind kind,
            Instant at,
            @Schema(description = "User id of who made the change") String by,
            @Schema(description = "For a move: where the session was before") Slot previous,
            @Schema(description = "Where the session is after the change") Slot current,
            @Schema(description = "For a cancellation: its reason code") String reason,
            @Schema(description = "For a cancellation: inside the notice window") Boolean late) {

        static HistoryEntry of(SessionChange change) {
            Slot previous = change.previousStartsAt == null ? null
                    : new Slot(change.previousStartsAt, change.previousTherapistId, change.previousRoomId);
            return new HistoryEntry(change.id, change.kind, change.changedAt, change.changedBy, previous,
                    new Slot(change.startsAt, change.therapistId, change.roomId), change.reason, change.late);
        }
    }
}
