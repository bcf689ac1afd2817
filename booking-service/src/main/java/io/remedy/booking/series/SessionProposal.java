package io.remedy.booking.series;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The series of sessions proposed for one version of a client's treatment plan, with the plan's therapist at the
 * plan's location. Staff or the client confirm its dates (all or some); a newer plan version replaces what is not
 * confirmed yet, and a completed or discontinued plan drops it.
 */
@Entity
@Table(name = "session_proposal")
public class SessionProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_version")
    public int planVersion;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "service_id")
    public UUID serviceId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** Where a proposal is. */
    public enum Status {
        /** Some dates are still to confirm. */
        OPEN,
        /** Every date is booked. */
        CONFIRMED,
        /** A newer plan version replaced what was not confirmed. */
        SUPERSEDED,
        /** The plan was completed or discontinued. */
        DROPPED
    }
}
