package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The chain admin sets a chain up in Chromium, on a chain of the test's own: a location with its rooms, opening hours
 * and a closure, a therapist with a roster and leave, a service, and the chain's message settings; each form shows
 * the API's objection beside the field and explains a duplicate. A receptionist is offered none of it.
 */
class ChainSetupScreensTest {

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void chainAdminSetsUpALocationATherapistAServiceAndTheMessagesAndIsToldWhatTheApiObjectsTo() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        String code = clinic.code + "b";
        String branch = "Harbourside " + code;
        try (ConsoleSession admin = ConsoleSession.signIn(clinic.admin.username())) {
            Page page = admin.page;
            admin.open("/setup");
            assertThat(page.locator("#locations")).containsText(clinic.locationName);

            // a code the chain already uses: a 409, explained beside the field
            page.locator("#location-name").fill(branch);
            page.locator("#location-address").fill("4 Calle del Puerto\n28001 Madrid");
            page.locator("#location-code").fill(clinic.code);
            page.locator("#location-zone").fill("Europe/Madrid");
            page.locator("#location-notice").fill("12");
            page.locator("#location-check-in").fill("20");
            button(page, "Open the location").click();
            assertThat(page.locator("#open-location .warning")).containsText("already uses this code");
            assertThat(page.locator("#location-code-error")).isVisible();
            assertThat(page.locator("#location-name")).hasValue(branch);
            admin.assertAccessibleAndQuiet();
            page.locator("#location-code").fill(code);
            button(page, "Open the location").click();

            assertThat(page.locator("#setup-done")).containsText("The location is open");
            assertThat(page.locator("h1")).hasText(branch);
            assertThat(page.locator("#location-address")).hasValue("4 Calle del Puerto\n28001 Madrid");
            page.locator("#room-name").fill("Room A");
            button(page, "Add the room").click();
            assertThat(page.locator("#rooms")).containsText("Room A");
            page.locator("#room-name").fill("Room A");
            button(page, "Add the room").click();
            assertThat(page.locator("#add-room .warning")).containsText("already has a room of that name");

            // Monday closing before it opens: the API names the interval, the page marks Monday's closing time
            page.locator("#hours-MONDAY-0-start").fill("18:00");
            page.locator("#hours-MONDAY-0-end").fill("09:00");
            button(page, "Save the opening hours").click();
            assertThat(page.locator("#opening-hours .field-error").first()).isVisible();
            assertThat(page.locator("#hours-MONDAY-0-end")).hasValue("09:00");
            admin.assertAccessibleAndQuiet();
            page.locator("#hours-MONDAY-0-start").fill("09:00");
            page.locator("#hours-MONDAY-0-end").fill("13:00");
            page.locator("#hours-MONDAY-1-start").fill("14:00");
            page.locator("#hours-MONDAY-1-end").fill("20:00");
            button(page, "Save the opening hours").click();
            assertThat(page.locator("#setup-done")).containsText("opening hours are saved");
            assertThat(page.locator("#hours-MONDAY-1-end")).hasValue("20:00");

            LocalDate closed = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(30);
            page.locator("#closure-from").fill(closed.toString());
            page.locator("#closure-reason").fill("Staff training");
            button(page, "Record the closure").click();
            assertThat(page.locator("#closures")).containsText("Staff training");
            admin.assertAccessibleAndQuiet();
            admin.screenshot("admin-setup-location");

            admin.open("/setup/therapists");
            assertThat(page.locator("#therapists")).containsText("Tess Harper");
            page.locator("#therapist-name").fill("Nia Hollis");
            page.locator("#therapist-email").fill("nia-" + code + "@e2e.test");
            button(page, "Add a therapist").click();
            assertThat(page.locator("#setup-done")).containsText("The therapist is added");
            assertThat(page.locator("#works-at")).containsText("Nowhere yet");
            page.locator("#therapist-login").fill("nia-" + code);
            page.locator("#therapist-email").fill("nia.hollis-" + code + "@e2e.test");
            button(page, "Save the details").click();
            assertThat(page.locator("#setup-done")).containsText("details are saved");
            assertThat(page.locator("#therapist-email")).hasValue("nia.hollis-" + code + "@e2e.test");
            page.locator("#at-" + code + "-MONDAY-0-start").fill("09:00");
            page.locator("#at-" + code + "-MONDAY-0-end").fill("17:00");
            button(page, "Save the roster").click();
            assertThat(page.locator("#setup-done")).containsText("The roster is saved");
            assertThat(page.locator("#works-at")).containsText(branch);
            page.locator("#leave-from").fill(closed.plusDays(7) + "T09:00");
            page.locator("#leave-to").fill(closed.plusDays(9) + "T17:00");
            page.locator("#leave-where").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(branch));
            page.locator("#leave-reason").fill("Annual leave");
            button(page, "Record leave").click();
            assertThat(page.locator("#leave")).containsText("Annual leave");
            assertThat(page.locator("#leave")).containsText(branch);
            admin.assertAccessibleAndQuiet();
            admin.screenshot("admin-setup-therapist");

            // a name the catalogue already has: a 409, explained
            admin.open("/setup/services");
            page.locator("#service-name").fill("Remedial massage 45 min");
            page.locator("#service-duration").fill("60");
            page.locator("#service-price").fill("82.50");
            page.getByLabel("Nia Hollis").check();
            button(page, "Add a service").click();
            assertThat(page.locator("#add-service .warning")).containsText("already has a service of that name");
            assertThat(page.getByLabel("Nia Hollis")).isChecked();
            page.locator("#service-name").fill("Deep tissue 60 min");
            button(page, "Add a service").click();
            Locator deepTissue = page.locator("#services tr", new Page.LocatorOptions().setHasText("Deep tissue 60 min"));
            assertThat(deepTissue).containsText("82.50 GBP");
            assertThat(deepTissue).containsText("Nia Hollis");
            deepTissue.getByRole(AriaRole.LINK).click();
            page.locator("#service-price").fill("85");
            button(page, "Save the service").click();
            assertThat(page.locator("#setup-done")).containsText("Saved");
            assertThat(page.locator("#service-price")).hasValue("85.00");
            admin.open("/setup/services");
            admin.assertAccessibleAndQuiet();
            admin.screenshot("admin-setup-services");

            // a reminder more than 14 days ahead: the API's objection beside that reminder
            admin.open("/setup/messages");
            assertThat(page.locator("#reminder0")).hasValue("24");
            page.locator("#reminder0").fill("400");
            button(page, "Save the message settings").click();
            assertThat(page.locator("#reminder0-error")).isVisible();
            page.locator("#reminder0").fill("48");
            page.locator("#chain-name").fill("Quayside Clinics");
            page.locator("#signature").fill("Kind regards, the Quayside team");
            page.getByLabel("Formal: full names").check();
            button(page, "Save the message settings").click();
            assertThat(page.locator("#setup-done")).containsText("message settings are saved");
            assertThat(page.locator("#reminder0")).hasValue("48");
            assertThat(page.locator("#tone-formal")).isChecked();
            // the preview speaks in the voice typed into the form, saved or not
            page.locator("#signature").fill("Un saludo, el equipo de Quayside");
            page.locator("#preview-kind").selectOption("SESSION_REMINDER");
            page.locator("#preview-language").selectOption("es");
            button(page, "Show the preview").click();
            assertThat(page.locator("#message-preview")).containsText("Estimado/a Sam Patel");
            assertThat(page.locator("#message-preview")).containsText("Un saludo, el equipo de Quayside");
            assertThat(page.locator("#message-kinds")).containsText("Cancellation notice");
            admin.assertAccessibleAndQuiet();
            admin.screenshot("admin-setup-messages");

            // the same screens in Spanish
            admin.open("/language?lang=es");
            admin.open("/setup");
            assertThat(page.locator("h1")).hasText("Configuración de la cadena");
            assertThat(page.locator("#locations")).containsText(branch);
            admin.assertAccessibleAndQuiet();
            admin.open("/language?lang=en");
        }
    }

    @Test
    void aReceptionistIsOfferedNoSetup() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        try (ConsoleSession desk = ConsoleSession.signIn(clinic.receptionist.username())) {
            Page page = desk.page;
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chain setup"))).hasCount(0);
            desk.open("/setup/services");
            assertThat(page.locator("#services")).containsText("Remedial massage 45 min");
            assertThat(page.locator("#add-service")).hasCount(0);
            assertThat(page.locator("#services a")).hasCount(0);
            desk.open("/setup/locations/" + clinic.location);
            assertThat(page.locator("#location-details")).hasCount(0);
            assertThat(page.locator("#add-room")).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the opening hours")))
                    .hasCount(0);
            desk.assertAccessibleAndQuiet();
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
