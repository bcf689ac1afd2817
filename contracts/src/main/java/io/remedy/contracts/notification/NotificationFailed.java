package io.remedy.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A message could not be delivered after its retries and was parked for an operator to see and replay.
 *
 * @param notificationId The notification (one message to one recipient on one channel).
 * @param channel The channel it was meant to go out on.
 * @param kind What the message is. Known codes: {@code BOOKING_CONFIRMATION}, {@code SESSION_REMINDER}, {@code SESSION_CHANGED}, {@code SESSION_CANCELLED}, {@code POST_SESSION_CARE}, {@code HOMEWORK}, {@code WAITLIST_OFFER}, {@code WAITLIST_OFFER_WITHDRAWN}, {@code RED_FLAG_ALERT}, {@code RED_FLAG_CLEARED}, {@code NOTE_OVERDUE}, {@code DAILY_DIARY}; the set may grow.
 * @param recipient Who it was meant for, by reference.
 * @param locationId The location the message is about; null for chain-wide messages.
 * @param sourceEventId {@code ce_id} of the event that caused the message; null for scheduled messages.
 * @param sourceEventType {@code ce_type} of that event; null for scheduled messages.
 * @param attempts Send attempts made before giving up.
 * @param errorCode Why it failed. Known codes: {@code NO_ADDRESS}, {@code INVALID_ADDRESS}, {@code REJECTED}, {@code PROVIDER_UNAVAILABLE}, {@code TIMEOUT}, {@code TEMPLATE_ERROR}; the set may grow.
 * @param error Short technical detail from the channel; never contains the recipient's address or the message content.
 * @param failedAt When the message was given up and parked.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationFailed(
        UUID notificationId,
        Channel channel,
        String kind,
        Recipient recipient,
        UUID locationId,
        String sourceEventId,
        String sourceEventType,
        int attempts,
        String errorCode,
        String error,
        Instant failedAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.notification.notification.failed.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.DELIVERIES;

    /** The aggregate id ({@code notificationId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return notificationId.toString();
    }
}
