package io.remedy.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A daily period in which non-urgent messages wait, as wall-clock times in the recipient's time zone; it may span
 * midnight (e.g. 21:00 to 08:00). The start is inside the period, the end is not.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours must not start and end at the same time");
        }
    }

    /** When a message asked for at {@code at} may go out: empty if now is fine, else the end of the quiet period. */
    public Optional<Instant> deferUntil(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (start.isBefore(end)) {
            if (!time.isBefore(start) && time.isBefore(end)) {
                return Optional.of(endOn(day, zone));
            }
            return Optional.empty();
        }
        if (!time.isBefore(start)) {
            return Optional.of(endOn(day.plusDays(1), zone));
        }
        if (time.isBefore(end)) {
            return Optional.of(endOn(day, zone));
        }
        return Optional.empty();
    }

    /** The end of the period on a day; a wall-clock time skipped by a DST change moves forward, as clocks do. */
    private Instant endOn(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
