package io.remedy.e2e.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import io.remedy.e2e.RealmAdmin;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The money screens in a real Chromium: the front desk checks a client in, then out (the session's page offers its
 * actions in the order of the day) and takes a cash and a card part payment until the invoice is paid, completes a
 * session whose client was never checked in, refunds a payment with a reason and voids an invoice, sells a treatment
 * plan's series as
 * a package; a client on a phone pays an invoice on the payment provider's page; the chain admin reads the revenue of
 * a pound and a dollar branch apart. Each test builds its own chain, except the plan's sale (the demo chain's Ana
 * writes the plan, for a client of the test's own).
 */
class BillingScreensTest {

    private static final Pattern INVOICE_PAGE = Pattern.compile(".*/invoices/[0-9a-f-]{36}(\\?.*)?$");
    private static final Pattern SECONDARY = Pattern.compile("(^|\\s)secondary(\\s|$)");

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void frontDeskChecksInThenOutTakesACashAndACardPartPaymentAndTheInvoiceBecomesPaid() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        // the client's session began two hours ago (the location's clock reads about noon)
        String session = pastSession(clinic, clinic.location, clinic.therapist, clinic.service, 2);

        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            Locator actions = page.locator("main .actions button, main .actions a.button");

            // not checked in yet: checking in comes first; completing without it is only a secondary action after it
            desk.open("/sessions/" + session);
            assertThat(actions).hasText(new String[] {"Check in", "Mark no-show", "Complete without check-in",
                    "Cancel the session"});
            assertThat(page.locator("#check-in")).not().hasClass(SECONDARY);
            assertThat(page.locator("#no-show")).hasClass(SECONDARY);
            assertThat(page.locator("#complete-without-check-in")).hasClass(SECONDARY);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check out: session done")))
                    .hasCount(0);
            assertFirstActionByKeyboard(page, "#check-in");
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-session-before-check-in");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in")).click();
            assertThat(page.locator(".notice")).containsText("Checked in.");

            // checked in: checking out is the one action left, and the main one
            desk.open("/sessions/" + session);
            assertThat(page.locator(".badge.session")).hasText("Checked in");
            assertThat(actions).hasText(new String[] {"Check out: session done"});
            assertThat(page.locator("#check-out")).not().hasClass(SECONDARY);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in"))).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Complete without check-in"))).hasCount(0);
            assertFirstActionByKeyboard(page, "#check-out");
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-session-check-out");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check out: session done")).click();
            // billing issues the invoice a moment after completion: the page waits for it, then opens it
            page.waitForURL(INVOICE_PAGE, new Page.WaitForURLOptions().setTimeout(60_000));
            assertThat(page.locator("#invoice-status")).hasText("Issued");
            assertThat(page.locator("#invoice-total")).hasText("£60.00");
            assertThat(page.locator("#invoice-outstanding")).hasText("£60.00");
            desk.assertAccessibleAndQuiet();
            desk.snapshot("desk-invoice-issued");

            // cash first, part of it
            page.getByLabel("Cash").check();
            page.getByLabel("Amount (GBP)").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the payment")).click();
            assertThat(page.locator("#invoice-status")).hasText("Part paid");
            assertThat(page.locator("#payment-done")).containsText("£40.00 remains to be paid.");
            assertThat(page.locator("#invoice-outstanding")).hasText("£40.00");
            assertThat(page.locator("#payments tbody tr")).hasCount(1);
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-invoice-part-paid");

            // the rest by card: the form offers what remains
            page.getByLabel("Card (terminal)").check();
            assertThat(page.getByLabel("Amount (GBP)")).hasValue("40.00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the payment")).click();
            assertThat(page.locator("#invoice-status")).hasText("Paid");
            assertThat(page.locator("#payment-done")).containsText("The invoice is paid in full.");
            assertThat(page.locator("#payments tbody")).containsText("Cash");
            assertThat(page.locator("#payments tbody")).containsText("Card (terminal)");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the payment")))
                    .hasCount(0);
            desk.assertAccessibleAndQuiet();
            desk.snapshot("desk-invoice-paid");

            // the receipt opens as a PDF
            String receipt = page.locator("#invoice-pdf").getAttribute("href");
            assertThat(page.locator("#invoice-pdf")).hasText("Receipt (PDF)");
            APIResponse pdf = page.request().get(Platform.consoleUrl() + receipt);
            assertEquals(200, pdf.status());
            assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
            assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

            // the location's invoices, paid ones only
            desk.open("/invoices");
            page.getByLabel("State").selectOption("PAID");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            page.waitForURL(Pattern.compile(".*status=PAID.*"));
            assertThat(page.locator("#invoices tbody tr")).hasCount(1);
            assertThat(page.locator("#invoices tbody")).containsText(clinic.clientName);
            assertThat(page.locator("#invoices tbody")).containsText("Paid");
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-invoices");
        }
    }

    @Test
    void clientOnAPhonePaysAnInvoiceOnlineAndSeesItPaid() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        String session = pastSession(clinic, clinic.location, clinic.therapist, clinic.service, 3);
        complete(clinic, session);
        String invoice = invoiceOf(clinic, session);

        try (ConsoleSession client = ConsoleSession.signIn(clinic.clientUser.username(), 390, 844)) {
            Page page = client.page;
            client.open("/me/invoices");
            assertThat(page.locator("#my-owed")).containsText("£60.00");
            assertThat(page.locator(".my-invoices li")).hasCount(1);
            assertThat(page.locator(".my-invoices li .badge")).hasText("Issued");
            client.assertAccessibleAndQuiet();
            client.screenshot("client-invoices");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Pay online"))).click();
            // the payment provider's own page, outside the console
            page.waitForURL(Pattern.compile(".*/pay/chk_[0-9a-f]+$"));
            assertThat(page.locator("h1")).hasText("Pay GBP 60.00");
            client.snapshot("provider-hosted-page");
            page.locator("#pay").click();
            assertThat(page.locator("#status")).hasText("completed");

            // back in the console, the invoice shows paid once billing has the provider's word
            client.open("/me/invoices/" + invoice + "?paying=1");
            assertThat(page.locator("#invoice-status")).hasText("Paid", new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("#payments tbody")).containsText("Online");
            // the invoice's lines fit the phone's width: nothing scrolls sideways
            assertEquals(Boolean.TRUE, page.evaluate("() => [...document.querySelectorAll('.table-scroll')]"
                    + ".every(e => e.scrollWidth <= e.clientWidth) && document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth"));
            client.assertAccessibleAndQuiet();
            client.snapshot("client-invoice-paid");

            client.open("/me/invoices");
            assertThat(page.locator(".my-invoices li .badge")).hasText("Paid");
            assertThat(page.locator("#my-owed")).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Pay online"))))
                    .hasCount(0);
            String receipt = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Receipt of invoice"))).getAttribute("href");
            APIResponse pdf = page.request().get(Platform.consoleUrl() + receipt);
            assertEquals(200, pdf.status());
            assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
            client.assertAccessibleAndQuiet();
            client.screenshot("client-invoices-paid");

            // the same page in Spanish
            client.open("/language?lang=es");
            client.open("/me/invoices");
            assertThat(page.locator("h1")).hasText("Mis facturas");
            assertThat(page.locator(".my-invoices li .badge")).hasText("Pagada");
            client.assertAccessibleAndQuiet();
            client.snapshot("client-invoices-es");
        }
    }

    @Test
    void chainAdminReadsTheRevenueOfAPoundAndADollarBranchApart() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        String admin = clinic.admin.username();
        // a second branch that charges dollars, with its own room and therapist; one service priced at both
        String code = "usd" + clinic.code.substring(3);
        String dollars = create(admin, "/api/v1/locations", Map.of("code", code, "name", "Harbourside " + code,
                "timeZone", clinic.zone.getId(), "currency", "USD"));
        create(admin, "/api/v1/locations/" + dollars + "/rooms", Map.of("name", "Room A"));
        String uma = create(admin, "/api/v1/therapists", Map.of("displayName", "Uma Reyes",
                "email", "uma-" + code + "@e2e.test"));
        roster(admin, uma, dollars);
        String service = create(admin, "/api/v1/services", Map.of("name", "Sports massage 30 min",
                "durationMinutes", 30, "bufferMinutes", 0, "priceCents", 5000, "currency", "GBP",
                "therapistIds", List.of(clinic.therapist, uma),
                "locationPrices", List.of(Map.of("locationId", dollars, "priceCents", 7500))));
        String pounds = pastSession(clinic, clinic.location, clinic.therapist, service, 3);
        String usd = pastSession(clinic, dollars, uma, service, 2);
        complete(clinic, pounds);
        complete(clinic, usd);
        invoiceOf(clinic, pounds);
        invoiceOf(clinic, usd);

        try (ConsoleSession session = ConsoleSession.signIn(admin)) {
            Page page = session.page;
            session.open("/reports/branches");
            page.locator("#revenue-link").click();
            page.waitForURL(Pattern.compile(".*/reports/revenue.*"));
            assertThat(page.locator("h1")).hasText("Revenue per branch");
            assertThat(page.locator("#revenue-table tbody tr")).hasCount(2);
            assertThat(page.locator("#revenue-table tbody tr[data-currency=GBP]")).containsText(clinic.locationName);
            assertThat(page.locator("#revenue-table tbody tr[data-currency=GBP]")).containsText("£50.00");
            assertThat(page.locator("#revenue-table tbody tr[data-currency=USD]")).containsText("Harbourside " + code);
            assertThat(page.locator("#revenue-table tbody tr[data-currency=USD]")).containsText("$75.00");
            // one total per currency, never added together
            assertThat(page.locator("#revenue-totals tbody tr")).hasCount(2);
            assertThat(page.locator("#revenue-totals tbody tr[data-currency=GBP]")).containsText("£50.00");
            assertThat(page.locator("#revenue-totals tbody tr[data-currency=USD]")).containsText("$75.00");
            assertThat(page.locator("#revenue-totals")).not().containsText("125");
            session.assertAccessibleAndQuiet();
            session.screenshot("admin-revenue");

            session.open("/language?lang=es");
            session.open("/reports/revenue");
            assertThat(page.locator("h1")).hasText("Ingresos por centro");
            session.assertAccessibleAndQuiet();
            session.snapshot("admin-revenue-es");
        }
    }

    @Test
    void frontDeskCompletesWithoutCheckInRefundsPartOfAPaymentAndVoidsTheInvoiceOnceNothingStandsPaid() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        String session = pastSession(clinic, clinic.location, clinic.therapist, clinic.service, 4);

        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            // the client was never checked in: the desk completes the session all the same (the secondary action)
            desk.open("/sessions/" + session);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete without check-in")).click();
            page.waitForURL(INVOICE_PAGE, new Page.WaitForURLOptions().setTimeout(60_000));
            String invoice = invoiceOf(clinic, session);
            assertTrue(page.url().contains("/invoices/" + invoice), page.url());
            Api.as(clinic.receptionist.username()).body(Map.of("method", "CASH", "amountCents", 6000))
                    .post("/api/v1/billing/invoices/" + invoice + "/payments").then().statusCode(201);

            List<String> asked = new java.util.ArrayList<>();
            page.onDialog(dialog -> {
                asked.add(dialog.message());
                dialog.accept();
            });
            desk.open("/invoices/" + invoice);
            // the invoice names the service given, not only that it was a session
            assertThat(page.locator("#invoice-what")).hasText("Remedial massage 45 min");
            assertThat(page.locator("#invoice-status")).hasText("Paid");

            // more than was paid: billing refuses, and the page says so beside the amount
            page.locator("#refund-panel summary").click();
            assertThat(page.getByLabel("Amount to refund (GBP)")).hasValue("60.00");
            page.getByLabel("Amount to refund (GBP)").fill("75");
            page.locator("#refund-reason").selectOption("CLIENT_REQUEST");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund").setExact(true)).click();
            assertThat(page.locator("#refund-amount-error")).containsText("at most 6000");
            assertThat(page.locator("#invoice-status")).hasText("Paid");
            desk.assertAccessibleAndQuiet();

            // part of it, with a reason, after the confirmation
            page.getByLabel("Amount to refund (GBP)").fill("20");
            page.locator("#refund-reason").selectOption("OVERCHARGED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund").setExact(true)).click();
            assertThat(page.locator("#refund-done")).containsText("£20.00 remains to be paid.");
            assertThat(page.locator("#invoice-status")).hasText("Part paid");
            assertThat(page.locator("#payments tbody tr")).hasCount(2);
            assertTrue(asked.get(asked.size() - 1).startsWith("Refund this amount"), asked.toString());
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-invoice-refund");

            // a void while money stands paid is refused, the reason shown beside the button
            page.locator("#void-panel summary").click();
            page.locator("#void-reason-choice").selectOption("SESSION_NOT_GIVEN");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Void with a credit note")).click();
            assertThat(page.locator("#void-paid-error")).isVisible();
            assertThat(page.locator("#invoice-status")).hasText("Part paid");

            // the rest of the payment back (the form offers what is left of it), then the void
            page.locator("#refund-panel summary").click();
            assertThat(page.getByLabel("Amount to refund (GBP)")).hasValue("40.00");
            page.locator("#refund-reason").selectOption("SESSION_NOT_GIVEN");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund").setExact(true)).click();
            assertThat(page.locator("#invoice-status")).hasText("Issued");
            page.locator("#void-panel summary").click();
            page.locator("#void-reason-choice").selectOption("SESSION_NOT_GIVEN");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Void with a credit note")).click();
            assertThat(page.locator("#void-done")).isVisible();
            assertThat(page.locator("#invoice-status")).hasText("Void");
            assertThat(page.locator("#void-reason")).containsText("The session did not take place");
            assertThat(page.locator("#void-panel")).hasCount(0);
            assertTrue(asked.get(asked.size() - 1).startsWith("Void this invoice"), asked.toString());
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-invoice-void");

            desk.open("/language?lang=es");
            desk.open("/invoices/" + invoice);
            assertThat(page.locator("#invoice-status")).hasText("Anulada");
            assertThat(page.locator("#void-reason")).containsText("La sesión no tuvo lugar");
            desk.assertAccessibleAndQuiet();
            desk.snapshot("desk-invoice-void-es");
        }
    }

    @Test
    void frontDeskSellsATreatmentPlansSeriesAsAPackageFromTheClientsPage() {
        Clinic harbour = new Clinic();
        RealmAdmin.User login = RealmAdmin.createUser("series-buyer", "harbour", List.of(), "client");
        String family = "Course " + UUID.randomUUID().toString().substring(0, 8);
        String clientId = Api.as(Clinic.ADMIN).body(Map.of("givenName", "Noa", "familyName", family,
                        "email", login.username(), "preferredLocationId", harbour.norwich, "userId", login.id()))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        // a session booked with Ana (records then knows she treats the client); billing knows Norwich's currency
        // from the demo chain's invoiced month
        harbour.book(harbour.bookingFor(clientId)).then().statusCode(201);
        // Ana's plan: five weekly sessions of the massage, then maintenance
        String record = "/api/v1/records/clients/" + clientId;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.as(Clinic.ANA).get(record + "/consents").then().statusCode(200));
        Api.as(Clinic.ANA).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01"))
                .post(record + "/consents").then().statusCode(201);
        String planId = Api.as(Clinic.ANA).body(Map.of("locationId", harbour.norwich, "serviceId", harbour.massage,
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 5),
                                Map.of("name", "Maintain", "intervalWeeks", 4)),
                        "techniques", List.of("TRIGGER_POINT"), "regions", List.of("GLUTEALS"),
                        "reviewDate", LocalDate.now(Clinic.NORWICH_TIME).plusWeeks(8).toString()))
                .post(record + "/plans").then().statusCode(201).extract().path("id");
        // the chain's course of five of that massage
        String course = "5 × Remedial massage 60 min " + family;
        create(Clinic.ADMIN, "/api/v1/billing/packages", Map.of("name", course, "serviceId", harbour.massage,
                "sessionCount", 5, "expiryDays", 180, "prices", List.of(Map.of("currency", "GBP",
                        "priceCents", 27500))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.RECEPTION)
                .queryParam("clientId", clientId).get("/api/v1/billing/plan-series").then().statusCode(200)
                .body("items[0].planId", org.hamcrest.Matchers.equalTo(planId))
                .body("items[0].sellable", org.hamcrest.Matchers.equalTo(true)));

        try (ConsoleSession desk = ConsoleSession.signIn(Clinic.RECEPTION)) {
            Page page = desk.page;
            page.onDialog(dialog -> dialog.accept());
            desk.open("/clients/" + clientId);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Packages and treatment plans")).click();
            page.waitForURL(Pattern.compile(".*/packages/clients/" + clientId));
            assertThat(page.locator(".plan-series-item")).hasCount(1);
            assertThat(page.locator(".plan-series-item")).containsText("5 × Remedial massage 60 min");
            assertThat(page.locator(".plan-series-item")).containsText(course);
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-plan-package");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sell as package")).click();
            page.waitForURL(INVOICE_PAGE);
            assertThat(page.locator("#package-sold")).isVisible();
            assertThat(page.locator("#invoice-total")).hasText("£275.00");
            assertThat(page.locator("#invoice-what")).containsText("Package of sessions");
            desk.assertAccessibleAndQuiet();

            // sold once: the plan's series now points at the package the client holds
            desk.open("/packages/clients/" + clientId);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sell as package")))
                    .hasCount(0);
            assertThat(page.locator(".plan-series-item")).containsText("Sold already.");
            assertThat(page.locator("table.invoices tbody tr")).hasCount(1);
            desk.assertAccessibleAndQuiet();
        }
    }

    /** From the link before the session's actions, the keyboard's next stop is the page's main action. */
    private static void assertFirstActionByKeyboard(Page page, String mainAction) {
        page.locator("main a[href^='/clients/']").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator(mainAction)).isFocused();
    }

    /** A session of the client's that began {@code hoursAgo} hours ago, recorded as history by the chain admin. */
    private static String pastSession(ClinicOfItsOwn clinic, String location, String therapist, String service,
                                      int hoursAgo) {
        ZonedDateTime startsAt = ZonedDateTime.now(clinic.zone).truncatedTo(ChronoUnit.HOURS).minusHours(hoursAgo);
        return create(clinic.admin.username(), "/api/v1/sessions/past", Map.of("locationId", location,
                "serviceId", service, "therapistId", therapist, "clientId", clinic.clientId,
                "startsAt", startsAt.toInstant().toString()));
    }

    private static void complete(ClinicOfItsOwn clinic, String session) {
        String etag = Api.as(clinic.admin.username()).get("/api/v1/sessions/" + session).then().statusCode(200)
                .extract().header("ETag");
        Api.as(clinic.admin.username()).header("If-Match", etag).post("/api/v1/sessions/" + session + "/complete")
                .then().statusCode(200);
    }

    /** The id of the session's invoice, once billing has issued it. */
    private static String invoiceOf(ClinicOfItsOwn clinic, String session) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<Map<String, Object>> items = Api.as(clinic.admin.username()).queryParam("clientId", clinic.clientId)
                    .get("/api/v1/billing/invoices").then().statusCode(200).extract().jsonPath().getList("items");
            return items.stream().filter(i -> session.equals(i.get("sessionId"))).map(i -> (String) i.get("id"))
                    .findFirst().orElse(null);
        }, id -> id != null);
    }

    private static void roster(String admin, String therapist, String location) {
        List<Map<String, Object>> week = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                "SUNDAY").stream().map(day -> Map.<String, Object>of("locationId", location, "dayOfWeek", day,
                "start", "08:00", "end", "20:00")).toList();
        String etag = Api.as(admin).get("/api/v1/therapists/" + therapist + "/roster").then().statusCode(200)
                .extract().header("ETag");
        Api.as(admin).header("If-Match", etag).body(Map.of("entries", week))
                .put("/api/v1/therapists/" + therapist + "/roster").then().statusCode(200);
    }

    private static String create(String user, String path, Map<String, Object> body) {
        Response response = Api.as(user).body(body).post(path);
        response.then().statusCode(201);
        return response.path("id");
    }
}
