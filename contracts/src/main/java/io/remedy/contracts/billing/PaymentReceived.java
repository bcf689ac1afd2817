package io.remedy.contracts.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment towards an invoice was received; ids and amounts only, never card data.
 *
 * @param paymentId The payment.
 * @param invoiceId The invoice paid towards.
 * @param locationId The location of the invoice.
 * @param locationCode The location's code (e.g. {@code norwich}).
 * @param clientId The client billed.
 * @param method How the payment was taken.
 * @param amountCents Amount received, in minor units of the currency. At least 1.
 * @param currency ISO 4217 code of the currency (the invoice's).
 * @param invoiceStatus The invoice's status after the payment.
 * @param outstandingCents What is still owed on the invoice after the payment, in minor units. At least 0.
 * @param receivedAt When the payment was received.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentReceived(
        UUID paymentId,
        UUID invoiceId,
        UUID locationId,
        String locationCode,
        UUID clientId,
        PaymentMethod method,
        int amountCents,
        String currency,
        InvoiceStatus invoiceStatus,
        int outstandingCents,
        Instant receivedAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.billing.payment.received.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.INVOICES;

    /** The invoice's id: a payment's events follow its invoice's on one partition. */
    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
