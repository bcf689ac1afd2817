package io.remedy.billing.receipt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paid invoice's receipt is a readable PDF with what a client needs to claim from their insurer. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class ReceiptTest {

    static final String PDF = "/api/v1/billing/invoices/{id}/pdf";
    static final String TOKEN = InternalReceiptResource.TOKEN_HEADER;
    static final String SETTINGS = "/api/v1/billing/settings";

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

    private UUID paidInvoiceOf(Fixture.Client client) {
        SessionCompleted plain = fixture.completed(client, 7500, "GBP");
        SessionCompleted session = new SessionCompleted(plain.sessionId(), plain.locationId(), plain.locationCode(),
                plain.locationName(), plain.timeZone(), plain.serviceId(), plain.serviceName(), plain.therapistId(),
                plain.therapistName(), plain.therapistUserId(), plain.roomId(), plain.clientId(), plain.clientUserId(),
                plain.startsAt(), plain.endsAt(), null, plain.checkedInAt(), plain.completedBy(), plain.completedAt(),
                7500, "GBP", 2000, "MTI-20417", "12 Quay Street\nNorwich NR1 1AA");
        fixture.publish(session);
        UUID invoiceId = fixture.awaitInvoiceOf(session.sessionId());
        as(fixture.reception()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"method\":\"CARD_TERMINAL\",\"amountCents\":7500}")
                .post("/api/v1/billing/invoices/{id}/payments", invoiceId).then().statusCode(201);
        return invoiceId;
    }

    private static byte[] pdf(String token, UUID invoiceId) {
        return RestAssured.given().auth().oauth2(token).accept("application/pdf").get(PDF, invoiceId)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf"))
                .extract().asByteArray();
    }

    private void nameTheClinic(String clinicName) {
        as(fixture.admin()).header("If-Match", "\"0\"")
                .body("{\"clinicName\":\"" + clinicName + "\",\"taxRegistrationNumber\":\"GB 123 4567 89\"}")
                .put(SETTINGS).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aPaidInvoicesReceiptNamesWhatAnInsurerAsksFor() throws IOException {
        nameTheClinic("Harbour Remedial Massage");
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID invoiceId = paidInvoiceOf(sam);
        String reference = as(fixture.admin()).get("/api/v1/billing/invoices/{id}", invoiceId).then().statusCode(200)
                .extract().path("clientReference");
        assertTrue(reference.matches("C-\\d{6}"), "a short reference, not an id: " + reference);
        String serviceDay = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
                .format(Instant.now().minus(2, ChronoUnit.HOURS).atZone(ZoneId.of("Europe/London")));
        byte[] receipt = pdf(fixture.clientToken(sam), invoiceId);
        try (PDDocument document = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {"Receipt", "Harbour Remedial Massage\n",
                    "Tax registration no. GB 123 4567 89", "Harbour " + fixture.locationCode, "12 Quay Street",
                    "Norwich NR1 1AA", fixture.locationCode.toUpperCase() + "-", "Sam Taylor", reference,
                    "Remedial massage 60 min", serviceDay, "Ana Costa", "Registration no. MTI-20417", "75.00 GBP",
                    "12.50 GBP", "card", "Outstanding"}) {
                assertTrue(text.contains(expected), "the receipt reads \"" + expected + "\":\n" + text);
            }
            assertFalse(text.contains(sam.id().toString()), "the receipt names the client by reference, not id");
            // the page as an image, as the docs show it
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "receipt.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            assertTrue(Files.size(png) > 0);
        }
        // the front desk and the chain admin read it too
        pdf(fixture.reception(), invoiceId);
        pdf(fixture.admin(), invoiceId);
    }

    @Test
    void onlyAChainAdminNamesTheClinicAndBadSettingsNameTheirField() {
        as(fixture.reception()).get(SETTINGS).then().statusCode(200).header("ETag", "\"0\"")
                .body("clinicName", nullValue());
        as(fixture.reception()).header("If-Match", "\"0\"").body("{\"clinicName\":\"Front desk's name\"}")
                .put(SETTINGS).then().statusCode(403);
        as(fixture.admin()).body("{\"clinicName\":\"No If-Match\"}").put(SETTINGS).then().statusCode(428);
        as(fixture.admin()).header("If-Match", "\"0\"").body("{\"clinicName\":\"  \"}").put(SETTINGS).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("clinicName"));
        as(fixture.admin()).header("If-Match", "\"0\"").body("{\"clinicName\":\"" + "x".repeat(121) + "\"}")
                .put(SETTINGS).then().statusCode(400).body("errors.field", hasItem("clinicName"));
        nameTheClinic("Harbour Remedial Massage");
        as(fixture.admin()).header("If-Match", "\"0\"").body("{\"clinicName\":\"Stale\"}").put(SETTINGS).then()
                .statusCode(412);
        as(fixture.reception()).get(SETTINGS).then().statusCode(200).header("ETag", "\"1\"")
                .body("clinicName", equalTo("Harbour Remedial Massage"));
        as(fixture.therapist()).get(SETTINGS).then().statusCode(403);
        // another chain never sees this chain's settings
        as(fixture.otherTenantAdmin()).get(SETTINGS).then().statusCode(200).body("clinicName", nullValue());
    }

    @Test
    void aTherapistOtherClientsAndOtherChainsGetNoReceipt() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        Fixture.Client kim = fixture.client("Kim", "Lowe");
        UUID invoiceId = paidInvoiceOf(sam);
        RestAssured.given().auth().oauth2(fixture.therapist()).get(PDF, invoiceId).then().statusCode(403)
                .contentType("application/problem+json");
        RestAssured.given().auth().oauth2(fixture.clientToken(kim)).get(PDF, invoiceId).then().statusCode(404);
        RestAssured.given().auth().oauth2(fixture.otherTenantAdmin()).get(PDF, invoiceId).then().statusCode(404);
        RestAssured.given().auth().oauth2(fixture.receptionElsewhere()).get(PDF, invoiceId).then().statusCode(404);
    }

    @Test
    void notificationFetchesAReceiptWithTheInternalTokenOnly() throws IOException {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID invoiceId = paidInvoiceOf(sam);
        String path = "/internal/receipts/{tenant}/{id}";
        RestAssured.given().get(path, fixture.tenant, invoiceId).then().statusCode(401);
        RestAssured.given().header(TOKEN, "not-the-token").get(path, fixture.tenant, invoiceId).then().statusCode(401);
        // a user's token is no internal token either
        RestAssured.given().auth().oauth2(fixture.admin()).get(path, fixture.tenant, invoiceId).then().statusCode(401);
        RestAssured.given().header(TOKEN, "local-receipts-token").get(path, "other-" + fixture.tenant, invoiceId)
                .then().statusCode(404);
        byte[] receipt = RestAssured.given().header(TOKEN, "local-receipts-token").get(path, fixture.tenant, invoiceId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(receipt)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Sam Taylor"));
        }
    }
}
