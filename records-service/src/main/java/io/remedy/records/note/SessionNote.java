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

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** IANA time zone of the session's location. */
    @Column(name = "time_zone")
    public String timeZone;

    /** When booking marked the session completed: from then on the note can be written. */
    @Column(name = "session_completed_at")
    public Instant sessionCompletedAt;

    /** When the note is due: the completion plus the allowed delay (24 h by default). */
    @Column(name = "due_at")
    public Instant dueAt;

    /** When {@code note.overdue} was announced; it is announced once. */
    @Column(name = "overdue_published_at")
    public Instant overduePublishedAt;

    /** Techniques used, as JSON. */
    public String techniques;

    @Enumerated(EnumType.STRING)
    public Pressure pressure;

    /** Regions treated, in order, as JSON. */
    public String regions;

    @Column(name = "client_response")
    public String clientResponse;

    /** The soreness advice given (e.g. that soreness settles within a few days). */
    @Column(name = "soreness_advice")
    public String sorenessAdvice;

    /** Homework given, as JSON. */
    @Column(name = "homework_given")
    public String homeworkGiven;

    @Version
    public long version;
}
