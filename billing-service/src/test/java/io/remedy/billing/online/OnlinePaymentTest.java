package io.remedy.billing.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.local.testing.LocalStackTestResource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client pays online on the payment provider's hosted page (the stub of deploy/local): the provider's webhook,
 * signed with HMAC-SHA256, records the payment once; a replayed webhook never pays twice and a forged one is refused.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class OnlinePaymentTest {

    static final String LINK = "/api/v1/billing/invoices/{id}/payment-link";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    ObjectMapper json;

    private final String webhookUrl = ConfigProvider.getConfig()
            .getValue("remedy.billing.provider.webhook-url", String.class);

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
    void theClientPaysOnTheProvidersPageAndAReplayedWebhookPaysNothingMore() throws Exception {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID invoice = fixture.invoiced(sam, 6000, "GBP");

        String url = as(fixture.clientToken(sam)).post(LINK, invoice).then().statusCode(201)
                .body("amountCents", equalTo(6000))
                .body("currency", equalTo("GBP"))
                .body("status", equalTo("OPEN"))
                .body("url", startsWith(LocalStackTestResource.paymentsUrl() + "/pay/"))
                .extract().path("url");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("GBP 60.00") && page.body().contains("id=\"pay\""), page.body());

        HttpResponse<String> paid = http.send(HttpRequest.newBuilder(URI.create(url + "/pay"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, paid.statusCode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(fixture.clientToken(sam))
                .get("/api/v1/billing/invoices/{id}", invoice).then().statusCode(200)
                .body("status", equalTo("PAID"))
                .body("payments[0].method", equalTo("ONLINE")));

        JsonNode webhook = lastWebhookFor(url.substring(url.lastIndexOf('/') + 1));
        assertEquals(204, webhook.path("answer").asInt());
        // the provider sends the same webhook again (same id, same signature): nothing is paid twice
        HttpResponse<String> resent = http.send(HttpRequest.newBuilder(URI.create(LocalStackTestResource.paymentsUrl()
                        + "/v1/webhooks/" + webhook.path("id").asText() + "/resend"))
                .header("Authorization", "Bearer " + LocalStackTestResource.paymentsToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resent.statusCode());
        assertEquals(204, fixture.read(resent.body()).path("answer").asInt());
        // and a new webhook of the same checkout, under a fresh id and a valid signature: still one payment
        String body = webhook.path("body").asText();
        assertEquals(204, post(body, "msg_" + UUID.randomUUID(), secret()).statusCode());
        assertEquals(1, Fixture.count("SELECT count(*) FROM payment WHERE invoice_id = ?::uuid", invoice.toString()));
    }

    @Test
    void aForgedWebhookIsRefusedAndPaysNothing() throws Exception {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID invoice = fixture.invoiced(sam, 6000, "GBP");
        String url = as(fixture.reception()).post(LINK, invoice).then().statusCode(201).extract().path("url");
        String checkout = url.substring(url.lastIndexOf('/') + 1);
        String body = "{\"type\":\"checkout.completed\",\"data\":{\"checkoutId\":\"" + checkout
                + "\",\"amountCents\":6000,\"currency\":\"GBP\"}}";

        HttpResponse<String> forged = post(body, "msg_" + UUID.randomUUID(),
                Base64.getEncoder().encode("not-the-providers-secret".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, unsigned.statusCode());
        // a genuine signature over another body does not carry over to this one
        String id = "msg_" + UUID.randomUUID();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        HttpResponse<String> tampered = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature(secret(), id, timestamp, body.replace("6000", "1")))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, tampered.statusCode());
        // an old webhook (replayed after the tolerance) is refused too
        String old = String.valueOf(Instant.now().minusSeconds(3600).getEpochSecond());
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", old)
                .header("webhook-signature", signature(secret(), id, old, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, stale.statusCode());

        assertEquals(0, Fixture.count("SELECT count(*) FROM payment WHERE invoice_id = ?::uuid", invoice.toString()));
        as(fixture.reception()).get("/api/v1/billing/invoices/{id}", invoice).then().body("status", equalTo("ISSUED"));
    }

    @Test
    void aDeclinedPaymentLeavesTheInvoiceOwed() throws Exception {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID invoice = fixture.invoiced(sam, 6000, "GBP");
        String url = as(fixture.clientToken(sam)).post(LINK, invoice).then().statusCode(201).extract().path("url");
        HttpResponse<String> declined = http.send(HttpRequest.newBuilder(URI.create(url + "/decline"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, declined.statusCode());
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixture.count(
                "SELECT count(*) FROM payment_link WHERE invoice_id = ?::uuid AND status = 'DECLINED'",
                invoice.toString()) == 1);
        as(fixture.clientToken(sam)).get("/api/v1/billing/invoices/{id}", invoice).then()
                .body("status", equalTo("ISSUED")).body("outstandingCents", equalTo(6000));
    }

    @Test
    void onlyTheInvoicesClientOrItsFrontDeskAsksForALink() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        Fixture.Client kim = fixture.client("Kim", "Lee");
        UUID invoice = fixture.invoiced(sam, 6000, "GBP");
        as(fixture.clientToken(kim)).post(LINK, invoice).then().statusCode(404);
        as(fixture.therapist()).post(LINK, invoice).then().statusCode(403);
        as(fixture.receptionElsewhere()).post(LINK, invoice).then().statusCode(404);
        as(fixture.otherTenantAdmin()).post(LINK, invoice).then().statusCode(404)
                .body("detail", containsString("Invoice"));
    }

    private JsonNode lastWebhookFor(String checkout) throws IOException, InterruptedException {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(LocalStackTestResource.paymentsUrl()
                        + "/v1/webhooks")).header("Authorization", "Bearer " + LocalStackTestResource.paymentsToken())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode found = null;
        for (JsonNode webhook : fixture.read(list.body())) {
            if (webhook.path("body").asText().contains(checkout)) {
                found = webhook;
            }
        }
        return found;
    }

    private static byte[] secret() {
        String secret = LocalStackTestResource.paymentsWebhookSecret();
        return Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    private HttpResponse<String> post(String body, String id, byte[] key) throws IOException, InterruptedException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature(key, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signature(byte[] key, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
