package io.remedy.records.session;

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
 * A session as booking's events describe it: which therapist treats which client, where and when. It decides
 * which therapist may open a client's record and tells a red flag its location and treating therapist.
 */
@Entity
@Table(name = "known_session")
public class KnownSession extends PanacheEntityBase {

    /** What booking last said about the session. */
    public enum Status { BOOKED, COMPLETED, CANCELLED, NO_SHOW }

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "client_user_id")
    public String clientUserId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "location_code")
    public String locationCode;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
