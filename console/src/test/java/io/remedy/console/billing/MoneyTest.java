package io.remedy.console.billing;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void writesPoundsAndDollarsInTheirOwnCurrencyForTheReadersLanguage() {
        assertEquals("£60.00", Money.format(6000, "GBP", Locale.ENGLISH));
        assertEquals("$75.00", Money.format(7500, "USD", Locale.ENGLISH));
        String spanish = Money.format(6000, "GBP", Locale.forLanguageTag("es"));
        // Spanish writes the amount first, a comma for decimals, and the ISO code of the pound
        assertTrue(spanish.startsWith("60,00") && spanish.contains("GBP"), spanish);
    }

    @Test
    void aWriterOfManyAmountsKeepsEachCurrencyApart() {
        Money.Writer money = Money.writer(Locale.ENGLISH);
        assertEquals("£60.00", money.format(6000, "GBP"));
        assertEquals("¥500", money.format(500, "JPY"));
        assertEquals("$75.00", money.format(7500, "USD"));
        assertEquals("£0.05", money.format(5, "GBP"));
        assertEquals("12 XYZ", money.format(12, "XYZ"));
        assertEquals("—", money.format(null, "GBP"));
    }

    @Test
    void aCurrencyWithoutMinorUnitsHasNoDecimals() {
        assertEquals("¥500", Money.format(500, "JPY", Locale.ENGLISH));
        assertEquals(Integer.valueOf(500), Money.parse("500", "JPY"));
    }

    @Test
    void readsWhatTheDeskTypesIntoMinorUnits() {
        assertEquals(Integer.valueOf(2000), Money.parse("20", "GBP"));
        assertEquals(Integer.valueOf(4050), Money.parse("40,50", "GBP"));
        assertEquals(Integer.valueOf(4050), Money.parse(" 40.5 ", "GBP"));
        assertEquals("40.00", Money.plain(4000, "GBP"));
    }

    @Test
    void somethingThatIsNotAnAmountIsNoAmount() {
        assertNull(Money.parse("forty", "GBP"));
        assertNull(Money.parse("40.005", "GBP"));
        assertNull(Money.parse("", "GBP"));
        assertEquals("—", Money.format(null, "GBP", Locale.ENGLISH));
    }
}
