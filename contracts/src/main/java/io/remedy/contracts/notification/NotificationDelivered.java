package io.remedy.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was handed over to its channel (SMTP server, SMS provider, or live/in-app inbox).
 *
 * @param notificationId The notification (one message to one recipient on one channel).
 * @param channel The channel it went out on.
 * @param kind What the message is. Known codes: {@code BOOKING_CONFIRMATION}, {@code SESSION_REMINDER}, {@code SESSION_CHANGED}, {@code SESSION_CANCELLED}, {@code POST_SESSION_CARE}, {@code HOMEWORK}, {@code WAITLIST_OFFER}, {@code WAITLIST_OFFER_WITHDRAWN}, {@code RED_FLAG_ALERT}, {@code RED_FLAG_CLEARED}, {@code NOTE_OVERDUE}, {@code DAILY_DIARY}; the set may grow.
 * @param recipient Who it went to, by reference.
 * @param locationId The location the message is about, for per-location figures; null for chain-wide messages.
 * @param sourceEventId {@code ce_id} of the event that caused the message; null for scheduled messages (e.g. the daily diary).
 * @param sourceEventType {@code ce_type} of that event; null for scheduled messages.
 * @param attempts Send attempts it took, counting the successful one.
 * @param deliveredAt When the channel accepted the message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationDelivered(
        UUID notificationId,
        Channel channel,
        String kind,
        Recipient recipient,
        UUID locationId,
        String sourceEventId,
        String sourceEventType,
        int attempts,
        Instant deliveredAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.notification.notification.delivered.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.DELIVERIES;

    /** The aggregate id ({@code notificationId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return notificationId.toString();
    }
}
