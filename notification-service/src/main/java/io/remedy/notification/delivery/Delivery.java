package io.remedy.notification.delivery;

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

/**
 * One message to one recipient on one channel, asked for by one event. The database holds at most one per event,
 * kind, channel and recipient, so however often an event arrives, the message exists once.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "source_event_id")
    public String sourceEventId;

    /** What the message is, e.g. {@code BOOKING_CONFIRMATION}. */
    public String kind;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "location_id")
    public UUID locationId;

    public String address;

    public String subject;

    /** The rendered message; kept until it is sent. */
    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "last_error")
    public String lastError;

    /** When a failed message is tried again. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** When the asking event happened: delivery latency is measured from here. */
    @Column(name = "event_time")
    public Instant eventTime;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version
    public long version;
}
