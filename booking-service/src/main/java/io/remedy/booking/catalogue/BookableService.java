package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What a client books: e.g. remedial massage 60 min, with a buffer after it for cleaning and notes. */
@Entity
@Table(name = "bookable_service")
public class BookableService extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    public String name;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Column(name = "buffer_minutes")
    public int bufferMinutes;

    @Column(name = "price_cents")
    public int priceCents;

    public String currency;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Last change of the service or of who offers it; setting it bumps the version (ETag). */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }
}
