package io.remedy.contracts.billing;

/** How a payment was taken; never more about the card than this. */
public enum PaymentMethod {
    /** Card on the location's card terminal, taken by the front desk. */
    CARD_TERMINAL,
    /** Cash at the front desk. */
    CASH,
    /** Online, on the payment provider's hosted page. */
    ONLINE
}
