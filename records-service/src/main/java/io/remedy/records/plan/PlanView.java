package io.remedy.records.plan;

import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.PlanUpdated.Homework;
import io.remedy.contracts.records.PlanUpdated.Measure;
import io.remedy.contracts.records.PlanUpdated.Phase;
import io.remedy.contracts.records.PlanUpdated.Status;
import io.remedy.contracts.records.PlanUpdated.Technique;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API records of treatment plans. */
public final class PlanView {

    static final String CODE = "[A-Z][A-Z0-9_]*";
    static final String CODE_MESSAGE = "must be an upper-case code such as GLUTEALS";

    private PlanView() {
    }

    /** A goal of a phase. */
    @Schema(name = "PlanGoalInput")
    public record GoalInput(
            @Schema(description = "Keep the id of an existing goal; leave it out for a new one") UUID goalId,
            @Schema(examples = "Sit through a work shift without pain") @NotBlank @Size(max = 500) String description,
            @Schema(description = "NRS or ODI, if the goal has a measure") Measure measure,
            @Schema(description = "Score to reach (at or below): 0–10 for NRS, 0–100 for ODI", examples = "3")
            @Min(0) @Max(100) Integer target,
            @Schema(description = "True once the goal is met") boolean met) {
    }

    /** A phase: its goals and how often sessions take place. */
    @Schema(name = "PlanPhaseInput")
    public record PhaseInput(
            @Schema(examples = "Relief") @NotBlank @Size(max = 100) String name,
            @Size(max = 20) List<@Valid @NotNull GoalInput> goals,
            @Schema(description = "Weeks between sessions (1 = weekly)", examples = "1")
            @NotNull @Min(1) @Max(52) Integer intervalWeeks,
            @Schema(description = "Sessions in the phase; leave out for open-ended maintenance", examples = "6")
            @Min(1) @Max(100) Integer sessionCount) {
    }

    /** An exercise or self-care item for the client. */
    @Schema(name = "PlanHomeworkInput")
    public record HomeworkInput(
            @Schema(description = "Keep the id of an existing item; leave it out for a new one") UUID homeworkId,
            @Schema(examples = "Knee-to-chest stretch") @NotBlank @Size(max = 120) String title,
            @Schema(examples = "Lie on your back, draw one knee to your chest, hold 30 seconds, three times each side")
            @NotBlank @Size(max = 2000) String instructions,
            @Min(1) @Max(20) Integer timesPerDay,
            @Min(1) @Max(7) Integer daysPerWeek) {
    }

    /** A new treatment plan, written by the client's treating therapist. */
    @Schema(name = "NewPlan")
    public record NewPlan(
            @Schema(description = "The treating therapist (booking's id); the calling therapist if absent")
            UUID therapistId,
            @Schema(description = "Where the plan's sessions take place") @NotNull UUID locationId,
            @Schema(description = "The service the sessions book, if the plan names one") UUID serviceId,
            @Schema(description = "Phases in order, e.g. weekly × 6, then fortnightly × 4, then monthly maintenance")
            @NotEmpty @Size(max = 10) List<@Valid @NotNull PhaseInput> phases,
            @Schema(description = "Techniques, each at most once") @Size(max = 11) List<@NotNull Technique> techniques,
            @Schema(description = "Regions in the order treated", examples = "[\"FEET\", \"CALVES\", \"HAMSTRINGS\", \"GLUTEALS\", \"QUADRATUS_LUMBORUM\", \"LUMBAR_PARASPINALS\"]")
            @Size(max = 30) List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> regions,
            @Size(max = 30) List<@Valid @NotNull HomeworkInput> homework,
            @Schema(description = "When the therapist reviews the plan", examples = "2026-12-18") @NotNull LocalDate reviewDate,
            @Schema(description = "Why, as a code; INITIAL_PLAN if absent", examples = "INITIAL_PLAN")
            @Size(max = 40) @Pattern(regexp = CODE, message = CODE_MESSAGE) String changeReason) {
    }

    /** A change of a plan: the whole plan as it is to be, and why. */
    @Schema(name = "PlanChange")
    public record PlanChange(
            @Schema(description = "The treating therapist (booking's id); unchanged if absent") UUID therapistId,
            @NotNull UUID locationId,
            UUID serviceId,
            @Schema(description = "ACTIVE, COMPLETED (discharged) or DISCONTINUED") @NotNull Status status,
            @NotEmpty @Size(max = 10) List<@Valid @NotNull PhaseInput> phases,
            @Size(max = 11) List<@NotNull Technique> techniques,
            @Size(max = 30) List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> regions,
            @Size(max = 30) List<@Valid @NotNull HomeworkInput> homework,
            @NotNull LocalDate reviewDate,
            @Schema(description = "Why, as a code: SCHEDULED_REVIEW, PROGRESS, FLARE_UP, RED_FLAG_CLEARED, CLIENT_REQUEST, DISCHARGE, OTHER",
                    examples = "SCHEDULED_REVIEW")
            @NotBlank @Size(max = 40) @Pattern(regexp = CODE, message = CODE_MESSAGE) String changeReason) {
    }

    /** A treatment plan as it stands. */
    @Schema(name = "TreatmentPlan")
    public record PlanResponse(UUID id, UUID clientId, UUID therapistId, String therapistUserId, UUID locationId,
                               UUID serviceId, Status status,
                               @Schema(description = "The plan's version, also its ETag") int version,
                               List<Phase> phases, List<Technique> techniques, List<String> regions,
                               List<Homework> homework, LocalDate reviewDate, Instant createdAt, Instant updatedAt,
                               String changedBy, String changeReason) {

        public static PlanResponse of(TreatmentPlan plan, PlanContent content) {
            return new PlanResponse(plan.id, plan.clientId, plan.therapistId, plan.therapistUserId, plan.locationId,
                    plan.serviceId, plan.status, plan.planVersion, content.phases(), content.techniques(),
                    content.regions(), content.homework(), plan.reviewDate, plan.createdAt, plan.updatedAt,
                    plan.changedBy, plan.changeReason);
        }
    }

    /** One version of a plan, whole, with who made it, when and why. */
    @Schema(name = "TreatmentPlanVersion")
    public record PlanVersionResponse(UUID planId, int version, Status status, UUID therapistId, UUID locationId,
                                      UUID serviceId, List<Phase> phases, List<Technique> techniques,
                                      List<String> regions, List<Homework> homework, LocalDate reviewDate,
                                      String changedBy, Instant changedAt, String changeReason) {

        public static PlanVersionResponse of(PlanUpdated plan) {
            return new PlanVersionResponse(plan.planId(), plan.version(), plan.status(), plan.therapistId(),
                    plan.locationId(), plan.serviceId(), plan.phases(), plan.techniques(), plan.regions(),
                    plan.homework(), plan.reviewDate(), plan.changedBy(), plan.changedAt(), plan.changeReason());
        }
    }

    /** One homework item of an active plan, for the client. */
    @Schema(name = "HomeworkItem")
    public record HomeworkItem(
            @Schema(example = "4d3c2b1a-0f9e-48d7-b6a5-f4e3d2c1b0a9") UUID planId,
            @Schema(example = "8e7f6a5b-4c3d-4e2f-9a1b-0c9d8e7f6a5b") UUID homeworkId,
            @Schema(example = "Knee-to-chest stretch") String title,
            @Schema(example = "Lie on your back, draw one knee to your chest, hold 30 seconds, three times each side")
            String instructions,
            @Schema(example = "2") Integer timesPerDay,
            @Schema(example = "5") Integer daysPerWeek) {
    }
}
