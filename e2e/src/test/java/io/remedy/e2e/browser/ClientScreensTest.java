package io.remedy.e2e.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A client on a phone (390x844) in the console, on a clinic of the test's own. */
class ClientScreensTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void clientOnAPhoneBooksAndSeesTheConfirmationArriveInTheInboxWithoutReloading() {
        ClinicOfItsOwn clinic = new ClinicOfItsOwn();
        try (ConsoleSession phone = ConsoleSession.signIn(clinic.clientUser.username(), WIDTH, HEIGHT)) {
            Page inbox = phone.page;
            phone.open("/me/inbox");
            assertThat(inbox.locator("h1")).hasText("Inbox");
            // the page listens to the live stream; a marker shows it is never reloaded
            assertThat(inbox.locator("ul.inbox[data-live-ready]")).hasCount(1);
            inbox.evaluate("() => { window.stillTheSamePage = true; }");
            phone.assertAccessibleAndQuiet();

            Page booking = inbox.context().newPage();
            booking.navigate(Platform.consoleUrl() + "/me/book");
            assertThat(booking.locator("h1")).hasText("Book a session");
            booking.locator("button.slot").first().click();
            assertThat(booking.locator(".notice")).containsText("Booked");
            assertThat(booking.locator(".my-sessions li")).hasCount(1);

            assertThat(inbox.locator(".inbox li:not([data-live-empty]) h3")).hasCount(1,
                    new LocatorAssertions.HasCountOptions().setTimeout(30_000));
            assertEquals(true, inbox.evaluate("() => window.stillTheSamePage === true"));
            phone.assertAccessibleAndQuiet();
            phone.screenshot("client-inbox");

            inbox.bringToFront();
            phone.open("/me");
            phone.assertAccessibleAndQuiet();
            phone.screenshot("client-sessions");
            phone.open("/me/book");
            phone.assertAccessibleAndQuiet();
            phone.open("/me/preferences");
            assertThat(inbox.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))).isVisible();
            phone.assertAccessibleAndQuiet();
        }
    }
}
