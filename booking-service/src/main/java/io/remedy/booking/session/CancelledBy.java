package io.remedy.booking.session;

/** Which side cancelled a session: the client themself, or the clinic's staff. */
public enum CancelledBy {
    CLIENT,
    CLINIC
}
