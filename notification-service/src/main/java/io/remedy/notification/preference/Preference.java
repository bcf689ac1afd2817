package io.remedy.notification.preference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** A user's own message preferences; one row per user and tenant, created on the first change. */
@Entity
@Table(name = "preference")
public class Preference extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "user_id")
    public String userId;

    /** JSON object: message kind to an array of channels. */
    public String channels;

    /** JSON array of the message kinds not wanted. */
    @Column(name = "opt_outs")
    public String optOuts;

    @Column(name = "quiet_start")
    public LocalTime quietStart;

    @Column(name = "quiet_end")
    public LocalTime quietEnd;

    @Column(name = "time_zone")
    public String timeZone;

    public String language;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
