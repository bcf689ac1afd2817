package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Ana follows a client up in the console: she writes the intake, clears a red flag with the referral's outcome, and books the series of
 * sessions booking proposed from the plan's frequency.
 */
class TherapistFollowUpScreensTest {

    private static Clinic clinic;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
    }

    @Test
    void therapistWritesTheIntakeClearsARedFlagAndBooksTheSeriesThePlansFrequencyProposes() {
        String family = "Series " + UUID.randomUUID().toString().substring(0, 8);
        String clientId = Api.as(Clinic.RECEPTION).body(Map.of("givenName", "Noor", "familyName", family,
                        "email", Clinic.mailbox("noor"), "preferredLocationId", clinic.norwich))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        // the client's usual session with Ana (the series follows its weekday and time), and a visit weeks ago
        Map<String, Object> usual = clinic.bookingFor(clientId);
        String booked = clinic.book(usual).then().statusCode(201).extract().path("id");
        // (the booking is weeks ahead: the visit is recorded at its weekday and time some weeks before now)
        clinic.recordVisitWeeksBack(java.time.Instant.parse(usual.get("startsAt").toString()).atZone(Clinic.NORWICH_TIME)
                .minusWeeks(8).toOffsetDateTime(), clinic.massage, clientId);
        String record = "/api/v1/records/clients/" + clientId;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.as(Clinic.ANA).get(record + "/consents").then().statusCode(200));
        Api.as(Clinic.ANA).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01"))
                .post(record + "/consents").then().statusCode(201);
        String planId = Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich, "serviceId", clinic.massage,
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 3)),
                        "techniques", List.of("TRIGGER_POINT"), "regions", List.of("GLUTEALS"),
                        "reviewDate", LocalDate.now(Clinic.NORWICH_TIME).plusWeeks(8).toString()))
                .post(record + "/plans").then().statusCode(201).extract().path("id");
        // booking has proposed the series from the plan's frequency before the red flag is raised
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.ANA)
                .get("/api/v1/sessions/proposals?clientId=" + clientId).then().statusCode(200)
                .body("items.planId", hasItem(planId)));
        Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich, "findings", List.of("NIGHT_PAIN"),
                        "notes", "Night pain for three weeks; GP asked"))
                .post(record + "/red-flags").then().statusCode(201);
        // booking holds the client's sessions for the clearance
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.RECEPTION)
                .get("/api/v1/sessions/" + booked).then().statusCode(200).body("hold.reason", equalTo("RED_FLAG")));

        try (ConsoleSession ana = ConsoleSession.signIn(Clinic.ANA)) {
            Page page = ana.page;
            ana.open("/records/" + clientId);
            // the intake, written by Ana at the first visit: a new version, read back on the record
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the intake")).click();
            page.getByLabel("Occupation").fill("Ward nurse");
            page.getByLabel("Medications").fill("Naproxen, 250 mg twice daily");
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-intake");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
            assertThat(page.locator("#intake")).containsText("Ward nurse");
            assertThat(page.locator("#intake")).containsText("Naproxen (250 mg twice daily)");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear this red flag")).click();
            assertThat(page.locator("h1")).containsText("Clear the red flag of Noor " + family);
            page.getByLabel("Screened again: no red flag now").check();
            page.getByLabel("The referral's outcome").fill("GP: mechanical pain, cleared for massage");
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-clear-red-flag");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clear the red flag")).click();
            assertThat(page.locator("#red-flags")).containsText("GP: mechanical pain, cleared for massage");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear this red flag")))
                    .hasCount(0);

            // booking releases the hold on hearing of the clearance; then the plan's series can be booked
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.RECEPTION)
                    .get("/api/v1/sessions/" + booked).then().statusCode(200).body("hold", nullValue()));
            ana.open("/records/" + clientId + "/plans/" + planId);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show the proposed series")).click();
            // the page asks again until booking has proposed the series
            Locator dates = page.locator(".series input[name=dates]");
            assertThat(dates.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-series");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book the ticked dates")).click();
            assertThat(page.locator("#series-outcome")).containsText("booked");
            assertThat(page.locator(".series td").filter(new Locator.FilterOptions().setHasText("Booked")).first())
                    .isVisible();
            ana.assertAccessibleAndQuiet();
        }
        Api.as(Clinic.ANA).get("/api/v1/sessions/proposals?clientId=" + clientId).then().statusCode(200)
                .body("items[0].dates.status", hasItem("BOOKED"));
    }
}
