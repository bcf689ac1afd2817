package io.remedy.contracts.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * Part or all of a payment was refunded; ids and amounts only, never card data.
 *
 * @param refundId The refund.
 * @param paymentId The payment refunded.
 * @param invoiceId The invoice the payment was towards.
 * @param locationId The location of the invoice.
 * @param locationCode The location's code (e.g. {@code norwich}).
 * @param clientId The client billed.
 * @param amountCents Amount refunded, in minor units of the currency. At least 1.
 * @param currency ISO 4217 code of the currency (the invoice's).
 * @param invoiceStatus The invoice's status after the refund.
 * @param outstandingCents What is owed on the invoice after the refund, in minor units. At least 0.
 * @param refundedAt When the refund was made.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentRefunded(
        UUID refundId,
        UUID paymentId,
        UUID invoiceId,
        UUID locationId,
        String locationCode,
        UUID clientId,
        int amountCents,
        String currency,
        InvoiceStatus invoiceStatus,
        int outstandingCents,
        Instant refundedAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.billing.payment.refunded.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.INVOICES;

    /** The invoice's id: a refund's events follow its invoice's on one partition. */
    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
