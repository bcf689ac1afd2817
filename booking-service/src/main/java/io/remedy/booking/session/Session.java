package io.remedy.booking.session;

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
 * An appointment: client + therapist + room + service at one location and time. The database refuses two live
 * sessions that overlap for one therapist or one room, buffer included.
 */
@Entity
@Table(name = "session")
public class Session extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** End of the service's buffer: therapist and room stay busy until then. */
    @Column(name = "blocked_until")
    public Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    /** The price the session was booked at, in minor units of {@link #currency}, tax included; null without one. */
    @Column(name = "price_cents")
    public Integer priceCents;

    /** ISO 4217 currency of {@link #priceCents}: the location's when booked. */
    public String currency;

    @Column(name = "booked_by")
    public String bookedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** Cancelled inside the location's notice window. */
    @Column(name = "late_cancellation")
    public boolean lateCancellation;

    /** Reason code of a cancellation (see {@link CancellationReason}). */
    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public CancelledBy cancelledBy;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "no_show_at")
    public Instant noShowAt;

    /** The treatment plan whose series proposal booked this session, if any. */
    @Column(name = "plan_id")
    public UUID planId;

    @Version
    public long version;

    /** True while the session occupies its therapist and room. */
    public boolean isLive() {
        return SessionLifecycle.LIVE.contains(status);
    }

    /** Moves the session to the status {@code change} leads to, if its rules allow it now (409 otherwise). */
    void apply(SessionLifecycle.Change change, Instant at) {
        status = SessionLifecycle.next(status, change);
        switch (change) {
            case CHECK_IN -> checkedInAt = at;
            case COMPLETE -> completedAt = at;
            case NO_SHOW -> noShowAt = at;
            case CANCEL -> cancelledAt = at;
            case RESCHEDULE -> {
                // the status stays; the caller moves time, therapist or room
            }
        }
    }
}
