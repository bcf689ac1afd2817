package io.remedy.booking.series;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One date of a series proposal: proposed, booked (with its session), or withdrawn with its proposal. */
@Entity
@Table(name = "proposed_session")
public class ProposedSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "proposal_id")
    public UUID proposalId;

    /** Order in the series, from 1. */
    public int position;

    /** Name of the plan's phase this date belongs to. */
    public String phase;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "session_id")
    public UUID sessionId;

    /** Where a proposed date is. */
    public enum Status {
        PROPOSED,
        BOOKED,
        WITHDRAWN
    }
}
