package io.remedy.booking.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A week of wall-clock intervals (opening hours of a location, a therapist's roster at one location), turned into
 * real instants for given dates in a time zone. A day that skips an hour (spring forward) is an hour shorter, one
 * that repeats an hour (fall back) an hour longer; the wall-clock times stay as written.
 */
public final class WeeklyHours {

    private final Map<DayOfWeek, List<WeeklyInterval>> byDay = new EnumMap<>(DayOfWeek.class);

    public WeeklyHours(Collection<WeeklyInterval> intervals) {
        for (WeeklyInterval interval : intervals) {
            byDay.computeIfAbsent(interval.day(), d -> new ArrayList<>()).add(interval);
        }
    }

    public boolean isEmpty() {
        return byDay.isEmpty();
    }

    /** The instants these hours cover on the local dates {@code first..last} (inclusive) in the zone. */
    public Spans between(LocalDate first, LocalDate last, ZoneId zone) {
        List<Span> spans = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (WeeklyInterval interval : byDay.getOrDefault(date.getDayOfWeek(), List.of())) {
                Instant start = at(date, interval.startMinute(), zone);
                Instant end = at(date, interval.endMinute(), zone);
                if (end.isAfter(start)) {
                    spans.add(new Span(start, end));
                }
            }
        }
        return Spans.of(spans);
    }

    /**
     * The instant of a wall-clock minute of a local date. A time the clocks skip maps to the instant it would have
     * been (01:30 on a spring-forward day at 01:00 is 02:30 summer time); a repeated time maps to its first passing.
     */
    public static Instant at(LocalDate date, int minute, ZoneId zone) {
        if (minute == 0) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (minute == WeeklyInterval.END_OF_DAY) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        LocalDateTime local = date.atTime(minute / 60, minute % 60);
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** The whole local days {@code first..last} (inclusive) in the zone, e.g. a closure. */
    public static Span days(LocalDate first, LocalDate last, ZoneId zone) {
        return new Span(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
