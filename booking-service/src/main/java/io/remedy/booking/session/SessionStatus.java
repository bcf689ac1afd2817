package io.remedy.booking.session;

/** Where a session is in its life: {@code BOOKED → CHECKED_IN → COMPLETED}, or cancelled, or a no-show. */
public enum SessionStatus {
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
