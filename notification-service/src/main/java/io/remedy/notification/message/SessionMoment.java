package io.remedy.notification.message;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as the recipient reads it: in the location's time zone and the recipient's language. */
public record SessionMoment(ZonedDateTime at) {

    public static SessionMoment of(Instant instant, String timeZone) {
        return of(instant, ZoneId.of(timeZone));
    }

    public static SessionMoment of(Instant instant, ZoneId zone) {
        return new SessionMoment(instant.atZone(zone));
    }

    /** E.g. {@code Tuesday 1 December 2026, 10:00 GMT}. */
    public String describe(Locale locale) {
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", locale));
    }

    /** E.g. {@code 01/12/2026 10:00} in the locale's short style, for SMS. */
    public String brief(Locale locale) {
        return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    }

    /** The wall-clock time alone, e.g. {@code 10:00}. */
    public String time() {
        return at.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The day alone, e.g. {@code Tuesday 1 December 2026}. */
    public String day(Locale locale) {
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
    }
}
