package io.remedy.console.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The records-service payloads the console reads and sends, as the gateway's public API shapes them. Codes stay
 * strings: the console shows them through its message bundles and never decides on them.
 */
public final class RecordsModels {

    private RecordsModels() {
    }

    /** One page of a records list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, String nextCursor) {
        public Page {
            items = items == null ? List.of() : items;
        }
    }

    /** The intake's screening answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Symptoms(Boolean saddleNumbness, Boolean newBladderDysfunction, Boolean newBowelDysfunction,
                           Boolean progressiveLegWeakness, Boolean arthritisFlaring, Integer morningStiffnessMinutes,
                           List<String> neurologicalSymptoms, Boolean recentSignificantTrauma,
                           Boolean unexplainedWeightLoss, Boolean fever, Boolean nightPainUnrelievedByRest) {
    }

    /** An injury or a surgery. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryItem(String description, LocalDate date) {
    }

    /** A medication. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Medication(String name, String dose) {
    }

    /** A corticosteroid injection. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Injection(String site, LocalDate givenOn) {
    }

    /** The intake's answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IntakeAnswers(String occupation, List<String> dailyLoad, String medicalHistory,
                                List<String> conditions, List<HistoryItem> injuries, List<HistoryItem> surgeries,
                                List<Medication> medications, List<Injection> corticosteroidInjections,
                                List<String> painLocations, String painRadiates, Symptoms symptoms,
                                List<String> goals) {
    }

    /** One version of the intake. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Intake(UUID clientId, int version, IntakeAnswers answers, List<String> findings,
                         String recordedBy, Instant recordedAt, boolean retainedAfterErasure) {
    }

    /** A consent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(UUID id, String kind, String textVersion, Instant givenAt, boolean current,
                          Instant withdrawnAt) {
    }

    /** A consent to give. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewConsent(String kind, String textVersion) {
    }

    /** A red flag. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RedFlag(UUID id, UUID locationId, UUID sessionId, List<String> findings, String severity,
                          String notes, String source, String status, Instant raisedAt, String clearance,
                          String outcome, Instant clearedAt) {
        public boolean urgent() {
            return "URGENT".equals(severity);
        }

        public boolean open() {
            return !"CLEARED".equals(status);
        }
    }

    /** A red flag to raise. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewRedFlag(UUID locationId, UUID sessionId, List<String> findings, String notes) {
    }

    /** The scored ODI. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Odi(double score, String band, int answered) {
    }

    /** An assessment. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(UUID id, UUID locationId, UUID sessionId, Instant assessedAt, int nrs,
                             List<Integer> odiAnswers, Odi odi, String notes, boolean baseline) {
    }

    /** An assessment to record: NRS and, when taken, the ten ODI sections (null for a skipped one). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewAssessment(UUID locationId, UUID sessionId, Integer nrs,
                                @JsonInclude(JsonInclude.Include.ALWAYS) List<Integer> odiAnswers, String notes) {
    }

    /** One assessment's figures over time. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProgressPoint(UUID assessmentId, Instant assessedAt, int nrs, Double odiScore, String odiBand) {
    }

    /** The change of one measure since the baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String measure, double baseline, double latest, double change, Double share,
                         boolean clinicallyImportant, boolean importantImprovement) {
    }

    /** A goal and whether it is met. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoalProgress(UUID planId, String phase, UUID goalId, String description, String measure,
                               Integer target, boolean met, boolean targetReached) {
    }

    /** A client's outcome figures over time. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(UUID clientId, List<ProgressPoint> points, Change nrs, Change odi,
                           List<GoalProgress> goals, int goalsMet, int goalsTotal) {
        public Progress {
            points = points == null ? List.of() : points;
            goals = goals == null ? List.of() : goals;
        }
    }

    /** A goal of a plan's phase. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Goal(UUID goalId, String description, String measure, Integer target, boolean met) {
    }

    /** A phase of a plan. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phase(String name, List<Goal> goals, Integer intervalWeeks, Integer sessionCount) {
        public Phase {
            goals = goals == null ? List.of() : goals;
        }
    }

    /** A homework item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Homework(UUID homeworkId, String title, String instructions, Integer timesPerDay,
                           Integer daysPerWeek) {
    }

    /** A treatment plan as it stands. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID serviceId, String status,
                       int version, List<Phase> phases, List<String> techniques, List<String> regions,
                       List<Homework> homework, LocalDate reviewDate, Instant updatedAt, String changeReason) {
        public Plan {
            phases = phases == null ? List.of() : phases;
            techniques = techniques == null ? List.of() : techniques;
            regions = regions == null ? List.of() : regions;
            homework = homework == null ? List.of() : homework;
        }
    }

    /** One version of a plan. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanVersion(UUID planId, int version, String status, Instant changedAt, String changeReason) {
    }

    /** A plan to write, or a plan's new version (status and changeReason are needed for a change). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanWrite(UUID locationId, UUID serviceId, String status, List<Phase> phases,
                            List<String> techniques, List<String> regions, List<Homework> homework,
                            LocalDate reviewDate, String changeReason) {
    }

    /** A session note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Note(UUID id, UUID sessionId, UUID clientId, UUID locationId, UUID therapistId,
                       Instant sessionStartsAt, String status, String subjective, String objective,
                       String assessment, String plan, Instant signedAt, long version, List<String> techniques,
                       String pressure, List<String> regions, String clientResponse, String sorenessAdvice,
                       List<String> homeworkGiven, Instant sessionCompletedAt, Instant dueAt, boolean overdue) {
        public Note {
            techniques = techniques == null ? List.of() : techniques;
            regions = regions == null ? List.of() : regions;
            homeworkGiven = homeworkGiven == null ? List.of() : homeworkGiven;
        }

        public boolean signed() {
            return "SIGNED".equals(status);
        }

        public boolean writable() {
            return sessionCompletedAt != null && ("DUE".equals(status) || "DRAFT".equals(status));
        }
    }

    /** The SOAP draft of a note, whole. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoteDraft(String subjective, String objective, String assessment, String plan,
                            List<String> techniques, String pressure, List<String> regions, String clientResponse,
                            String sorenessAdvice, List<String> homeworkGiven) {
    }

    /** A change to a signed note. */
    public record NewAmendment(String reason, String text) {
    }

    /** An amendment. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amendment(UUID id, UUID noteId, String reason, String text, Instant amendedAt) {
    }

    /** A note unsigned after its due time. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OverdueNote(UUID noteId, UUID sessionId, UUID clientId, UUID therapistId, UUID locationId,
                              String locationCode, Instant sessionStartsAt, Instant dueAt, String status) {
    }
}
