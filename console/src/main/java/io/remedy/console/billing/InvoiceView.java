package io.remedy.console.billing;

import io.remedy.console.api.Booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * An invoice as a page shows it: every amount already written in the invoice's own currency for the reader's
 * language, dates in the reader's style.
 */
public record InvoiceView(Billing.Invoice invoice, String total, String paid, String outstanding, String net,
                          String tax, String serviceDate, String issued, List<LineView> lines,
                          List<PaymentView> payments, String statusClass, String amountToPay) {

    public record LineView(String service, String therapist, String date, String net, String tax, String gross) {
    }

    /** A payment or a refund; {@code left}: what may still be refunded of a payment (plain decimals), or null. */
    public record PaymentView(UUID id, String when, String method, String amount, boolean refund, String reason,
                              String left, String leftShown) {
    }

    public UUID id() {
        return invoice.id();
    }

    /** {@code zone}: the location's, in which the invoice's issue and the payments' times are shown. */
    public static InvoiceView of(Billing.Invoice invoice, Locale locale, ZoneId zone) {
        return of(invoice, Money.writer(locale), zone);
    }

    /** As {@link #of(Billing.Invoice, Locale, ZoneId)}, writing with {@code money} (one writer for a whole list). */
    public static InvoiceView of(Billing.Invoice invoice, Money.Writer money, ZoneId zone) {
        Locale locale = money.locale();
        String currency = invoice.currency();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        List<Billing.Line> lines = invoice.lines() == null ? List.of() : invoice.lines();
        LocalDate first = lines.stream().map(Billing.Line::serviceDate).filter(d -> d != null).findFirst()
                .orElse(invoice.issuedAt() == null ? null : invoice.issuedAt().atZone(zone).toLocalDate());
        List<LineView> lineViews = lines.stream().map(line -> new LineView(line.serviceName(), line.therapistName(),
                line.serviceDate() == null ? "" : line.serviceDate().format(day),
                money.format(line.netCents(), currency), money.format(line.taxCents(), currency),
                money.format(line.grossCents(), currency))).toList();
        List<Billing.Payment> all = invoice.payments() == null ? List.of() : invoice.payments();
        Map<UUID, Integer> refunded = new HashMap<>();
        all.stream().filter(Billing.Payment::refund).filter(p -> p.refundOf() != null)
                .forEach(p -> refunded.merge(p.refundOf(), p.amountCents(), Integer::sum));
        List<PaymentView> payments = all.stream().map(p -> {
            String payCurrency = p.currency() == null ? currency : p.currency();
            int left = p.refund() ? 0 : p.amountCents() - refunded.getOrDefault(p.id(), 0);
            return new PaymentView(p.id(), p.at() == null ? "" : moment.format(p.at()), p.method(),
                    money.format(p.amountCents(), payCurrency), p.refund(), p.reason(),
                    left > 0 ? Money.plain(left, payCurrency) : null,
                    left > 0 ? money.format(left, payCurrency) : null);
        }).toList();
        return new InvoiceView(invoice, money.format(invoice.totalCents(), currency),
                money.format(invoice.paidCents(), currency),
                money.format(invoice.outstandingCents(), currency),
                money.format(invoice.netCents(), currency), money.format(invoice.taxCents(), currency),
                first == null ? "" : first.format(day),
                invoice.issuedAt() == null ? "" : invoice.issuedAt().atZone(zone).toLocalDate().format(day),
                lineViews, payments, statusClass(invoice.status()),
                Money.plain(invoice.outstandingCents(), currency));
    }

    /** The badge's class: the state in lower case ({@code invoice-part-paid}). */
    static String statusClass(String status) {
        return "invoice-" + (status == null ? "unknown" : status.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The time zone of each location, by id, from the booking API's list; UTC for one it does not name. */
    public static Function<UUID, ZoneId> zones(List<Booking.Location> locations) {
        Map<UUID, ZoneId> zones = new HashMap<>();
        locations.forEach(l -> zones.put(l.id(), ZoneId.of(l.timeZone())));
        return id -> zones.getOrDefault(id, ZoneId.of("UTC"));
    }

    /** The payments that may still be refunded, in part or whole. */
    public List<PaymentView> refundable() {
        return payments.stream().filter(p -> p.left() != null).toList();
    }

    /** Whether the front desk may void it: an invoice (not a credit note) not void yet. */
    public boolean voidable() {
        return "INVOICE".equals(invoice.kind()) && !"VOID".equals(invoice.status());
    }

    /** Whether something paid on it stands (to be refunded before a void). */
    public boolean paidSomething() {
        return invoice.paidCents() != null && invoice.paidCents() > 0;
    }

    /** The service of the first line ("Remedial massage 45 min"), or nothing. */
    public String service() {
        return lines.isEmpty() ? "" : lines.get(0).service();
    }
}
