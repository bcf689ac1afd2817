package io.remedy.booking.redflag;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * What booking knows of a red flag raised by records-service: whose it is, how urgent, since when, and whether it is
 * cleared. Never the clinical findings.
 */
@Entity
@Table(name = "red_flag")
public class RedFlag extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "location_id")
    public UUID locationId;

    /** Null only while a clearance arrived before the raise it clears. */
    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    /** True while the flag holds the client's sessions: raised and not cleared. */
    public boolean isOpen() {
        return raisedAt != null && clearedAt == null;
    }

    /** How soon the client must see a doctor. */
    public enum Severity {
        URGENT,
        REFER
    }
}
