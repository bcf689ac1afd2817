package io.remedy.contracts.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * The series of sessions a treatment plan prescribes, as of one version of the plan: where, of which service and how
 * many; no clinical content (no goals, techniques, regions or homework). Published with every {@code plan.updated}.
 *
 * @param planId The treatment plan.
 * @param version Version of the plan the series is of; each change makes a new one, starting at 1.
 * @param status The plan's state after this version.
 * @param clientId The client the plan is for.
 * @param locationId The location where the plan's sessions take place.
 * @param serviceId The service the plan's sessions book; null if the therapist leaves it to the booking.
 * @param sessionCount Sessions the plan's phases count together; an open-ended phase (maintenance) counts none. At least 0.
 * @param changedAt When this version was made.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanSeriesSet(
        UUID planId,
        int version,
        PlanUpdated.Status status,
        UUID clientId,
        UUID locationId,
        UUID serviceId,
        int sessionCount,
        Instant changedAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.records.plan.series-set.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.PLANS;

    /** The aggregate id ({@code planId}): CloudEvents subject and Kafka key, in order with the plan's other events. */
    @Override
    public String subject() {
        return planId.toString();
    }

    /** The series of a version of a plan: the sessions its phases count (open-ended phases count none). */
    public static PlanSeriesSet of(PlanUpdated plan) {
        int sessions = plan.phases().stream()
                .mapToInt(phase -> phase.sessionCount() == null ? 0 : Math.max(0, phase.sessionCount())).sum();
        return new PlanSeriesSet(plan.planId(), plan.version(), plan.status(), plan.clientId(), plan.locationId(),
                plan.serviceId(), sessions, plan.changedAt());
    }
}
