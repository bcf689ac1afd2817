package io.remedy.billing.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.remedy.billing.Fixture;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.remedy.billing.Fixture.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A completed session is invoiced once, numbered per location and year without gaps, with its price and tax. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = Fixture.DATABASE),
        @ResourceArg(name = "payments", value = "true")})
class InvoiceIssuingTest {

    @Inject
    ObjectMapper json;

    @Inject
    InvoiceIssuer issuer;

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
    void issuesOneInvoicePerCompletedSessionHoweverOftenTheEventIsDelivered() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        SessionCompleted session = fixture.completed(sam, 7500, "GBP");
        String eventId = fixture.publish(session);
        fixture.publish(eventId, session);
        fixture.publish(eventId, session);
        // booking's relay may publish the same completion again under another id: still one invoice
        fixture.publish(session);
        var invoiceId = fixture.awaitInvoiceOf(session.sessionId());
        String fourth = fixture.publish(session);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.count(
                "SELECT count(*) FROM remedy_platform.inbox WHERE event_id = ?", fourth) == 1);

        assertEquals(1, Fixture.count("SELECT count(*) FROM invoice WHERE tenant = ? AND session_id = ?::uuid",
                fixture.tenant, session.sessionId().toString()));
        List<ConsumerRecord<String, String>> issued = fixture.events.read(Topics.INVOICES,
                r -> invoiceId.toString().equals(r.key())
                        && EventCatalogue.INVOICE_ISSUED.type().equals(TestEvents.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertEquals(1, issued.size());
        JsonNode data = fixture.read(issued.get(0).value());
        assertEquals(7500, data.path("totalCents").asInt());
        assertEquals(sam.id().toString(), data.path("clientId").asText());
        assertEquals(fixture.tenant, TestEvents.header(issued.get(0), "ce_tenant"));

        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", invoiceId).then().statusCode(200)
                .body("number", equalTo(fixture.locationCode.toUpperCase() + "-"
                        + Year.now(ZoneId.of("Europe/London")).getValue() + "-000001"))
                .body("status", equalTo("ISSUED"))
                .body("billTo", equalTo("Sam Taylor"))
                .body("totalCents", equalTo(7500))
                .body("outstandingCents", equalTo(7500))
                .body("lines", hasSize(1))
                .body("lines[0].serviceName", equalTo("Remedial massage 60 min"))
                .body("lines[0].therapistName", equalTo("Ana Costa"))
                .body("lines[0].grossCents", equalTo(7500))
                .body("lines[0].taxCents", equalTo(0));
    }

    @Test
    void splitsTheTaxIncludedInThePriceAtTheLocationsRate() {
        Fixture taxed = new Fixture(json, "vat20");
        try {
            var invoiceId = taxed.invoiced(taxed.client("Lee", "Smith"), 7500, "GBP");
            as(taxed.admin()).get("/api/v1/billing/invoices/{id}", invoiceId).then().statusCode(200)
                    .body("netCents", equalTo(6250))
                    .body("taxCents", equalTo(1250))
                    .body("totalCents", equalTo(7500))
                    .body("lines[0].taxRate", equalTo(20.0f))
                    .body("number", equalTo("VAT20-" + Year.now(ZoneId.of("Europe/London")).getValue() + "-000001"));
        } finally {
            taxed.close();
        }
    }

    @Test
    void taxesAtTheRateTheCompletionNamesAndPrintsTheTherapistsRegistration() {
        Fixture.Client kim = fixture.client("Kim", "Lowe");
        SessionCompleted plain = fixture.completed(kim, 10850, "USD");
        SessionCompleted named = new SessionCompleted(plain.sessionId(), plain.locationId(), plain.locationCode(),
                plain.locationName(), "America/New_York", plain.serviceId(), plain.serviceName(), plain.therapistId(),
                plain.therapistName(), plain.therapistUserId(), plain.roomId(), plain.clientId(), plain.clientUserId(),
                plain.startsAt(), plain.endsAt(), null, plain.checkedInAt(), plain.completedBy(), plain.completedAt(),
                10850, "USD", 850, "MTI-20417");
        fixture.publish(named);
        var invoiceId = fixture.awaitInvoiceOf(named.sessionId());
        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", invoiceId).then().statusCode(200)
                .body("reason", equalTo("SESSION"))
                .body("currency", equalTo("USD"))
                .body("taxCents", equalTo(850))
                .body("netCents", equalTo(10000))
                .body("lines[0].taxRate", equalTo(8.5f));
        assertEquals(List.of("MTI-20417"), Fixture.strings("SELECT therapist_registration_number FROM invoice_line"
                + " WHERE invoice_id = ?::uuid", invoiceId.toString()));
    }

    @Test
    void invoicesTheFeeOfALateCancellationAndOfANoShowOnce() {
        Fixture.Client ali = fixture.client("Ali", "Khan");
        SessionCompleted base = fixture.completed(ali, 7500, "GBP");
        SessionCancelled late = new SessionCancelled(UUID.randomUUID(), base.locationId(), base.locationCode(),
                base.locationName(), base.timeZone(), base.serviceId(), base.serviceName(), base.therapistId(),
                base.therapistName(), base.therapistUserId(), base.roomId(), base.clientId(), base.clientUserId(),
                base.startsAt(), base.endsAt(), SessionCancelled.Party.CLIENT, base.clientUserId(), "ILLNESS", true,
                base.completedAt(), 3750, "GBP", 2000, null, null);
        String eventId = fixture.publish(late);
        fixture.publish(eventId, late);
        fixture.publish(late);
        var lateInvoice = fixture.awaitInvoiceOf(late.sessionId());
        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", lateInvoice).then().statusCode(200)
                .body("reason", equalTo("LATE_CANCELLATION"))
                .body("totalCents", equalTo(3750))
                .body("taxCents", equalTo(625))
                .body("status", equalTo("ISSUED"));

        SessionNoShow missed = new SessionNoShow(UUID.randomUUID(), base.locationId(), base.locationCode(),
                base.locationName(), base.timeZone(), base.serviceId(), base.serviceName(), base.therapistId(),
                base.therapistName(), base.therapistUserId(), base.roomId(), base.clientId(), base.clientUserId(),
                base.startsAt(), base.endsAt(), base.completedBy(), base.completedAt(), 3000, "GBP", 0);
        fixture.publish(missed);
        var noShowInvoice = fixture.awaitInvoiceOf(missed.sessionId());
        as(fixture.admin()).get("/api/v1/billing/invoices/{id}", noShowInvoice).then().statusCode(200)
                .body("reason", equalTo("NO_SHOW"))
                .body("totalCents", equalTo(3000))
                .body("taxCents", equalTo(0));

        // a cancellation without a fee (in time, or by the clinic) invoices nothing
        SessionCancelled free = new SessionCancelled(UUID.randomUUID(), base.locationId(), base.locationCode(),
                base.locationName(), base.timeZone(), base.serviceId(), base.serviceName(), base.therapistId(),
                base.therapistName(), base.therapistUserId(), base.roomId(), base.clientId(), base.clientUserId(),
                base.startsAt(), base.endsAt(), SessionCancelled.Party.CLINIC, "desk", "CLINIC_CLOSURE", true,
                base.completedAt());
        String freeId = fixture.publish(free);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.count(
                "SELECT count(*) FROM remedy_platform.inbox WHERE event_id = ?", freeId) == 1);
        assertEquals(null, fixture.invoiceOf(free.sessionId()));
        assertEquals(1, Fixture.count("SELECT count(*) FROM invoice WHERE tenant = ? AND session_id = ?::uuid",
                fixture.tenant, late.sessionId().toString()));
    }

    @Test
    void numbersCompletionsOfOneLocationWithoutGapsWhenTheyArriveTogether() throws Exception {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        List<SessionCompleted> sessions = IntStream.range(0, 12).mapToObj(i -> fixture.completed(sam, 5000, "GBP"))
                .toList();
        // issued at once, each in its own transaction, as several consumers or replicas would
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (SessionCompleted session : sessions) {
                runs.add(pool.submit(() -> issue(session)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        // and as many again through Kafka
        List<SessionCompleted> more = IntStream.range(0, 8).mapToObj(i -> fixture.completed(sam, 5000, "GBP")).toList();
        more.forEach(fixture::publish);
        more.forEach(session -> fixture.awaitInvoiceOf(session.sessionId()));

        List<String> numbers = Fixture.strings("SELECT number FROM invoice WHERE tenant = ? ORDER BY number",
                fixture.tenant);
        String year = String.valueOf(Year.now(ZoneId.of("Europe/London")).getValue());
        List<String> expected = IntStream.rangeClosed(1, 20)
                .mapToObj(n -> fixture.locationCode.toUpperCase() + "-" + year + "-" + String.format("%06d", n))
                .toList();
        assertEquals(expected, numbers);
    }

    private Void issue(SessionCompleted session) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() ->
                    Panache.withTransaction(() -> issuer.completed(fixture.tenant, session)));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Test
    void listsInvoicesNewestFirstInCursorPagesWithFilters() {
        Fixture.Client sam = fixture.client("Sam", "Taylor");
        Fixture.Client kim = fixture.client("Kim", "Lee");
        var first = fixture.invoiced(sam, 5000, "GBP");
        var second = fixture.invoiced(kim, 6000, "GBP");
        var third = fixture.invoiced(sam, 7000, "GBP");

        var page = as(fixture.admin()).queryParam("limit", 2).get("/api/v1/billing/invoices").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(third.toString()))
                .body("items[1].id", equalTo(second.toString()))
                .extract().path("nextCursor");
        as(fixture.admin()).queryParam("limit", 2).queryParam("cursor", (String) page)
                .get("/api/v1/billing/invoices").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(first.toString()))
                .body("nextCursor", equalTo(null));
        as(fixture.admin()).queryParam("clientId", sam.id().toString()).get("/api/v1/billing/invoices").then()
                .statusCode(200).body("items.id", equalTo(List.of(third.toString(), first.toString())));
        as(fixture.admin()).queryParam("status", "PAID").get("/api/v1/billing/invoices").then()
                .statusCode(200).body("items", hasSize(0));
        as(fixture.admin()).queryParam("locationId", fixture.locationId.toString())
                .queryParam("from", "2000-01-01T00:00:00Z").queryParam("to", "2099-01-01T00:00:00Z")
                .get("/api/v1/billing/invoices").then().statusCode(200).body("items", hasSize(3));
    }
}
