package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import io.remedy.e2e.RealmAdmin;
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
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client on a phone books the series their therapist's plan proposes: the home page says sessions were proposed,
 * the client leaves out one date and books the others; the one left out stays proposed.
 */
class ClientSeriesScreensTest {

    private static Clinic clinic;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
    }

    @Test
    void aClientBooksTheDatesOfTheProposedSeriesThatSuitThem() {
        RealmAdmin.User login = RealmAdmin.createUser("client", "harbour", List.of(), "client");
        String clientId = Api.as(Clinic.ADMIN).body(Map.of("givenName", "Ines", "familyName",
                        "Series " + UUID.randomUUID().toString().substring(0, 8), "email", login.username(),
                        "preferredLocationId", clinic.norwich, "userId", login.id()))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        // the client's usual session with Ana (the series follows its weekday and time), and a visit weeks ago
        Map<String, Object> usual = clinic.bookingFor(clientId);
        clinic.book(usual).then().statusCode(201);
        clinic.recordVisitWeeksBack(Instant.parse(usual.get("startsAt").toString()).atZone(Clinic.NORWICH_TIME)
                .minusWeeks(8).toOffsetDateTime(), clinic.massage, clientId);
        String record = "/api/v1/records/clients/" + clientId;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.as(Clinic.ANA).get(record + "/consents").then().statusCode(200));
        Api.as(Clinic.ANA).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01"))
                .post(record + "/consents").then().statusCode(201);
        String planId = Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich, "serviceId", clinic.massage,
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 5)),
                        "techniques", List.of("TRIGGER_POINT"), "regions", List.of("GLUTEALS"),
                        "reviewDate", LocalDate.now(Clinic.NORWICH_TIME).plusWeeks(8).toString()))
                .post(record + "/plans").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.ANA)
                .get("/api/v1/sessions/proposals?clientId=" + clientId).then().statusCode(200)
                .body("items.planId", hasItem(planId)));

        try (ConsoleSession phone = ConsoleSession.signIn(login.username(), 390, 844)) {
            Page page = phone.page;
            phone.open("/me");
            assertThat(page.locator("#series-notice")).containsText("proposed");
            phone.assertAccessibleAndQuiet();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose and book them")).click();
            Locator dates = page.locator(".series input[name=dates]");
            assertThat(dates.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            int offered = dates.count();
            assertTrue(offered >= 2, "the series offers dates to book: " + offered + " of "
                    + page.locator(".series-dates li").allInnerTexts());
            assertThat(page.locator(".series h2")).containsText("Ana");
            phone.assertAccessibleAndQuiet();
            String leftOut = dates.last().getAttribute("value");
            dates.last().uncheck();
            phone.screenshot("client-series");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book the ticked dates")).click();
            assertThat(page.locator("#series-outcome")).containsText((offered - 1) + " booked");
            phone.assertAccessibleAndQuiet();

            JsonPath proposal = Api.as(Clinic.ANA).get("/api/v1/sessions/proposals?clientId=" + clientId)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> outcome = proposal.getList("items.find { it.planId == '" + planId + "' }.dates");
            assertEquals(offered - 1, outcome.stream().filter(d -> "BOOKED".equals(d.get("status"))).count(),
                    "the ticked dates are booked: " + outcome);
            assertTrue(outcome.stream().anyMatch(d -> "PROPOSED".equals(d.get("status"))
                            && Instant.parse(d.get("startsAt").toString()).equals(Instant.parse(leftOut))),
                    "the date left out is still proposed: " + outcome);

            // the booked dates are the client's upcoming sessions now
            phone.open("/me");
            assertTrue(page.locator(".my-sessions:not(.past-sessions) > li").count() >= offered,
                    "the usual session and the booked dates are upcoming");
        }
    }
}
