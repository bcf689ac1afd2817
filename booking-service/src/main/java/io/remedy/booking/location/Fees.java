package io.remedy.booking.location;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A location's fee policy (an amount, or a percent of the booked price), as the fee it sets. */
public final class Fees {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fees() {
    }

    /**
     * The fee: the amount when the policy sets one, else the percent of the booked price rounded half up to a minor
     * unit; null when the policy sets none, when a percent has no price to apply to, or when the fee comes to zero.
     */
    public static Integer fee(Integer amountCents, BigDecimal percent, Integer priceCents) {
        Integer fee = null;
        if (amountCents != null) {
            fee = amountCents;
        } else if (percent != null && priceCents != null) {
            fee = BigDecimal.valueOf(priceCents).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).intValue();
        }
        return fee == null || fee <= 0 ? null : fee;
    }
}
