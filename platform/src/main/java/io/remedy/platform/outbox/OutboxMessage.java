package io.remedy.platform.outbox;

import io.remedy.platform.observability.TraceContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the outbox: an event written with the state it describes, waiting for (or done with) the relay. */
@Entity
@Table(schema = "remedy_platform", name = "outbox")
public class OutboxMessage {

    @Id
    private UUID id;

    /** Assigned by the database (identity) at insert; the relay's order. */
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(nullable = false)
    private String topic;

    @Column(name = "aggregate_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String source;

    private String subject;

    @Column(nullable = false)
    private String tenant;

    @Column(name = "event_time", nullable = false)
    private Instant time;

    /** Event data as JSON; null for a tombstone. */
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    /** W3C trace context of the request that wrote the row (null outside a trace): the relay continues it. */
    private String traceparent;

    private String tracestate;

    /** Set for a raw record ({@link OutgoingRecord}): its headers as JSON; null for a CloudEvent or a tombstone. */
    @Column(name = "record_headers")
    private String recordHeaders;

    protected OutboxMessage() {
    }

    OutboxMessage(OutgoingRecord record, String source, Instant createdAt) {
        this.id = record.id();
        this.topic = record.topic();
        this.key = record.key() == null ? "" : record.key();
        this.type = OutgoingRecord.TYPE;
        this.source = source;
        this.subject = record.subject();
        this.tenant = record.tenant();
        this.time = createdAt;
        this.payload = record.value();
        this.createdAt = createdAt;
        this.recordHeaders = record.headersJson();
    }

    OutboxMessage(OutgoingEvent event, String source, String payload, Instant createdAt, TraceContext trace) {
        this.id = event.id();
        this.topic = event.topic();
        this.key = event.key();
        this.type = event.type();
        this.source = source;
        this.subject = event.subject();
        this.tenant = event.tenant();
        this.time = event.time();
        this.payload = payload;
        this.createdAt = createdAt;
        if (trace != null) {
            this.traceparent = trace.traceparent();
            this.tracestate = trace.tracestate();
        }
    }

    public UUID getId() {
        return id;
    }

    public Long getSeq() {
        return seq;
    }

    public String getTopic() {
        return topic;
    }

    public String getKey() {
        return key;
    }

    public String getType() {
        return type;
    }

    public String getSource() {
        return source;
    }

    public String getSubject() {
        return subject;
    }

    public String getTenant() {
        return tenant;
    }

    public Instant getTime() {
        return time;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    /** The headers of a raw record as JSON, or null for a CloudEvent or a tombstone. */
    public String getRecordHeaders() {
        return recordHeaders;
    }

    /** A raw record, published as it is ({@link OutgoingRecord}). */
    public boolean isRawRecord() {
        return recordHeaders != null;
    }

    /** The trace context of the writing request, or null. */
    public TraceContext getTrace() {
        return traceparent == null ? null : new TraceContext(traceparent, tracestate);
    }
}
