package io.remedy.console.billing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An invoice as a page shows it: every amount already written in the invoice's own currency for the reader's
 * language, dates in the reader's style.
 */
public record InvoiceView(Billing.Invoice invoice, String total, String paid, String outstanding, String net,
                          String tax, String serviceDate, String issued, List<LineView> lines,
                          List<PaymentView> payments, String statusClass, String amountToPay) {

    public record LineView(String service, String therapist, String date, String net, String tax, String gross) {
    }

    public record PaymentView(String when, String method, String amount, boolean refund) {
    }

    public UUID id() {
        return invoice.id();
    }

    public static InvoiceView of(Billing.Invoice invoice, Locale locale) {
        String currency = invoice.currency();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        List<Billing.Line> lines = invoice.lines() == null ? List.of() : invoice.lines();
        LocalDate first = lines.stream().map(Billing.Line::serviceDate).filter(d -> d != null).findFirst()
                .orElse(invoice.issuedAt() == null ? null : invoice.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate());
        List<LineView> lineViews = lines.stream().map(line -> new LineView(line.serviceName(), line.therapistName(),
                line.serviceDate() == null ? "" : line.serviceDate().format(day),
                Money.format(line.netCents(), currency, locale), Money.format(line.taxCents(), currency, locale),
                Money.format(line.grossCents(), currency, locale))).toList();
        List<PaymentView> payments = (invoice.payments() == null ? List.<Billing.Payment>of() : invoice.payments())
                .stream().map(p -> new PaymentView(p.at() == null ? "" : moment.format(p.at()), p.method(),
                        Money.format(p.amountCents(), p.currency() == null ? currency : p.currency(), locale),
                        p.refundOf() != null || "REFUND".equals(p.kind()))).toList();
        return new InvoiceView(invoice, Money.format(invoice.totalCents(), currency, locale),
                Money.format(invoice.paidCents(), currency, locale),
                Money.format(invoice.outstandingCents(), currency, locale),
                Money.format(invoice.netCents(), currency, locale), Money.format(invoice.taxCents(), currency, locale),
                first == null ? "" : first.format(day),
                invoice.issuedAt() == null ? "" : invoice.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate().format(day),
                lineViews, payments, statusClass(invoice.status()),
                Money.plain(invoice.outstandingCents(), currency));
    }

    /** The badge's class: the state in lower case ({@code invoice-part-paid}). */
    static String statusClass(String status) {
        return "invoice-" + (status == null ? "unknown" : status.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The service of the first line ("Remedial massage 45 min"), or nothing. */
    public String service() {
        return lines.isEmpty() ? "" : lines.get(0).service();
    }
}
