package io.remedy.e2e.browser;

import com.microsoft.playwright.Page;
import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import io.remedy.e2e.RealmAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role's pages in Spanish: staff switch the language in the header, a client whose phone speaks Spanish gets
 * Spanish from Keycloak's sign-in page on without choosing. Each page's heading differs from the English one, no
 * English word of the menus is left, and the page stays accessible.
 */
class SpanishScreensTest {

    /** Words of the console's own menus and header that a Spanish page must not show. */
    private static final List<String> ENGLISH = List.of("Sign out", "Skip to content", "Waitlist", "Room hires",
            "My sessions", "Inbox", "Preferences", "Homework", "My record", "My diary", "Branch report",
            "Dead letters", "Chain setup", "Signed in as", "Invoices", "My invoices", "Revenue per branch");

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void theFrontDeskTheTherapistAndTheChainAdminSwitchToSpanish() {
        try (ConsoleSession desk = ConsoleSession.signIn(Clinic.RECEPTION)) {
            inSpanish(desk, List.of("/diary", "/diary/week", "/diary/book", "/waitlist", "/clients", "/hires",
                    "/invoices"),
                    "spanish-desk-week");
        }
        try (ConsoleSession therapist = ConsoleSession.signIn(Clinic.ANA)) {
            inSpanish(therapist, List.of("/my-diary"), null);
        }
        try (ConsoleSession admin = ConsoleSession.signIn(Clinic.ADMIN)) {
            inSpanish(admin, List.of("/reports/branches", "/setup", "/setup/therapists", "/setup/services",
                    "/setup/messages", "/admin/dead-letters", "/reports/revenue"), null);
        }
    }

    @Test
    void aClientWhosePhoneSpeaksSpanishGetsSpanishFromTheSignInPageOn() {
        RealmAdmin.User login = RealmAdmin.createUser("client", "harbour", List.of(), "client");
        Api.as(Clinic.ADMIN).body(Map.of("givenName", "Lucía", "familyName", "Móvil " + UUID.randomUUID()
                                .toString().substring(0, 8), "email", login.username(),
                        "preferredLocationId", new Clinic().norwich, "userId", login.id()))
                .post("/api/v1/clients").then().statusCode(201);

        Page phone = Chromium.page(390, 844, "es-ES");
        phone.navigate(Platform.consoleUrl() + "/");
        assertThat(phone.locator("html")).hasAttribute("lang", "es");
        try (ConsoleSession client = ConsoleSession.signIn(login.username(), phone)) {
            for (String path : List.of("/me", "/me/book", "/me/homework", "/me/inbox", "/me/record", "/me/preferences",
                    "/me/invoices")) {
                client.open(path);
                assertSpanish(client, path);
            }
            client.open("/me/book");
            client.screenshot("spanish-client-book");
        }
    }

    /**
     * Each page in English first (its heading), then the switch to Spanish and the same page again; the second page
     * in Spanish is kept as a screenshot when named.
     */
    private static void inSpanish(ConsoleSession session, List<String> paths, String screenshot) {
        Map<String, String> english = new java.util.LinkedHashMap<>();
        for (String path : paths) {
            session.open(path);
            english.put(path, heading(session.page));
        }
        session.open("/language?lang=es");
        for (String path : paths) {
            session.open(path);
            assertSpanish(session, path);
            assertNotEquals(english.get(path), heading(session.page), "the heading of " + path + " in Spanish");
            if (screenshot != null && path.equals(paths.get(1))) {
                session.screenshot(screenshot);
            }
        }
        session.open("/language?lang=en");
        assertThat(session.page.locator("html")).hasAttribute("lang", "en");
    }

    private static void assertSpanish(ConsoleSession session, String path) {
        Page page = session.page;
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        String text = page.locator("body").innerText();
        assertTrue(text.contains("Cerrar sesión"), "the header of " + path + " in Spanish");
        for (String words : ENGLISH) {
            assertFalse(Pattern.compile("\\b" + Pattern.quote(words) + "\\b").matcher(text).find(),
                    "\"" + words + "\" left in English on " + path);
        }
        assertFalse(heading(page).isBlank(), "a heading on " + path);
        session.assertAccessibleAndQuiet();
        assertEquals(-1, page.url().indexOf('@'), "no e-mail address in the address of " + path);
    }

    private static String heading(Page page) {
        return page.locator("h1").first().innerText().strip();
    }
}
