package io.remedy.console.billing;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in minor units shown in its own currency, the way the reader's language writes money ("£60.00",
 * "60,00 US$"). Amounts of two currencies are never added: each is shown apart.
 */
public final class Money {

    private Money() {
    }

    public static String format(Number minorUnits, String currencyCode, Locale locale) {
        if (minorUnits == null || currencyCode == null || currencyCode.isBlank()) {
            return "—";
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException unknown) {
            return minorUnits + " " + currencyCode;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minorUnits.longValue(), digits));
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
