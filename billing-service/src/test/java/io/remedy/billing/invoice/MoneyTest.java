package io.remedy.billing.invoice;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The arithmetic of prices: tax included in a price, and invoice numbers. */
class MoneyTest {

    @Test
    void splitsTheTaxIncludedInAPriceSoThatNetAndTaxAddUpToIt() {
        assertEquals(new Money.Split(6250, 1250, 7500), Money.taxIncluded(7500, new BigDecimal("20")));
        assertEquals(new Money.Split(7500, 0, 7500), Money.taxIncluded(7500, BigDecimal.ZERO));
        // 999 × 20 / 120 = 166.5: rounded half up, and net takes the rest
        Money.Split odd = Money.taxIncluded(999, new BigDecimal("20"));
        assertEquals(167, odd.taxCents());
        assertEquals(999, odd.netCents() + odd.taxCents());
        assertEquals(new Money.Split(9434, 566, 10000), Money.taxIncluded(10000, new BigDecimal("6")));
    }

    @Test
    void numbersAnInvoiceByLocationCodeYearAndSixDigits() {
        assertEquals("NORWICH-2026-000123", Money.invoiceNumber("norwich", 2026, 123));
        assertEquals("NEW-YORK-2027-1234567", Money.invoiceNumber("new-york", 2027, 1_234_567));
    }
}
