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

    @Column(name = "booked_by")
    public String bookedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
