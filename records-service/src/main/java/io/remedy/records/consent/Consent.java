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

    /** When a newer consent of the same kind took this one's place. */
    @Column(name = "superseded_at")
    public Instant supersededAt;

    /** The consent that took this one's place. */
    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Version
    public long version;

    /** Current until withdrawn or superseded by a newer consent of the same kind. */
    public boolean current() {
        return withdrawnAt == null && supersededAt == null;
    }

    /** Withdraws the consent from now on; the record of it stays. */
    public void withdraw(String by, Instant at) {
        withdrawnAt = at;
        withdrawnBy = by;
    }
}
