package io.remedy.notification.delivery;

/** A message waits ({@code PENDING}), is sent, or failed (retried) until it is parked as a dead letter. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    DEAD
}
