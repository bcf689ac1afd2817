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

/**
 * One date of a series proposal: proposed, booked (with its session), unavailable (with the reason), or withdrawn with
 * its proposal.
 */
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

    /** For a date that could not be booked when proposed: the field to blame (e.g. {@code therapistId}). */
    @Column(name = "reason_field")
    public String reasonField;

    /** For a date that could not be booked when proposed: why. */
    public String reason;

    /** Where a proposed date is. */
    public enum Status {
        /** Bookable when proposed: confirm it to book it. */
        PROPOSED,
        /** Booked, by confirming it or already before it was proposed (e.g. from an older plan version). */
        BOOKED,
        /** Its proposal was replaced or dropped. */
        WITHDRAWN,
        /** Not bookable when proposed (therapist, room or client taken, roster, opening hours); reason says why. */
        UNAVAILABLE
    }
}
