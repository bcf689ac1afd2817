package io.remedy.notification.reminder;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReminderScheduleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void dayBeforeReminderKeepsTheWallClockTimeAcrossTheSpringChange() {
        // clocks go forward at 01:00 UTC on Sunday 28 March 2027: a 10:00 session that Sunday is at 09:00 UTC
        Instant session = ZonedDateTime.of(2027, 3, 28, 10, 0, 0, 0, LONDON).toInstant();
        Instant due = ReminderSchedule.dueAt(session, LONDON, Duration.ofHours(24));
        assertEquals(ZonedDateTime.of(2027, 3, 27, 10, 0, 0, 0, LONDON).toInstant(), due,
                "10:00 on Saturday, London time");
        assertEquals(Instant.parse("2027-03-27T10:00:00Z"), due, "only 23 real hours before: the night was short");
    }

    @Test
    void dayBeforeReminderKeepsTheWallClockTimeAcrossTheAutumnChange() {
        // clocks go back at 02:00 local on Sunday 7 November 2027 in New York
        Instant session = ZonedDateTime.of(2027, 11, 7, 9, 30, 0, 0, NEW_YORK).toInstant();
        Instant due = ReminderSchedule.dueAt(session, NEW_YORK, Duration.ofHours(24));
        assertEquals(Instant.parse("2027-11-06T13:30:00Z"), due, "09:30 EDT on Saturday");
        assertEquals(Duration.ofHours(25), Duration.between(due, session), "25 real hours: the night was long");
    }

    @Test
    void hoursBeforeAreElapsedTimeEvenAcrossTheGap() {
        // 03:00 BST on the spring Sunday is 02:00 UTC; two real hours before is 00:00 UTC = 00:00 GMT
        Instant session = ZonedDateTime.of(2027, 3, 28, 3, 0, 0, 0, LONDON).toInstant();
        assertEquals(Instant.parse("2027-03-28T00:00:00Z"), ReminderSchedule.dueAt(session, LONDON,
                Duration.ofHours(2)));
    }

    @Test
    void aDayAndAHalfIsTheDayBeforeAtTheSameTimeThenTwelveHoursMore() {
        Instant session = ZonedDateTime.of(2027, 3, 29, 18, 0, 0, 0, LONDON).toInstant();
        assertEquals(ZonedDateTime.of(2027, 3, 28, 6, 0, 0, 0, LONDON).toInstant(),
                ReminderSchedule.dueAt(session, LONDON, Duration.ofHours(36)));
    }

    @Test
    void withoutAClockChangeItIsPlainSubtraction() {
        Instant session = Instant.parse("2027-07-01T09:00:00Z");
        assertEquals(Instant.parse("2027-06-30T09:00:00Z"), ReminderSchedule.dueAt(session, LONDON,
                Duration.ofHours(24)));
        assertEquals(Instant.parse("2027-07-01T07:00:00Z"), ReminderSchedule.dueAt(session, LONDON,
                Duration.ofHours(2)));
    }
}
