package io.remedy.booking.hire;

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
 * A room hired by an outside practitioner (e.g. a Pilates instructor) for a time range. While {@code ACTIVE} the
 * database holds the room for it exactly like a session ({@code ROOM_HIRE} occupancy): neither can overlap the other.
 */
@Entity
@Table(name = "room_hire")
public class RoomHire extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "practitioner_name")
    public String practitionerName;

    public String note;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Version
    public long version;

    /** Whether a hire holds its room. */
    public enum Status {
        ACTIVE,
        CANCELLED
    }
}
