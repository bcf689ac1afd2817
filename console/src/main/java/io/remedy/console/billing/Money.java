package io.remedy.console.billing;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An amount in minor units shown in its own currency, the way the reader's language writes money ("£60.00",
 * "60,00 US$"). Amounts of two currencies are never added: each is shown apart.
 */
public final class Money {

    private Money() {
    }

    public static String format(Number minorUnits, String currencyCode, Locale locale) {
        return writer(locale).format(minorUnits, currencyCode);
    }

    /** A writer of many amounts for one reader (a list of invoices): see {@link Writer}. */
    public static Writer writer(Locale locale) {
        return new Writer(locale);
    }

    /**
     * Writes amounts for one reader's language, keeping the number format of each currency it met: making one
     * (the locale's currency pattern, symbols and the currency's name looked up) costs far more than using it, and a
     * list of invoices writes several amounts a row. One writer per page render: a number format is not thread-safe.
     */
    public static final class Writer {

        private final Locale locale;
        private final Map<String, NumberFormat> formats = new HashMap<>();

        private Writer(Locale locale) {
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }

        public String format(Number minorUnits, String currencyCode) {
            if (minorUnits == null || currencyCode == null || currencyCode.isBlank()) {
                return "—";
            }
            NumberFormat format = formats.computeIfAbsent(currencyCode, this::formatOf);
            if (format == null) {
                return minorUnits + " " + currencyCode;
            }
            return format.format(BigDecimal.valueOf(minorUnits.longValue(), format.getMaximumFractionDigits()));
        }

        /** The format of a currency in this language; null for a code that names no currency. */
        private NumberFormat formatOf(String currencyCode) {
            Currency currency;
            try {
                currency = Currency.getInstance(currencyCode);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(currency);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format;
        }
    }

    /** What a form shows for an amount to type ("40.00"): the decimal point, as number inputs take it. */
    public static String plain(Number minorUnits, String currencyCode) {
        if (minorUnits == null) {
            return "";
        }
        return BigDecimal.valueOf(minorUnits.longValue(), digits(currencyCode)).toPlainString();
    }

    /** The minor units of an amount typed in a form ("40", "40.5", "40,50"); null when it is not an amount. */
    public static Integer parse(String typed, String currencyCode) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(typed.trim().replace(',', '.'));
            BigDecimal minor = amount.movePointRight(digits(currencyCode));
            if (minor.stripTrailingZeros().scale() > 0 || minor.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                return null;
            }
            return minor.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static int digits(String currencyCode) {
        try {
            return Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
