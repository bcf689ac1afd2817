package io.remedy.notification.preference;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuietHoursTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private static Instant london(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2027, month, day, hour, minute, 0, 0, LONDON).toInstant();
    }

    @Test
    void aMessageInTheEveningWaitsUntilNextMorning() {
        assertEquals(Optional.of(london(7, 2, 8, 0)), NIGHT.deferUntil(london(7, 1, 22, 15), LONDON));
    }

    @Test
    void aMessageBeforeDawnWaitsUntilThatMorning() {
        assertEquals(Optional.of(london(7, 1, 8, 0)), NIGHT.deferUntil(london(7, 1, 5, 30), LONDON));
    }

    @Test
    void aMessageInTheDayGoesOutNow() {
        assertEquals(Optional.empty(), NIGHT.deferUntil(london(7, 1, 12, 0), LONDON));
        assertEquals(Optional.empty(), NIGHT.deferUntil(london(7, 1, 8, 0), LONDON), "the end is not quiet");
    }

    @Test
    void theStartIsQuiet() {
        assertEquals(Optional.of(london(7, 2, 8, 0)), NIGHT.deferUntil(london(7, 1, 21, 0), LONDON));
    }

    @Test
    void quietHoursWithinADay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertEquals(Optional.of(london(7, 1, 13, 30)), lunch.deferUntil(london(7, 1, 12, 45), LONDON));
        assertEquals(Optional.empty(), lunch.deferUntil(london(7, 1, 11, 59), LONDON));
    }

    @Test
    void theQuietPeriodIsReadInTheRecipientsZone() {
        Instant tenPastTwoUtc = Instant.parse("2027-07-01T02:10:00Z");
        assertEquals(Optional.empty(), NIGHT.deferUntil(tenPastTwoUtc, ZoneId.of("Asia/Tokyo")), "11:10 in Tokyo");
        assertEquals(Optional.of(Instant.parse("2027-07-01T12:00:00Z")),
                NIGHT.deferUntil(tenPastTwoUtc, ZoneId.of("America/New_York")), "22:10 in New York");
    }

    @Test
    void anEndSkippedByTheSpringChangeMovesForwardAsClocksDo() {
        QuietHours untilHalfOne = new QuietHours(LocalTime.of(22, 0), LocalTime.of(1, 30));
        // 01:30 does not exist in London on 28 March 2027: the period ends at 02:30 BST (01:30 UTC)
        assertEquals(Optional.of(Instant.parse("2027-03-28T01:30:00Z")),
                untilHalfOne.deferUntil(london(3, 27, 23, 0), LONDON));
    }

    @Test
    void aPeriodMustHaveALength() {
        assertThrows(IllegalArgumentException.class, () -> new QuietHours(LocalTime.NOON, LocalTime.NOON));
    }
}
