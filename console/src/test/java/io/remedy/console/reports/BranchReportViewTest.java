package io.remedy.console.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BranchReportViewTest {

    private static final BranchReportView.Words WORDS = new BranchReportView.Words() {
        @Override
        public String chart(String id) {
            return "chart " + id;
        }

        @Override
        public String series(String key) {
            return key;
        }
    };

    @Test
    void showsEachBranchAndTheChainTotalWithADashForWhatAServiceDidNotDeliver() throws Exception {
        JsonNode report = new ObjectMapper().readTree("""
                {"from": "2026-11-01", "to": "2026-11-30",
                 "locations": [
                   {"locationId": "a", "locationCode": "norwich", "locationName": "Norwich",
                    "booking": {"sessionsBooked": 12, "lateCancellations": 2, "therapistUtilisation": 0.625,
                                "revenueCents": 61440, "currency": "GBP"},
                    "records": null,
                    "notification": {"sent": {"EMAIL": 10, "SMS": 3}, "failed": 1, "deadLetters": 0}},
                   {"locationId": "b", "locationCode": "jupiter", "locationName": "Jupiter",
                    "booking": {"sessionsBooked": 5, "revenueCents": 9000, "currency": "USD"},
                    "records": null, "notification": null}],
                 "total": {"booking": {"sessionsBooked": 17, "revenueCentsByCurrency": {"GBP": 61440, "USD": 9000}},
                           "records": null, "notification": {"sent": {"EMAIL": 10, "SMS": 3}}},
                 "missing": ["records"]}
                """);

        BranchReportView view = BranchReportView.of(report, WORDS);

        assertEquals(List.of("Norwich", "Jupiter"), view.rows().stream().map(BranchReportView.Row::name).toList());
        BranchReportView.Row norwich = view.rows().get(0);
        assertEquals("12", norwich.booked());
        assertEquals("2", norwich.late());
        assertEquals("63 %", norwich.therapistUtilisation());
        assertEquals("614.40 GBP", norwich.revenue());
        assertEquals("13", norwich.sent());
        assertEquals("—", norwich.clientsAssessed());
        assertEquals("—", view.rows().get(1).sent());
        assertEquals("614.40 GBP, 90.00 USD", view.total().revenue());
        assertEquals("records", view.missingText());
        BranchReportView.Chart revenue = view.charts().stream().filter(c -> c.id().equals("revenue")).findFirst()
                .orElseThrow();
        assertTrue(revenue.json().contains("\"revenue GBP\""), revenue.json());
        assertTrue(revenue.json().contains("[614.4,null]"), revenue.json());
        assertTrue(view.charts().get(0).json().contains("[\"Norwich\",\"Jupiter\"]"), view.charts().get(0).json());
    }

    @Test
    void chartsNameTheBranchesByWhatDiffersInTheirNames() {
        assertEquals(List.of("Norwich", "Jupiter"), BranchReportView.distinctParts(
                List.of("Harbour Remedial Massage Norwich", "Harbour Remedial Massage  Jupiter")));
        assertEquals(List.of("North", "South"), BranchReportView.distinctParts(
                List.of("Leeds North", "Leeds South")));
        // a branch named just as the others begin keeps every name whole, as does a chain of one branch
        assertEquals(List.of("Harbour", "Harbour Jupiter"), BranchReportView.distinctParts(
                List.of("Harbour", "Harbour Jupiter")));
        assertEquals(List.of("Harbour Remedial Massage Norwich"), BranchReportView.distinctParts(
                List.of("Harbour Remedial Massage Norwich")));
    }
}
