package io.remedy.booking.availability;

import io.remedy.platform.problem.FieldError;

import java.time.DayOfWeek;
import java.util.List;

/** Reads the wall-clock intervals of requests ({@code dayOfWeek}, {@code start}, {@code end} as "HH:mm"). */
public final class WallClock {

    private WallClock() {
    }

    /**
     * The interval, or null after adding what is wrong with it to {@code errors} under {@code field} (e.g.
     * {@code intervals[2]}): an unreadable time, or an end not after the start.
     */
    public static WeeklyInterval read(DayOfWeek day, String start, String end, String field, List<FieldError> errors) {
        Integer from = minutes(start, field + ".start", errors);
        Integer to = minutes(end, field + ".end", errors);
        if (day == null) {
            errors.add(new FieldError(field + ".dayOfWeek", "must not be null"));
            return null;
        }
        if (from == null || to == null) {
            return null;
        }
        if (from == WeeklyInterval.END_OF_DAY) {
            errors.add(new FieldError(field + ".start", "must be before 24:00"));
            return null;
        }
        if (to <= from) {
            errors.add(new FieldError(field + ".end", "must be after start"));
            return null;
        }
        return new WeeklyInterval(day, from, to);
    }

    private static Integer minutes(String clock, String field, List<FieldError> errors) {
        if (clock == null) {
            errors.add(new FieldError(field, "must not be null"));
            return null;
        }
        try {
            return WeeklyInterval.minutes(clock);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be a time HH:mm (24:00 for the end of the day)"));
            return null;
        }
    }
}
