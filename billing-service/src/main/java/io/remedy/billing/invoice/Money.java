package io.remedy.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The clinic's arithmetic of prices: plain rules a unit test can call. */
public final class Money {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** A price split into what is net and what is tax. */
    public record Split(int netCents, int taxCents, int grossCents) {
    }

    /**
     * Splits a price that includes tax at {@code ratePercent}: tax = gross × rate / (100 + rate), rounded half up
     * to the minor unit; net = gross − tax, so the two always add up to the price.
     */
    public static Split taxIncluded(int grossCents, BigDecimal ratePercent) {
        if (ratePercent.signum() == 0) {
            return new Split(grossCents, 0, grossCents);
        }
        int tax = BigDecimal.valueOf(grossCents).multiply(ratePercent)
                .divide(HUNDRED.add(ratePercent), 0, RoundingMode.HALF_UP).intValueExact();
        return new Split(grossCents - tax, tax, grossCents);
    }

    /** An amount in minor units as a decimal in its currency's major unit, e.g. {@code -62.50} for -6250 GBP. */
    public static String decimal(long minorUnits, String currency) {
        int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }

    /** The invoice number: {@code <LOCATIONCODE>-<year>-<number, 6 digits at least>}, e.g. {@code NORWICH-2026-000123}. */
    public static String invoiceNumber(String locationCode, int year, int number) {
        return String.format(Locale.ROOT, "%s-%d-%06d", locationCode.toUpperCase(Locale.ROOT), year, number);
    }
}
