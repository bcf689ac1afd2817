package io.remedy.records.assessment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.contracts.records.AssessmentRecorded.OdiBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One outcome assessment: NRS, ODI when taken, range of motion, tests and trigger points. Never changed. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    public int nrs;

    /** The ten answers as JSON ({@code null} for a skipped section); null when no ODI was taken. */
    @Column(name = "odi_answers")
    public String odiAnswers;

    @Column(name = "odi_score")
    public BigDecimal odiScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "odi_band")
    public OdiBand odiBand;

    @Column(name = "odi_answered")
    public Integer odiAnswered;

    /** Range of motion as JSON. */
    @Column(name = "range_of_motion")
    public String rangeOfMotion;

    /** Clinical tests as JSON. */
    public String tests;

    /** Trigger points as JSON. */
    @Column(name = "trigger_points")
    public String triggerPoints;

    public String notes;

    /** True for the client's first assessment: the baseline of their outcome figures. */
    public boolean baseline;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
