package io.remedy.notification.delivery;

/**
 * A message waits ({@code PENDING}, also while deferred by quiet hours), is sent, or failed (retried) until it is
 * parked as a dead letter; a message no longer wanted before it went out (e.g. a lapsed waitlist offer) is
 * {@code CANCELLED}.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    DEAD,
    CANCELLED
}
