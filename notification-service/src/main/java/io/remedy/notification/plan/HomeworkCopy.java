package io.remedy.notification.plan;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The homework of a client's latest active treatment plan, from records' {@code plan.updated} events. */
@Entity
@Table(name = "homework_copy")
public class HomeworkCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_version")
    public int planVersion;

    /** JSON array of {@link Homework} items. */
    public String homework;

    @Column(name = "changed_at")
    public Instant changedAt;
}
