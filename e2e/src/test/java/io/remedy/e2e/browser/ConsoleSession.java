package io.remedy.e2e.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.remedy.e2e.Api;
import io.remedy.e2e.Platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person using the console in Chromium: signs in on Keycloak's page like anyone would, opens pages, and checks what
 * every page must be (no serious or critical axe-core violation, no error in the browser's console).
 */
final class ConsoleSession implements AutoCloseable {

    private static String axe;

    final Page page;
    private final List<String> errors = new ArrayList<>();

    private ConsoleSession(Page page) {
        this.page = page;
        page.onConsoleMessage(message -> {
            // a refusal or not-found page is answered with its status (403, 404): Chromium logs that about the
            // document itself, which is no fault of the page
            // (the location reads "<url>:<line>:<column>")
            boolean documentStatus = message.text().startsWith("Failed to load resource")
                    && message.location() != null && message.location().startsWith(page.url() + ":");
            // a page outside the console (the payment provider's hosted page) is not the console's to answer for
            boolean elsewhere = !page.url().startsWith(Platform.consoleUrl());
            if ("error".equals(message.type()) && !documentStatus && !elsewhere) {
                errors.add(message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> errors.add(error));
    }

    /** Signs {@code username} in (password of every test user) on a desktop-sized page. */
    static ConsoleSession signIn(String username) {
        return signIn(username, 1280, 900);
    }

    static ConsoleSession signIn(String username, int width, int height) {
        return signIn(username, Chromium.page(width, height));
    }

    /** Signs {@code username} in on a page of a browser set to this language ({@code es-ES}). */
    static ConsoleSession signIn(String username, int width, int height, String locale) {
        return signIn(username, Chromium.page(width, height, locale));
    }

    /** Signs {@code username} in on this page (of a context made by {@link Chromium}). */
    static ConsoleSession signIn(String username, Page browserPage) {
        ConsoleSession session = new ConsoleSession(browserPage);
        Page page = session.page;
        page.navigate(Platform.consoleUrl() + "/");
        page.locator("#username").fill(username);
        page.locator("#password").fill(Api.PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(Platform.consoleUrl() + "/**");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return session;
    }

    /** Opens a page of the console ({@code /diary}) and waits until it has loaded. */
    void open(String path) {
        page.navigate(Platform.consoleUrl() + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** The page as it stands has no serious or critical accessibility violation and logged no error. */
    void assertAccessibleAndQuiet() {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))
                """);
        assertEquals(List.of(), violations, "accessibility violations on " + page.url());
        assertEquals(List.of(), errors, "browser console errors on " + page.url());
    }

    /** Writes a screenshot of the whole page to {@code docs/console/<name>.png} in the repository. */
    void screenshot(String name) {
        Path root = Path.of(System.getProperty("remedy.root", "..")).toAbsolutePath().normalize();
        Path file = root.resolve("docs/console").resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    /** Writes a screenshot of the whole page to {@code target/screenshots/<name>.png} of the e2e module. */
    void snapshot(String name) {
        Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    private static synchronized String axe() {
        if (axe == null) {
            try (InputStream in = ConsoleSession.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        page.context().close();
    }
}
