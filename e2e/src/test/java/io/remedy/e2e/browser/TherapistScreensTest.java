package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ana's clinical day in the console, in a real Chromium: from her diary to a client of the test's own, an ODI
 * assessment that lands on the progress chart, a new version of the treatment plan, and the session's signed note.
 */
class TherapistScreensTest {

    private static Clinic clinic;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
    }

    @Test
    void therapistRecordsAnOdiAssessmentSeesItOnTheChartUpdatesThePlanAndSignsTheNote() {
        // a client of the test's own, booked with Ana at Norwich in the next days, with a visit that has begun and
        // is checked in, consented, with a first assessment and a plan
        String family = "Browser " + UUID.randomUUID().toString().substring(0, 8);
        String clientId = Api.as(Clinic.RECEPTION).body(Map.of("givenName", "Tess", "familyName", family,
                        "email", Clinic.mailbox("tess"), "preferredLocationId", clinic.norwich))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now(Clinic.NORWICH_TIME);
        Map<String, Object> slot = Api.as(Clinic.RECEPTION)
                .queryParam("serviceId", clinic.massage).queryParam("locationId", clinic.norwich)
                .queryParam("therapistId", clinic.ana)
                .queryParam("from", today.plusDays(1).toString()).queryParam("to", today.plusDays(12).toString())
                .queryParam("limit", 1)
                .get("/api/v1/availability").then().statusCode(200).body("items", not(empty()))
                .extract().jsonPath().getMap("items[0]");
        Api.as(Clinic.RECEPTION).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("locationId", clinic.norwich, "serviceId", clinic.massage, "therapistId", clinic.ana,
                        "roomId", slot.get("roomId"), "clientId", clientId, "startsAt", slot.get("startsAt")))
                .post("/api/v1/sessions").then().statusCode(201);
        // the visit whose note Ana signs has begun (check-in opens shortly before the start): recorded as history
        String sessionId = clinic.recordVisitWeeksBack(java.time.OffsetDateTime.parse((String) slot.get("startsAt")),
                clinic.massage, clientId);
        String etag = Api.as(Clinic.RECEPTION).get("/api/v1/sessions/" + sessionId).then().extract().header("ETag");
        Api.as(Clinic.RECEPTION).header("If-Match", etag).post("/api/v1/sessions/" + sessionId + "/check-in")
                .then().statusCode(200);
        String record = "/api/v1/records/clients/" + clientId;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.as(Clinic.ANA).get(record + "/consents").then().statusCode(200));
        Api.as(Clinic.ANA).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01"))
                .post(record + "/consents").then().statusCode(201);
        Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich, "nrs", 7,
                        "odiAnswers", List.of(3, 3, 3, 3, 2, 3, 2, 2, 2, 3),
                        "assessedAt", java.time.OffsetDateTime.now().minusDays(14).toString()))
                .post(record + "/assessments").then().statusCode(201);
        Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich,
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6)),
                        "techniques", List.of("TRIGGER_POINT"), "regions", List.of("GLUTEALS"),
                        "reviewDate", today.plusWeeks(6).toString()))
                .post(record + "/plans").then().statusCode(201);

        try (ConsoleSession ana = ConsoleSession.signIn(Clinic.ANA)) {
            Page page = ana.page;
            ana.open("/my-diary");
            // the diary names the client; her record is one click away
            Locator client = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tess " + family)).first();
            assertThat(client).isVisible();
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-diary");
            client.click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Tess " + family);

            // an ODI assessment: NRS 3 and every section at 1 (ODI 20 %, minimal)
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an assessment")).click();
            page.getByLabel("Location").selectOption(clinic.norwich);
            page.locator("input[name=nrs][value='3']").check();
            for (int section = 0; section < 10; section++) {
                page.locator("input[name='odiAnswers[" + section + "]'][value='1']").check();
            }
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-assessment");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the assessment")).click();
            assertThat(page.locator("#recorded")).containsText("ODI 20.0 %");
            assertThat(page.locator("#recorded")).containsText("minimal disability");

            // ... and sees it on the progress chart: two points, the improvement marked as clinically important
            assertThat(page.locator("[data-progress-chart][data-chart-ready=true] svg")).isVisible();
            assertThat(page.locator("#progress-table tbody tr")).hasCount(2);
            assertThat(page.locator("#progress")).containsText("Clinically important improvement");
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-record");

            // the plan gets a new version: homework added, reviewed for progress
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review the plan")).click();
            page.getByLabel("Title").first().fill("Knee-to-chest stretch");
            page.getByLabel("Instructions for the client").first()
                    .fill("Lie on your back, draw one knee to your chest, hold 30 seconds");
            page.getByLabel("Why it changes").selectOption("PROGRESS");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
            assertThat(page.locator("#plan-saved")).containsText("version 2");
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-plan");

            // the session's note: completed, written and signed
            ana.open("/sessions/" + sessionId + "/note");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark the session completed")).click();
            // the note opens once records has heard of the completion (the page asks again until then)
            page.getByLabel("S — Subjective: what the client reports")
                    .waitFor(new Locator.WaitForOptions().setTimeout(90_000));
            page.getByLabel("S — Subjective: what the client reports").fill("Pain easing; sleeps through");
            page.getByLabel("O — Objective: what you found").fill("Left QL less tight");
            page.getByLabel("A — Assessment").fill("Mechanical low back pain, improving");
            page.getByLabel("P — Plan from here").fill("Weekly for four more weeks");
            page.getByLabel("Pressure", new Page.GetByLabelOptions().setExact(true)).selectOption("MODERATE");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and sign")).click();
            assertThat(page.locator("#note-message")).containsText("Note signed and locked.");
            assertThat(page.locator("#note-state")).containsText("Signed");
            ana.assertAccessibleAndQuiet();
            ana.screenshot("therapist-note");
        }
        Api.as(Clinic.ANA).get("/api/v1/records/sessions/" + sessionId + "/notes").then().statusCode(200)
                .body("items[0].status", org.hamcrest.Matchers.equalTo("SIGNED"));
        Api.as(Clinic.ANA).get(record + "/plans").then().statusCode(200)
                .body("items[0].version", org.hamcrest.Matchers.equalTo(2))
                .body("items[0].homework.title", org.hamcrest.Matchers.hasItem("Knee-to-chest stretch"));
    }
}
