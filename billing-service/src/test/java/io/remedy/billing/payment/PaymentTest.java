package io.remedy.billing.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The front desk takes cash and card payments, part payments and refunds; each publishes its event. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class PaymentTest {

    static final String PAYMENTS = "/api/v1/billing/invoices/{id}/payments";
    static final String REFUNDS = "/api/v1/billing/invoices/{id}/refunds";

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
    void partCashThenCardPaysTheInvoiceAndARefundReopensIt() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID invoice = fixture.invoiced(sam, 7500, "GBP");

        String cash = as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":2500}")
                .post(PAYMENTS, invoice).then().statusCode(201)
                .body("kind", equalTo("PAYMENT"))
                .body("method", equalTo("CASH"))
                .body("invoiceStatus", equalTo("PART_PAID"))
                .body("outstandingCents", equalTo(5000))
                .extract().path("id");
        as(fixture.reception()).body("{\"method\":\"CARD_TERMINAL\",\"amountCents\":5000}")
                .post(PAYMENTS, invoice).then().statusCode(201)
                .body("invoiceStatus", equalTo("PAID"))
                .body("outstandingCents", equalTo(0));
        as(fixture.reception()).body("{\"paymentId\":\"" + cash + "\",\"amountCents\":1000}")
                .post(REFUNDS, invoice).then().statusCode(201)
                .body("kind", equalTo("REFUND"))
                .body("method", equalTo("CASH"))
                .body("invoiceStatus", equalTo("PART_PAID"))
                .body("outstandingCents", equalTo(1000));

        as(fixture.reception()).get("/api/v1/billing/invoices/{id}", invoice).then().statusCode(200)
                .body("status", equalTo("PART_PAID"))
                .body("paidCents", equalTo(6500))
                .body("outstandingCents", equalTo(1000))
                .body("payments", hasSize(3))
                .body("payments.kind", equalTo(List.of("PAYMENT", "PAYMENT", "REFUND")));
        as(fixture.admin()).get("/api/v1/billing/clients/{id}/balance", sam.id()).then().statusCode(200)
                .body("balances", hasSize(1))
                .body("balances[0].currency", equalTo("GBP"))
                .body("balances[0].invoicedCents", equalTo(7500))
                .body("balances[0].paidCents", equalTo(7500))
                .body("balances[0].refundedCents", equalTo(1000))
                .body("balances[0].outstandingCents", equalTo(1000));

        List<ConsumerRecord<String, String>> received = fixture.events.read(Topics.INVOICES,
                r -> invoice.toString().equals(r.key())
                        && EventCatalogue.PAYMENT_RECEIVED.type().equals(TestEvents.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertEquals(2, received.size(), "one payment.received per payment");
        JsonNode payment = fixture.read(received.get(0).value());
        // ids and amounts only: nothing about a card, nothing about the person
        assertEquals(Set.of("paymentId", "invoiceId", "locationId", "locationCode", "clientId", "method",
                "amountCents", "currency", "invoiceStatus", "outstandingCents", "receivedAt"), fields(payment));
        List<ConsumerRecord<String, String>> refunded = fixture.events.read(Topics.INVOICES,
                r -> invoice.toString().equals(r.key())
                        && EventCatalogue.PAYMENT_REFUNDED.type().equals(TestEvents.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertEquals(1, refunded.size());
        assertEquals(1000, fixture.read(refunded.get(0).value()).path("amountCents").asInt());
    }

    @Test
    void refusesMoreThanIsOutstandingNamingTheAmount() {
        UUID invoice = fixture.invoiced(fixture.client("Sam", "Taylor"), 5000, "GBP");
        as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":5001}")
                .post(PAYMENTS, invoice).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amountCents"));
        assertEquals(0, Fixture.count("SELECT count(*) FROM payment WHERE invoice_id = ?::uuid", invoice.toString()));
    }

    @Test
    void refusesARefundOfMoreThanIsLeftOfThePayment() {
        UUID invoice = fixture.invoiced(fixture.client("Sam", "Taylor"), 5000, "GBP");
        String card = as(fixture.reception()).body("{\"method\":\"CARD_TERMINAL\",\"amountCents\":3000}")
                .post(PAYMENTS, invoice).then().statusCode(201).extract().path("id");
        as(fixture.reception()).body("{\"paymentId\":\"" + card + "\",\"amountCents\":2000}")
                .post(REFUNDS, invoice).then().statusCode(201);
        as(fixture.reception()).body("{\"paymentId\":\"" + card + "\",\"amountCents\":1001}")
                .post(REFUNDS, invoice).then().statusCode(409)
                .body("errors.field", hasItem("amountCents"));
        as(fixture.reception()).body("{\"paymentId\":\"" + UUID.randomUUID() + "\",\"amountCents\":1}")
                .post(REFUNDS, invoice).then().statusCode(400)
                .body("errors.field", hasItem("paymentId"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstPayment() {
        UUID invoice = fixture.invoiced(fixture.client("Sam", "Taylor"), 5000, "GBP");
        String key = UUID.randomUUID().toString();
        String first = as(fixture.reception()).header("Idempotency-Key", key)
                .body("{\"method\":\"CASH\",\"amountCents\":1000}").post(PAYMENTS, invoice).then().statusCode(201)
                .extract().path("id");
        as(fixture.reception()).header("Idempotency-Key", key)
                .body("{\"method\":\"CASH\",\"amountCents\":1000}").post(PAYMENTS, invoice).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(1, Fixture.count("SELECT count(*) FROM payment WHERE invoice_id = ?::uuid", invoice.toString()));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        UUID invoice = fixture.invoiced(fixture.client("Sam", "Taylor"), 5000, "GBP");
        as(fixture.reception()).body("{\"method\":\"CASH\"}").post(PAYMENTS, invoice).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("amountCents"));
        as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":0}").post(PAYMENTS, invoice).then()
                .statusCode(400).body("errors.field", hasItem("amountCents"));
        as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":12.5}").post(PAYMENTS, invoice).then()
                .statusCode(400).body("errors.field", hasItem("amountCents"));
        as(fixture.reception()).body("{\"method\":\"BITCOIN\",\"amountCents\":100}").post(PAYMENTS, invoice).then()
                .statusCode(400).body("errors.field", hasItem("method"));
        as(fixture.reception()).body("{\"method\":\"ONLINE\",\"amountCents\":100}").post(PAYMENTS, invoice).then()
                .statusCode(400).body("errors.field", hasItem("method"));
        as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":100,\"card\":\"4111\"}")
                .post(PAYMENTS, invoice).then().statusCode(400).body("errors.field", hasItem("card"));
        as(fixture.reception()).queryParam("status", "OWED").get("/api/v1/billing/invoices").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(fixture.reception()).queryParam("from", "yesterday").get("/api/v1/billing/invoices").then()
                .statusCode(400).body("errors.field", hasItem("from"));
        as(fixture.reception()).get("/api/v1/billing/invoices/{id}", "not-a-uuid").then().statusCode(404);
        assertEquals(0, Fixture.count("SELECT count(*) FROM payment WHERE invoice_id = ?::uuid", invoice.toString()));
    }

    @Test
    void voidingAnUnpaidInvoiceIssuesACreditNoteAndAPaidOneMustBeRefundedFirst() {
        UUID invoice = fixture.invoiced(fixture.client("Sam", "Taylor"), 5000, "GBP");
        String cash = as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":5000}")
                .post(PAYMENTS, invoice).then().statusCode(201).extract().path("id");
        as(fixture.reception()).post("/api/v1/billing/invoices/{id}/void", invoice).then().statusCode(409);
        as(fixture.reception()).body("{\"paymentId\":\"" + cash + "\",\"amountCents\":5000}")
                .post(REFUNDS, invoice).then().statusCode(201).body("invoiceStatus", equalTo("ISSUED"));
        as(fixture.reception()).post("/api/v1/billing/invoices/{id}/void", invoice).then().statusCode(200)
                .body("kind", equalTo("CREDIT_NOTE"))
                .body("creditsInvoiceId", equalTo(invoice.toString()))
                .body("totalCents", equalTo(-5000))
                .body("lines[0].grossCents", equalTo(-5000));
        as(fixture.reception()).get("/api/v1/billing/invoices/{id}", invoice).then().statusCode(200)
                .body("status", equalTo("VOID")).body("outstandingCents", equalTo(0));
        as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":100}").post(PAYMENTS, invoice).then()
                .statusCode(409);
    }

    @Test
    void aRefundAndAVoidKeepTheirReasonAndAnUnknownReasonIsRefusedNamingIt() {
        UUID invoice = fixture.invoiced(fixture.client("Sam", "Taylor"), 6000, "GBP");
        String card = as(fixture.reception()).body("{\"method\":\"CARD_TERMINAL\",\"amountCents\":6000}")
                .post(PAYMENTS, invoice).then().statusCode(201).extract().path("id");
        as(fixture.reception()).body("{\"paymentId\":\"" + card + "\",\"amountCents\":6000,\"reason\":\"WHIM\"}")
                .post(REFUNDS, invoice).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        as(fixture.reception()).body("{\"paymentId\":\"" + card + "\",\"amountCents\":6000,"
                        + "\"reason\":\"SESSION_NOT_GIVEN\"}")
                .post(REFUNDS, invoice).then().statusCode(201).body("reason", equalTo("SESSION_NOT_GIVEN"));
        as(fixture.reception()).body("{\"reason\":\"BECAUSE\"}").post("/api/v1/billing/invoices/{id}/void", invoice)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(fixture.reception()).body("{\"reason\":\"SESSION_NOT_GIVEN\"}")
                .post("/api/v1/billing/invoices/{id}/void", invoice).then().statusCode(200)
                .body("kind", equalTo("CREDIT_NOTE"));
        as(fixture.reception()).get("/api/v1/billing/invoices/{id}", invoice).then().statusCode(200)
                .body("status", equalTo("VOID"))
                .body("voidReason", equalTo("SESSION_NOT_GIVEN"))
                .body("payments[1].kind", equalTo("REFUND"))
                .body("payments[1].reason", equalTo("SESSION_NOT_GIVEN"));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }
}
