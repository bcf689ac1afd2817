package io.remedy.e2e.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Api;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import io.remedy.e2e.RealmAdmin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A developer reads the API in the gateway's Swagger UI, signs in there as the front desk (authorization code + PKCE
 * with the realm's Swagger UI client) and tries a call out.
 */
class SwaggerUiTest {

    @Test
    void receptionistSignsInWithPkceAndTriesOutListingLocations() {
        String gateway = "http://localhost:" + java.net.URI.create(Platform.gatewayUrl()).getPort();
        // Swagger UI exchanges the code at Keycloak from the browser: the gateway's origin must be one it accepts
        RealmAdmin.allowWebOrigin("remedy-swagger-ui", gateway);
        Page page = Chromium.page(1280, 900);
        try {
            page.navigate(gateway + "/q/swagger-ui/");
            page.locator("button.authorize").first().click();
            Page signIn = page.waitForPopup(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Apply given OAuth2 credentials")).click());
            signIn.locator("#username").fill(Clinic.RECEPTION);
            signIn.locator("#password").fill(Api.PASSWORD);
            signIn.locator("#kc-login").click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove authorization"))
                    .first()).isVisible();
            page.locator("button.btn-done").first().click();

            Locator operation = page.locator("#operations-Locations-listLocations");
            operation.locator(".opblock-summary").click();
            operation.locator("button.try-out__btn").click();
            operation.locator("button.execute").click();
            Locator live = operation.locator(".live-responses-table .response");
            assertThat(live.locator(".response-col_status")).hasText("200");
            assertThat(live.locator(".response-col_description")).containsText("norwich");
        } finally {
            page.context().close();
        }
    }
}
