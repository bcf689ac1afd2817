package io.remedy.records.redflag;

import io.remedy.contracts.records.RedFlagCleared.Clearance;
import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.contracts.records.RedFlagRaised.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API records of red flags. */
public final class RedFlagView {

    private RedFlagView() {
    }

    /** What a red-flag screen found. */
    @Schema(name = "NewRedFlag")
    public record NewRedFlag(
            @Schema(description = "The location where the screen took place") @NotNull UUID locationId,
            @Schema(description = "The session during which the screen took place, if any") UUID sessionId,
            @Schema(description = "Finding codes; any cauda equina sign makes the flag URGENT, others REFER",
                    examples = "[\"SADDLE_NUMBNESS\", \"BLADDER_DYSFUNCTION\"]")
            @NotEmpty @Size(max = 14) List<@NotNull Finding> findings,
            @Schema(description = "The clinician's notes; kept in the record, never in events",
                    examples = "New saddle numbness since Tuesday; sent to A&E")
            @Size(max = 4000) String notes) {
    }

    /** How a flag is cleared: on what basis, and the referral's outcome. */
    @Schema(name = "RedFlagClearance")
    public record ClearRedFlag(
            @Schema(description = "MEDICAL_CLEARANCE, RESCREEN_NEGATIVE or RECORDED_IN_ERROR",
                    examples = "MEDICAL_CLEARANCE")
            @NotNull Clearance clearance,
            @Schema(description = "The referral's outcome", examples = "GP found no neurological deficit; cleared for massage")
            @NotBlank @Size(max = 4000) String outcome) {
    }

    /** A red flag as the API shows it. */
    @Schema(name = "RedFlag")
    public record RedFlagResponse(UUID id, UUID clientId, UUID locationId, UUID sessionId, UUID therapistId,
                                  List<Finding> findings,
                                  @Schema(description = "URGENT (same-day referral) or REFER") Severity severity,
                                  String notes,
                                  @Schema(description = "SCREEN (a clinician's screen) or INTAKE (the intake's answers)")
                                  RedFlagSource source,
                                  RedFlagStatus status, String raisedBy, Instant raisedAt, Clearance clearance,
                                  String outcome, String clearedBy, Instant clearedAt, long version) {

        public static RedFlagResponse of(RedFlag flag) {
            return new RedFlagResponse(flag.id, flag.clientId, flag.locationId, flag.sessionId, flag.therapistId,
                    flag.findings, flag.severity, flag.notes, flag.source, flag.status, flag.raisedBy, flag.raisedAt,
                    flag.clearance, flag.outcome, flag.clearedBy, flag.clearedAt, flag.version);
        }
    }
}
