package io.remedy.local;

import io.remedy.local.DemoChain.Client;
import io.remedy.local.DemoChain.Location;
import io.remedy.local.DemoChain.Regular;
import io.remedy.local.DemoChain.Shift;
import io.remedy.local.DemoChain.Therapist;
import io.remedy.local.DemoDiarySeed.Outcome;
import io.remedy.local.DemoDiarySeed.Planned;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo diary's plan: rostered, never double-booked, the same every time, about half full. */
class DemoDiarySeedTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 10, 19);

    private static DemoChain harbour() {
        List<Shift> shifts = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY)) {
            shifts.add(new Shift("Ana", "norwich", day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        for (DayOfWeek day : List.of(THURSDAY, FRIDAY)) {
            shifts.add(new Shift("Ana", "jupiter", day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            shifts.add(new Shift("Ben", "jupiter", day, LocalTime.of(10, 0), LocalTime.of(18, 0)));
        }
        List<Client> clients = new ArrayList<>();
        clients.add(new Client("sam", "Sam", "Patel", "sam@x", "norwich", "sam@x",
                new Regular("Ana", MONDAY, LocalTime.of(10, 30))));
        clients.add(new Client("maria", "Maria", "Lopez", "maria@x", "jupiter", null,
                new Regular("Ben", MONDAY, LocalTime.of(11, 30))));
        for (int i = 0; i < 6; i++) {
            clients.add(new Client("n" + i, "N", "Norwich" + i, "n" + i + "@x", "norwich", null, null));
            clients.add(new Client("j" + i, "J", "Jupiter" + i, "j" + i + "@x", "jupiter", null, null));
        }
        return new DemoChain("harbour", "admin", Map.of(
                "norwich", new Location("norwich-id", "norwich", LONDON, "reception"),
                "jupiter", new Location("jupiter-id", "jupiter", NEW_YORK, "admin")),
                Map.of("Remedial massage 60 min", "s60"),
                Map.of("Ana", new Therapist("ana-id", "Ana", "ana@x"), "Ben", new Therapist("ben-id", "Ben", null)),
                shifts, clients);
    }

    @Test
    void everySessionIsInsideItsTherapistsShiftAtThatLocation() {
        DemoChain chain = harbour();
        for (Planned planned : DemoDiarySeed.plan(chain, FIRST_MONDAY)) {
            ZonedDateTime start = planned.startsAt().atZone(planned.location().zone());
            boolean rostered = chain.shifts().stream().anyMatch(shift ->
                    shift.therapist().equals(planned.therapist().name())
                            && shift.location().equals(planned.location().code())
                            && shift.day() == start.getDayOfWeek()
                            && !start.toLocalTime().isBefore(shift.start())
                            && !start.toLocalTime().plusMinutes(90).isAfter(shift.end()));
            assertTrue(rostered, planned + " is outside its therapist's roster");
        }
    }

    @Test
    void noTherapistOrClientIsInTwoPlacesAtOnce() {
        List<Planned> plan = DemoDiarySeed.plan(harbour(), FIRST_MONDAY);
        for (int i = 0; i < plan.size(); i++) {
            for (int j = i + 1; j < plan.size(); j++) {
                Planned a = plan.get(i);
                Planned b = plan.get(j);
                boolean overlap = a.startsAt().isBefore(b.startsAt().plus(Duration.ofMinutes(90)))
                        && b.startsAt().isBefore(a.startsAt().plus(Duration.ofMinutes(90)));
                if (overlap) {
                    assertFalse(a.therapist().equals(b.therapist()), a + " overlaps " + b);
                    assertFalse(a.client().equals(b.client()), a + " overlaps " + b);
                }
            }
        }
    }

    @Test
    void regularsComeEveryWeekAtTheirStandingTime() {
        List<Planned> sams = DemoDiarySeed.plan(harbour(), FIRST_MONDAY).stream()
                .filter(planned -> planned.client().id().equals("sam")).toList();
        assertEquals(DemoDiarySeed.WEEKS, sams.size());
        for (int week = 0; week < DemoDiarySeed.WEEKS; week++) {
            assertEquals(ZonedDateTime.of(FIRST_MONDAY.plusWeeks(week), LocalTime.of(10, 30), LONDON).toInstant(),
                    sams.get(week).startsAt());
        }
    }

    @Test
    void thePlanIsTheSameEveryTimeAndAboutHalfFull() {
        List<Planned> once = DemoDiarySeed.plan(harbour(), FIRST_MONDAY);
        assertEquals(once, DemoDiarySeed.plan(harbour(), FIRST_MONDAY));
        // 7 weeks x (3 + 2 Ana days + 5 Ben days) x 5 slots on the grid
        int slots = DemoDiarySeed.WEEKS * 10 * 5;
        assertTrue(once.size() > slots * 0.35 && once.size() < slots * 0.65, once.size() + " of " + slots);
    }

    @Test
    void pastSessionsOfRegularsAreCompletedAndFutureOnesBooked() {
        List<Planned> plan = DemoDiarySeed.plan(harbour(), FIRST_MONDAY);
        Instant now = ZonedDateTime.of(FIRST_MONDAY.plusWeeks(4).plusDays(2), LocalTime.NOON, LONDON).toInstant();
        for (Planned planned : plan) {
            Outcome outcome = DemoDiarySeed.outcome(planned, now);
            if (planned.client().regular() != null) {
                assertEquals(planned.startsAt().isBefore(now.minus(Duration.ofHours(1))) ? Outcome.COMPLETED
                        : planned.startsAt().isAfter(now) ? Outcome.BOOKED : Outcome.CHECKED_IN, outcome, planned.toString());
            }
            if (planned.startsAt().isAfter(now)) {
                assertTrue(outcome == Outcome.BOOKED || outcome == Outcome.CANCELLED, planned + " " + outcome);
            }
        }
        assertTrue(plan.stream().anyMatch(p -> DemoDiarySeed.outcome(p, now) == Outcome.NO_SHOW));
        assertTrue(plan.stream().anyMatch(p -> DemoDiarySeed.outcome(p, now) == Outcome.CANCELLED));
    }
}
