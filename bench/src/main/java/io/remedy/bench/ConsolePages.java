package io.remedy.bench;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The console's pages as the demo users see them: each user signs in on Keycloak's page in Chromium, the pages of
 * their navigation (and a client's record, a plan, a session reached from them) are asked for {@code rounds} times,
 * and each answer's {@code Server-Timing} (the console's own time: sign-in check, gateway calls, template) is kept
 * beside the time the whole answer took, once per pass (the first pass is the console's first users after its start,
 * the later ones a console that has served them). Then Chromium's first contentful paint of the diary, the branch
 * report and the client's booking page, in the last pass. Against {@code ./remedy up}; the console at
 * {@code -Dconsole=} (default port 8090).
 *
 * <pre>java -jar bench/target/remedy-bench.jar console-pages [rounds] [paints] [passes]</pre>
 */
final class ConsolePages {

    static final String CONSOLE = System.getProperty("console", "http://localhost:8090");
    static final String PASSWORD = "demo";
    private static final int WARM_UP = 3;

    /** The demo users, each with the pages their role uses. */
    private static final List<String> USERS = List.of("reception.norwich@harbour.test", "manager.norwich@harbour.test",
            "admin@harbour.test", "ana.therapist@harbour.test", "sam.client@harbour.test");

    private ConsolePages() {
    }

    static void main(String[] args) {
        int rounds = Bench.intArg(args, 0, 30);
        int paints = Bench.intArg(args, 1, 10);
        int passes = Math.max(1, Bench.intArg(args, 2, 2));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run"));
            Path system = Path.of("/usr/bin/chromium");
            if (Files.isExecutable(system)) {
                launch.setExecutablePath(system);
            }
            Browser browser = playwright.chromium().launch(launch);
            // Every pass asks for every page of every user; the figures of each pass are printed, so the first
            // (the console's JIT still compiling the templates and gateway calls) stands beside the settled ones.
            for (int pass = 1; pass <= passes; pass++) {
                System.out.printf(Locale.ROOT, "pass %d of %d%n", pass, passes);
                System.out.printf(Locale.ROOT, "%-32s %-34s %4s %22s %22s%n", "user", "page", "n",
                        "server p50/p95/max ms", "answer p50/p95/max ms");
                List<Double> allServer = new ArrayList<>();
                for (String user : USERS) {
                    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                            .setViewportSize(user.contains("client") ? 390 : 1280, user.contains("client") ? 844 : 900))) {
                        Page page = signIn(context, user);
                        for (String path : pagesOf(page)) {
                            Timings timings = measure(context, path, rounds);
                            allServer.addAll(timings.server);
                            System.out.printf(Locale.ROOT, "%-32s %-34s %4d %22s %22s%n", user, label(path),
                                    timings.server.size(), triple(timings.server), triple(timings.answer));
                        }
                        if (pass == passes) {
                            paints(page, user, paints);
                        }
                    }
                }
                System.out.printf(Locale.ROOT,
                        "pass %d, every page, every user: server p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n", pass,
                        percentile(allServer, 50), percentile(allServer, 95), percentile(allServer, 100),
                        allServer.size());
            }
            browser.close();
        }
    }

    private static Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(CONSOLE + "/");
        page.locator("#username").fill(user);
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(CONSOLE + "/**");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    /** The user's navigation, and the first client record, plan and session reached from it. */
    private static List<String> pagesOf(Page page) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        paths.addAll(links(page, "nav.main-nav a"));
        for (String path : List.copyOf(paths)) {
            if (path.equals("/my-diary") || path.equals("/diary")) {
                page.navigate(CONSOLE + path);
                links(page, "main a[href^='/records/']").stream().findFirst().ifPresent(record -> {
                    paths.add(record);
                    page.navigate(CONSOLE + record);
                    links(page, "main a[href*='/plans/']").stream().filter(p -> !p.endsWith("/new")).findFirst()
                            .ifPresent(paths::add);
                });
                page.navigate(CONSOLE + path);
                links(page, "main a[href^='/sessions/']").stream().findFirst().ifPresent(paths::add);
            }
        }
        return List.copyOf(paths);
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Page page, String selector) {
        return ((List<String>) page.locator(selector).evaluateAll("links => links.map(a => a.getAttribute('href'))"))
                .stream().filter(href -> href != null && href.startsWith("/") && !href.startsWith("/static/"))
                .map(href -> href.contains("#") ? href.substring(0, href.indexOf('#')) : href)
                .distinct().toList();
    }

    private record Timings(List<Double> server, List<Double> answer) {
    }

    private static Timings measure(BrowserContext context, String path, int rounds) {
        List<Double> server = new ArrayList<>();
        List<Double> answer = new ArrayList<>();
        for (int i = 0; i < WARM_UP + rounds; i++) {
            long started = System.nanoTime();
            APIResponse response = context.request().get(CONSOLE + path, RequestOptions.create().setMaxRedirects(0));
            double took = (System.nanoTime() - started) / 1e6;
            String timing = response.headers().get("server-timing");
            if (i >= WARM_UP && response.status() == 200 && timing != null) {
                server.add(Double.parseDouble(timing.replaceAll(".*dur=([0-9.]+).*", "$1")));
                answer.add(took);
            }
            response.dispose();
        }
        return new Timings(server, answer);
    }

    /** First contentful paint of the diary, the branch report and the client's booking page. */
    private static void paints(Page page, String user, int times) {
        List<String> paths = switch (user) {
            case "reception.norwich@harbour.test" -> List.of("/diary");
            case "admin@harbour.test" -> List.of("/reports/branches");
            case "sam.client@harbour.test" -> List.of("/me/book");
            default -> List.of();
        };
        for (String path : paths) {
            List<Double> first = new ArrayList<>();
            for (int i = 0; i < times + 1; i++) {
                page.navigate(CONSOLE + path);
                page.waitForLoadState(LoadState.LOAD);
                Object fcp = page.evaluate("() => new Promise(done => { const seen = () => { const e ="
                        + " performance.getEntriesByName('first-contentful-paint')[0]; if (e) { done(e.startTime); }"
                        + " else { setTimeout(seen, 20); } }; seen(); })");
                if (i > 0) {
                    first.add(((Number) fcp).doubleValue());
                }
            }
            System.out.printf(Locale.ROOT, "first contentful paint  %-32s %-20s n=%d p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    user, path, first.size(), percentile(first, 50), percentile(first, 95), percentile(first, 100));
        }
    }

    /** A path as the results show it: ids replaced, so no client's id lands in the results. */
    static String label(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
    }

    private static String triple(List<Double> values) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", percentile(values, 50), percentile(values, 95),
                percentile(values, 100));
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
