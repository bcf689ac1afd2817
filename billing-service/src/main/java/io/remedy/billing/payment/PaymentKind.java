package io.remedy.billing.payment;

/** Money in, or money back. */
public enum PaymentKind {
    PAYMENT,
    REFUND
}
