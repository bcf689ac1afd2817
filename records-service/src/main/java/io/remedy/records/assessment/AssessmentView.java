package io.remedy.records.assessment;

import io.remedy.contracts.records.AssessmentRecorded.OdiBand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** API records of assessments. */
public final class AssessmentView {

    private AssessmentView() {
    }

    /** A side of the body. */
    public enum Side { LEFT, RIGHT, BILATERAL }

    /** Clinical tests of the lower back, e.g. the straight leg raise that tells nerve root pain from muscular referral. */
    public enum ClinicalTestCode {
        STRAIGHT_LEG_RAISE, CROSSED_STRAIGHT_LEG_RAISE, SLUMP, FEMORAL_NERVE_STRETCH, FABER, PIRIFORMIS, THOMAS,
        PRONE_INSTABILITY, KEMP, OTHER
    }

    /** What a test showed. */
    public enum TestResult { POSITIVE, NEGATIVE, INCONCLUSIVE }

    /** A new assessment. */
    @Schema(name = "NewAssessment")
    public record NewAssessment(
            @Schema(description = "Where the assessment took place") @NotNull UUID locationId,
            @Schema(description = "The session it was taken in, if any") UUID sessionId,
            @Schema(description = "Pain on the numeric rating scale, 0 (none) to 10 (worst imaginable)", examples = "6")
            @NotNull @Min(0) @Max(10) Integer nrs,
            @Schema(description = "Oswestry Disability Index: exactly 10 entries, each 0–5, null for a skipped "
                    + "section; omit the field when no ODI was taken", examples = "[2, 3, 1, 2, null, 3, 2, 1, 2, 3]")
            List<Integer> odiAnswers,
            @Schema(description = "Range of motion, in degrees") @Valid RangeOfMotion rom,
            @Schema(description = "Clinical tests") @Size(max = 20) List<@Valid @NotNull ClinicalTest> tests,
            @Schema(description = "Trigger points found") @Size(max = 40) List<@Valid @NotNull TriggerPoint> triggerPoints,
            @Schema(description = "When it was taken, ISO-8601 with offset; now if absent; never in the future",
                    examples = "2026-11-20T10:15:00+00:00")
            OffsetDateTime assessedAt,
            @Schema(description = "The therapist's notes") @Size(max = 4000) String notes) {
    }

    /** Lumbar range of motion, in degrees. */
    @Schema(name = "RangeOfMotion")
    public record RangeOfMotion(
            @Schema(examples = "60") @Min(0) @Max(180) Integer lumbarFlexion,
            @Schema(examples = "20") @Min(0) @Max(180) Integer lumbarExtension,
            @Min(0) @Max(180) Integer sideBendingLeft,
            @Min(0) @Max(180) Integer sideBendingRight,
            @Min(0) @Max(180) Integer rotationLeft,
            @Min(0) @Max(180) Integer rotationRight) {
    }

    /** One clinical test and what it showed. */
    @Schema(name = "ClinicalTest")
    public record ClinicalTest(
            @Schema(examples = "STRAIGHT_LEG_RAISE") @NotNull ClinicalTestCode test,
            Side side,
            @NotNull TestResult result,
            @Schema(description = "Angle at which it was positive, in degrees", examples = "45")
            @Min(0) @Max(180) Integer angleDegrees,
            @Size(max = 500) String note) {
    }

    /** A trigger point: the muscle (a code such as QUADRATUS_LUMBORUM, GLUTEUS_MEDIUS, PIRIFORMIS) and the side. */
    @Schema(name = "TriggerPoint")
    public record TriggerPoint(
            @Schema(examples = "QUADRATUS_LUMBORUM")
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code")
            String muscle,
            @NotNull Side side) {
    }

    /** The scored ODI. */
    @Schema(name = "OdiResult")
    public record OdiResult(
            @Schema(description = "Percentage, one decimal", examples = "42.2") double score,
            @Schema(description = "MINIMAL, MODERATE, SEVERE, CRIPPLING or BED_BOUND") OdiBand band,
            @Schema(description = "Sections answered (skipped ones leave the score's denominator)") int answered) {
    }

    /** An assessment as the API shows it. */
    @Schema(name = "Assessment")
    public record AssessmentResponse(UUID id, UUID clientId, UUID locationId, UUID sessionId, UUID therapistId,
                                     Instant assessedAt, int nrs, List<Integer> odiAnswers, OdiResult odi,
                                     RangeOfMotion rom, List<ClinicalTest> tests, List<TriggerPoint> triggerPoints,
                                     String notes,
                                     @Schema(description = "True for the client's first assessment") boolean baseline,
                                     String recordedBy, Instant recordedAt) {
    }
}
