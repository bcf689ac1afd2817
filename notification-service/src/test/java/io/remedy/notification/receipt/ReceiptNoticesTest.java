package io.remedy.notification.receipt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PaymentMethod;
import io.remedy.contracts.billing.PaymentReceived;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A payment that makes an invoice PAID asks for one receipt e-mail to the client; a part payment for none. The PDF
 * is fetched from billing-service as the e-mail goes out: no billing runs here, so the send waits to be retried.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class ReceiptNoticesTest {

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

    private PaymentReceived payment(UUID invoiceId, UUID clientId, InvoiceStatus status, int outstanding) {
        return new PaymentReceived(UUID.randomUUID(), invoiceId, fixture.locationId, fixture.locationCode, clientId,
                PaymentMethod.CASH, 2500, "GBP", status, outstanding, Instant.now());
    }

    private static List<Map<String, Object>> receipts(UUID invoiceId) {
        return Fixture.rows("SELECT channel, kind, status, error_code FROM delivery WHERE about_id = ?::uuid"
                + " AND kind = 'RECEIPT'", invoiceId.toString());
    }

    @Test
    void aPaymentThatSettlesTheInvoiceAsksForOneReceiptByEmail() {
        UUID clientId = fixture.client(Fixture.email("sam"), null, null, "en-GB");
        UUID invoiceId = UUID.randomUUID();
        fixture.publish(payment(invoiceId, clientId, InvoiceStatus.PART_PAID, 5000));
        String paid = fixture.publish(payment(invoiceId, clientId, InvoiceStatus.PAID, 0));
        fixture.publish(paid, payment(invoiceId, clientId, InvoiceStatus.PAID, 0));

        List<Map<String, Object>> asked = await().atMost(Duration.ofSeconds(30))
                .until(() -> receipts(invoiceId), found -> !found.isEmpty()
                        && !"PENDING".equals(found.get(0).get("status")));
        assertEquals(1, asked.size(), "one receipt for the payment that settled it: " + asked);
        assertEquals("EMAIL", asked.get(0).get("channel"));
        // billing's receipt could not be fetched: the e-mail is not sent without it, and tried again
        assertEquals("FAILED", asked.get(0).get("status"));
        assertEquals("PROVIDER_UNAVAILABLE", asked.get(0).get("error_code"));
    }
}
