package io.remedy.records.plan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One version of a treatment plan, whole, with who made it, when and why; never changed. */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "plan_id")
    public UUID planId;

    public int version;

    /** The whole plan at this version, as the {@code plan.updated} data announced it (JSON). */
    public String snapshot;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "change_reason")
    public String changeReason;
}
