package io.remedy.booking.series;

import io.remedy.booking.series.SeriesPlanner.Phase;
import io.remedy.booking.series.SeriesPlanner.Proposed;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesPlannerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static ZonedDateTime local(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, LONDON);
    }

    private static List<ZonedDateTime> starts(List<Proposed> proposed) {
        return proposed.stream().map(p -> p.startsAt().atZone(LONDON)).toList();
    }

    @Test
    void weeklyThenFortnightlyFollowsTheUsualSession() {
        ZonedDateTime usual = local(2026, 1, 6, 10);  // a Tuesday
        List<Proposed> proposed = SeriesPlanner.plan(usual, usual.toInstant(),
                List.of(new Phase("Relief", 1, 3), new Phase("Restore", 2, 2)), null, 3, 52);
        assertEquals(List.of(local(2026, 1, 13, 10), local(2026, 1, 20, 10), local(2026, 1, 27, 10),
                local(2026, 2, 10, 10), local(2026, 2, 24, 10)), starts(proposed));
        assertEquals(List.of("Relief", "Relief", "Relief", "Restore", "Restore"),
                proposed.stream().map(Proposed::phase).toList());
    }

    @Test
    void keepsTheWallClockTimeAcrossADaylightSavingChange() {
        ZonedDateTime usual = local(2026, 3, 24, 10);  // clocks go forward on 29 March
        List<Proposed> proposed = SeriesPlanner.plan(usual, usual.toInstant(), List.of(new Phase("Relief", 1, 2)),
                null, 3, 52);
        assertEquals(List.of(LocalTime.of(10, 0), LocalTime.of(10, 0)),
                starts(proposed).stream().map(ZonedDateTime::toLocalTime).toList());
        assertEquals(Instant.parse("2026-03-31T09:00:00Z"), proposed.get(0).startsAt());
    }

    @Test
    void aUsualSessionLongAgoStartsTheSeriesAtTheFirstFutureStepOnTheSameWeekday() {
        ZonedDateTime usual = local(2026, 1, 6, 10);
        Instant now = local(2026, 3, 4, 12).toInstant();
        List<Proposed> proposed = SeriesPlanner.plan(usual, now, List.of(new Phase("Relief", 1, 2)), null, 3, 52);
        assertEquals(List.of(local(2026, 3, 10, 10), local(2026, 3, 17, 10)), starts(proposed));
        assertTrue(starts(proposed).stream().allMatch(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY));
    }

    @Test
    void anOpenEndedPhaseRunsUpToTheReviewDate() {
        ZonedDateTime usual = local(2026, 1, 6, 10);
        List<Proposed> proposed = SeriesPlanner.plan(usual, usual.toInstant(),
                List.of(new Phase("Relief", 1, 1), new Phase("Maintain", 4, null)), LocalDate.of(2026, 3, 10), 3, 52);
        assertEquals(List.of(local(2026, 1, 13, 10), local(2026, 2, 10, 10), local(2026, 3, 10, 10)),
                starts(proposed));
    }

    @Test
    void anOpenEndedPhaseWithoutReviewDateRunsForTheConfiguredMonths() {
        ZonedDateTime usual = local(2026, 1, 6, 10);
        List<Proposed> proposed = SeriesPlanner.plan(usual, usual.toInstant(), List.of(new Phase("Maintain", 4, null)),
                null, 3, 52);
        assertEquals(List.of(local(2026, 2, 3, 10), local(2026, 3, 3, 10), local(2026, 3, 31, 10)), starts(proposed));
    }

    @Test
    void phasesAfterAnOpenEndedOneAreNotProposed() {
        ZonedDateTime usual = local(2026, 1, 6, 10);
        List<Proposed> proposed = SeriesPlanner.plan(usual, usual.toInstant(),
                List.of(new Phase("Maintain", 4, null), new Phase("Never", 1, 5)), LocalDate.of(2026, 2, 3), 3, 52);
        assertEquals(List.of(local(2026, 2, 3, 10)), starts(proposed));
    }

    @Test
    void neverProposesMoreThanTheMaximum() {
        ZonedDateTime usual = local(2026, 1, 6, 10);
        assertEquals(4, SeriesPlanner.plan(usual, usual.toInstant(), List.of(new Phase("Relief", 1, 10)), null, 3, 4)
                .size());
    }

    @Test
    void aPlanWithoutPhasesProposesNothing() {
        ZonedDateTime usual = local(2026, 1, 6, 10);
        assertTrue(SeriesPlanner.plan(usual, usual.toInstant(), List.of(), null, 3, 52).isEmpty());
    }
}
