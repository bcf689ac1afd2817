package io.remedy.records.plan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.contracts.records.PlanUpdated.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's treatment plan as it stands: phases with goals and frequency, techniques, regions in order, homework,
 * review date and treating therapist. Every change makes a new {@link PlanVersion}.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "service_id")
    public UUID serviceId;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The plan's version as clients see it (1, 2, …): the ETag and the {@code plan.updated} version. */
    @Column(name = "plan_version")
    public int planVersion;

    /** Phases, techniques, regions and homework, as JSON ({@link PlanContent}). */
    public String content;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "change_reason")
    public String changeReason;

    /** Optimistic lock against concurrent changes. */
    @Version
    public long version;
}
