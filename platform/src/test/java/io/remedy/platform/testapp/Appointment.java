package io.remedy.platform.testapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The test application's aggregate: something booked at a location. */
@Entity
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;
    public String tenant;
    public String location;
    @jakarta.persistence.Column(name = "starts_at")
    public Instant startsAt;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public int minutes;
    public String note;
    @Version
    public long version;
}
