package io.remedy.contracts.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A treatment plan got a new version (created, reviewed or closed); carries the whole plan, not a diff.
 *
 * @param planId The treatment plan.
 * @param version Version of the plan; each change makes a new one, starting at 1.
 * @param status The plan's state after this change.
 * @param clientId The client the plan is for.
 * @param therapistId The therapist who owns the plan.
 * @param therapistUserId Keycloak subject of the therapist's login, if any.
 * @param locationId The location where the plan's sessions take place.
 * @param serviceId The service the plan's sessions book (e.g. remedial massage 60 min); null if the therapist leaves it to the booking.
 * @param phases The phases in order: goals and session frequency of each.
 * @param techniques Techniques the plan uses.
 * @param regions Body regions to treat, in the order treated. Codes such as {@code FEET}, {@code CALVES}, {@code HAMSTRINGS}, {@code GLUTEALS}, {@code QUADRATUS_LUMBORUM}, {@code LUMBAR_PARASPINALS}, {@code HIP_FLEXORS}, {@code THORACIC_PARASPINALS}.
 * @param homework Exercises and self-care for the client between sessions.
 * @param reviewDate When the therapist reviews the plan next.
 * @param changedBy Keycloak subject of the therapist who made this version.
 * @param changedAt When this version was made.
 * @param changeReason Why this version was made, as a code, never free text. Known codes: {@code INITIAL_PLAN}, {@code SCHEDULED_REVIEW}, {@code PROGRESS}, {@code FLARE_UP}, {@code RED_FLAG_CLEARED}, {@code CLIENT_REQUEST}, {@code DISCHARGE}, {@code OTHER}; the set may grow.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanUpdated(
        UUID planId,
        int version,
        Status status,
        UUID clientId,
        UUID therapistId,
        String therapistUserId,
        UUID locationId,
        UUID serviceId,
        List<Phase> phases,
        List<Technique> techniques,
        List<String> regions,
        List<Homework> homework,
        LocalDate reviewDate,
        String changedBy,
        Instant changedAt,
        String changeReason) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.records.plan.updated.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.PLANS;

    /** Lists are never null (an absent list reads as empty) and are unmodifiable. */
    public PlanUpdated {
        phases = phases == null ? List.of() : List.copyOf(phases);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        regions = regions == null ? List.of() : List.copyOf(regions);
        homework = homework == null ? List.of() : List.copyOf(homework);
    }

    /** The aggregate id ({@code planId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return planId.toString();
    }

    /** State of a treatment plan. */
    public enum Status {
        /** In force: sessions follow its phases. */
        ACTIVE,
        /** Goals met, client discharged: no further sessions are proposed. */
        COMPLETED,
        /** Stopped before completion (e.g. referral, client's choice): no further sessions are proposed. */
        DISCONTINUED
    }

    /** A treatment technique a plan may use. */
    public enum Technique {
        /** Deep tissue massage. */
        DEEP_TISSUE,
        /** Trigger point therapy. */
        TRIGGER_POINT,
        /** Myofascial release. */
        MYOFASCIAL_RELEASE,
        /** Swedish massage. */
        SWEDISH,
        /** Muscle energy technique (MET). */
        MUSCLE_ENERGY_TECHNIQUE,
        /** Positional release. */
        POSITIONAL_RELEASE,
        /** Joint mobilisation. */
        JOINT_MOBILISATION,
        /** Stretching and strengthening exercises. */
        STRETCHING_AND_STRENGTHENING,
        /** Neuromuscular therapy. */
        NEUROMUSCULAR,
        /** Lymphatic drainage. */
        LYMPHATIC_DRAINAGE,
        /** Acupressure. */
        ACUPRESSURE
    }

    /** An outcome measure a goal can be stated in. */
    public enum Measure {
        /** Numeric rating scale of pain, 0 (none) to 10 (worst imaginable). */
        NRS,
        /** Oswestry Disability Index, as a percentage. */
        ODI
    }

    /**
     * One phase of a plan: its goals and how often sessions take place.
     *
     * @param name Name of the phase (e.g. {@code Relief}, {@code Restore}, {@code Maintain}).
     * @param goals Goals of the phase.
     * @param intervalWeeks Weeks between sessions in this phase (1 = weekly).
     * @param sessionCount Number of sessions in the phase; null for open-ended maintenance.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phase(
            String name,
            List<Goal> goals,
            int intervalWeeks,
            Integer sessionCount) {

        /** Lists are never null (an absent list reads as empty) and are unmodifiable. */
        public Phase {
            goals = goals == null ? List.of() : List.copyOf(goals);
        }
    }

    /**
     * A goal of a phase, with the outcome measure that shows it is met, if any.
     *
     * @param goalId The goal, stable across plan versions.
     * @param description The goal in the client's words (e.g. {@code Sit through a work shift without pain}).
     * @param measure The outcome measure of the goal, if it has one.
     * @param target Score to reach on the measure (at or below), if it has one.
     * @param met True once the therapist recorded the goal as met.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Goal(
            UUID goalId,
            String description,
            Measure measure,
            Integer target,
            boolean met) {
    }

    /**
     * An exercise or self-care item the client does between sessions.
     *
     * @param homeworkId The item, stable across plan versions.
     * @param title Short title (e.g. {@code Knee-to-chest stretch}).
     * @param instructions How to do it, written for the client.
     * @param timesPerDay How many times a day, if set.
     * @param daysPerWeek How many days a week, if set.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Homework(
            UUID homeworkId,
            String title,
            String instructions,
            Integer timesPerDay,
            Integer daysPerWeek) {
    }
}
