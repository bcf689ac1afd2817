package io.remedy.console.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants and days as the reader reads them: in a location's zone, in the reader's language. */
public record Clock(ZoneId zone, Locale locale) {

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }

    public String day(Instant instant) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate());
    }

    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** A zone by its id, or UTC when the id is missing or unknown. */
    public static ZoneId zoneOf(String id) {
        try {
            return id == null ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
