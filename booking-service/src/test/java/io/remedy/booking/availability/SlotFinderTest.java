package io.remedy.booking.availability;

import io.remedy.booking.availability.SlotFinder.Branch;
import io.remedy.booking.availability.SlotFinder.ClosedDays;
import io.remedy.booking.availability.SlotFinder.Leave;
import io.remedy.booking.availability.SlotFinder.Occupied;
import io.remedy.booking.availability.SlotFinder.Practitioner;
import io.remedy.booking.availability.SlotFinder.Search;
import io.remedy.booking.availability.SlotFinder.Slot;
import io.remedy.booking.availability.SlotFinder.Treatment;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slot generation in plain Java: time zones, daylight-saving change days, buffers, closures, leave, rooms. */
class SlotFinderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private static final Treatment HOUR_WITH_BUFFER = new Treatment(Duration.ofMinutes(60), Duration.ofMinutes(15));
    private static final Treatment HALF_HOUR = new Treatment(Duration.ofMinutes(30), Duration.ZERO);

    private final UUID roomA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private final UUID roomB = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private final UUID ana = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private final UUID ben = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private final UUID norwichId = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private final UUID jupiterId = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void stepsEveryFifteenMinutesWhileTreatmentAndBufferFit() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(tuesday.getDayOfWeek(), "09:00", "12:00"), List.of(roomA));
        Practitioner anaThere = practitioner(ana, "Ana", Map.of(norwichId, hours(tuesday.getDayOfWeek(), "09:00", "12:00")));

        List<Slot> slots = SlotFinder.find(HOUR_WITH_BUFFER, List.of(norwich), List.of(anaThere), List.of(),
                new Search(tuesday, tuesday, STEP, LONG_AGO));

        assertEquals(List.of("09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45"), localStarts(slots));
        assertEquals(OffsetDateTime.parse("2027-06-08T09:00+01:00"), slots.get(0).startsAt().atZone(LONDON).toOffsetDateTime());
        assertEquals(Instant.parse("2027-06-08T09:00:00Z"), slots.get(0).endsAt(), "ends after the treatment, not the buffer");
    }

    @Test
    void treatmentMustFitOpeningHoursWhileTheBufferNeedsOnlyTheRoster() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(tuesday.getDayOfWeek(), "09:00", "12:00"), List.of(roomA));
        Practitioner anaLate = practitioner(ana, "Ana", Map.of(norwichId, hours(tuesday.getDayOfWeek(), "09:00", "12:15")));

        List<String> starts = localStarts(SlotFinder.find(HOUR_WITH_BUFFER, List.of(norwich), List.of(anaLate),
                List.of(), new Search(tuesday, tuesday, STEP, LONG_AGO)));

        assertEquals("11:00", starts.get(starts.size() - 1), "ends 12:00 with the location, buffer until 12:15 rostered");
    }

    @Test
    void springForwardInLondonHasNoSlotsInTheSkippedHour() {
        LocalDate changeDay = LocalDate.of(2027, 3, 28);
        Branch norwich = branch(norwichId, "norwich", LONDON, allWeek(), List.of(roomA));
        Practitioner anaAllDay = practitioner(ana, "Ana", Map.of(norwichId, allWeek()));

        List<Slot> slots = SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaAllDay), List.of(),
                new Search(changeDay, changeDay, STEP, LONG_AGO));

        assertEquals(23 * 4, slots.size(), "a 23-hour day");
        List<String> starts = localStarts(slots);
        assertFalse(starts.contains("01:00") || starts.contains("01:30"), "01:00-01:59 does not exist that day");
        assertEquals("02:00", starts.get(starts.indexOf("00:45") + 1));
        assertEquals(OffsetDateTime.parse("2027-03-28T02:00+01:00"),
                slots.get(starts.indexOf("02:00")).startsAt().atZone(LONDON).toOffsetDateTime());
    }

    @Test
    void fallBackInNewYorkOffersTheRepeatedHourTwice() {
        LocalDate changeDay = LocalDate.of(2027, 11, 7);
        Branch jupiter = branch(jupiterId, "jupiter", NEW_YORK, allWeek(), List.of(roomA));
        Practitioner benAllDay = practitioner(ben, "Ben", Map.of(jupiterId, allWeek()));

        List<Slot> slots = SlotFinder.find(HALF_HOUR, List.of(jupiter), List.of(benAllDay), List.of(),
                new Search(changeDay, changeDay, STEP, LONG_AGO));

        assertEquals(25 * 4, slots.size(), "a 25-hour day");
        List<OffsetDateTime> atOneThirty = slots.stream().map(s -> s.startsAt().atZone(NEW_YORK).toOffsetDateTime())
                .filter(t -> t.toLocalTime().equals(LocalTime.of(1, 30))).toList();
        assertEquals(List.of(OffsetDateTime.parse("2027-11-07T01:30-04:00"), OffsetDateTime.parse("2027-11-07T01:30-05:00")),
                atOneThirty);
    }

    @Test
    void wallClockRosterStaysOnTheWallClockAcrossTheChange() {
        Branch jupiter = branch(jupiterId, "jupiter", NEW_YORK, hours(null, "09:00", "17:00"), List.of(roomA));
        Practitioner benNineToFive = practitioner(ben, "Ben", Map.of(jupiterId, hours(null, "09:00", "17:00")));
        LocalDate fridayBefore = LocalDate.of(2027, 3, 12);
        LocalDate mondayAfter = LocalDate.of(2027, 3, 15);

        List<Slot> before = SlotFinder.find(HALF_HOUR, List.of(jupiter), List.of(benNineToFive), List.of(),
                new Search(fridayBefore, fridayBefore, STEP, LONG_AGO));
        List<Slot> after = SlotFinder.find(HALF_HOUR, List.of(jupiter), List.of(benNineToFive), List.of(),
                new Search(mondayAfter, mondayAfter, STEP, LONG_AGO));

        assertEquals(Instant.parse("2027-03-12T14:00:00Z"), before.get(0).startsAt(), "09:00 EST");
        assertEquals(Instant.parse("2027-03-15T13:00:00Z"), after.get(0).startsAt(), "09:00 EDT");
        assertEquals(before.size(), after.size());
    }

    @Test
    void openingHoursAcrossTheSkippedHourAreOneContinuousStretch() {
        LocalDate changeDay = LocalDate.of(2027, 3, 28);
        WeeklyHours earlyHours = hours(changeDay.getDayOfWeek(), "00:00", "03:00");
        Branch norwich = branch(norwichId, "norwich", LONDON, earlyHours, List.of(roomA));
        Practitioner anaEarly = practitioner(ana, "Ana", Map.of(norwichId, earlyHours));

        List<String> starts = localStarts(SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaEarly), List.of(),
                new Search(changeDay, changeDay, STEP, LONG_AGO)));

        // 00:00-03:00 on the wall clock is two real hours: 00:45 GMT runs on into 02:00 BST
        assertEquals(List.of("00:00", "00:15", "00:30", "00:45", "02:00", "02:15", "02:30"), starts);
    }

    @Test
    void aTreatmentMayRunPastMidnightWhenOpenRoundTheClock() {
        LocalDate day = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, allWeek(), List.of(roomA));
        Practitioner anaAllDay = practitioner(ana, "Ana", Map.of(norwichId, allWeek()));

        List<String> starts = localStarts(SlotFinder.find(HOUR_WITH_BUFFER, List.of(norwich), List.of(anaAllDay),
                List.of(), new Search(day, day, STEP, LONG_AGO)));

        assertEquals("23:45", starts.get(starts.size() - 1));
    }

    @Test
    void theBufferAfterASessionKeepsTheTherapistBusy() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(null, "08:00", "18:00"), List.of(roomA, roomB));
        Practitioner anaThere = practitioner(ana, "Ana", Map.of(norwichId, hours(null, "08:00", "18:00")));
        // a session 10:00-11:00 local with its 15-minute buffer, in room A
        Occupied session = new Occupied(ana, roomA, Instant.parse("2027-06-08T09:00:00Z"),
                Instant.parse("2027-06-08T10:15:00Z"));

        List<String> starts = localStarts(SlotFinder.find(HOUR_WITH_BUFFER, List.of(norwich), List.of(anaThere),
                List.of(session), new Search(tuesday, tuesday, STEP, LONG_AGO)));

        assertTrue(starts.contains("08:45"), "its buffer ends as the session starts");
        assertFalse(starts.contains("09:00"), "its buffer would run into the session");
        assertFalse(starts.contains("11:00"), "inside the session's buffer");
        assertTrue(starts.contains("11:15"));
    }

    @Test
    void aTherapistBusyAtAnotherLocationHasNoSlotHere() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(null, "09:00", "12:00"), List.of(roomA));
        Practitioner anaThere = practitioner(ana, "Ana", Map.of(norwichId, hours(null, "09:00", "12:00")));
        Occupied elsewhere = new Occupied(ana, UUID.randomUUID(), Instant.parse("2027-06-08T08:00:00Z"),
                Instant.parse("2027-06-08T11:00:00Z"));

        assertTrue(SlotFinder.find(HOUR_WITH_BUFFER, List.of(norwich), List.of(anaThere), List.of(elsewhere),
                new Search(tuesday, tuesday, STEP, LONG_AGO)).isEmpty());
    }

    @Test
    void aTakenRoomGivesTheNextFreeRoomAndNoFreeRoomNoSlot() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(null, "09:00", "10:00"), List.of(roomA, roomB));
        Practitioner anaThere = practitioner(ana, "Ana", Map.of(norwichId, hours(null, "09:00", "10:00")));
        Occupied hireOfA = new Occupied(null, roomA, Instant.parse("2027-06-08T08:00:00Z"),
                Instant.parse("2027-06-08T09:00:00Z"));
        Occupied hireOfB = new Occupied(null, roomB, Instant.parse("2027-06-08T08:00:00Z"),
                Instant.parse("2027-06-08T09:00:00Z"));
        Search search = new Search(tuesday, tuesday, STEP, LONG_AGO);

        List<Slot> oneFree = SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaThere), List.of(hireOfA), search);
        List<Slot> noneFree = SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaThere), List.of(hireOfA, hireOfB), search);

        assertTrue(oneFree.stream().allMatch(slot -> slot.roomId().equals(roomB)));
        assertEquals(3, oneFree.size());
        assertTrue(noneFree.isEmpty());
    }

    @Test
    void aClosedDayHasNoSlotsAndTheNextDayHas() {
        LocalDate christmas = LocalDate.of(2027, 12, 25);
        Branch norwich = new Branch(norwichId, "norwich", LONDON, allWeek(),
                List.of(new ClosedDays(christmas, christmas, "Christmas")), List.of(roomA));
        Practitioner anaAllDay = practitioner(ana, "Ana", Map.of(norwichId, allWeek()));

        List<Slot> slots = SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaAllDay), List.of(),
                new Search(christmas, christmas.plusDays(1), STEP, LONG_AGO));

        assertTrue(slots.stream().noneMatch(s -> s.startsAt().atZone(LONDON).toLocalDate().equals(christmas)));
        assertEquals(96, slots.size(), "Boxing Day is open round the clock");
        assertFalse(SlotFinder.isOpen(norwich, Instant.parse("2027-12-24T23:45:00Z"), Instant.parse("2027-12-25T00:15:00Z")),
                "a treatment running into a closed day is not open for its whole time");
    }

    @Test
    void leaveAtOneLocationKeepsTheOtherAndLeaveEverywhereKeepsNone() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(null, "09:00", "10:00"), List.of(roomA));
        Branch jupiter = branch(jupiterId, "jupiter", NEW_YORK, hours(null, "09:00", "10:00"), List.of(roomB));
        Map<UUID, WeeklyHours> both = Map.of(norwichId, hours(null, "09:00", "10:00"), jupiterId, hours(null, "09:00", "10:00"));
        Instant from = Instant.parse("2027-06-07T00:00:00Z");
        Instant to = Instant.parse("2027-06-10T00:00:00Z");
        Search search = new Search(tuesday, tuesday, STEP, LONG_AGO);

        List<Slot> awayFromNorwich = SlotFinder.find(HALF_HOUR, List.of(norwich, jupiter),
                List.of(new Practitioner(ana, "Ana", both, List.of(new Leave(from, to, norwichId)))), List.of(), search);
        List<Slot> awayEverywhere = SlotFinder.find(HALF_HOUR, List.of(norwich, jupiter),
                List.of(new Practitioner(ana, "Ana", both, List.of(new Leave(from, to, null)))), List.of(), search);

        assertEquals(3, awayFromNorwich.size());
        assertTrue(awayFromNorwich.stream().allMatch(slot -> slot.locationId().equals(jupiterId)));
        assertTrue(awayEverywhere.isEmpty());
    }

    @Test
    void aTherapistWithoutRosterThereOffersNothingThere() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, allWeek(), List.of(roomA));
        Practitioner anaElsewhere = practitioner(ana, "Ana", Map.of(jupiterId, allWeek()));

        assertTrue(SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaElsewhere), List.of(),
                new Search(tuesday, tuesday, STEP, LONG_AGO)).isEmpty());
    }

    @Test
    void noSlotStartsBeforeNow() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(null, "09:00", "11:00"), List.of(roomA));
        Practitioner anaThere = practitioner(ana, "Ana", Map.of(norwichId, hours(null, "09:00", "11:00")));

        List<String> starts = localStarts(SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaThere), List.of(),
                new Search(tuesday, tuesday, STEP, Instant.parse("2027-06-08T09:05:00Z"))));

        assertEquals(List.of("10:15", "10:30"), starts);
    }

    @Test
    void ordersByStartThenLocationThenTherapistAndPagesAfterTheLastSlotShown() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch jupiterInLondon = branch(jupiterId, "jupiter", LONDON, hours(null, "09:00", "10:00"), List.of(roomB));
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(null, "09:00", "10:00"), List.of(roomA));
        Map<UUID, WeeklyHours> both = Map.of(norwichId, hours(null, "09:00", "10:00"), jupiterId, hours(null, "09:00", "10:00"));
        List<Practitioner> two = List.of(new Practitioner(ben, "Ben", both, List.of()),
                new Practitioner(ana, "Ana", both, List.of()));

        List<Slot> all = SlotFinder.find(HALF_HOUR, List.of(norwich, jupiterInLondon), two, List.of(),
                new Search(tuesday, tuesday, STEP, LONG_AGO));
        // every slot is an option of its own: both therapists are offered the one room at each start
        assertEquals(3 * 2 * 2, all.size());
        assertEquals(List.of("jupiter Ana", "jupiter Ben", "norwich Ana", "norwich Ben"), all.subList(0, 4).stream()
                .map(slot -> slot.locationCode() + " " + slot.therapistName()).toList());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(SlotFinder.ORDER.compare(all.get(i - 1), all.get(i)) < 0);
        }

        List<Slot> paged = new ArrayList<>();
        List<Slot> page = SlotFinder.after(all, null, 5);
        while (!page.isEmpty()) {
            paged.addAll(page);
            page = SlotFinder.after(all, page.get(page.size() - 1), 5);
        }
        assertEquals(all, paged, "pages of five give every slot once, in order");
    }

    @Test
    void windowsOneAfterAnotherGiveTheSlotsOfTheWholeRangeInOrder() {
        // ten days over both fall-back changes (London 31 Oct, New York 7 Nov), a closed day, leave, sessions, a hire
        LocalDate from = LocalDate.of(2027, 10, 29);
        LocalDate to = LocalDate.of(2027, 11, 7);
        Branch norwich = new Branch(norwichId, "norwich", LONDON, hours(null, "08:00", "20:00"),
                List.of(new ClosedDays(LocalDate.of(2027, 11, 2), LocalDate.of(2027, 11, 2), "Staff training")),
                List.of(roomA));
        Branch jupiter = branch(jupiterId, "jupiter", NEW_YORK, allWeek(), List.of(roomB));
        Practitioner anaBoth = new Practitioner(ana, "Ana", Map.of(norwichId, hours(null, "08:00", "20:00"),
                jupiterId, allWeek()), List.of(new Leave(Instant.parse("2027-11-04T15:00:00Z"),
                Instant.parse("2027-11-05T03:00:00Z"), jupiterId)));
        Practitioner benNorwich = practitioner(ben, "Ben", Map.of(norwichId, hours(null, "10:00", "18:00")));
        List<Occupied> occupied = List.of(
                new Occupied(ana, roomA, Instant.parse("2027-10-29T09:00:00Z"), Instant.parse("2027-10-29T10:15:00Z")),
                new Occupied(ana, roomB, Instant.parse("2027-10-31T23:30:00Z"), Instant.parse("2027-11-01T01:45:00Z")),
                new Occupied(null, roomA, Instant.parse("2027-11-03T12:00:00Z"), Instant.parse("2027-11-03T16:00:00Z")),
                new Occupied(ben, UUID.randomUUID(), Instant.parse("2027-11-06T13:00:00Z"),
                        Instant.parse("2027-11-06T14:15:00Z")),
                new Occupied(null, roomB, Instant.parse("2027-11-07T05:30:00Z"),
                        Instant.parse("2027-11-07T07:00:00Z")));
        List<Branch> branches = List.of(norwich, jupiter);
        List<Practitioner> practitioners = List.of(anaBoth, benNorwich);
        Search search = new Search(from, to, STEP, LONG_AGO);
        List<Slot> whole = SlotFinder.find(HOUR_WITH_BUFFER, branches, practitioners, occupied, search);
        Span range = SlotFinder.startRange(List.of(LONDON, NEW_YORK), from, to);
        assertEquals(from.atStartOfDay(LONDON).toInstant(), range.start());
        assertEquals(to.plusDays(1).atStartOfDay(NEW_YORK).toInstant(), range.end());
        assertTrue(whole.size() > 1000);

        // a day, then twice as long each time; and windows of seven hours from an odd minute
        for (Duration first : List.of(Duration.ofDays(1), Duration.ofMinutes(7 * 60 + 13))) {
            boolean doubling = first.equals(Duration.ofDays(1));
            List<Slot> joined = new ArrayList<>();
            Instant start = range.start().minus(Duration.ofMinutes(41));
            Duration length = first;
            while (start.isBefore(range.end())) {
                Instant end = start.plus(length);
                Span window = new Span(start, end.isBefore(range.end()) ? end : range.end());
                Span read = SlotFinder.occupancyToRead(HOUR_WITH_BUFFER, window);
                List<Occupied> inWindow = occupied.stream()
                        .filter(o -> new Span(o.start(), o.until()).overlaps(read.start(), read.end())).toList();
                joined.addAll(SlotFinder.find(HOUR_WITH_BUFFER, branches, practitioners, inWindow, search, window,
                        null, Integer.MAX_VALUE));
                start = window.end();
                length = doubling ? length.multipliedBy(2) : length;
            }
            assertEquals(whole, joined, "windows of " + first + " give the same slots in the same order");
        }

        // pages of seven, each found from the last slot of the one before, stopping once it has seven
        List<Slot> paged = new ArrayList<>();
        List<Slot> page = SlotFinder.find(HOUR_WITH_BUFFER, branches, practitioners, occupied, search, range, null, 7);
        while (!page.isEmpty()) {
            assertTrue(page.size() <= 7);
            paged.addAll(page);
            page = SlotFinder.find(HOUR_WITH_BUFFER, branches, practitioners, occupied, search, range,
                    page.get(page.size() - 1), 7);
        }
        assertEquals(whole, paged, "pages of seven give every slot once, in order");
    }

    @Test
    void aWindowStartingMidDayHoldsOnlyTheSlotsFromItsStart() {
        LocalDate tuesday = LocalDate.of(2027, 6, 8);
        Branch norwich = branch(norwichId, "norwich", LONDON, hours(null, "09:00", "11:00"), List.of(roomA));
        Practitioner anaThere = practitioner(ana, "Ana", Map.of(norwichId, hours(null, "09:00", "11:00")));
        Search search = new Search(tuesday, tuesday.plusDays(1), STEP, LONG_AGO);

        List<Slot> slots = SlotFinder.find(HALF_HOUR, List.of(norwich), List.of(anaThere), List.of(), search,
                new Span(Instant.parse("2027-06-08T08:45:00Z"), Instant.parse("2027-06-09T08:15:00Z")), null, 100);

        assertEquals(List.of("09:45", "10:00", "10:15", "10:30", "09:00"), localStarts(slots),
                "from 09:45 BST that day to 09:15 BST the next, its end left out");
    }

    @Test
    void startTimesFollowTheWallClockOfEachDay() {
        assertEquals(92, SlotFinder.startTimes(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28), LONDON, STEP).size());
        assertEquals(100, SlotFinder.startTimes(LocalDate.of(2027, 10, 31), LocalDate.of(2027, 10, 31), LONDON, STEP).size());
        assertEquals(96, SlotFinder.startTimes(LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 8), ZoneOffset.UTC, STEP).size());
    }

    private Branch branch(UUID id, String code, ZoneId zone, WeeklyHours opening, List<UUID> rooms) {
        return new Branch(id, code, zone, opening, List.of(), rooms);
    }

    private static Practitioner practitioner(UUID id, String name, Map<UUID, WeeklyHours> roster) {
        return new Practitioner(id, name, roster, List.of());
    }

    /** The same hours on one weekday, or every day when {@code day} is null. */
    private static WeeklyHours hours(DayOfWeek day, String start, String end) {
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (day == null || d == day) {
                intervals.add(new WeeklyInterval(d, WeeklyInterval.minutes(start), WeeklyInterval.minutes(end)));
            }
        }
        return new WeeklyHours(intervals);
    }

    private static WeeklyHours allWeek() {
        return hours(null, "00:00", "24:00");
    }

    private static List<String> localStarts(List<Slot> slots) {
        return slots.stream().map(s -> s.startsAt().atZone(s.zone()).toLocalTime().toString()).toList();
    }
}
