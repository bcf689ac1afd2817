package io.remedy.notification.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A session as booking's events describe it: reminders, diaries and post-session care read it. */
@Entity
@Table(name = "session_copy")
public class SessionCopy extends PanacheEntityBase {

    /** Where a session stands, as far as messages care. */
    public enum Status {
        BOOKED,
        CANCELLED,
        COMPLETED,
        NO_SHOW
    }

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    public String tenant;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "location_code")
    public String locationCode;

    @Column(name = "location_name")
    public String locationName;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "therapist_name")
    public String therapistName;

    @Column(name = "service_name")
    public String serviceName;

    @Column(name = "room_name")
    public String roomName;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
