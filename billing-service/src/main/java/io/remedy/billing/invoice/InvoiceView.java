package io.remedy.billing.invoice;

import io.remedy.billing.payment.Payment;
import io.remedy.billing.payment.RefundReason;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PaymentMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The API's records for invoices; entities never leave the service. */
public final class InvoiceView {

    private InvoiceView() {
    }

    @Schema(description = "An invoice (or a credit note). A therapist sees the status only: amounts, lines and"
            + " payments are null for them.")
    public record InvoiceResponse(
            UUID id,
            @Schema(example = "NORWICH-2026-000123") String number,
            @Schema(description = "INVOICE or CREDIT_NOTE") InvoiceKind kind,
            @Schema(description = "What it charges for: SESSION, or the fee of a LATE_CANCELLATION or a NO_SHOW")
            InvoiceReason reason,
            @Schema(description = "The invoice a credit note cancels") UUID creditsInvoiceId,
            UUID locationId,
            String locationCode,
            String locationName,
            UUID sessionId,
            UUID clientId,
            @Schema(description = "The client's short reference in the chain, as accountants and insurers read it",
                    example = "C-000042") String clientReference,
            @Schema(description = "The client's name as the invoice is made out; null once the client was erased")
            String billTo,
            UUID therapistId,
            InvoiceStatus status,
            @Schema(example = "GBP") String currency,
            @Schema(description = "Minor units of the currency") Integer netCents,
            Integer taxCents,
            Integer totalCents,
            @Schema(description = "Paid and not refunded") Integer paidCents,
            Integer outstandingCents,
            Instant issuedAt,
            Instant voidedAt,
            List<LineResponse> lines,
            List<PaymentEntry> payments,
            @Schema(description = "Why it was voided, if a reason was given") VoidReason voidReason) {

        static InvoiceResponse of(Invoice invoice, boolean amounts, List<InvoiceLine> lines, List<Payment> payments) {
            return new InvoiceResponse(invoice.id, invoice.number, invoice.kind, invoice.reason,
                    invoice.creditsInvoiceId,
                    invoice.locationId, invoice.locationCode, invoice.locationName, invoice.sessionId,
                    invoice.clientId, invoice.clientReference, amounts ? invoice.billTo : null, invoice.therapistId, invoice.status,
                    invoice.currency,
                    amounts ? invoice.netCents : null, amounts ? invoice.taxCents : null,
                    amounts ? invoice.totalCents : null, amounts ? invoice.netPaidCents() : null,
                    amounts ? invoice.outstandingCents() : null, invoice.issuedAt, invoice.voidedAt,
                    amounts && lines != null ? lines.stream().map(LineResponse::of).toList() : null,
                    amounts && payments != null ? payments.stream().map(PaymentEntry::of).toList() : null,
                    invoice.voidReason);
        }
    }

    @Schema(name = "VoidRequest", description = "Why an invoice is voided (optional)")
    public record NewVoid(@Schema(description = "Why, as a code (recommended; shown on the invoice)") VoidReason reason) {
    }

    @Schema(description = "One line: the service given, by whom, on which day, at what price and tax")
    public record LineResponse(int position, UUID serviceId, String serviceName, UUID therapistId,
                               String therapistName, LocalDate serviceDate, int netCents,
                               @Schema(description = "Percent", example = "20.00") BigDecimal taxRate, int taxCents,
                               int grossCents) {

        static LineResponse of(InvoiceLine line) {
            return new LineResponse(line.position, line.serviceId, line.serviceName, line.therapistId,
                    line.therapistName, line.serviceDate, line.netCents, line.taxRate, line.taxCents,
                    line.grossCents);
        }
    }

    @Schema(description = "A payment or a refund against the invoice; no card data")
    public record PaymentEntry(UUID id, @Schema(description = "PAYMENT or REFUND") String kind, PaymentMethod method,
                               int amountCents, String currency, UUID refundOf, Instant at,
                               @Schema(description = "A refund's reason, if given") RefundReason reason) {

        static PaymentEntry of(Payment payment) {
            return new PaymentEntry(payment.id, payment.kind.name(), payment.method, payment.amountCents,
                    payment.currency, payment.refundOf, payment.takenAt, payment.reason);
        }
    }
}
