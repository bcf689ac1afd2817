package io.remedy.booking.availability;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpansTest {

    private static Instant at(int hour) {
        return Instant.parse("2027-06-08T00:00:00Z").plus(Duration.ofHours(hour));
    }

    private static Span span(int from, int to) {
        return new Span(at(from), at(to));
    }

    @Test
    void touchingSpansMergeSoATreatmentMayRunFromOneIntoTheNext() {
        Spans spans = Spans.of(List.of(span(9, 12), span(12, 14), span(16, 18)));
        assertEquals(List.of(span(9, 14), span(16, 18)), spans.spans());
        assertTrue(spans.covers(at(11), at(13)));
        assertFalse(spans.covers(at(13), at(17)));
    }

    @Test
    void overlapsTellsWhetherAnyInstantIsShared() {
        Spans spans = Spans.of(List.of(span(9, 10), span(12, 13)));
        assertFalse(spans.overlaps(at(10), at(12)), "end and start may touch");
        assertTrue(spans.overlaps(at(8), at(20)));
        assertTrue(spans.overlaps(at(12), at(14)));
        assertFalse(Spans.none().overlaps(at(0), at(24)));
    }

    @Test
    void minusCutsHolesAndEnds() {
        Spans working = Spans.of(List.of(span(8, 12), span(13, 18)));
        Spans away = Spans.of(List.of(span(7, 9), span(10, 11), span(15, 20)));
        assertEquals(List.of(span(9, 10), span(11, 12), span(13, 15)), working.minus(away).spans());
        assertEquals(Duration.ofHours(4), working.minus(away).total());
    }
}
