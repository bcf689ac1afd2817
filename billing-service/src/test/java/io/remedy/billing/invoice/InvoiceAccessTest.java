package io.remedy.billing.invoice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.local.testing.LocalStackTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who sees and handles which invoices: the front desk of the location takes payments; a client sees and pays only
 * their own; chain admins see the whole chain; therapists see their own sessions' billing status; another tenant
 * never sees anything. Every read of financial data is audited.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class InvoiceAccessTest {

    static final String INVOICE = "/api/v1/billing/invoices/{id}";
    static final String PAYMENTS = "/api/v1/billing/invoices/{id}/payments";

    @Inject
    ObjectMapper json;

    private Fixture fixture;
    private Fixture.Client sam;
    private Fixture.Client kim;
    private UUID samsInvoice;
    private UUID kimsInvoice;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
        sam = fixture.client("Sam", "Taylor");
        kim = fixture.client("Kim", "Lee");
        samsInvoice = fixture.invoiced(sam, 5000, "GBP");
        kimsInvoice = fixture.invoiced(kim, 6000, "GBP");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aClientSeesAndPaysOnlyTheirOwnInvoices() {
        as(fixture.clientToken(sam)).get("/api/v1/billing/invoices").then().statusCode(200)
                .body("items.id", equalTo(List.of(samsInvoice.toString())));
        as(fixture.clientToken(sam)).get(INVOICE, samsInvoice).then().statusCode(200)
                .body("totalCents", equalTo(5000));
        as(fixture.clientToken(sam)).get(INVOICE, kimsInvoice).then().statusCode(404);
        as(fixture.clientToken(sam)).get("/api/v1/billing/clients/{id}/balance", sam.id()).then().statusCode(200)
                .body("balances[0].outstandingCents", equalTo(5000));
        as(fixture.clientToken(sam)).get("/api/v1/billing/clients/{id}/balance", kim.id()).then().statusCode(404);
        // a client pays online, never records a desk payment
        as(fixture.clientToken(sam)).body("{\"method\":\"CASH\",\"amountCents\":100}").post(PAYMENTS, samsInvoice)
                .then().statusCode(403);
    }

    @Test
    void theFrontDeskTakesPaymentsAtItsOwnLocationOnly() {
        as(fixture.reception()).get("/api/v1/billing/invoices").then().statusCode(200).body("items", hasSize(2));
        as(fixture.receptionElsewhere()).get("/api/v1/billing/invoices").then().statusCode(200)
                .body("items", hasSize(0));
        as(fixture.receptionElsewhere()).get(INVOICE, samsInvoice).then().statusCode(404);
        as(fixture.receptionElsewhere()).get("/api/v1/billing/clients/{id}/balance", sam.id()).then().statusCode(200)
                .body("balances", hasSize(0));
        as(fixture.receptionElsewhere()).body("{\"method\":\"CASH\",\"amountCents\":100}")
                .post(PAYMENTS, samsInvoice).then().statusCode(404);
        as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":100}")
                .post(PAYMENTS, samsInvoice).then().statusCode(201);
        as(fixture.admin()).body("{\"method\":\"CARD_TERMINAL\",\"amountCents\":100}")
                .post(PAYMENTS, samsInvoice).then().statusCode(201);
    }

    @Test
    void aTherapistSeesTheBillingStatusOfTheirOwnSessionsWithoutAmounts() {
        as(fixture.therapist()).get("/api/v1/billing/invoices").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].status", equalTo("ISSUED"))
                .body("items[0].totalCents", nullValue())
                .body("items[0].billTo", nullValue());
        as(fixture.therapist()).get(INVOICE, samsInvoice).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("outstandingCents", nullValue())
                .body("lines", nullValue())
                .body("payments", nullValue());
        as(fixture.therapist()).body("{\"method\":\"CASH\",\"amountCents\":100}").post(PAYMENTS, samsInvoice)
                .then().statusCode(403);
        as(fixture.therapist()).get("/api/v1/billing/clients/{id}/balance", sam.id()).then().statusCode(403);
        as(fixture.otherTherapist()).get("/api/v1/billing/invoices").then().statusCode(200).body("items", hasSize(0));
        as(fixture.otherTherapist()).get(INVOICE, samsInvoice).then().statusCode(404);
    }

    @Test
    void anotherTenantNeverSeesAnything() {
        as(fixture.otherTenantAdmin()).get("/api/v1/billing/invoices").then().statusCode(200)
                .body("items", hasSize(0));
        as(fixture.otherTenantAdmin()).get(INVOICE, samsInvoice).then().statusCode(404);
        as(fixture.otherTenantAdmin()).body("{\"method\":\"CASH\",\"amountCents\":100}")
                .post(PAYMENTS, samsInvoice).then().statusCode(404);
        as(fixture.otherTenantAdmin()).post("/api/v1/billing/invoices/{id}/void", samsInvoice).then().statusCode(404);
        as(fixture.otherTenantAdmin()).get("/api/v1/billing/clients/{id}/balance", sam.id()).then().statusCode(404);
        as(fixture.admin()).get("/api/v1/billing/invoices").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void everyReadOfFinancialDataIsAudited() {
        as(fixture.reception()).get(INVOICE, samsInvoice).then().statusCode(200);
        as(fixture.clientToken(sam)).get("/api/v1/billing/clients/{id}/balance", sam.id()).then().statusCode(200);
        assertEquals(1, Fixture.count("SELECT count(*) FROM financial_audit WHERE tenant = ? AND actor = ?"
                + " AND action = 'READ' AND client_id = ?::uuid AND location_code = ? AND actor_role = 'receptionist'",
                fixture.tenant, fixture.receptionUserId, sam.id().toString(), fixture.locationCode));
        assertEquals(1, Fixture.count("SELECT count(*) FROM financial_audit WHERE tenant = ? AND actor = ?"
                + " AND action = 'READ' AND resource = 'balance'", fixture.tenant, sam.userId()));
    }

    @Test
    void requestsWithoutATokenAreRefused() {
        io.restassured.RestAssured.given().get("/api/v1/billing/invoices").then().statusCode(401);
    }
}
