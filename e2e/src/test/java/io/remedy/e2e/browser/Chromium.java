package io.remedy.e2e.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Chromium for the whole test run: the system's ({@code /usr/bin/chromium}, nothing downloaded) when installed,
 * else Playwright's own. Each test opens its own context (its own cookies: its own signed-in user).
 */
final class Chromium {

    private static final Path SYSTEM = Path.of("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    static synchronized Browser browser() {
        if (browser == null) {
            boolean system = Files.isExecutable(SYSTEM);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run"));
            if (system) {
                options.setExecutablePath(SYSTEM);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close, "chromium-stop"));
        }
        return browser;
    }

    /** A fresh context (no cookies) with a page of this size, its browser speaking British English. */
    static Page page(int width, int height) {
        return page(width, height, "en-GB");
    }

    /** A fresh context (no cookies) with a page of this size, its browser set to this language ({@code es-ES}). */
    static Page page(int width, int height, String locale) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale(locale));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
    }
}
