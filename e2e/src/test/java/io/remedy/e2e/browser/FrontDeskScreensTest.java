package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.remedy.e2e.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The front desk's day in the console, in Chromium, on a clinic of the test's own. */
class FrontDeskScreensTest {

    private static final LocatorAssertions.ContainsTextOptions PATIENT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void receptionistBooksIntoAFreeSlotReschedulesAndChecksInAndTheDiaryShowsEachChange() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            desk.open("/diary");
            assertThat(page.locator("h1")).containsText(clinic.locationName);
            Locator freeTimes = page.locator("td.free a");
            assertThat(freeTimes.first()).isVisible();
            desk.assertAccessibleAndQuiet();
            // a free time soon (the third: it stays in the future while the test runs), for later; book the last one
            String soonest = freeTimes.nth(2).innerText().replaceAll("[^0-9:]", "");
            String latest = freeTimes.last().innerText().replaceAll("[^0-9:]", "");
            freeTimes.last().click();

            assertThat(page.locator("h1")).containsText("Book a session");
            page.getByLabel("Find a client").fill(clinic.clientName.split(" ")[1]);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.getByLabel(Pattern.compile(clinic.clientName))).isChecked();
            desk.assertAccessibleAndQuiet();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Book").setExact(true)).click();

            assertThat(page.locator(".notice")).containsText("Booked.");
            Locator booked = page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName));
            assertThat(booked).containsText(latest);
            assertThat(booked).containsText("Booked");

            booked.locator("a").click();
            assertThat(page.locator("h1")).containsText(clinic.clientName);
            desk.assertAccessibleAndQuiet();
            page.getByLabel("New start").fill(LocalDate.now(clinic.zone) + "T" + soonest);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Move the session")).click();

            assertThat(page.locator(".notice")).containsText("Moved.");
            Locator moved = page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName));
            assertThat(moved).containsText(soonest + "–");

            moved.locator("a").click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Cancel the session")).click();
            // inside the notice window: the page says it will be a late cancellation before anything is confirmed
            assertThat(page.locator(".warning")).containsText("late cancellation");
            desk.assertAccessibleAndQuiet();
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Keep the session")).click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Check in")).click();

            assertThat(page.locator(".notice")).containsText("Checked in.", PATIENT);
            Locator checkedIn = page.locator("td.session", new Page.LocatorOptions().setHasText(clinic.clientName));
            assertThat(checkedIn).containsText("Checked in");
            assertThat(checkedIn).hasClass(Pattern.compile("status-checked-in"));
            desk.assertAccessibleAndQuiet();
            desk.screenshot("receptionist-diary");
        }
    }

    @Test
    void aClientOpeningTheFrontDeskDiaryGetsARefusalPage() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        try (ConsoleSession client = ConsoleSession.signIn(clinic.clientUser.username())) {
            Page page = client.page;
            client.open("/diary");
            assertThat(page.locator("h1")).hasText("Not allowed");
            assertThat(page.locator("nav.main-nav")).not().containsText("Diary");
            client.assertAccessibleAndQuiet();
        }
    }

    @Test
    void aReceptionistOpeningAClientsClinicalRecordGetsARefusalPage() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            desk.open("/records/" + clinic.clientId);
            assertThat(page.locator("h1")).hasText("Not allowed");
            assertThat(page.locator("main")).not().containsText(clinic.clientName);
            desk.assertAccessibleAndQuiet();
        }
    }

    @Test
    void summitsAdminSeesNothingOfHarbour() {
        String harbourSession = io.remedy.e2e.Api.as(io.remedy.e2e.Clinic.RECEPTION)
                .queryParam("from", java.time.OffsetDateTime.now().minusDays(7).toString())
                .queryParam("to", java.time.OffsetDateTime.now().plusDays(7).toString())
                .get("/api/v1/sessions").then().statusCode(200).extract().path("items[0].id");
        String norwich = io.remedy.e2e.Api.idOf(io.remedy.e2e.Clinic.RECEPTION, "/api/v1/locations", "code", "norwich");
        try (ConsoleSession summit = ConsoleSession.signIn(io.remedy.e2e.Clinic.SUMMIT_ADMIN)) {
            Page page = summit.page;
            summit.open("/diary?location=" + norwich);
            assertThat(page.locator("h1")).containsText("Leeds");
            assertThat(page.locator("#diary-location option")).hasCount(1);
            assertThat(page.locator("main")).not().containsText("Norwich");
            summit.assertAccessibleAndQuiet();
            summit.screenshot("chain-admin-diary");
            summit.open("/sessions/" + harbourSession);
            assertThat(page.locator("h1")).hasText("Not found");
            assertThat(page.locator("main")).not().containsText("Harbour");
        }
    }
}
