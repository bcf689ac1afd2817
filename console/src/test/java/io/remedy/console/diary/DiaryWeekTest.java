package io.remedy.console.diary;

import io.remedy.console.api.Booking;
import io.remedy.console.api.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiaryWeekTest {

    /** A Wednesday of December: London is on UTC. */
    private final LocalDate wednesday = LocalDate.of(2026, 12, 9);
    private final Booking.Location norwich = new Booking.Location(UUID.randomUUID(), "norwich", "Norwich",
            "Europe/London", 24);
    private final Booking.Therapist ana = new Booking.Therapist(UUID.randomUUID(), "Ana Costa", null, null);
    private final Booking.Therapist ben = new Booking.Therapist(UUID.randomUUID(), "Ben Ode", null, null);
    private final Booking.Therapist cy = new Booking.Therapist(UUID.randomUUID(), "Cy Mare", null, null);
    private final Booking.Service massage = new Booking.Service(UUID.randomUUID(), "Massage 60", 60, 15, 6000, "GBP",
            List.of(ana.id(), ben.id()));
    private final Booking.Room room = new Booking.Room(UUID.randomUUID(), norwich.id(), "Room 1");
    private final Booking.Client sam = new Booking.Client(UUID.randomUUID(), "Sam", "Patel", null, null, null, null,
            null, null, 0, null);
    private final Catalogue catalogue = new Catalogue(List.of(norwich), List.of(ana, ben, cy), List.of(massage));

    @Test
    void aWeekStartsOnMondayWithATherapistPerRowAndTheirSessionsUnderTheirDaysCancelledOnesLeftOut() {
        Booking.Session tuesday = session(ana, wednesday.minusDays(1), "10:00", "BOOKED", null);
        Booking.Session held = session(ana, wednesday, "14:00", "BOOKED", new Booking.Hold("RED_FLAG", "URGENT", Instant.now()));
        Booking.Session cancelled = session(ana, wednesday, "09:00", "CANCELLED", null);

        DiaryWeek week = build(List.of(tuesday, held, cancelled), List.of(), List.of(), List.of());

        assertEquals(LocalDate.of(2026, 12, 7), week.weekStart());
        assertEquals(7, week.days().size());
        assertEquals(List.of(ana), week.rows().stream().map(DiaryWeek.TherapistRow::therapist).toList());
        List<DiaryWeek.WeekCell> cells = week.rows().get(0).cells();
        assertEquals("10:00–11:00", cells.get(1).sessions().get(0).time());
        assertEquals(1, cells.get(2).sessions().size());
        assertTrue(cells.get(2).sessions().get(0).held());
        assertTrue(cells.get(0).sessions().isEmpty());
        assertEquals("2026-11-30", week.previousWeek());
        assertEquals("2026-12-14", week.nextWeek());
    }

    @Test
    void freeTimesAreCountedPerTherapistAndDayAndLeadToThatDayAndClosedDaysSaySo() {
        Booking.Slot first = slot(ben, wednesday, "09:00");
        Booking.Slot second = slot(ben, wednesday, "11:00");
        Booking.Closure closure = new Booking.Closure(UUID.randomUUID(), norwich.id(), wednesday.plusDays(3),
                wednesday.plusDays(3), "Staff training");
        Booking.Hire hire = new Booking.Hire(UUID.randomUUID(), room.id(), "Jo Reed (Pilates)", null,
                wednesday.atTime(18, 0).toInstant(ZoneOffset.UTC), wednesday.atTime(20, 0).toInstant(ZoneOffset.UTC),
                "ACTIVE", 0);

        DiaryWeek week = build(List.of(), List.of(first, second), List.of(closure), List.of(hire));

        DiaryWeek.WeekCell cell = week.rows().get(0).cells().get(2);
        assertEquals(ben, week.rows().get(0).therapist());
        assertEquals(2, cell.free());
        assertEquals("/diary?location=" + norwich.id() + "&date=2026-12-09&service=" + massage.id(), cell.freeHref());
        assertTrue(week.days().get(5).closed());
        assertEquals("Staff training", week.days().get(5).closedReason());
        assertFalse(week.days().get(2).closed());
        assertTrue(week.days().get(2).today());
        assertTrue(week.anyHire());
        assertEquals("18:00–20:00", week.hires().get(2).get(0).time());
        assertEquals("Room 1", week.hires().get(2).get(0).room());
    }

    @Test
    void aDayCellKnowsItsTherapistAndTimeSoThatASessionDroppedOnItMovesThere() {
        Booking.Session booked = session(ana, wednesday, "10:30", "BOOKED", null);

        DiaryDay day = DiaryDay.build(norwich, List.of(norwich), wednesday, Locale.ENGLISH, catalogue, List.of(room),
                List.of(booked), Map.of(sam.id(), sam), List.of(), List.of(), List.of(), massage.id(), null, true,
                status -> status);

        DiaryDay.Cell empty = day.rows().stream().filter(r -> r.time().equals("12:15")).findFirst().orElseThrow()
                .cells().get(0);
        assertTrue(empty.empty());
        assertEquals(ana.id(), empty.therapistId());
        assertEquals("12:15", empty.time());
        DiaryDay.SessionCard card = day.rows().stream().filter(r -> r.time().equals("10:30")).findFirst().orElseThrow()
                .cells().get(0).session();
        assertTrue(card.movable());
        assertEquals(3, card.version());
    }

    private DiaryWeek build(List<Booking.Session> sessions, List<Booking.Slot> slots, List<Booking.Closure> closures,
                            List<Booking.Hire> hires) {
        return DiaryWeek.build(norwich, List.of(norwich), wednesday, wednesday, Locale.ENGLISH, catalogue, List.of(room),
                sessions, Map.of(sam.id(), sam), slots, closures, hires, massage.id(), status -> status);
    }

    private Booking.Session session(Booking.Therapist therapist, LocalDate day, String from, String status,
                                    Booking.Hold hold) {
        LocalTime start = LocalTime.parse(from);
        return new Booking.Session(UUID.randomUUID(), norwich.id(), massage.id(), therapist.id(), room.id(), sam.id(),
                day.atTime(start).toInstant(ZoneOffset.UTC), day.atTime(start.plusHours(1)).toInstant(ZoneOffset.UTC),
                status, hold, null, null, null, false, null, null, null, 3);
    }

    private Booking.Slot slot(Booking.Therapist therapist, LocalDate day, String from) {
        LocalTime start = LocalTime.parse(from);
        return new Booking.Slot(norwich.id(), "norwich", therapist.id(), therapist.displayName(), room.id(),
                OffsetDateTime.of(day.atTime(start), ZoneOffset.UTC), OffsetDateTime.of(day.atTime(start.plusHours(1)),
                ZoneOffset.UTC));
    }
}
