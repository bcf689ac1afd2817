package io.remedy.e2e.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import io.remedy.e2e.RealmAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Harbour client of the test's own on a phone (390x844): their homework with Ana's instructions, who looked at
 * their record, their data downloaded, their past visit, the channels of their messages; the console installable.
 */
class ClientSelfServiceScreensTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    private static Clinic clinic;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
    }

    @Test
    void clientReadsHomeworkSeesWhoLookedAtTheRecordDownloadsTheDataAndChoosesChannels() throws IOException {
        RealmAdmin.User login = RealmAdmin.createUser("client", "harbour", List.of(), "client");
        String family = "Phone " + UUID.randomUUID().toString().substring(0, 8);
        String clientId = Api.as(Clinic.ADMIN).body(Map.of("givenName", "Kit", "familyName", family,
                        "email", login.username(), "preferredLocationId", clinic.norwich, "userId", login.id()))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        // a visit with Ana weeks ago, completed; then Ana writes the plan with homework
        String visit = clinic.recordVisitWeeksBack(Clinic.nextSlot().atZone(Clinic.NORWICH_TIME).minusWeeks(8)
                .toOffsetDateTime(), clinic.massage, clientId);
        String etag = Api.as(Clinic.RECEPTION).get("/api/v1/sessions/" + visit).then().extract().header("ETag");
        Api.as(Clinic.RECEPTION).header("If-Match", etag).post("/api/v1/sessions/" + visit + "/complete")
                .then().statusCode(200);
        String record = "/api/v1/records/clients/" + clientId;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.as(Clinic.ANA).get(record + "/consents").then().statusCode(200));
        Api.as(Clinic.ANA).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01"))
                .post(record + "/consents").then().statusCode(201);
        Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich,
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 4)),
                        "techniques", List.of("MUSCLE_ENERGY_TECHNIQUE"), "regions", List.of("QUADRATUS_LUMBORUM"),
                        "homework", List.of(Map.of("title", "Cat-camel", "instructions",
                                "On hands and knees, round then hollow your back slowly", "timesPerDay", 2,
                                "daysPerWeek", 5)),
                        "reviewDate", LocalDate.now(Clinic.NORWICH_TIME).plusWeeks(4).toString()))
                .post(record + "/plans").then().statusCode(201);

        try (ConsoleSession phone = ConsoleSession.signIn(login.username(), WIDTH, HEIGHT)) {
            Page page = phone.page;

            // the visit that has been, with what became of it
            phone.open("/me");
            assertThat(page.locator(".past-sessions li")).hasCount(1);
            assertThat(page.locator(".past-sessions li")).containsText("Completed");
            phone.assertAccessibleAndQuiet();
            phone.screenshot("client-past-sessions");

            // the homework with Ana's instructions and how often
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Homework")).click();
            assertThat(page.locator(".homework h2")).hasText("Cat-camel");
            assertThat(page.locator(".homework .instructions")).containsText("round then hollow your back");
            assertThat(page.locator(".homework .how-often")).hasText("2 times a day, 5 days a week");
            phone.assertAccessibleAndQuiet();
            phone.screenshot("client-homework");

            // who looked: Ana, by name and role, and the client themself (the homework just read)
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My record")).click();
            assertThat(page.locator(".access-log")).containsText("Ana Costa (therapist)");
            assertThat(page.locator(".access-log")).containsText("(you) read homework");
            phone.assertAccessibleAndQuiet();
            phone.screenshot("client-record");

            // the data, one file: booking's part and the whole clinical record
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Download my data")).click());
            assertTrue(download.suggestedFilename().startsWith("my-remedy-data-"), download.suggestedFilename());
            assertFalse(download.suggestedFilename().contains(family), "no personal data in the file name");
            JsonNode data = new ObjectMapper().readTree(Files.readString(download.path()));
            assertEquals(clientId, data.path("booking").path("client").path("id").asText());
            assertEquals(visit, data.path("booking").path("sessions").path(0).path("id").asText());
            assertEquals("Cat-camel", data.path("clinicalRecord").path("plans").findValue("homework")
                    .path(0).path("title").asText());

            // reminders by SMS only, no waitlist offers; kept as saved
            phone.open("/me/preferences");
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Reminders before a session"))
                    .getByLabel("SMS").check();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Earlier times from the waitlist"))
                    .getByLabel("Not at all").check();
            phone.assertAccessibleAndQuiet();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator(".notice")).containsText("Saved");
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Reminders before a session"))
                    .getByLabel("SMS")).isChecked();
            phone.screenshot("client-preferences");

            // installable: Chromium finds nothing missing in the manifest
            CDPSession cdp = page.context().newCDPSession(page);
            JsonNode installability = new ObjectMapper().readTree(
                    cdp.send("Page.getInstallabilityErrors").toString());
            List<String> errors = new java.util.ArrayList<>();
            installability.path("installabilityErrors").forEach(error -> errors.add(error.path("errorId").asText()));
            // a headless, private context is never offered the install itself; everything the app controls is right
            errors.removeAll(List.of("in-incognito", "no-url-for-service-worker", "not-offline-capable"));
            assertEquals(List.of(), errors, "installability");
        }
        Api.as(login.username()).get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("channels.SESSION_REMINDER", equalTo(List.of("SMS")))
                .body("optOuts", equalTo(List.of("WAITLIST_OFFER")));
    }
}
