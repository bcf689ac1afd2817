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

    /** Client, member of staff by user id, or staff by role at a location. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public RecipientKind recipientKind;

    /** The recipient as one key: {@code client:<id>}, {@code user:<subject>} or {@code role:<role>@<code>}. */
    public String recipient;

    @Column(name = "client_id")
    public UUID clientId;

    /** Login of the recipient (a client's or a member of staff's), when known. */
    @Column(name = "recipient_user_id")
    public String recipientUserId;

    /** For a message to staff by role: the role; {@link #locationCode} says where. */
    @Column(name = "recipient_role")
    public String recipientRole;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "location_code")
    public String locationCode;

    /** What the message is about: the session, waitlist offer, plan, red flag or note. */
    @Column(name = "about_id")
    public UUID aboutId;

    /** {@code ce_type} of the asking event; null for scheduled messages (reminders, diaries). */
    @Column(name = "source_event_type")
    public String sourceEventType;

    /** Urgent clinical messages ignore quiet hours and opt-outs. */
    public boolean urgent;

    public String language;

    public String address;

    public String subject;

    /** The rendered message; kept until it is sent. */
    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    /** The calendar invitation (text/calendar) an e-mail carries, or null; dropped once sent, as the bodies are. */
    public String calendar;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "last_error")
    public String lastError;

    /** Why the last attempt failed, as a code ({@code PROVIDER_UNAVAILABLE}, {@code NO_ADDRESS}, ...). */
    @Column(name = "error_code")
    public String errorCode;

    /** When the message was parked as a dead letter. */
    @Column(name = "dead_at")
    public Instant deadAt;

    /** When an operator replayed the dead letter; a message is replayed at most once. */
    @Column(name = "replayed_at")
    public Instant replayedAt;

    /** When an in-app message was taken back. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

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

    /** W3C trace context of what asked for the message (null: none): its sending continues that trace. */
    public String traceparent;

    public String tracestate;

    @Version
    public long version;
}
