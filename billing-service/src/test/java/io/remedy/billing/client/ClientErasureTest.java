package io.remedy.billing.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.billing.Fixture;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.local.testing.LocalStackTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.remedy.billing.Fixture.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Erasure: the invoices are kept (tax law), with nothing in them naming the client any more. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class ClientErasureTest {

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
    void keepsTheInvoicesOfAnErasedClientAnonymised() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        UUID invoice = fixture.invoiced(sam, 5000, "GBP");
        as(fixture.reception()).body("{\"method\":\"CASH\",\"amountCents\":5000}")
                .post("/api/v1/billing/invoices/{id}/payments", invoice).then().statusCode(201);
        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", invoice).then().body("billTo", equalTo("Sam Taylor"));

        String erasure = fixture.publish(new ClientErased(sam.id(), sam.userId(), Instant.now(), sam.userId()));
        fixture.publish(erasure, new ClientErased(sam.id(), sam.userId(), Instant.now(), sam.userId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.count(
                "SELECT count(*) FROM invoice WHERE id = ?::uuid AND client_erased_at IS NOT NULL",
                invoice.toString()) == 1);

        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", invoice).then().statusCode(200)
                .body("billTo", nullValue())
                .body("status", equalTo("PAID"))
                .body("totalCents", equalTo(5000))
                .body("clientId", equalTo(sam.id().toString()));
        assertEquals(0, Fixture.count("SELECT count(*) FROM client_copy WHERE tenant = ? AND client_id = ?::uuid",
                fixture.tenant, sam.id().toString()));
        assertEquals(0, Fixture.count("SELECT count(*) FROM invoice WHERE tenant = ? AND client_user_id = ?",
                fixture.tenant, sam.userId()));
        assertEquals(0, Fixture.count("SELECT count(*) FROM session_copy WHERE tenant = ? AND client_user_id = ?",
                fixture.tenant, sam.userId()));
        // the erased client's old login sees nothing
        as(fixture.clientToken(sam)).get("/api/v1/billing/invoices/{id}", invoice).then().statusCode(404);
    }
}
