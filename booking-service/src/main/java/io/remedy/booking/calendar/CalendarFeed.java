package io.remedy.booking.calendar;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** A private calendar feed: whose sessions it shows, at which locations, and the hash of its secret token. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    /** Whose sessions a feed shows. */
    public enum Scope {
        /** A therapist's diary. */
        THERAPIST,
        /** A client's own sessions. */
        CLIENT
    }

    @Id
    public UUID id;

    public String tenant;

    @Enumerated(EnumType.STRING)
    public Scope scope;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "owner_user_id")
    public String ownerUserId;

    /** Location codes, comma-separated, or {@code *} for all. */
    public String locations;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Whether the feed shows sessions at this location. */
    boolean shows(String locationCode) {
        return "*".equals(locations) || Set.of(locations.split(",")).contains(locationCode);
    }

    static String locationsOf(Set<String> codes, boolean everywhere) {
        return everywhere ? "*" : String.join(",", Arrays.stream(codes.toArray(String[]::new)).sorted().toList());
    }
}
