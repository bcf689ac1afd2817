package io.remedy.notification.reminder;

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

/** A reminder before a session, due at a time computed in the location's zone; sent once. */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    /** Where a reminder stands. */
    public enum Status {
        /** Waiting for its time. */
        SCHEDULED,
        /** Its messages were written. */
        SENT,
        /** Its time had passed when the session was booked or moved. */
        SKIPPED,
        /** The session was cancelled or missed. */
        DROPPED
    }

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "client_id")
    public UUID clientId;

    /** How long before the session, in minutes. */
    @Column(name = "offset_minutes")
    public int offsetMinutes;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "session_starts_at")
    public Instant sessionStartsAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
