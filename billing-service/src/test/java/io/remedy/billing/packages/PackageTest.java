package io.remedy.billing.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.records.PlanSeriesSet;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A chain sells packages of sessions; a completed session of the service uses one instead of being invoiced. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class PackageTest {

    static final String PACKAGES = "/api/v1/billing/packages";
    static final String HELD = "/api/v1/billing/client-packages";

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

    /** A package of the fixture's service on sale: {@code sessions} sessions for 420.00 GBP or 500.00 USD. */
    private String packageOf(String name, int sessions, int expiryDays) {
        return as(fixture.admin()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"name\":\"" + name + "\",\"serviceId\":\"" + fixture.serviceId + "\",\"sessionCount\":"
                        + sessions + ",\"expiryDays\":" + expiryDays + ",\"prices\":[{\"currency\":\"USD\","
                        + "\"priceCents\":50000},{\"currency\":\"GBP\",\"priceCents\":42000}]}")
                .post(PACKAGES).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("sessionCount", equalTo(sessions))
                .body("prices.currency", equalTo(java.util.List.of("GBP", "USD")))
                .extract().path("id");
    }

    /** The location's currency reaches billing with its first priced session, as in the clinic. */
    private void aSessionWasInvoicedHere(Fixture.Client client) {
        fixture.invoiced(client, 7500, "GBP");
    }

    private String sell(String packageId, Fixture.Client client) {
        return as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(sale(packageId, client.id(), fixture.locationId))
                .post(HELD).then().statusCode(201)
                .body("currency", equalTo("GBP"))
                .body("priceCents", equalTo(42000))
                .body("sessionsUsed", equalTo(0))
                .body("usable", equalTo(true))
                .extract().path("id");
    }

    private static String sale(Object packageId, Object clientId, Object locationId) {
        return "{\"packageId\":\"" + packageId + "\",\"clientId\":\"" + clientId + "\",\"locationId\":\""
                + locationId + "\"}";
    }

    private int used(String clientPackageId) {
        return (int) Fixture.count("SELECT sessions_used FROM client_package WHERE id = ?::uuid", clientPackageId);
    }

    /** A version of a treatment plan of the client's at the fixture's location, as records announces its series. */
    private PlanSeriesSet plan(UUID planId, int version, Fixture.Client client, PlanUpdated.Status status,
                               int sessions) {
        PlanSeriesSet series = new PlanSeriesSet(planId, version, status, client.id(), fixture.locationId,
                fixture.serviceId, sessions, java.time.Instant.now());
        fixture.publish(series);
        return series;
    }

    private void awaitPlan(UUID planId, int version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.count(
                "SELECT count(*) FROM plan_series WHERE plan_id = ?::uuid AND plan_version = ?", planId.toString(),
                version) == 1);
    }

    @Test
    void theFrontDeskSellsATreatmentPlansSeriesAsTheChainsPackageOfItsServiceAndNumberOfSessions() throws Exception {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        aSessionWasInvoicedHere(sam);
        UUID planId = UUID.randomUUID();
        plan(planId, 1, sam, PlanUpdated.Status.ACTIVE, 6);
        awaitPlan(planId, 1);
        String sold = "{\"planId\":\"" + planId + "\",\"locationId\":\"" + fixture.locationId + "\"}";

        // nothing on sale fits 6 sessions of the service yet
        packageOf("4 × Remedial 60", 4, 120);
        as(fixture.reception()).get("/api/v1/billing/plan-series?clientId={id}", sam.id()).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].sessionCount", equalTo(6))
                .body("items[0].packageId", nullValue())
                .body("items[0].sellable", equalTo(false));
        as(fixture.reception()).body(sold).post(HELD).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("planId"));

        // a later version counts 8; the series is the plan's latest, a late older version changes nothing
        plan(planId, 3, sam, PlanUpdated.Status.ACTIVE, 8);
        awaitPlan(planId, 3);
        String late = fixture.publish(new PlanSeriesSet(planId, 2, PlanUpdated.Status.ACTIVE, sam.id(),
                fixture.locationId, fixture.serviceId, 6, java.time.Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.count(
                "SELECT count(*) FROM remedy_platform.inbox WHERE event_id = ?", late) == 1);
        String eight = packageOf("8 × Remedial 60", 8, 365);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(fixture.reception())
                .get("/api/v1/billing/plan-series?clientId={id}", sam.id()).then().statusCode(200)
                .body("items[0].planVersion", equalTo(3))
                .body("items[0].sessionCount", equalTo(8))
                .body("items[0].packageId", equalTo(eight))
                .body("items[0].sellable", equalTo(true)));

        // another client named with the plan, or a package that does not sell its series, is refused
        Fixture.Client kim = fixture.client("Kim", "Lowe");
        as(fixture.reception()).body("{\"planId\":\"" + planId + "\",\"clientId\":\"" + kim.id()
                        + "\",\"locationId\":\"" + fixture.locationId + "\"}").post(HELD).then().statusCode(409)
                .body("errors[0].field", equalTo("clientId"));
        as(fixture.therapist()).body(sold).post(HELD).then().statusCode(403);
        as(fixture.therapist()).get("/api/v1/billing/plan-series").then().statusCode(403);
        as(fixture.clientToken(sam)).get("/api/v1/billing/plan-series").then().statusCode(403);
        as(fixture.receptionElsewhere()).get("/api/v1/billing/plan-series?clientId={id}", sam.id()).then()
                .statusCode(200).body("items", hasSize(0));
        as(fixture.otherTenantAdmin()).body(sold).post(HELD).then().statusCode(404);

        String held = as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString()).body(sold)
                .post(HELD).then().statusCode(201)
                .body("clientId", equalTo(sam.id().toString()))
                .body("packageId", equalTo(eight))
                .body("name", equalTo("8 × Remedial 60"))
                .body("sessionsTotal", equalTo(8))
                .body("priceCents", equalTo(42000))
                .body("currency", equalTo("GBP"))
                .body("planId", equalTo(planId.toString()))
                .body("planVersion", equalTo(3))
                .extract().path("id");
        // the sale is announced as package.sold (ids, counts and amounts), never as invoice.issued
        String saleInvoice = Fixture.strings("SELECT invoice_id::text FROM client_package WHERE id = ?::uuid", held)
                .get(0);
        List<ConsumerRecord<String, String>> announced = fixture.events.read(Topics.INVOICES,
                r -> saleInvoice.equals(r.key()), Duration.ofSeconds(20));
        assertEquals(List.of(EventCatalogue.PACKAGE_SOLD.type()), announced.stream()
                .map(r -> TestEvents.header(r, CloudEventHeaders.TYPE)).toList());
        EventSchemas.assertValid(EventCatalogue.PACKAGE_SOLD, announced.get(0).value());
        JsonNode sale = json.readTree(announced.get(0).value());
        assertEquals(held, sale.path("clientPackageId").asText());
        assertEquals(planId.toString(), sale.path("planId").asText());
        assertEquals(8, sale.path("sessionCount").asInt());
        assertEquals(42000, sale.path("priceCents").asInt());
        as(fixture.reception()).get("/api/v1/billing/plan-series?clientId={id}", sam.id()).then().statusCode(200)
                .body("items[0].clientPackageId", equalTo(held))
                .body("items[0].sellable", equalTo(false));
        // sold once: a second sale is refused while the first one's invoice stands
        as(fixture.admin()).body(sold).post(HELD).then().statusCode(409)
                .body("errors[0].field", equalTo("planId"));

        // a finished plan's series is not sold
        UUID finished = UUID.randomUUID();
        plan(finished, 1, sam, PlanUpdated.Status.COMPLETED, 8);
        awaitPlan(finished, 1);
        as(fixture.admin()).body("{\"planId\":\"" + finished + "\",\"locationId\":\"" + fixture.locationId
                + "\"}").post(HELD).then().statusCode(409).body("errors[0].field", equalTo("planId"));
        // neither a package nor a plan: the package is asked for
        as(fixture.admin()).body("{\"clientId\":\"" + sam.id() + "\",\"locationId\":\"" + fixture.locationId
                + "\"}").post(HELD).then().statusCode(400).body("errors[0].field", equalTo("packageId"));
    }

    @Test
    void theFrontDeskSellsAPackageWithAnInvoicePaidLikeAnyOther() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        aSessionWasInvoicedHere(sam);
        String packageId = packageOf("6 × Deep tissue 60 min", 6, 180);
        String held = sell(packageId, sam);

        String invoiceId = as(fixture.clientToken(sam)).get(HELD + "/{id}", held).then().statusCode(200)
                .body("name", equalTo("6 × Deep tissue 60 min"))
                .body("sessionsTotal", equalTo(6))
                .body("sessionsLeft", equalTo(6))
                .body("clientReference", startsWith("C-"))
                .body("invoiceStatus", equalTo("ISSUED"))
                .body("uses", hasSize(0))
                .extract().path("invoiceId");
        as(fixture.clientToken(sam)).get(HELD).then().statusCode(200).body("items.id", hasItem(held));
        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", invoiceId).then().statusCode(200)
                .body("reason", equalTo("PACKAGE"))
                .body("sessionId", nullValue())
                .body("number", startsWith(fixture.locationCode.toUpperCase() + "-"))
                .body("totalCents", equalTo(42000))
                .body("lines[0].serviceName", equalTo("6 × Deep tissue 60 min"));
        as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"method\":\"CASH\",\"amountCents\":42000}")
                .post("/api/v1/billing/invoices/{id}/payments", invoiceId).then().statusCode(201)
                .body("invoiceStatus", equalTo("PAID"));
        as(fixture.clientToken(sam)).get(HELD + "/{id}", held).then().statusCode(200)
                .body("invoiceStatus", equalTo("PAID"));
    }

    @Test
    void aCompletedSessionUsesOnePackageSessionOnceHoweverOftenItsCompletionArrives() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        aSessionWasInvoicedHere(sam);
        String held = sell(packageOf("2 × Remedial 60", 2, 90), sam);

        SessionCompleted session = fixture.completed(sam, 7500, "GBP");
        String eventId = fixture.publish(session);
        fixture.publish(eventId, session);
        await().atMost(Duration.ofSeconds(30)).until(() -> used(held) == 1);
        // the same completion again under another id: the session was paid for already
        String again = fixture.publish(session);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.count(
                "SELECT count(*) FROM remedy_platform.inbox WHERE event_id = ?", again) == 1);

        assertEquals(1, used(held));
        assertNull(fixture.invoiceOf(session.sessionId()), "a session a package paid for is not invoiced");
        as(fixture.clientToken(sam)).get(HELD + "/{id}", held).then().statusCode(200)
                .body("sessionsUsed", equalTo(1))
                .body("sessionsLeft", equalTo(1))
                .body("uses", hasSize(1))
                .body("uses[0].sessionId", equalTo(session.sessionId().toString()));

        // the last session of it, then the package is used up and the next session is invoiced
        SessionCompleted second = fixture.completed(sam, 7500, "GBP");
        fixture.publish(second);
        await().atMost(Duration.ofSeconds(30)).until(() -> used(held) == 2);
        assertNull(fixture.invoiceOf(second.sessionId()));
        fixture.invoiced(sam, 7500, "GBP");
        as(fixture.clientToken(sam)).get(HELD + "?usable=true").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void thePackageExpiringFirstIsUsedFirstAndAnExpiredOneNever() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        aSessionWasInvoicedHere(sam);
        String later = sell(packageOf("Long 3", 3, 300), sam);
        String sooner = sell(packageOf("Short 3", 3, 30), sam);

        SessionCompleted first = fixture.completed(sam, 7500, "GBP");
        fixture.publish(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> used(sooner) == 1);
        assertEquals(0, used(later));

        // both run out of time (a package bought long ago): the session is invoiced instead
        Fixture.execute("UPDATE client_package SET expires_at = now() - interval '1 day' WHERE tenant = ?",
                fixture.tenant);
        UUID invoiced = fixture.invoiced(sam, 7500, "GBP");
        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", invoiced).then().statusCode(200)
                .body("reason", equalTo("SESSION"));
        assertEquals(1, used(sooner));
        assertEquals(0, used(later));
    }

    @Test
    void anotherChainOtherClientsAndTherapistsSeeNoneOfItsPackages() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        Fixture.Client kim = fixture.client("Kim", "Lowe");
        aSessionWasInvoicedHere(sam);
        String packageId = packageOf("Private 4", 4, 60);
        String held = sell(packageId, sam);

        as(fixture.otherTenantAdmin()).get(PACKAGES + "/{id}", packageId).then().statusCode(404)
                .contentType("application/problem+json");
        as(fixture.otherTenantAdmin()).get(PACKAGES).then().statusCode(200).body("items", hasSize(0));
        as(fixture.otherTenantAdmin()).get(HELD + "/{id}", held).then().statusCode(404);
        as(fixture.otherTenantAdmin()).get(HELD).then().statusCode(200).body("items", hasSize(0));
        // another chain cannot sell this chain's package, nor to its client
        as(fixture.otherTenantAdmin()).body(sale(packageId, sam.id(), fixture.locationId)).post(HELD)
                .then().statusCode(404);
        as(fixture.clientToken(kim)).get(HELD + "/{id}", held).then().statusCode(404);
        as(fixture.clientToken(kim)).get(HELD).then().statusCode(200).body("items", hasSize(0));
        as(fixture.receptionElsewhere()).get(HELD + "/{id}", held).then().statusCode(404);
        as(fixture.receptionElsewhere()).body(sale(packageId, sam.id(), fixture.locationId)).post(HELD)
                .then().statusCode(403);
        // therapists: packages without prices, nothing of what clients hold
        as(fixture.therapist()).get(PACKAGES + "/{id}", packageId).then().statusCode(200)
                .body("prices", nullValue());
        as(fixture.therapist()).get(HELD).then().statusCode(403);
        as(fixture.therapist()).get(HELD + "/{id}", held).then().statusCode(403);
        // clients neither define nor sell
        as(fixture.clientToken(sam)).get(PACKAGES).then().statusCode(403);
        as(fixture.clientToken(sam)).body(sale(packageId, sam.id(), fixture.locationId)).post(HELD)
                .then().statusCode(403);
        as(fixture.reception()).body("{\"name\":\"Desk's own\",\"serviceId\":\"" + fixture.serviceId
                + "\",\"sessionCount\":2,\"expiryDays\":30,\"prices\":[{\"currency\":\"GBP\",\"priceCents\":1}]}")
                .post(PACKAGES).then().statusCode(403);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        String valid = "\"name\":\"Bad\",\"serviceId\":\"" + fixture.serviceId + "\",\"sessionCount\":6,"
                + "\"expiryDays\":30,\"prices\":[{\"currency\":\"GBP\",\"priceCents\":100}]";
        refused("{" + valid.replace("\"sessionCount\":6", "\"sessionCount\":0") + "}", "sessionCount");
        refused("{" + valid.replace("\"sessionCount\":6", "\"sessionCount\":101") + "}", "sessionCount");
        refused("{" + valid.replace("\"expiryDays\":30", "\"expiryDays\":-1") + "}", "expiryDays");
        refused("{" + valid.replace("\"name\":\"Bad\"", "\"name\":\" \"") + "}", "name");
        refused("{" + valid.replace("[{\"currency\":\"GBP\",\"priceCents\":100}]", "[]") + "}", "prices");
        refused("{" + valid.replace("\"GBP\"", "\"ABC\"") + "}", "prices[0].currency");
        refused("{" + valid.replace("\"GBP\"", "\"gbp\"") + "}", "prices[0].currency");
        refused("{" + valid.replace("\"priceCents\":100", "\"priceCents\":-5") + "}", "prices[0].priceCents");
        refused("{" + valid.replace("[{\"currency\":\"GBP\",\"priceCents\":100}]",
                "[{\"currency\":\"GBP\",\"priceCents\":100},{\"currency\":\"GBP\",\"priceCents\":200}]") + "}",
                "prices[1].currency");
        refused("{" + valid.replace("\"serviceId\":\"" + fixture.serviceId + "\"", "\"serviceId\":\"nope\"") + "}",
                "serviceId");
        assertEquals(0, Fixture.count("SELECT count(*) FROM package_definition WHERE tenant = ?", fixture.tenant));

        // selling: malformed ids, an unknown package, a location without a known currency, a retired package
        as(fixture.reception()).body(sale("nope", sam.id(), fixture.locationId)).post(HELD).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("packageId"));
        as(fixture.reception()).body("{\"packageId\":\"" + UUID.randomUUID() + "\",\"clientId\":\"" + sam.id()
                + "\"}").post(HELD).then().statusCode(400).body("errors.field", hasItem("locationId"));
        String packageId = packageOf("Retiring", 2, 30);
        as(fixture.admin()).body(sale(packageId, sam.id(), fixture.locationId)).post(HELD).then().statusCode(404);
        aSessionWasInvoicedHere(sam);
        as(fixture.reception()).body(sale(UUID.randomUUID(), sam.id(), fixture.locationId)).post(HELD).then()
                .statusCode(404);
        as(fixture.admin()).post(PACKAGES + "/{id}/retire", packageId).then().statusCode(200)
                .body("active", equalTo(false));
        as(fixture.reception()).body(sale(packageId, sam.id(), fixture.locationId)).post(HELD).then().statusCode(409)
                .body("errors.field", hasItem("packageId"));
        // a package without a price in the location's currency
        String dollarsOnly = as(fixture.admin()).body("{\"name\":\"Dollars\",\"serviceId\":\"" + fixture.serviceId
                        + "\",\"sessionCount\":2,\"expiryDays\":30,\"prices\":[{\"currency\":\"USD\","
                        + "\"priceCents\":100}]}")
                .post(PACKAGES).then().statusCode(201).extract().path("id");
        as(fixture.reception()).body(sale(dollarsOnly, sam.id(), fixture.locationId)).post(HELD).then()
                .statusCode(409).body("errors.field", hasItem("packageId"));
        // the same name twice in one chain
        as(fixture.admin()).body("{" + valid.replace("\"Bad\"", "\"Dollars\"") + "}").post(PACKAGES).then()
                .statusCode(409).body("errors.field", hasItem("name"));
        assertEquals(0, Fixture.count("SELECT count(*) FROM client_package WHERE tenant = ?", fixture.tenant));
        assertEquals(0, Fixture.count("SELECT count(*) FROM invoice WHERE tenant = ? AND reason = 'PACKAGE'",
                fixture.tenant));
    }

    private void refused(String body, String field) {
        as(fixture.admin()).body(body).post(PACKAGES).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void aRetiredPackageLeavesTheList() {
        String packageId = packageOf("Seasonal", 3, 30);
        as(fixture.reception()).get(PACKAGES).then().statusCode(200).body("items.id", hasItem(packageId));
        as(fixture.admin()).post(PACKAGES + "/{id}/retire", packageId).then().statusCode(200);
        as(fixture.reception()).get(PACKAGES).then().statusCode(200).body("items", hasSize(0));
        as(fixture.reception()).get(PACKAGES + "?includeRetired=true").then().statusCode(200)
                .body("items.id", hasItem(packageId));
        RestAssured.given().auth().oauth2(fixture.reception()).post(PACKAGES + "/{id}/retire", packageId).then()
                .statusCode(403);
    }
}
