package io.remedy.billing.payment;

import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PaymentMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's records for payments, refunds and balances. */
public final class PaymentView {

    /** Largest amount one payment may carry, in minor units (a guard against typos, not a business limit). */
    public static final int MAX_AMOUNT = 100_000_000;

    private PaymentView() {
    }

    @Schema(description = "A payment taken at the front desk: card terminal or cash. Online payments arrive from the"
            + " payment provider.")
    public record NewPayment(
            @Schema(description = "CARD_TERMINAL or CASH", required = true) @NotNull PaymentMethod method,
            @Schema(description = "Minor units of the invoice's currency; at most what is outstanding", example = "7500",
                    required = true)
            @NotNull @Min(1) @Max(MAX_AMOUNT) Integer amountCents) {
    }

    @Schema(description = "Money returned from one payment of the invoice")
    public record NewRefund(
            @Schema(description = "The payment to refund", required = true) @NotNull UUID paymentId,
            @Schema(description = "Minor units; at most what is left of the payment", example = "2500", required = true)
            @NotNull @Min(1) @Max(MAX_AMOUNT) Integer amountCents,
            @Schema(description = "Why the money goes back, as a code (recommended; shown on the invoice)")
            RefundReason reason) {
    }

    @Schema(name = "Payment", description = "A payment or refund as recorded, with the invoice's state after it")
    public record PaymentResponse(UUID id, UUID invoiceId, @Schema(description = "PAYMENT or REFUND") PaymentKind kind,
                                  PaymentMethod method, int amountCents, String currency, UUID refundOf, Instant at,
                                  InvoiceStatus invoiceStatus, int outstandingCents,
                                  @Schema(description = "A refund's reason, if given") RefundReason reason) {
    }

    @Schema(description = "What a client was invoiced, paid and still owes, per currency (never added across"
            + " currencies), over the invoices the caller may see")
    public record BalanceResponse(UUID clientId, List<CurrencyBalance> balances) {
    }

    public record CurrencyBalance(@Schema(example = "GBP") String currency, long invoicedCents, long paidCents,
                                  long refundedCents, long outstandingCents) {
    }
}
