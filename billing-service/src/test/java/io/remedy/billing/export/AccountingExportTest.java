package io.remedy.billing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A location's invoices over a period as the CSV an accounting package imports. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class AccountingExportTest {

    static final String EXPORT = "/api/v1/billing/exports/accounting";

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json, "vat20");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    private String export(String token) {
        return RestAssured.given().auth().oauth2(token).accept("text/csv")
                .queryParam("locationId", fixture.locationId.toString())
                .queryParam("from", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString())
                .queryParam("to", today())
                .get(EXPORT).then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("accounting-vat20-"))
                .extract().asString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertEquals(List.of("date", "number", "type", "client reference", "net", "tax", "gross", "currency",
                    "payments"), parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void listsEachInvoiceAndCreditNoteWithItsAmountsAndPayments() throws IOException {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        Fixture.Client kim = fixture.client("Kim", "Lowe");
        UUID paid = fixture.invoiced(sam, 7500, "GBP");
        as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"method\":\"CARD_TERMINAL\",\"amountCents\":5000}")
                .post("/api/v1/billing/invoices/{id}/payments", paid).then().statusCode(201);
        UUID voided = fixture.invoiced(kim, 6000, "GBP");
        as(fixture.reception()).post("/api/v1/billing/invoices/{id}/void", voided).then().statusCode(200);

        List<CSVRecord> lines = parse(export(fixture.admin()));
        assertEquals(3, lines.size(), lines.toString());
        CSVRecord first = lines.get(0);
        assertEquals(today(), first.get("date"));
        assertTrue(first.get("number").startsWith("VAT20-"), first.get("number"));
        assertEquals("invoice", first.get("type"));
        assertTrue(first.get("client reference").matches("C-\\d{6}"), first.get("client reference"));
        assertEquals("62.50", first.get("net"));
        assertEquals("12.50", first.get("tax"));
        assertEquals("75.00", first.get("gross"));
        assertEquals("GBP", first.get("currency"));
        assertEquals("50.00", first.get("payments"));
        assertEquals("60.00", lines.get(1).get("gross"));
        CSVRecord credit = lines.get(2);
        assertEquals("credit note", credit.get("type"));
        assertEquals(lines.get(1).get("client reference"), credit.get("client reference"));
        assertEquals("-50.00", credit.get("net"));
        assertEquals("-10.00", credit.get("tax"));
        assertEquals("-60.00", credit.get("gross"));
        assertEquals("0.00", credit.get("payments"));
        // no name of a client, ever
        String csv = export(fixture.admin());
        assertTrue(!csv.contains("Sam") && !csv.contains(sam.id().toString()), csv);
    }

    @Test
    void chainAdminsAndTheLocationsManagerExportOthersAreRefused() {
        fixture.invoiced(fixture.client("Sam", "Taylor"), 7500, "GBP");
        String manager = io.remedy.local.testing.TestTokens.issue("manager-" + fixture.tenant, fixture.tenant,
                List.of(fixture.locationCode), "branch-manager");
        String managerElsewhere = io.remedy.local.testing.TestTokens.issue("manager-elsewhere-" + fixture.tenant,
                fixture.tenant, List.of("elsewhere"), "branch-manager");
        export(manager);
        query(managerElsewhere, fixture.locationId.toString(), today(), today()).then().statusCode(403);
        query(fixture.reception(), fixture.locationId.toString(), today(), today()).then().statusCode(403);
        query(fixture.therapist(), fixture.locationId.toString(), today(), today()).then().statusCode(403);
        query(fixture.otherTenantAdmin(), fixture.locationId.toString(), today(), today()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        fixture.invoiced(fixture.client("Sam", "Taylor"), 7500, "GBP");
        String location = fixture.locationId.toString();
        refused(null, today(), today(), "locationId");
        refused("nope", today(), today(), "locationId");
        refused(location, null, today(), "from");
        refused(location, "2026-13-01", today(), "from");
        refused(location, today(), "yesterday", "to");
        refused(location, today(), LocalDate.parse(today()).minusDays(1).toString(), "to");
        refused(location, "2020-01-01", "2022-01-01", "to");
    }

    private void refused(String location, String from, String to, String field) {
        query(fixture.admin(), location, from, to).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static io.restassured.response.Response query(String token, String location, String from, String to) {
        var request = RestAssured.given().auth().oauth2(token).accept("text/csv, application/problem+json");
        if (location != null) {
            request.queryParam("locationId", location);
        }
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.get(EXPORT);
    }
}
