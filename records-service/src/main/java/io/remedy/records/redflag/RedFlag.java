package io.remedy.records.redflag;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.contracts.records.RedFlagCleared.Clearance;
import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.contracts.records.RedFlagRaised.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Signs found on a red-flag screen that need a doctor before (further) deep work; open until cleared. */
@Entity
@Table(name = "red_flag")
public class RedFlag extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "location_code")
    public String locationCode;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Convert(converter = FindingsColumn.class)
    public List<Finding> findings;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    /** The clinician's notes; never leave records in an event. */
    public String notes;

    @Enumerated(EnumType.STRING)
    public RedFlagSource source;

    @Enumerated(EnumType.STRING)
    public RedFlagStatus status;

    @Column(name = "raised_by")
    public String raisedBy;

    @Column(name = "raised_at")
    public Instant raisedAt;

    /** When {@code red-flag.raised} went to the outbox; null while no location of the client is known yet. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Enumerated(EnumType.STRING)
    public Clearance clearance;

    /** The referral's outcome, as the clinician recorded it when clearing. */
    public String outcome;

    @Column(name = "cleared_by")
    public String clearedBy;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Version
    public long version;
}
