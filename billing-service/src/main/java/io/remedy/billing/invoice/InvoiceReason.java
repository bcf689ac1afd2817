package io.remedy.billing.invoice;

/** What an invoice charges for. */
public enum InvoiceReason {
    /** The session given (completed). */
    SESSION,
    /** The fee of a late cancellation by the client, by the location's policy. */
    LATE_CANCELLATION,
    /** The fee of a missed session, by the location's policy. */
    NO_SHOW,
    /** A package of sessions sold to the client; no session of its own. */
    PACKAGE
}
