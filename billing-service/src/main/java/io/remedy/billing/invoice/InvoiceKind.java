package io.remedy.billing.invoice;

/** An invoice, or the credit note that cancels one (an issued invoice is never edited). */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE
}
