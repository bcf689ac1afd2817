package io.remedy.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a reminder is due, in the location's time zone: whole days before the session keep its wall-clock time
 * (a reminder "24 h before" a 10:00 session is at 10:00 the day before, also across a daylight-saving change), the
 * rest is elapsed time (a reminder "2 h before" is two real hours before, whatever the clocks did).
 */
public final class ReminderSchedule {

    private ReminderSchedule() {
    }

    public static Instant dueAt(Instant sessionStart, ZoneId zone, Duration offset) {
        long days = offset.toDays();
        Duration rest = offset.minusDays(days);
        ZonedDateTime start = sessionStart.atZone(zone);
        // minusDays keeps the local time; if that local time does not exist that day, it moves forward as clocks do
        return start.minusDays(days).minus(rest).toInstant();
    }
}
