package io.remedy.notification.deadletter;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A record parked on the dead-letter twin of one of our input topics, kept for operators to see and replay. */
@Entity
@Table(name = "captured_event")
public class CapturedEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The chain from the record's {@code ce_tenant}; null when it carries none (then only the log shows it). */
    public String tenant;

    @Column(name = "dlq_topic")
    public String dlqTopic;

    @Column(name = "dlq_partition")
    public int dlqPartition;

    @Column(name = "dlq_offset")
    public long dlqOffset;

    /** Where the record came from, and where a replay sends it back. */
    @Column(name = "original_topic")
    public String originalTopic;

    @Column(name = "record_key")
    public String recordKey;

    public String payload;

    /** JSON object of the record's headers, name to text value. */
    public String headers;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String reason;

    @Column(name = "captured_at")
    public Instant capturedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;
}
