package io.remedy.console.setup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageSettingsPageTest {

    @Test
    void remindersAreTypedAsHoursAndSentAsDurationsOfWholeMinutes() {
        assertEquals("PT24H", MessageSettingsPage.offset("24"));
        assertEquals("PT1H30M", MessageSettingsPage.offset("1,5"));
        assertEquals("PT336H", MessageSettingsPage.offset("336"));
        // not a number: sent as typed, so that the API names it beside the input
        assertEquals("soon", MessageSettingsPage.offset("soon"));

        assertEquals("24", MessageSettingsPage.hours("PT24H"));
        assertEquals("1.5", MessageSettingsPage.hours("PT1H30M"));
        assertEquals("48", MessageSettingsPage.hours("P2D"));
    }

    @Test
    void pricesAreTypedInPoundsAndSentInPence() {
        assertEquals(8250, Numbers.cents("82.50"));
        assertEquals(8500, Numbers.cents("85"));
        assertEquals(7525, Numbers.cents("75,25"));
        assertEquals(null, Numbers.cents("82.505"));
        assertEquals(null, Numbers.cents("abc"));
        assertEquals("85.00", Numbers.amount(8500));
    }
}
