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
import java.time.LocalDate;
import java.util.UUID;

/** A client waiting for a slot of a service at a location (optionally with one therapist) within a date window. */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** First come, first offered: assigned by the database. */
    @Column(name = "queue_position", insertable = false, updatable = false)
    public Long queuePosition;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    /** First day (in the location's time zone) the client could come. */
    @Column(name = "from_date")
    public LocalDate fromDate;

    /** Last day the client could come. */
    @Column(name = "to_date")
    public LocalDate toDate;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** Where an entry is: waiting, holding an offer, booked through an offer, or withdrawn. */
    public enum Status {
        WAITING,
        OFFERED,
        BOOKED,
        WITHDRAWN
    }
}
