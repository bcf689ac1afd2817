package io.remedy.e2e;

import io.remedy.local.testing.TestMailbox;
import io.remedy.local.testing.TestMailbox.Attachment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A day at the clinic ends with the client paid and the receipt, its PDF attached and readable, in their mailbox. */
class ReceiptEmailTest {

    private static Clinic clinic;
    private static TestMailbox mail;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
        mail = new TestMailbox("127.0.0.1", Platform.stack().mail().imapPort());
    }

    @Test
    void payingTheWholeInvoiceSendsTheClientItsReceipt() throws IOException {
        String email = Clinic.mailbox("receipt");
        String client = clinic.newClient(email);
        // a rostered slot of Ana's weeks ahead (the run's slots move on as it books), taken back before today
        ZonedDateTime slot = Clinic.nextSlot().atZone(Clinic.NORWICH_TIME);
        while (slot.toInstant().isAfter(Instant.now())) {
            slot = slot.minusWeeks(1);
        }
        String visit = clinic.recordVisitWeeksBack(slot.toOffsetDateTime(), clinic.massage, client);
        String etag = Api.as(Clinic.ADMIN).get("/api/v1/sessions/" + visit).then().statusCode(200)
                .extract().header("ETag");
        Api.as(Clinic.RECEPTION).header("If-Match", etag).post("/api/v1/sessions/" + visit + "/complete")
                .then().statusCode(200);
        String invoice = await().atMost(Duration.ofSeconds(60)).until(() -> Api.as(Clinic.ADMIN)
                .queryParam("clientId", client).get("/api/v1/billing/invoices").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.id"), ids -> !ids.isEmpty()).get(0);
        int total = Api.as(Clinic.RECEPTION).get("/api/v1/billing/invoices/" + invoice).then().statusCode(200)
                .extract().path("totalCents");

        // a part payment sends nothing yet; the rest makes the invoice PAID and sends the receipt
        Api.as(Clinic.RECEPTION).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("method", "CASH", "amountCents", 1000))
                .post("/api/v1/billing/invoices/" + invoice + "/payments").then().statusCode(201);
        Api.as(Clinic.RECEPTION).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("method", "CARD_TERMINAL", "amountCents", total - 1000))
                .post("/api/v1/billing/invoices/" + invoice + "/payments").then().statusCode(201)
                .body("invoiceStatus", equalTo("PAID"));

        List<Attachment> attached = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> mail.attachmentsTo(email), found -> !found.isEmpty());
        assertEquals(1, attached.size(), "one receipt, however the payments came");
        Attachment receipt = attached.get(0);
        assertTrue(receipt.contentType().toLowerCase().startsWith("application/pdf"), receipt.contentType());
        try (PDDocument document = Loader.loadPDF(receipt.content())) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Receipt", "Harbour Remedial Massage Norwich", "Ana Costa",
                    "Remedial massage 60 min", "cash", "card")) {
                assertTrue(text.contains(expected), "the receipt reads \"" + expected + "\":\n" + text);
            }
        }
        // the client reads the same receipt through the API
        Api.as(Clinic.ADMIN).get("/api/v1/billing/invoices/" + invoice + "/pdf").then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void theDemoChainsMoneyIsReportedPerBranchInItsOwnCurrency() {
        String from = java.time.LocalDate.now(ZoneOffset.UTC).minusDays(60).toString();
        String to = java.time.LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        var booking = Api.as(Clinic.ADMIN).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/reports/booking").then().statusCode(200).extract().jsonPath();
        assertEquals("GBP", booking.getString("locations.find { it.locationCode == 'norwich' }.currency"));
        assertEquals("USD", booking.getString("locations.find { it.locationCode == 'jupiter' }.currency"));
        var billing = Api.as(Clinic.ADMIN).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/billing/reports").then().statusCode(200).extract();
        List<String> currencies = billing.jsonPath().getList("totals.currency");
        assertTrue(currencies.containsAll(List.of("GBP", "USD")), "pounds and dollars apart: " + currencies);
        assertEquals("USD", billing.jsonPath().getString("locations.find { it.locationCode == 'jupiter' }.currency"));
        // the figures of the demo chain, for the record of the run
        System.out.println("Billing report of the demo chain " + from + ".." + to + ": " + billing.asString());
        System.out.println("Booking report of the demo chain " + from + ".." + to + ": " + booking.prettify());
    }
}
