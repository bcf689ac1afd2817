package io.remedy.booking.waitlist;

import io.remedy.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitlistRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void acceptsAWindowFromTodayOn() {
        assertDoesNotThrow(() -> WaitlistRules.requireWindow(TODAY, TODAY.plusDays(14), TODAY));
        assertDoesNotThrow(() -> WaitlistRules.requireWindow(TODAY.minusDays(3), TODAY, TODAY));
    }

    @Test
    void refusesAWindowEndingBeforeItStartsOrInThePastOrLongerThanAYear() {
        for (LocalDate[] window : new LocalDate[][] {{TODAY.plusDays(5), TODAY.plusDays(1)},
                {TODAY.minusDays(9), TODAY.minusDays(1)}, {TODAY, TODAY.plusDays(400)}}) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> WaitlistRules.requireWindow(window[0], window[1], TODAY));
            assertEquals(400, refused.problem().status());
            assertEquals("to", refused.problem().errors().get(0).field());
        }
    }

    @Test
    void anOfferIsHeldForTheHoldButNeverPastTheSlotsStart() {
        Instant now = Instant.parse("2026-06-01T09:00:00Z");
        assertEquals(now.plus(Duration.ofMinutes(30)),
                WaitlistRules.expiresAt(now, Duration.ofMinutes(30), now.plus(Duration.ofHours(5))));
        assertEquals(now.plus(Duration.ofMinutes(20)),
                WaitlistRules.expiresAt(now, Duration.ofMinutes(30), now.plus(Duration.ofMinutes(20))));
    }

    @Test
    void aSlotStartingTooSoonIsNotOffered() {
        Instant now = Instant.parse("2026-06-01T09:00:00Z");
        assertFalse(WaitlistRules.worthOffering(now, Duration.ofMinutes(5), now.plus(Duration.ofMinutes(4))));
        assertTrue(WaitlistRules.worthOffering(now, Duration.ofMinutes(5), now.plus(Duration.ofMinutes(6))));
    }
}
