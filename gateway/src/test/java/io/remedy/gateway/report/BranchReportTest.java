package io.remedy.gateway.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/reports/branches, composed from stand-in services serving the documented report rows. */
@QuarkusTest
class BranchReportTest {

    private static final String NORWICH = "7c1f6b0e-1a2b-4c3d-8e9f-000000000001";
    private static final String JUPITER = "7c1f6b0e-1a2b-4c3d-8e9f-000000000002";
    private static final String RANGE = "?from=2026-03-01&to=2026-03-31";

    private String tenant;

    @BeforeEach
    void standInReports() {
        StandIns.resetAll();
        tenant = "t-" + UUID.randomUUID();
        StandIns.booking().on("GET", "/api/v1/reports/booking").json(Map.of("from", "2026-03-01", "to", "2026-03-31",
                "locations", List.of(
                        bookingRow(JUPITER, "jupiter", "Jupiter", 40, 30, "USD", 120000),
                        bookingRow(NORWICH, "norwich", "Norwich", 100, 80, "GBP", 400000)))).add();
        recordsReport();
        StandIns.notification().on("GET", "/api/v1/notifications/reports").json(Map.of("from", "2026-03-01",
                "to", "2026-03-31", "locations", List.of(
                        Map.of("locationId", NORWICH, "sent", Map.of("EMAIL", 100, "SMS", 20, "IN_APP", 30),
                                "failed", 2, "deadLetters", 1, "medianSecondsToDelivery", 1.5),
                        Map.of("locationId", JUPITER, "sent", Map.of("EMAIL", 50, "SMS", 0, "IN_APP", 0),
                                "failed", 0, "deadLetters", 0, "medianSecondsToDelivery", 4.5)))).add();
        // billing's rows: one per location and currency, as GET /api/v1/billing/reports answers
        StandIns.billing().on("GET", "/api/v1/billing/reports").json(Map.of("from", "2026-03-01", "to", "2026-03-31",
                "locations", List.of(
                        billingRow(JUPITER, "jupiter", "USD", 30, 297000, 250000, 47000, 2, 100000),
                        billingRow(NORWICH, "norwich", "GBP", 80, 600000, 580000, 20000, 3, 126000)),
                "totals", List.of())).add();
    }

    private static void recordsReport() {
        StandIns.records().on("GET", "/api/v1/records/reports").json(Map.of("from", "2026-03-01", "to", "2026-03-31",
                "locations", List.of(
                        recordsRow(NORWICH, 30, -2.0, 3.0, 2),
                        recordsRow(JUPITER, 10, -4.0, 9.0, 1)))).add();
    }

    private static Map<String, Object> billingRow(String id, String code, String currency, int invoices,
                                                  long invoiced, long paid, long outstanding, int packageSales,
                                                  long packageSalesCents) {
        return Map.ofEntries(Map.entry("locationId", id), Map.entry("locationCode", code),
                Map.entry("locationName", code), Map.entry("currency", currency), Map.entry("invoices", invoices),
                Map.entry("invoicedCents", invoiced), Map.entry("feesCents", 0), Map.entry("paidCents", paid),
                Map.entry("refundedCents", 1000), Map.entry("outstandingCents", outstanding),
                Map.entry("creditedCents", 0), Map.entry("packageSales", packageSales),
                Map.entry("packageSalesCents", packageSalesCents));
    }

    private static Map<String, Object> bookingRow(String id, String code, String name, int booked, int completed,
                                                  String currency, long revenue) {
        return Map.ofEntries(Map.entry("locationId", id), Map.entry("locationCode", code),
                Map.entry("locationName", name), Map.entry("timeZone", "Europe/London"),
                Map.entry("sessionsBooked", booked), Map.entry("sessionsCompleted", completed),
                Map.entry("sessionsCancelled", 5), Map.entry("lateCancellations", 1), Map.entry("noShows", 2),
                Map.entry("therapistUtilisation", 0.5), Map.entry("roomUtilisation", 0.25),
                Map.entry("newClients", 3), Map.entry("returningClients", 7),
                Map.entry("revenueCents", revenue), Map.entry("currency", currency));
    }

    private static Map<String, Object> recordsRow(String id, int assessed, double nrs, double hours, int flags) {
        return Map.of("locationId", id, "clientsAssessed", assessed, "meanNrsChange", nrs, "meanOdiChange", nrs * 5,
                "clinicallyImportantShare", 0.5, "redFlagsRaised", flags, "urgentRedFlags", 0,
                "meanHoursToClearance", hours, "overdueNotes", 1, "therapists", List.of());
    }

    private String admin() {
        return TestTokens.issue("admin-" + UUID.randomUUID(), tenant, List.of("*"), "chain-admin");
    }

    private String manager(String... locations) {
        return TestTokens.issue("manager-" + UUID.randomUUID(), tenant, List.of(locations), "branch-manager");
    }

    @Test
    void joinsTheThreeServicesFiguresPerLocationWithAChainTotal() {
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .contentType("application/json")
                .body("from", equalTo("2026-03-01"))
                .body("to", equalTo("2026-03-31"))
                .body("missing", empty())
                .body("locations.locationCode", contains("jupiter", "norwich"))
                .body("locations[1].locationId", equalTo(NORWICH))
                .body("locations[1].locationName", equalTo("Norwich"))
                .body("locations[1].booking.sessionsBooked", equalTo(100))
                .body("locations[1].records.clientsAssessed", equalTo(30))
                .body("locations[1].notification.sent.EMAIL", equalTo(100))
                .body("locations[1].booking.locationId", nullValue())
                .body("total.booking.sessionsBooked", equalTo(140))
                .body("total.booking.sessionsCompleted", equalTo(110))
                .body("total.booking.therapistUtilisation", equalTo(0.5f))
                .body("total.booking.revenueCents", nullValue())
                .body("total.booking.revenueCentsByCurrency.GBP", equalTo(400000))
                .body("total.booking.revenueCentsByCurrency.USD", equalTo(120000))
                .body("total.records.clientsAssessed", equalTo(40))
                // weighted by clients assessed: (30 * -2 + 10 * -4) / 40
                .body("total.records.meanNrsChange", equalTo(-2.5f))
                // weighted by red flags raised: (2 * 3 + 1 * 9) / 3
                .body("total.records.meanHoursToClearance", equalTo(5.0f))
                .body("total.notification.sent.EMAIL", equalTo(150))
                .body("total.notification.sent.SMS", equalTo(20))
                .body("total.notification.failed", equalTo(2))
                // weighted by messages sent: (150 * 1.5 + 50 * 4.5) / 200
                .body("total.notification.medianSecondsToDelivery", equalTo(2.25f));
    }

    @Test
    void foldsInEachBranchsMoneyInItsOwnCurrencyAndTotalsItPerCurrency() {
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .body("missing", empty())
                .body("locations[0].locationCode", equalTo("jupiter"))
                .body("locations[0].billing.currency", equalTo("USD"))
                .body("locations[0].billing.invoicedCents", equalTo(297000))
                .body("locations[0].billing.packageSalesCents", equalTo(100000))
                .body("locations[0].billing.locationId", nullValue())
                .body("locations[1].billing.currency", equalTo("GBP"))
                .body("locations[1].billing.paidCents", equalTo(580000))
                .body("locations[1].billing.byCurrency.GBP.outstandingCents", equalTo(20000))
                // dollars and pounds are never added: the chain's money per currency, no single total
                .body("total.billing.currency", nullValue())
                .body("total.billing.invoicedCents", nullValue())
                .body("total.billing.byCurrency.USD.invoicedCents", equalTo(297000))
                .body("total.billing.byCurrency.USD.refundedCents", equalTo(1000))
                .body("total.billing.byCurrency.GBP.invoicedCents", equalTo(600000))
                .body("total.billing.byCurrency.GBP.packageSales", equalTo(3))
                .body("total.billing.byCurrency.keySet()", contains("GBP", "USD"));
        String csv = given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE + "&format=csv")
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).contains(",billing.currency,billing.invoices,billing.invoicedCents,"), lines.get(0));
        assertTrue(lines.get(1).contains(",USD,30,297000,250000,1000,47000,2,100000,"), lines.get(1));
        assertTrue(lines.get(2).contains(",GBP,80,600000,580000,1000,20000,3,126000,"), lines.get(2));
        // the total's money cells stay empty: one currency per cell, and there are two
        assertTrue(lines.get(3).endsWith(",,,,,,,,,"), lines.get(3));
    }

    @Test
    void totalsTheMoneyOfBranchesOfOneCurrency() {
        StandIns.billing().reset();
        StandIns.billing().on("GET", "/api/v1/billing/reports").json(Map.of("from", "2026-03-01", "to", "2026-03-31",
                "locations", List.of(
                        billingRow(JUPITER, "jupiter", "GBP", 30, 200000, 150000, 50000, 1, 42000),
                        billingRow(NORWICH, "norwich", "GBP", 80, 600000, 580000, 20000, 3, 126000)),
                "totals", List.of())).add();
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .body("total.billing.currency", equalTo("GBP"))
                .body("total.billing.invoicedCents", equalTo(800000))
                .body("total.billing.packageSalesCents", equalTo(168000));
    }

    @Test
    void reportsTheOtherFiguresWhenBillingIsDown() {
        StandIns.billing().reset();
        StandIns.billing().on("GET", "/api/v1/billing/reports").status(503).add();
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .body("missing", contains("billing"))
                .body("locations[0].billing", nullValue())
                .body("total.billing", nullValue())
                .body("total.booking.sessionsBooked", equalTo(140));
    }

    @Test
    void callsEveryServiceWithTheCallersTokenAndTheQuery() {
        String token = admin();
        given().auth().oauth2(token).header("X-Request-Id", "report-1")
                .get("/api/v1/reports/branches" + RANGE + "&locationId=" + NORWICH).then().statusCode(200);
        for (StandIns service : List.of(StandIns.booking(), StandIns.records(), StandIns.notification(),
                StandIns.billing())) {
            List<JsonNode> calls = service.requestsTo("/api/");
            assertEquals(1, calls.size(), calls.toString());
            JsonNode call = calls.get(0);
            assertTrue(call.path("uri").asText().endsWith("?from=2026-03-01&to=2026-03-31&locationId=" + NORWICH),
                    call.path("uri").asText());
            assertEquals("Bearer " + token, call.path("headers").path("authorization").asText());
            assertEquals("report-1", call.path("headers").path("x-request-id").asText());
        }
    }

    @Test
    void givesTheSameAsCsv() {
        String csv = given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE + "&format=csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("branches-2026-03-01-2026-03-31.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("locationId,locationCode,locationName,booking.timeZone,booking.sessionsBooked,"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith(",missing"), lines.get(0));
        assertTrue(lines.get(1).startsWith(JUPITER + ",jupiter,Jupiter,Europe/London,40,30,"), lines.get(1));
        assertTrue(lines.get(2).startsWith(NORWICH + ",norwich,Norwich,Europe/London,100,80,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("total,,,,140,110,"), lines.get(3));
    }

    @Test
    void asksAServiceOnceMoreWhenItSaidItCouldNotAnswer() {
        StandIns.records().reset();
        StandIns.records().on("GET", "/api/v1/records/reports").status(503).times(1).add();
        recordsReport();
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .body("missing", empty())
                .body("total.booking.sessionsBooked", equalTo(140));
        assertEquals(2, StandIns.records().requestsTo("/api/v1/records/reports").size(), "one answer of 503, one retry");
    }

    @Test
    void stopsAskingAServiceWhoseFiguresKeepFailingUntilItHadTimeToRecover() {
        StandIns billing = StandIns.billing();
        billing.reset();
        billing.on("GET", "/api/v1/billing/reports").status(503).add();
        String admin = admin();
        // each report tries billing twice; the test profile's breaker opens after three failed tries in a row
        for (int report = 0; report < 2; report++) {
            given().auth().oauth2(admin).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                    .body("missing", contains("billing"));
        }
        int asked = billing.requestsTo("/api/v1/billing/reports").size();
        given().auth().oauth2(admin).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .body("missing", contains("billing"))
                .body("total.booking.sessionsBooked", equalTo(140));
        assertEquals(asked, billing.requestsTo("/api/v1/billing/reports").size(), "the open circuit let a call through");

        billing.reset();
        billing.on("GET", "/api/v1/billing/reports").json(Map.of("from", "2026-03-01", "to", "2026-03-31",
                "locations", List.of(), "totals", List.of())).add();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(admin).get("/api/v1/reports/branches" + RANGE).then().statusCode(200).extract().jsonPath()
                .getList("missing").isEmpty());
    }

    @Test
    void reportsTheOtherFiguresAndWhatIsMissingWhenAServiceIsDown() {
        StandIns.records().reset();
        StandIns.records().on("GET", "/api/v1/records/reports").status(500).add();
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .body("missing", contains("records"))
                .body("locations", hasSize(2))
                .body("locations[0].records", nullValue())
                .body("locations[0].booking.sessionsBooked", equalTo(40))
                .body("locations[0].notification.failed", equalTo(0))
                .body("total.records", nullValue())
                .body("total.booking.sessionsBooked", equalTo(140));
        String csv = given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE + "&format=csv")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.lines().skip(1).allMatch(line -> line.endsWith(",records")), csv);
    }

    @Test
    void showsABranchManagerOnlyTheirLocations() {
        given().auth().oauth2(manager("norwich")).get("/api/v1/reports/branches" + RANGE).then().statusCode(200)
                .body("locations.locationCode", contains("norwich"))
                .body("total.booking.sessionsBooked", equalTo(100))
                .body("total.records.clientsAssessed", equalTo(30))
                .body("total.billing.currency", equalTo("GBP"))
                .body("total.billing.invoicedCents", equalTo(600000));
    }

    @Test
    void refusesABranchManagerWhomAServiceRefusesThatLocation() {
        StandIns.booking().reset();
        StandIns.booking().on("GET", "/api/v1/reports/booking").status(403)
                .header("Content-Type", "application/problem+json").body("{\"status\":403}").add();
        given().auth().oauth2(manager("norwich")).get("/api/v1/reports/branches" + RANGE + "&locationId=" + JUPITER)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://remedy.io/problems/forbidden"));
    }

    @Test
    void answersNotFoundForALocationOfAnotherChainRatherThanCallingTheServicesMissing() {
        String elsewhere = UUID.randomUUID().toString();
        for (StandIns service : List.of(StandIns.booking(), StandIns.records())) {
            service.reset();
        }
        // as booking and records answer a location they do not know in the caller's chain
        StandIns.booking().on("GET", "/api/v1/reports/booking").status(404)
                .header("Content-Type", "application/problem+json").body("{\"status\":404}").add();
        StandIns.records().on("GET", "/api/v1/records/reports").status(404)
                .header("Content-Type", "application/problem+json").body("{\"status\":404}").add();
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE + "&locationId=" + elsewhere)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://remedy.io/problems/not-found"))
                .body("detail", containsString(elsewhere));
    }

    @Test
    void showsNoFiguresOfAServiceThatKnowsNothingYetAtALocationBookingKnows() {
        StandIns.records().reset();
        StandIns.records().on("GET", "/api/v1/records/reports").status(404)
                .header("Content-Type", "application/problem+json").body("{\"status\":404}").add();
        given().auth().oauth2(admin()).get("/api/v1/reports/branches" + RANGE + "&locationId=" + NORWICH)
                .then().statusCode(200)
                .body("missing", empty())
                .body("locations[1].locationCode", equalTo("norwich"))
                .body("locations[1].records.size()", equalTo(0));
    }

    @Test
    void refusesEveryoneElseWithoutAskingTheServices() {
        for (String role : List.of("receptionist", "therapist", "client")) {
            given().auth().oauth2(TestTokens.issue(role + "-" + UUID.randomUUID(), tenant, List.of("norwich"), role))
                    .get("/api/v1/reports/branches" + RANGE).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://remedy.io/problems/forbidden"));
        }
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty());
    }

    @Test
    void namesTheBadField() {
        String token = admin();
        given().auth().oauth2(token).get("/api/v1/reports/branches?from=2026-02-30&to=2026-03-31").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://remedy.io/problems/validation"))
                .body("errors.field", contains("from"));
        given().auth().oauth2(token).get("/api/v1/reports/branches?from=2026-03-01").then()
                .statusCode(400).body("errors.field", contains("to"));
        given().auth().oauth2(token).get("/api/v1/reports/branches?from=2026-03-31&to=2026-03-01").then()
                .statusCode(400).body("errors.field", contains("to"));
        given().auth().oauth2(token).get("/api/v1/reports/branches?from=2025-01-01&to=2026-03-01").then()
                .statusCode(400).body("errors.field", contains("to"));
        given().auth().oauth2(token).get("/api/v1/reports/branches" + RANGE + "&locationId=1%27%20OR%201=1").then()
                .statusCode(400).body("errors.field", contains("locationId"));
        given().auth().oauth2(token).get("/api/v1/reports/branches" + RANGE + "&format=xlsx").then()
                .statusCode(400).body("errors.field", contains("format"));
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty());
    }
}
