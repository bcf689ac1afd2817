package io.remedy.billing.invoice;

/** Why an invoice is voided by a credit note: a code an accountant reads, never free text. */
public enum VoidReason {
    /** Issued by mistake (wrong client, service or price). */
    ISSUED_IN_ERROR,
    /** The session invoiced did not take place as invoiced. */
    SESSION_NOT_GIVEN,
    /** Waived as a goodwill gesture. */
    GOODWILL,
    /** Another reason. */
    OTHER
}
