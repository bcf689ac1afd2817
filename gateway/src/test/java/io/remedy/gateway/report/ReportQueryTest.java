package io.remedy.gateway.report;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportQueryTest {

    private static List<String> badFields(String from, String to, String locationId, String format) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> ReportQuery.parse(from, to, locationId, format, false));
        assertEquals(400, problem.problem().status());
        return problem.problem().errors().stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsARangeOfAtMost366DaysBothEndsIncluded() {
        ReportQuery query = ReportQuery.parse("2024-01-01", "2024-12-31", null, null, false);
        assertEquals(LocalDate.of(2024, 12, 31), query.to());
        assertEquals(ReportQuery.Format.JSON, query.format());
        assertEquals(List.of("to"), badFields("2023-01-01", "2024-01-02", null, null));
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertEquals(List.of("from", "to", "locationId", "format"), badFields("yesterday", "", "norwich", "pdf"));
        assertEquals(List.of("from"), badFields("2026-02-29", "2026-03-01", null, null));
        assertEquals(List.of("to"), badFields("2026-03-02", "2026-03-01", null, null));
    }

    @Test
    void passesTheQueryOnToTheServices() {
        UUID location = UUID.randomUUID();
        assertEquals("?from=2026-03-01&to=2026-03-31&locationId=" + location,
                ReportQuery.parse("2026-03-01", "2026-03-31", location.toString(), "CSV", false).upstreamQuery());
    }

    @Test
    void givesCsvToACallerThatAcceptsOnlyCsv() {
        assertEquals(ReportQuery.Format.CSV, ReportQuery.parse("2026-03-01", "2026-03-01", null, null, true).format());
        assertEquals(ReportQuery.Format.JSON, ReportQuery.parse("2026-03-01", "2026-03-01", null, "json", true).format());
    }
}
