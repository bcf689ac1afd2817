package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Whole days a location is closed (a holiday), inclusive, as dates of the location's time zone. */
@Entity
@Table(name = "location_closure")
public class Closure extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
