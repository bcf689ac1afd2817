package io.remedy.contracts.billing;

/** Where an invoice stands. */
public enum InvoiceStatus {
    /** Issued, nothing paid yet. */
    ISSUED,
    /** Part of the total is paid. */
    PART_PAID,
    /** Paid in full. */
    PAID,
    /** Cancelled by a credit note; nothing is owed. */
    VOID
}
