package io.remedy.platform.query;

import io.remedy.platform.problem.ProblemException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A query parameter that bounds a time range and takes either an instant (ISO-8601 date-time with offset,
 * {@code 2026-12-03T09:00:00Z}) or a whole day ({@code 2026-12-03}), where a day is what a person means. A day is read
 * in a time zone the endpoint chooses (a location's): as the lower bound it is the day's first instant (local
 * midnight), as the (exclusive) upper bound the next day's first instant, so {@code from=2026-12-03&to=2026-12-03}
 * is that whole day, DST days included. Exactly one of {@code instant} and {@code day} is set.
 *
 * @param instant the instant given, or null
 * @param day     the day given, or null
 */
public record InstantOrDay(Instant instant, LocalDate day) {

    /** The parameter {@code name}: required; a 400 naming it when it is neither a date-time with offset nor a date. */
    public static InstantOrDay parse(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.validation(name, "is required: a date (2026-12-03) or a date-time with offset");
        }
        String text = value.trim();
        try {
            return text.length() <= 10 ? new InstantOrDay(null, LocalDate.parse(text))
                    : new InstantOrDay(OffsetDateTime.parse(text).toInstant(), null);
        } catch (DateTimeException e) {
            throw ProblemException.validation(name, "must be a date (2026-12-03) or a date-time with offset "
                    + "(2026-12-03T09:00:00Z)");
        }
    }

    /** Whether a whole day was given (so a time zone is needed to read it). */
    public boolean isDay() {
        return day != null;
    }

    /** As a lower bound: the instant, or the day's first instant in {@code zone}. */
    public Instant startIn(ZoneId zone) {
        return day == null ? instant : day.atStartOfDay(zone).toInstant();
    }

    /** As an exclusive upper bound: the instant, or the first instant of the next day in {@code zone}. */
    public Instant endIn(ZoneId zone) {
        return day == null ? instant : day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
