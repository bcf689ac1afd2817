package io.remedy.records.consent;

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

/** A consent the client gave, dated and tied to the text version they agreed to; current until withdrawn. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public ConsentKind kind;

    /** The version of the consent text the client agreed to (e.g. {@code treatment-2026-01}). */
    @Column(name = "text_version")
    public String textVersion;

    @Column(name = "given_at")
    public Instant givenAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Version
    public long version;

    public boolean current() {
        return withdrawnAt == null;
    }

    /** Withdraws the consent from now on; the record of it stays. */
    public void withdraw(String by, Instant at) {
        withdrawnAt = at;
        withdrawnBy = by;
    }
}
