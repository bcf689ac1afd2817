package io.remedy.billing.payment;

/** Why a payment is refunded: a code an accountant reads, never free text. */
public enum RefundReason {
    /** The client asked for it (e.g. a package given up). */
    CLIENT_REQUEST,
    /** More was taken than was owed. */
    OVERCHARGED,
    /** The session paid for did not take place as invoiced. */
    SESSION_NOT_GIVEN,
    /** The same payment was taken twice. */
    DUPLICATE_PAYMENT,
    /** Another reason. */
    OTHER
}
