package io.remedy.records.intake;

import io.remedy.contracts.records.RedFlagRaised.Finding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API records of the intake. */
public final class IntakeView {

    private IntakeView() {
    }

    /** The physical load of the client's days. */
    public enum DailyLoad {
        PATIENT_HANDLING, HEAVY_LIFTING, MANUAL_TRADES, LONG_STATIC_SITTING, PROLONGED_STANDING, DRIVING,
        REPETITIVE_BENDING, SPORT, OTHER
    }

    /** Conditions of the medical history the screen cares about. */
    public enum Condition {
        RHEUMATOID_ARTHRITIS, OTHER_INFLAMMATORY_ARTHRITIS, OSTEOARTHRITIS, OSTEOPOROSIS, CANCER, DIABETES,
        HYPERTENSION, HEART_DISEASE, PREGNANCY, OTHER
    }

    /** Whether the pain radiates down a leg. */
    public enum PainRadiation { NONE, ONE_LEG, BOTH_LEGS }

    /** Neurological symptoms the client reports. */
    public enum NeurologicalSymptom { TINGLING, WEAKNESS, LOSS_OF_COORDINATION, IRREGULAR_GAIT, BALANCE_PROBLEMS }

    /** An injury or a surgery: what, and when if known. */
    @Schema(name = "IntakeHistoryItem")
    public record HistoryItem(
            @Schema(examples = "Lumbar discectomy L4/L5") @NotBlank @Size(max = 500) String description,
            @Schema(examples = "2019-05-01") LocalDate date) {
    }

    /** A medication the client takes. */
    @Schema(name = "IntakeMedication")
    public record Medication(
            @Schema(examples = "Naproxen") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "250 mg twice daily") @Size(max = 200) String dose) {
    }

    /** A corticosteroid injection: where, and when it was given (recent ones matter before deep work). */
    @Schema(name = "IntakeCorticosteroidInjection")
    public record CorticosteroidInjection(
            @Schema(examples = "Right sacroiliac joint") @NotBlank @Size(max = 200) String site,
            @Schema(examples = "2026-10-30") @NotNull LocalDate givenOn) {
    }

    /** The screening questions; the answers that map to red-flag codes raise the same flags as a clinician's screen. */
    @Schema(name = "IntakeSymptoms")
    public record Symptoms(
            @Schema(description = "Numbness around the saddle area") Boolean saddleNumbness,
            @Schema(description = "New bladder problems (retention, incontinence)") Boolean newBladderDysfunction,
            @Schema(description = "New bowel problems") Boolean newBowelDysfunction,
            @Schema(description = "Leg weakness that is getting worse") Boolean progressiveLegWeakness,
            @Schema(description = "Rheumatoid or another inflammatory arthritis flaring now") Boolean arthritisFlaring,
            @Schema(description = "Minutes of stiffness in the morning", examples = "15")
            @Min(0) @Max(1440) Integer morningStiffnessMinutes,
            @Size(max = 5) List<@NotNull NeurologicalSymptom> neurologicalSymptoms,
            @Schema(description = "A fall, accident or other significant trauma") Boolean recentSignificantTrauma,
            Boolean unexplainedWeightLoss,
            Boolean fever,
            @Schema(description = "Night pain not relieved by rest or changing position") Boolean nightPainUnrelievedByRest) {
    }

    /** The intake: the client's history, load, pain and goals. Every field may be left out. */
    @Schema(name = "IntakeAnswers")
    public record IntakeAnswers(
            @Schema(examples = "Ward nurse") @Size(max = 200) String occupation,
            @Size(max = 9) List<@NotNull DailyLoad> dailyLoad,
            @Schema(description = "Free text") @Size(max = 4000) String medicalHistory,
            @Size(max = 10) List<@NotNull Condition> conditions,
            @Size(max = 20) List<@Valid @NotNull HistoryItem> injuries,
            @Size(max = 20) List<@Valid @NotNull HistoryItem> surgeries,
            @Size(max = 30) List<@Valid @NotNull Medication> medications,
            @Size(max = 20) List<@Valid @NotNull CorticosteroidInjection> corticosteroidInjections,
            @Schema(description = "Where it hurts, as region codes", examples = "[\"LOWER_BACK\", \"LEFT_BUTTOCK\"]")
            @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code") String> painLocations,
            PainRadiation painRadiates,
            @Valid Symptoms symptoms,
            @Schema(examples = "[\"Lift patients without pain\", \"Garden at weekends\"]")
            @Size(max = 10) List<@NotBlank @Size(max = 500) String> goals) {
    }

    /** One version of the intake. */
    @Schema(name = "Intake")
    public record IntakeResponse(
            UUID clientId,
            @Schema(description = "The version, also its ETag; every change makes a new one") int version,
            IntakeAnswers answers,
            @Schema(description = "Red-flag codes the answers screened positive for") List<Finding> findings,
            String recordedBy,
            Instant recordedAt,
            @Schema(description = "True when the client was erased and this is kept, anonymised, for retention")
            boolean retainedAfterErasure) {
    }
}
