package io.remedy.billing.receipt;

import io.remedy.billing.invoice.Invoice;
import io.remedy.billing.invoice.InvoiceKind;
import io.remedy.billing.invoice.InvoiceLine;
import io.remedy.billing.invoice.InvoiceReason;
import io.remedy.billing.payment.Payment;
import io.remedy.billing.payment.PaymentKind;
import io.remedy.billing.settings.BillingSettings;
import io.remedy.contracts.billing.InvoiceStatus;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * What a receipt (a paid invoice) or an invoice shows, as text ready for the page: the clinic and location, the
 * client it is made out to, each service with its date, therapist and their professional registration number, the
 * amounts and how it was paid. What a client needs to claim from a health insurer.
 */
public record Receipt(String title, String number, String clinic, String taxRegistrationNumber, String location,
                      List<String> locationAddress, String locationCode, String issuedOn, String billTo,
                      String clientReference, String status, List<Line> lines, String net, String tax, String total,
                      List<Paid> payments, String paid, String outstanding) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** One service on the receipt. */
    public record Line(String description, String date, String therapist, String registrationNumber, String taxRate,
                       String amount) {
    }

    /** One payment or refund. */
    public record Paid(String date, String method, String amount) {
    }

    /**
     * The receipt of an invoice with its lines and payments, headed by the chain's name as its settings give it (the
     * location's name when a chain admin has not set one).
     */
    public static Receipt of(Invoice invoice, List<InvoiceLine> lines, List<Payment> payments,
                             BillingSettings settings) {
        String title = invoice.kind == InvoiceKind.CREDIT_NOTE ? "Credit note"
                : invoice.status == InvoiceStatus.PAID ? "Receipt" : "Invoice";
        List<Line> shown = lines.stream().map(line -> new Line(describe(invoice.reason, line.serviceName),
                DAY.format(line.serviceDate), line.therapistName, line.therapistRegistrationNumber,
                line.taxRate.stripTrailingZeros().toPlainString() + " %", amount(line.grossCents, invoice.currency)))
                .toList();
        List<Paid> paid = payments.stream().map(payment -> new Paid(
                DAY.format(payment.takenAt.atOffset(ZoneOffset.UTC)),
                (payment.kind == PaymentKind.REFUND ? "Refund, " : "") + method(payment.method.name()),
                amount(payment.kind == PaymentKind.REFUND ? -payment.amountCents : payment.amountCents,
                        invoice.currency)))
                .toList();
        String clinic = settings != null ? settings.clinicName : invoice.locationName;
        List<String> address = invoice.locationAddress == null ? List.of()
                : invoice.locationAddress.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Receipt(title, invoice.number, clinic, settings != null ? settings.taxRegistrationNumber : null,
                invoice.locationName, address, invoice.locationCode,
                DAY.format(invoice.issuedAt.atOffset(ZoneOffset.UTC)),
                invoice.billTo == null ? "(name removed)" : invoice.billTo,
                invoice.clientReference != null ? invoice.clientReference : "-",
                invoice.status.name(), shown, amount(invoice.netCents, invoice.currency),
                amount(invoice.taxCents, invoice.currency), amount(invoice.totalCents, invoice.currency), paid,
                amount(invoice.netPaidCents(), invoice.currency), amount(invoice.outstandingCents(), invoice.currency));
    }

    /** What a line charges for, in the clinic's words. */
    static String describe(InvoiceReason reason, String serviceName) {
        if (reason == InvoiceReason.LATE_CANCELLATION) {
            return "Late cancellation fee: " + serviceName;
        }
        if (reason == InvoiceReason.NO_SHOW) {
            return "Missed session fee: " + serviceName;
        }
        return serviceName;
    }

    /** A payment method as a client reads it. */
    static String method(String method) {
        return switch (method) {
            case "CARD_TERMINAL" -> "card";
            case "CASH" -> "cash";
            case "ONLINE" -> "online";
            default -> method.toLowerCase(Locale.ROOT);
        };
    }

    /** An amount in minor units with its currency's decimals and code, e.g. {@code 75.00 GBP}. */
    static String amount(int minorUnits, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits, digits).toPlainString() + " " + currency;
    }
}
