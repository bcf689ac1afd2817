package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Leave or sickness: the therapist does not work in {@code [startsAt, endsAt)}, at one location or anywhere. */
@Entity
@Table(name = "roster_exception")
public class RosterException extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "therapist_id")
    public UUID therapistId;

    /** The location the exception applies to; null for every location. */
    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
