package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain admin reads a dead letter in plain words: a red-flag alert for the branch managers of Jupiter, where
 * Harbour has none, cannot go out by e-mail and is parked; the page says what it was, where, and why.
 */
class DeadLetterScreensTest {

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void chainAdminReadsWhatWasParkedAndWhyInPlainWords() {
        Instant start = Instant.now();
        String jupiter = Api.idOf(Clinic.ADMIN, "/api/v1/locations", "code", "jupiter");
        String massage = Api.idOf(Clinic.ADMIN, "/api/v1/services", "name", "Remedial massage 60 min");
        String ana = Api.idOf(Clinic.ADMIN, "/api/v1/therapists", "displayName", "Ana Costa");
        // a client of the test's own, booked with Ana at Jupiter, for whom Ana raises a red flag there
        String clientId = Api.as(Clinic.ADMIN).body(Map.of("givenName", "Dana", "familyName",
                        "Letters " + UUID.randomUUID().toString().substring(0, 8), "preferredLocationId", jupiter))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now(Clinic.NORWICH_TIME);
        Map<String, Object> slot = Api.as(Clinic.ADMIN).queryParam("serviceId", massage)
                .queryParam("locationId", jupiter).queryParam("therapistId", ana)
                .queryParam("from", today.plusDays(1).toString()).queryParam("to", today.plusDays(14).toString())
                .queryParam("limit", 1).get("/api/v1/availability").then().statusCode(200)
                .body("items", not(empty())).extract().jsonPath().getMap("items[0]");
        Api.as(Clinic.ADMIN).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("locationId", jupiter, "serviceId", massage, "therapistId", ana,
                        "roomId", slot.get("roomId"), "clientId", clientId, "startsAt", slot.get("startsAt")))
                .post("/api/v1/sessions").then().statusCode(201);
        String record = "/api/v1/records/clients/" + clientId;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.ANA)
                .body(Map.of("locationId", jupiter, "findings", List.of("NIGHT_PAIN"), "notes", "Browser test"))
                .post(record + "/red-flags").then().statusCode(201));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonPath letters = Api.as(Clinic.ADMIN).queryParam("limit", 50)
                    .get("/api/v1/notifications/dead-letters").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> alerts = letters.getList("items.findAll { it.kind == 'RED_FLAG_ALERT' && "
                    + "it.locationId == '" + jupiter + "' }");
            assertTrue(alerts.stream().anyMatch(a -> Instant.parse((String) a.get("parkedAt")).isAfter(start)),
                    "no red-flag alert parked since " + start + ": " + alerts);
        });

        try (ConsoleSession admin = ConsoleSession.signIn(Clinic.ADMIN)) {
            Page page = admin.page;
            admin.open("/admin/dead-letters");
            Locator alert = page.locator("#dead-letters tbody tr", new Page.LocatorOptions()
                    .setHasText("Red flag alert by e-mail to the staff of a location")).first();
            assertThat(alert).containsText("Harbour Remedial Massage Jupiter");
            assertThat(alert).containsText("Nowhere to send it");
            assertThat(page.locator("#dead-letters")).not().containsText("NO_ADDRESS");
            assertThat(page.locator("#dead-letters")).not().containsText("RED_FLAG_ALERT");
            admin.assertAccessibleAndQuiet();
        }
    }
}
