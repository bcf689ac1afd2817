package io.remedy.console.setup;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeekTest {

    @Test
    void showsEachDaysTimesInOrderWithEmptySlotsForTheRest() {
        Week week = Week.of("hours", List.of(new String[] {"MONDAY", "14:00", "20:00"},
                new String[] {"MONDAY", "08:00", "12:00"}, new String[] {"SATURDAY", "09:00", "17:00"}));

        assertEquals(7, week.days().size());
        Week.Day monday = week.days().get(0);
        assertEquals("08:00", monday.slots().get(0).start());
        assertEquals("20:00", monday.slots().get(1).end());
        assertEquals("hours-MONDAY-1-end", monday.slots().get(1).endName());
        assertEquals("", week.days().get(1).slots().get(0).start());
    }

    @Test
    void sendsTheFilledSlotsAndPutsTheApisObjectionBesideTheInputItCameFrom() {
        Week week = Week.typed("at-norwich", Map.of("at-norwich-TUESDAY-0-start", "09:00",
                "at-norwich-TUESDAY-0-end", "17:00", "at-norwich-FRIDAY-1-start", " 18:00 ",
                "at-norwich-FRIDAY-1-end", "08:00"));

        List<String> sent = week.intervals((slot, index) -> index + ":" + slot.day() + " " + slot.start() + "-"
                + slot.end());
        assertEquals(List.of("0:TUESDAY 09:00-17:00", "1:FRIDAY 18:00-08:00"), sent);
        // this week's intervals follow three of another location's in the request
        assertEquals("at-norwich-FRIDAY-1-end", week.input("entries[4].end", 3));
        assertEquals("at-norwich-TUESDAY-0-start", week.input("entries[3]", 3));
        assertTrue(week.holds("entries[4].end", 3));
        assertFalse(week.holds("entries[2].end", 3));
        assertFalse(week.holds("entries[5].end", 3));
        assertEquals("name", week.input("name", 0));
    }
}
