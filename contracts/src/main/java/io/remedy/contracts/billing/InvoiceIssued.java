package io.remedy.contracts.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.remedy.contracts.IntegrationEvent;
import io.remedy.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * An invoice was issued for a completed session; ids and amounts only, no personal data.
 *
 * @param invoiceId The invoice.
 * @param number The invoice's number, gapless per location and year (e.g. {@code NORWICH-2026-000123}).
 * @param locationId The location (branch) that issued it.
 * @param locationCode The location's code (e.g. {@code norwich}).
 * @param clientId The client billed.
 * @param sessionId The session invoiced.
 * @param currency ISO 4217 code of the invoice's currency (e.g. {@code GBP}).
 * @param netCents Total without tax, in minor units of the currency. At least 0.
 * @param taxCents Tax, in minor units of the currency. At least 0.
 * @param totalCents Total with tax, in minor units of the currency. At least 0.
 * @param issuedAt When the invoice was issued.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceIssued(
        UUID invoiceId,
        String number,
        UUID locationId,
        String locationCode,
        UUID clientId,
        UUID sessionId,
        String currency,
        int netCents,
        int taxCents,
        int totalCents,
        Instant issuedAt) implements IntegrationEvent {

    /** CloudEvents {@code type} of this event. */
    public static final String TYPE = "remedy.billing.invoice.issued.v1";
    /** Kafka topic of this event; the record key is {@link #subject()}. */
    public static final String TOPIC = Topics.INVOICES;

    /** The aggregate id ({@code invoiceId}): CloudEvents subject and Kafka key. */
    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
