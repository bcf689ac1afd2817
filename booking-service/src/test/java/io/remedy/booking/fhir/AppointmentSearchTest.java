package io.remedy.booking.fhir;

import io.remedy.booking.session.SessionStatus;
import io.remedy.platform.fhir.FhirException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading {@code Appointment?patient=&date=&status=} into our terms. */
class AppointmentSearchTest {

    @Test
    void readsADateRangeWithPrefixesAsWholeDaysInUtc() {
        AppointmentSearch search = AppointmentSearch.parse(null, List.of("ge2026-03-01", "le2026-03-31"), null);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), search.from());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), search.to());
        assertNull(search.patient());
        assertTrue(search.wants(SessionStatus.CANCELLED), "no status: every status");
    }

    @Test
    void readsAnInstantAndADayWithoutPrefixAndAReference() {
        UUID client = UUID.randomUUID();
        AppointmentSearch search = AppointmentSearch.parse("Patient/" + client,
                List.of("gt2026-03-01T10:00:00+01:00", "2026-03-01"), "booked,noshow");
        assertEquals(client, search.patient());
        assertEquals(Instant.parse("2026-03-01T09:00:00.000000001Z"), search.from());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), search.to());
        assertEquals(Set.of(SessionStatus.BOOKED, SessionStatus.NO_SHOW), search.statuses());
    }

    @Test
    void mapsFhirStatusesToOurs() {
        assertEquals(Set.of(SessionStatus.CHECKED_IN, SessionStatus.COMPLETED, SessionStatus.CANCELLED),
                AppointmentSearch.parse(null, List.of(), "checked-in,fulfilled,cancelled").statuses());
    }

    @Test
    void refusesWhatItCannotReadNamingTheParameter() {
        for (Object[] bad : new Object[][] {{null, List.of("next-week"), null, "date"},
                {null, List.of("ne2026-03-01"), null, "date"},
                {null, List.of("ge2026-03-02", "lt2026-03-02"), null, "date"},
                {null, List.of(), "proposed", "status"},
                {null, List.of(), "soon", "status"},
                {"Practitioner/" + UUID.randomUUID(), List.of(), null, "patient"},
                {"' OR '1'='1", List.of(), null, "patient"}}) {
            @SuppressWarnings("unchecked")
            FhirException refused = assertThrows(FhirException.class, () -> AppointmentSearch.parse((String) bad[0],
                    (List<String>) bad[1], (String) bad[2]));
            assertEquals(400, refused.status());
            assertEquals(List.of(bad[3]), refused.outcome().getIssueFirstRep().getExpression().stream()
                    .map(expression -> expression.getValue()).toList());
        }
    }
}
