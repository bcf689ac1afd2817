package io.remedy.console.diary;

import io.remedy.console.api.Booking;
import io.remedy.console.api.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiaryDayTest {

    private final LocalDate day = LocalDate.of(2026, 12, 7);
    private final Booking.Location norwich = new Booking.Location(UUID.randomUUID(), "norwich", "Norwich",
            "Europe/London", 24);
    private final Booking.Therapist ana = new Booking.Therapist(UUID.randomUUID(), "Ana Costa", null, null);
    private final Booking.Therapist ben = new Booking.Therapist(UUID.randomUUID(), "Ben Ode", null, null);
    private final Booking.Service massage = new Booking.Service(UUID.randomUUID(), "Massage 60", 60, 15, 6000, "GBP",
            List.of(ana.id()));
    private final Booking.Room room = new Booking.Room(UUID.randomUUID(), norwich.id(), "Room 1");
    private final Booking.Client sam = new Booking.Client(UUID.randomUUID(), "Sam", "Patel", null, null, null, null,
            null, null, 0, null);
    private final Catalogue catalogue = new Catalogue(List.of(norwich), List.of(ana, ben), List.of(massage));

    @Test
    void aSessionFillsTheQuarterHoursItLastsInItsTherapistsColumnAndCancelledOnesGoUnderTheGrid() {
        Booking.Session booked = session("BOOKED", "10:30", "11:30", null);
        Booking.Session cancelled = session("CANCELLED", "09:00", "10:00", null);
        Booking.Session held = session("BOOKED", "14:00", "15:00", new Booking.Hold("RED_FLAG", "URGENT", Instant.now()));

        DiaryDay diary = build(List.of(booked, cancelled, held), List.of());

        assertEquals(List.of(ana), diary.therapists());
        DiaryDay.Row tenThirty = row(diary, "10:30");
        assertEquals(4, tenThirty.cells().get(0).span());
        assertEquals("Sam Patel", tenThirty.cells().get(0).session().client());
        assertEquals("booked", tenThirty.cells().get(0).session().statusClass());
        assertTrue(row(diary, "10:45").cells().get(0).covered());
        assertTrue(row(diary, "14:00").cells().get(0).session().held());
        assertEquals(1, diary.offGrid().size());
        assertEquals("cancelled", diary.offGrid().get(0).statusClass());
        assertEquals("08:00", diary.rows().get(0).time());
    }

    @Test
    void aFreeTimeIsALinkToBookItAndATherapistWithOnlyFreeTimeHasAColumn() {
        Booking.Slot slot = new Booking.Slot(norwich.id(), "norwich", ben.id(), "Ben Ode", room.id(),
                OffsetDateTime.of(day.atTime(9, 15), ZoneOffset.UTC), OffsetDateTime.of(day.atTime(10, 15), ZoneOffset.UTC));

        DiaryDay diary = build(List.of(), List.of(slot));

        assertEquals(List.of(ben), diary.therapists());
        DiaryDay.Cell cell = row(diary, "09:15").cells().get(0);
        assertNotNull(cell.free());
        assertTrue(cell.free().href().startsWith("/diary/book?location=" + norwich.id()));
        assertTrue(cell.free().href().contains("startsAt=2026-12-07T09%3A15Z"));
        assertNull(row(diary, "09:30").cells().get(0).free());
    }

    private DiaryDay build(List<Booking.Session> sessions, List<Booking.Slot> slots) {
        return DiaryDay.build(norwich, List.of(norwich), day, Locale.ENGLISH, catalogue, List.of(room), sessions,
                Map.of(sam.id(), sam), slots, List.of(), List.of(), massage.id(), null, true, status -> status);
    }

    private Booking.Session session(String status, String from, String to, Booking.Hold hold) {
        // December: London is on UTC
        return new Booking.Session(UUID.randomUUID(), norwich.id(), massage.id(), ana.id(), room.id(), sam.id(),
                day.atTime(java.time.LocalTime.parse(from)).toInstant(ZoneOffset.UTC),
                day.atTime(java.time.LocalTime.parse(to)).toInstant(ZoneOffset.UTC), status, hold, null, null, null,
                false, null, null, null, 1);
    }

    private static DiaryDay.Row row(DiaryDay diary, String time) {
        return diary.rows().stream().filter(r -> r.time().equals(time)).findFirst().orElseThrow();
    }
}
