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

    public record PaymentView(String when, String method, String amount, boolean refund) {
    }

    public UUID id() {
        return invoice.id();
    }

    /** {@code zone}: the location's, in which the invoice's issue and the payments' times are shown. */
    public static InvoiceView of(Billing.Invoice invoice, Locale locale, ZoneId zone) {
        String currency = invoice.currency();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        List<Billing.Line> lines = invoice.lines() == null ? List.of() : invoice.lines();
        LocalDate first = lines.stream().map(Billing.Line::serviceDate).filter(d -> d != null).findFirst()
                .orElse(invoice.issuedAt() == null ? null : invoice.issuedAt().atZone(zone).toLocalDate());
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

    /** The service of the first line ("Remedial massage 45 min"), or nothing. */
    public String service() {
        return lines.isEmpty() ? "" : lines.get(0).service();
    }
}
