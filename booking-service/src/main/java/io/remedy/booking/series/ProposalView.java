package io.remedy.booking.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remedy.platform.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** API records of plan-driven series proposals. */
public final class ProposalView {

    private ProposalView() {
    }

    /** A series of sessions proposed from a version of a client's treatment plan. */
    @Schema(name = "SessionProposal")
    public record ProposalResponse(
            UUID id, UUID planId, int planVersion, UUID clientId, UUID therapistId, UUID locationId, UUID serviceId,
            @Schema(description = "OPEN (dates to confirm) or CONFIRMED (all booked)") SessionProposal.Status status,
            Instant createdAt,
            List<ProposedDate> dates) {

        static ProposalResponse of(SessionProposal proposal, List<ProposedSession> dates) {
            return new ProposalResponse(proposal.id, proposal.planId, proposal.planVersion, proposal.clientId,
                    proposal.therapistId, proposal.locationId, proposal.serviceId, proposal.status,
                    proposal.createdAt, dates.stream().map(ProposedDate::of).toList());
        }
    }

    /** One proposed date of a series. */
    @Schema(name = "ProposedDate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProposedDate(
            Instant startsAt,
            @Schema(description = "The plan's phase it belongs to") String phase,
            @Schema(description = "PROPOSED (bookable when proposed), BOOKED (also when it already was before it was "
                    + "proposed), UNAVAILABLE (not bookable when proposed: see reason) or WITHDRAWN")
            ProposedSession.Status status,
            @Schema(description = "The booked session, once BOOKED") UUID sessionId,
            @Schema(description = "Why an UNAVAILABLE date could not be booked: the field to blame and the reason")
            FieldError reason) {

        static ProposedDate of(ProposedSession date) {
            return new ProposedDate(date.startsAt, date.phase, date.status, date.sessionId,
                    date.reason == null ? null : new FieldError(date.reasonField, date.reason));
        }
    }

    /** Which proposed dates to book; without {@code dates}, every date of the proposal. */
    @Schema(name = "ProposalConfirmation")
    public record Confirmation(
            @Schema(description = "Starts of the proposed dates to book, ISO-8601 with offset; absent = all")
            List<OffsetDateTime> dates) {
    }

    /** What happened to each date of a confirmation: booked, or the conflict that kept it from being booked. */
    @Schema(name = "ProposalConfirmationResult")
    public record ConfirmationResult(UUID proposalId, List<DateOutcome> results) {
    }

    /** The outcome of one date. */
    @Schema(name = "ProposedDateOutcome")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateOutcome(
            Instant startsAt,
            @Schema(description = "BOOKED, or CONFLICT (see field and message)") Outcome outcome,
            @Schema(description = "The session, when BOOKED") UUID sessionId,
            @Schema(description = "What is taken or which rule is broken, e.g. therapistId, roomId, startsAt",
                    example = "therapistId") String field,
            String message) {

        static DateOutcome booked(Instant startsAt, UUID sessionId) {
            return new DateOutcome(startsAt, Outcome.BOOKED, sessionId, null, null);
        }

        static DateOutcome conflict(Instant startsAt, String field, String message) {
            return new DateOutcome(startsAt, Outcome.CONFLICT, null, field, message);
        }
    }

    /** Whether a proposed date was booked. */
    public enum Outcome {
        BOOKED,
        CONFLICT
    }
}
