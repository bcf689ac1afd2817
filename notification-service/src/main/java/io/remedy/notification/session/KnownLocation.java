package io.remedy.notification.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A location as events name it: its code (the {@code locations} claim), name and time zone. */
@Entity
@Table(name = "known_location")
public class KnownLocation extends PanacheEntityBase {

    @Id
    @Column(name = "location_id")
    public UUID locationId;

    public String tenant;

    public String code;

    public String name;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
