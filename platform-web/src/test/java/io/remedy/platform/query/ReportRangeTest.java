package io.remedy.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

class ReportRangeTest {

    private static List<String> badFields(String from, String to) {
        ProblemException problem = assertThrows(ProblemException.class, () -> ReportRange.of(from, to));
        assertEquals(400, problem.problem().status());
        return problem.problem().errors().stream().map(FieldError::field).toList();
    }

    @Test
    void coversAtMost366DaysBothEndsIncluded() {
        ReportRange leapYear = ReportRange.of("2024-01-01", "2024-12-31");
        assertEquals(LocalDate.of(2024, 1, 1), leapYear.from());
        assertEquals(366, leapYear.days());
        assertEquals(1, ReportRange.of("2026-03-01", "2026-03-01").days());
        assertEquals(List.of("to"), badFields("2024-01-01", "2025-01-01"));
        assertEquals(List.of("to"), badFields("2023-01-01", "2024-01-02"));
    }

    @Test
    void refusesAToBeforeFrom() {
        assertEquals(List.of("to"), badFields("2026-03-02", "2026-03-01"));
    }

    @Test
    void namesBothWhenBothAreMissingOrUnreadable() {
        assertEquals(List.of("from", "to"), badFields(null, " "));
        assertEquals(List.of("from", "to"), badFields("yesterday", "2026-02-30"));
        assertEquals(List.of("from"), badFields("", "2026-03-01"));
        assertEquals(List.of("to"), badFields("2026-03-01", null));
    }

    @Test
    void addsItsErrorsToAQueryThatNamesEveryBadParameter() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(ReportRange.read("2026-03-01", "soon", errors));
        assertNull(QueryParams.locationId("norwich", errors));
        assertEquals(List.of("to", "locationId"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void aLocationIdIsAnIdInItsCanonicalForm() {
        UUID id = UUID.fromString("0b6f3f5e-8a43-4c1e-9a53-2f1b7f0d4a11");
        assertEquals(id, QueryParams.locationId(" 0B6F3F5E-8A43-4C1E-9A53-2F1B7F0D4A11 "));
        assertNull(QueryParams.locationId(""));
        for (String bad : List.of("norwich", "1-1-1-1-1", id + "0")) {
            ProblemException e = assertThrows(ProblemException.class, () -> QueryParams.locationId(bad));
            assertEquals("locationId", e.problem().errors().get(0).field());
        }
    }
}
