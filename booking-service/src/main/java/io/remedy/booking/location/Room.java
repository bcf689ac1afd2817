package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A bookable treatment room of a location. */
@Entity
@Table(name = "room")
public class Room extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "location_id")
    public UUID locationId;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
