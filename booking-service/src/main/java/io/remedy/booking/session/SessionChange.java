package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change in a session's history: what happened, when, by whom; for a move, where it was and where it is. */
@Entity
@Table(name = "session_change")
public class SessionChange extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Order of the changes; assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String tenant;

    @Column(name = "session_id")
    public UUID sessionId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "previous_starts_at")
    public Instant previousStartsAt;

    @Column(name = "previous_therapist_id")
    public UUID previousTherapistId;

    @Column(name = "previous_room_id")
    public UUID previousRoomId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "room_id")
    public UUID roomId;

    /** Cancellation reason code. */
    public String reason;

    /** For a cancellation: inside the notice window. */
    public Boolean late;

    /** What happened to the session. */
    public enum Kind {
        BOOKED,
        RESCHEDULED,
        CHECKED_IN,
        COMPLETED,
        CANCELLED,
        NO_SHOW
    }

    /** A change of {@code session} made now by {@code userId}, recording where the session is after it. */
    static SessionChange of(Session session, Kind kind, String userId, Instant at) {
        SessionChange change = new SessionChange();
        change.id = UUID.randomUUID();
        change.tenant = session.tenant;
        change.sessionId = session.id;
        change.kind = kind;
        change.changedAt = at;
        change.changedBy = userId;
        change.startsAt = session.startsAt;
        change.therapistId = session.therapistId;
        change.roomId = session.roomId;
        return change;
    }
}
