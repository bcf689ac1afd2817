package io.remedy.booking.session;

/** Why a session was cancelled, as the codes of {@code session.cancelled} (never free text). */
public enum CancellationReason {
    CLIENT_REQUEST,
    ILLNESS,
    THERAPIST_UNAVAILABLE,
    CLINIC_CLOSURE,
    RED_FLAG_HOLD,
    DUPLICATE_BOOKING,
    OTHER,
    /** Set by a client's erasure on their future sessions only; never chosen by a caller. */
    CLIENT_ERASED
}
