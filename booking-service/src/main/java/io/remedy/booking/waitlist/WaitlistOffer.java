package io.remedy.booking.waitlist;

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
 * A freed slot offered to one waiting client until {@link #expiresAt}. While it is {@code OFFERED} the database holds
 * the therapist and the room for it (a {@code WAITLIST_HOLD} occupancy), so nobody else can book the slot.
 */
@Entity
@Table(name = "waitlist_offer")
public class WaitlistOffer extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** End of the hold: the waiting client's service with its buffer. */
    @Column(name = "blocked_until")
    public Instant blockedUntil;

    /** End of the whole freed slot, which is offered on if this offer lapses. */
    @Column(name = "freed_until")
    public Instant freedUntil;

    @Column(name = "freed_by_session_id")
    public UUID freedBySessionId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "offered_at")
    public Instant offeredAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The session booked by accepting. */
    @Column(name = "session_id")
    public UUID sessionId;

    @Version
    public long version;

    /** The slot this offer holds, to offer on to the next waiting client when it lapses. */
    FreedSlot slot() {
        return new FreedSlot(tenant, freedBySessionId, null, locationId, therapistId, roomId, startsAt, freedUntil);
    }

    /** Where an offer is. */
    public enum Status {
        OFFERED,
        ACCEPTED,
        DECLINED,
        EXPIRED,
        WITHDRAWN
    }
}
