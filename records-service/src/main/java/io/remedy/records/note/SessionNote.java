package io.remedy.records.note;

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

/** The SOAP note of one session, written and signed by its treating therapist. */
@Entity
@Table(name = "session_note")
public class SessionNote extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "location_id")
    public UUID locationId;

    /** The location's code, as the token's {@code locations} claim names it. */
    @Column(name = "location_code")
    public String locationCode;

    @Column(name = "therapist_id")
    public UUID therapistId;

    /** The identity provider's subject of the treating therapist. */
    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "session_starts_at")
    public Instant sessionStartsAt;

    @Enumerated(EnumType.STRING)
    public NoteStatus status;

    public String subjective;

    public String objective;

    public String assessment;

    public String plan;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
