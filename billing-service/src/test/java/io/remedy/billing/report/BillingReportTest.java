package io.remedy.billing.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The billing report: each location's money in its own currency, the chain's per currency, never added across. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class BillingReportTest {

    static final String REPORT = "/api/v1/billing/reports";

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aGbpAndAUsdBranchAreReportedEachInItsCurrency() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID pounds = fixture.invoiced(sam, 7500, "GBP");
        as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"method\":\"CASH\",\"amountCents\":5000}")
                .post("/api/v1/billing/invoices/{id}/payments", pounds).then().statusCode(201);
        // a second branch of the chain, in New York, charging in dollars
        SessionCompleted here = fixture.completed(sam, 9900, "USD");
        UUID newYork = UUID.randomUUID();
        SessionCompleted there = new SessionCompleted(here.sessionId(), newYork, "nyc", "Harbour New York",
                "America/New_York", here.serviceId(), here.serviceName(), here.therapistId(), here.therapistName(),
                here.therapistUserId(), here.roomId(), here.clientId(), here.clientUserId(), here.startsAt(),
                here.endsAt(), null, here.checkedInAt(), here.completedBy(), here.completedAt(), 9900, "USD", 0, null);
        fixture.publish(there);
        fixture.awaitInvoiceOf(there.sessionId());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        as(fixture.admin()).queryParam("from", yesterday).queryParam("to", tomorrow).get(REPORT)
                .then().statusCode(200)
                .body("locations.size()", equalTo(2))
                .body("locations.find { it.locationCode == '" + fixture.locationCode + "' }.currency", equalTo("GBP"))
                .body("locations.find { it.locationCode == '" + fixture.locationCode + "' }.invoicedCents",
                        equalTo(7500))
                .body("locations.find { it.locationCode == '" + fixture.locationCode + "' }.paidCents", equalTo(5000))
                .body("locations.find { it.locationCode == '" + fixture.locationCode + "' }.outstandingCents",
                        equalTo(2500))
                .body("locations.find { it.locationCode == 'nyc' }.currency", equalTo("USD"))
                .body("locations.find { it.locationCode == 'nyc' }.invoicedCents", equalTo(9900))
                .body("locations.find { it.locationCode == 'nyc' }.outstandingCents", equalTo(9900))
                .body("totals.currency", equalTo(List.of("GBP", "USD")))
                .body("totals.find { it.currency == 'USD' }.invoicedCents", equalTo(9900));

        // a branch manager sees their branch only; another's by id is refused
        String manager = TestTokens.issue("manager-" + fixture.tenant, fixture.tenant, List.of(fixture.locationCode),
                "branch-manager");
        as(manager).queryParam("from", yesterday).queryParam("to", tomorrow).get(REPORT).then().statusCode(200)
                .body("locations.locationCode", equalTo(List.of(fixture.locationCode)));
        as(manager).queryParam("from", yesterday).queryParam("to", tomorrow).queryParam("locationId", newYork)
                .get(REPORT).then().statusCode(403);
        // the front desk, therapists and clients read no reports; another chain sees nothing of this one
        as(fixture.reception()).queryParam("from", today).queryParam("to", today).get(REPORT).then().statusCode(403);
        as(fixture.therapist()).queryParam("from", today).queryParam("to", today).get(REPORT).then().statusCode(403);
        as(fixture.otherTenantAdmin()).queryParam("from", yesterday).queryParam("to", tomorrow).get(REPORT)
                .then().statusCode(200).body("locations.size()", equalTo(0));
        as(fixture.admin()).queryParam("from", "yesterday").queryParam("to", today).get(REPORT)
                .then().statusCode(400).body("errors.field", hasItem("from"));
        as(fixture.admin()).queryParam("from", today).queryParam("to", yesterday).get(REPORT)
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void countsRefundsAndPackageSalesOfTheLocationInItsCurrency() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID visit = fixture.invoiced(sam, 7500, "GBP");
        String payment = as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"method\":\"CARD_TERMINAL\",\"amountCents\":7500}")
                .post("/api/v1/billing/invoices/{id}/payments", visit).then().statusCode(201).extract().path("id");
        as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"paymentId\":\"" + payment + "\",\"amountCents\":2000}")
                .post("/api/v1/billing/invoices/{id}/refunds", visit).then().statusCode(201);
        String packageId = as(fixture.admin()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"name\":\"6 × Remedial 60\",\"serviceId\":\"" + fixture.serviceId + "\","
                        + "\"sessionCount\":6,\"expiryDays\":180,\"prices\":[{\"currency\":\"GBP\","
                        + "\"priceCents\":42000}]}")
                .post("/api/v1/billing/packages").then().statusCode(201).extract().path("id");
        as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"packageId\":\"" + packageId + "\",\"clientId\":\"" + sam.id() + "\",\"locationId\":\""
                        + fixture.locationId + "\"}")
                .post("/api/v1/billing/client-packages").then().statusCode(201);

        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        as(fixture.admin()).queryParam("from", yesterday).queryParam("to", tomorrow).get(REPORT)
                .then().statusCode(200)
                .body("locations.size()", equalTo(1))
                .body("locations[0].currency", equalTo("GBP"))
                .body("locations[0].invoices", equalTo(2))
                .body("locations[0].invoicedCents", equalTo(49500))
                .body("locations[0].paidCents", equalTo(7500))
                .body("locations[0].refundedCents", equalTo(2000))
                .body("locations[0].outstandingCents", equalTo(44000))
                .body("locations[0].packageSales", equalTo(1))
                .body("locations[0].packageSalesCents", equalTo(42000))
                .body("totals[0].packageSalesCents", equalTo(42000));
    }

    @Test
    void anInvoiceCountsOnItsLocationsOwnDayFarEastAndFarWestOfUtc() {
        // Kiritimati is 14 hours ahead of UTC, Etc/GMT+12 12 hours behind: the widest a location's day strays from
        // UTC's. Each location's day 10 March runs, in UTC, from 9 March 10:00 to 10 March 10:00 (east) and from
        // 10 March 12:00 to 11 March 12:00 (west). Each invoice's price says which one it is.
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        String east = "kiritimati";
        String west = "baker";
        issuedAt(sam, east, "Pacific/Kiritimati", 1, "2026-03-09T09:59:59Z");
        issuedAt(sam, east, "Pacific/Kiritimati", 10, "2026-03-09T10:00:00Z");
        issuedAt(sam, east, "Pacific/Kiritimati", 100, "2026-03-10T09:59:59Z");
        issuedAt(sam, east, "Pacific/Kiritimati", 1000, "2026-03-10T10:00:00Z");
        issuedAt(sam, west, "Etc/GMT+12", 2, "2026-03-10T11:59:59Z");
        issuedAt(sam, west, "Etc/GMT+12", 20, "2026-03-10T12:00:00Z");
        issuedAt(sam, west, "Etc/GMT+12", 200, "2026-03-11T11:59:59Z");
        issuedAt(sam, west, "Etc/GMT+12", 2000, "2026-03-11T12:00:00Z");

        // the first and the last second of each location's day are in it, the seconds either side are not
        as(fixture.admin()).queryParam("from", "2026-03-10").queryParam("to", "2026-03-10").get(REPORT)
                .then().statusCode(200)
                .body("locations.locationCode", equalTo(List.of(west, east)))
                .body("locations.find { it.locationCode == '" + east + "' }.invoices", equalTo(2))
                .body("locations.find { it.locationCode == '" + east + "' }.invoicedCents", equalTo(110))
                .body("locations.find { it.locationCode == '" + west + "' }.invoices", equalTo(2))
                .body("locations.find { it.locationCode == '" + west + "' }.invoicedCents", equalTo(220));
        as(fixture.admin()).queryParam("from", "2026-03-09").queryParam("to", "2026-03-09").get(REPORT)
                .then().statusCode(200)
                .body("locations.locationCode", equalTo(List.of(west, east)))
                .body("locations.find { it.locationCode == '" + east + "' }.invoicedCents", equalTo(1))
                .body("locations.find { it.locationCode == '" + west + "' }.invoicedCents", equalTo(2));
        as(fixture.admin()).queryParam("from", "2026-03-11").queryParam("to", "2026-03-11").get(REPORT)
                .then().statusCode(200)
                .body("locations.locationCode", equalTo(List.of(west, east)))
                .body("locations.find { it.locationCode == '" + east + "' }.invoicedCents", equalTo(1000))
                .body("locations.find { it.locationCode == '" + west + "' }.invoicedCents", equalTo(2000));
        // the days either side of all of them, and a range over all of them
        as(fixture.admin()).queryParam("from", "2026-03-08").queryParam("to", "2026-03-08").get(REPORT)
                .then().statusCode(200).body("locations.size()", equalTo(0));
        as(fixture.admin()).queryParam("from", "2026-03-12").queryParam("to", "2026-03-12").get(REPORT)
                .then().statusCode(200).body("locations.size()", equalTo(0));
        as(fixture.admin()).queryParam("from", "2026-03-09").queryParam("to", "2026-03-11").get(REPORT)
                .then().statusCode(200)
                .body("locations.find { it.locationCode == '" + east + "' }.invoicedCents", equalTo(1111))
                .body("locations.find { it.locationCode == '" + west + "' }.invoicedCents", equalTo(2222));
    }

    /** A session of the client completed at a location of the chain in the zone, invoiced at the instant. */
    private void issuedAt(Fixture.Client client, String code, String zone, int priceCents, String instant) {
        SessionCompleted here = fixture.completed(client, priceCents, "GBP");
        UUID location = UUID.nameUUIDFromBytes((fixture.tenant + "/" + code).getBytes(StandardCharsets.UTF_8));
        SessionCompleted there = new SessionCompleted(here.sessionId(), location, code, "Harbour " + code, zone,
                here.serviceId(), here.serviceName(), here.therapistId(), here.therapistName(), here.therapistUserId(),
                here.roomId(), here.clientId(), here.clientUserId(), here.startsAt(), here.endsAt(), null,
                here.checkedInAt(), here.completedBy(), here.completedAt(), priceCents, "GBP", 0, null);
        fixture.publish(there);
        UUID invoice = fixture.awaitInvoiceOf(there.sessionId());
        // as if it had been issued then
        Fixture.execute("UPDATE invoice SET issued_at = ? WHERE id = ?",
                OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC), invoice);
    }
}
