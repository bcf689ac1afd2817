package io.remedy.records.intake;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.records.redflag.FindingsColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a client's intake; a change writes a new version and keeps the previous ones. */
@Entity
@Table(name = "intake_version")
public class IntakeVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    public int version;

    /** The answers as JSON ({@code IntakeAnswers}). */
    public String answers;

    /** The red-flag codes the answers screened positive for. */
    @Convert(converter = FindingsColumn.class)
    public List<Finding> findings;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_by_roles")
    public String recordedByRoles;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "retained_after_erasure")
    public boolean retainedAfterErasure;
}
