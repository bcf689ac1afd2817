package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Api;
import io.remedy.e2e.Platform;
import io.remedy.e2e.RealmAdmin;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The front desk's week, moving by drag, the waitlist with its live offers, a client's page and room hires, in
 * Chromium, each on a clinic of the test's own (its clock near noon: the afternoon is free to book).
 */
class FrontDeskWeekAndWaitlistScreensTest {

    /** The waitlist polls every few seconds: an offer shows within this. */
    private static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void receptionistDragsASessionToAFreeTimeIsToldWhatToDoWhenTheTimeIsTakenAndSeesItInTheWeek() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        String other = client(clinic, "Avery", "Stone");
        book(clinic, clinic.clientId, "17:00");
        book(clinic, other, "15:00");
        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            desk.open("/diary");
            Locator mine = page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName));
            assertThat(mine).containsText("17:00–");
            desk.assertAccessibleAndQuiet();

            mine.dragTo(page.locator("td[data-drop-time='18:00']"));
            assertThat(page.locator(".notice")).containsText("Moved.");
            assertThat(page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName)))
                    .containsText("18:00–");

            // 15:45 lies inside the buffer after the other client's 15:00 session: refused, and the page says what next
            page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName))
                    .dragTo(page.locator("td[data-drop-time='15:45']"));
            assertThat(page.locator(".form-problem")).containsText("The session was not moved");
            assertThat(page.locator(".form-problem")).containsText("Drag it to a free time");
            assertThat(page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName)))
                    .containsText("18:00–");
            desk.assertAccessibleAndQuiet();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Week").setExact(true)).click();
            assertThat(page.locator("h1")).containsText("Week of " + clinic.locationName);
            Locator week = page.locator("table.diary-week");
            assertThat(week.locator("tbody th[scope=row]").first()).hasText("Tess Harper");
            Locator card = week.locator("li.session", new Locator.LocatorOptions().setHasText(clinic.clientName));
            assertThat(card).containsText("18:00–");
            assertThat(card).hasClass(Pattern.compile("status-booked"));
            assertThat(week.locator("thead th.today")).containsText("Today");
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-week");

            // in a week wholly ahead, the other client's Tuesday session dragged onto Wednesday keeps its time of day
            LocalDate tuesday = LocalDate.now(clinic.zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(1);
            bookOn(clinic, other, tuesday, "11:00");
            desk.open("/diary/week?location=" + clinic.location + "&date=" + tuesday);
            Locator moving = week.locator("li.session[draggable=true]", new Locator.LocatorOptions().setHasText("Avery"));
            assertThat(moving).containsText("11:00–");
            moving.dragTo(week.locator("td[data-drop-date='" + tuesday.plusDays(1) + "'][data-therapist='"
                    + clinic.therapist + "']"));
            assertThat(page.locator(".notice")).containsText("Moved.");
            assertThat(page.locator("h1")).containsText("Week of " + clinic.locationName);
            assertThat(week.locator("td[data-drop-date='" + tuesday.plusDays(1) + "'] li.session",
                    new Locator.LocatorOptions().setHasText("Avery"))).containsText("11:00–");
            assertThat(week.locator("td[data-drop-date='" + tuesday + "'] li.session",
                    new Locator.LocatorOptions().setHasText("Avery"))).hasCount(0);
            desk.assertAccessibleAndQuiet();
        }
    }

    @Test
    void receptionistPutsAClientOnTheWaitlistFromTheBookingPageAndAcceptsTheOfferACancellationMakes() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        String other = client(clinic, "Blair", "Tern");
        Response taken = book(clinic, other, "16:00");
        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            desk.open("/diary/book?location=" + clinic.location + "&date=" + LocalDate.now(clinic.zone));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Put the client on the waitlist")))
                    .click();
            assertThat(page.locator("h1")).hasText("Put a client on the waitlist");
            page.getByLabel("Find a client").fill(clinic.clientName.split(" ")[1]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.getByLabel(Pattern.compile(clinic.clientName))).isChecked();
            desk.assertAccessibleAndQuiet();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the waitlist")).click();

            assertThat(page.locator(".notice")).containsText("Added to the waitlist.");
            Locator entry = page.locator("#waitlist-live tbody tr", new Page.LocatorOptions().setHasText(clinic.clientName));
            assertThat(entry).containsText("Waiting");
            assertFalse(page.url().contains(clinic.clientName.split(" ")[1]), page.url());

            // the other client's 16:00 is cancelled at the desk's API: the slot is offered, and the open page shows it
            Api.as(clinic.receptionist.username()).header("If-Match", "\"" + taken.path("version") + "\"")
                    .body(Map.of("reason", "CLIENT_REQUEST"))
                    .post("/api/v1/sessions/" + taken.path("id") + "/cancel").then().statusCode(200);
            assertThat(entry).containsText("Offered", LIVE);
            assertThat(entry).containsText("16:00");
            assertThat(page.locator("#offer-count")).hasText("1 open offer.");
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-waitlist");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the offer for " + clinic.clientName))
                    .click();
            assertThat(page.locator(".notice")).containsText("Booked.");
            assertThat(page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName)))
                    .containsText("16:00–");
        }
    }

    @Test
    void receptionistFindsAClientSeesTheirSessionsAndCorrectsTheirMobileNumber() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        book(clinic, clinic.clientId, "17:00");
        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            desk.open("/");
            page.locator("nav.main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Clients")).click();
            page.getByLabel("Find a client").fill(clinic.clientName.split(" ")[1]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(clinic.clientName)).click();

            assertThat(page.locator("h1")).hasText(clinic.clientName);
            assertThat(page.locator("main")).containsText("Remedial massage 45 min");
            assertThat(page.locator("main")).containsText("Tess Harper");
            assertFalse(page.title().contains(clinic.clientName.split(" ")[1]), page.title());
            desk.assertAccessibleAndQuiet();

            page.getByText("Change contact details").click();
            page.getByLabel("Mobile (e.g. +447700900123)").fill("07700 900123");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator("#phone-error")).containsText("E.164");
            desk.assertAccessibleAndQuiet();

            page.getByLabel("Mobile (e.g. +447700900123)").fill("+447700900123");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.locator("dl.facts")).containsText("+447700900123");
            desk.screenshot("desk-client");
        }
    }

    @Test
    void branchManagerHiresOutARoomCancelsTheHireAndReachesTheBranchReportFromTheMenu() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        RealmAdmin.User manager = RealmAdmin.createUser("manager", clinic.tenant, List.of(clinic.code), "branch-manager");
        try (ConsoleSession desk = ConsoleSession.signIn(manager.username())) {
            Page page = desk.page;
            page.onDialog(dialog -> dialog.accept());
            desk.open("/hires");
            assertThat(page.locator("main")).containsText("No room is hired out");
            desk.assertAccessibleAndQuiet();
            page.getByLabel("Practitioner").fill("Jo Reed (Pilates)");
            LocalDate tomorrow = LocalDate.now(clinic.zone).plusDays(1);
            page.getByLabel("Starts").fill(tomorrow + "T10:00");
            page.getByLabel("Ends").fill(tomorrow + "T09:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hire out")).click();
            // the API's refusal (an end before its start) is shown, and the form keeps what was typed
            assertThat(page.locator("#endsAt-error")).containsText("after");
            assertThat(page.getByLabel("Practitioner")).hasValue("Jo Reed (Pilates)");
            desk.assertAccessibleAndQuiet();

            page.getByLabel("Ends").fill(tomorrow + "T11:30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hire out")).click();
            assertThat(page.locator(".notice")).hasText("The room is hired out.");
            Locator hire = page.locator("tr", new Page.LocatorOptions().setHasText("Jo Reed (Pilates)"));
            assertThat(hire).containsText("10:00–11:30");
            desk.assertAccessibleAndQuiet();
            desk.screenshot("desk-hires");

            desk.open("/diary/week?location=" + clinic.location + "&date=" + tomorrow);
            assertThat(page.locator("tr.hires-row")).containsText("Jo Reed (Pilates)");

            desk.open("/hires");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Cancel the hire of Jo Reed")))
                    .click();
            assertThat(page.locator(".notice")).containsText("The hire is cancelled");
            assertThat(page.locator("main")).not().containsText("Jo Reed (Pilates)");

            page.locator("nav.main-nav").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Branch report")).click();
            assertThat(page.locator("h1")).hasText("Branch comparison");
            assertThat(page.locator("main")).containsText(clinic.locationName);
            desk.assertAccessibleAndQuiet();
        }
    }

    /** A second client of the clinic, registered at its location. */
    private static String client(ClinicOfItsOwn clinic, String given, String family) {
        Response response = Api.as(clinic.admin.username()).body(Map.of("givenName", given, "familyName", family
                        + clinic.code.substring(3), "preferredLocationId", clinic.location))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/clients");
        response.then().statusCode(201);
        return response.path("id");
    }

    /** Books the client today at that time of the clinic's clock, with its therapist and service. */
    private static Response book(ClinicOfItsOwn clinic, String clientId, String time) {
        return bookOn(clinic, clientId, LocalDate.now(clinic.zone), time);
    }

    /** Books the client on that day at that time of the clinic's clock, with its therapist and service. */
    private static Response bookOn(ClinicOfItsOwn clinic, String clientId, LocalDate day, String time) {
        String startsAt = day.atTime(LocalTime.parse(time)).atZone(clinic.zone).toOffsetDateTime().toString();
        Response response = Api.as(clinic.receptionist.username())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("locationId", clinic.location, "serviceId", clinic.service, "therapistId", clinic.therapist,
                        "clientId", clientId, "startsAt", startsAt))
                .post("/api/v1/sessions");
        response.then().statusCode(201);
        return response;
    }
}
