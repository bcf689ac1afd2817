package io.remedy.e2e.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.remedy.e2e.Clinic;
import io.remedy.e2e.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain admin's and the branch manager's screens in a real Chromium: the branch report and the dead letters. */
class ChainAdminScreensTest {

    private static final String MANAGER = "manager.norwich@harbour.test";

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    private static String range() {
        LocalDate today = LocalDate.now(Clinic.NORWICH_TIME);
        return "?from=" + today.minusDays(30) + "&to=" + today.plusDays(30);
    }

    @Test
    void chainAdminReadsTheBranchReportChartForBothHarbourBranchesAndDownloadsTheCsv() throws IOException {
        try (ConsoleSession admin = ConsoleSession.signIn(Clinic.ADMIN)) {
            Page page = admin.page;
            admin.open("/reports/branches" + range());
            assertThat(page.locator("#report-table tbody th")).hasCount(2);
            assertThat(page.locator("#report-table tbody")).containsText("Harbour Remedial Massage Norwich");
            assertThat(page.locator("#report-table tbody")).containsText("Harbour Remedial Massage Jupiter");
            assertThat(page.locator("#report-table tfoot th")).hasText("Chain total");
            // the sessions chart draws a bar group per branch; its description names both
            assertThat(page.locator("#chart-bookings [data-chart-ready=true] svg")).isVisible();
            assertThat(page.locator("#chart-bookings .chart"))
                    .hasAttribute("aria-label", Pattern.compile(".*(Norwich.*Jupiter|Jupiter.*Norwich).*", Pattern.DOTALL));
            admin.assertAccessibleAndQuiet();
            admin.screenshot("admin-branch-report");

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download CSV")).click());
            List<String> lines = Files.readAllLines(download.path());
            assertTrue(lines.get(0).startsWith("locationId,locationCode,locationName,"), lines.get(0));
            assertTrue(lines.stream().anyMatch(line -> line.contains(",norwich,")), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(line -> line.contains(",jupiter,")), String.join("\n", lines));
            assertTrue(download.suggestedFilename().startsWith("branch-report-"), download.suggestedFilename());

            admin.open("/admin/dead-letters");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Dead letters");
            admin.assertAccessibleAndQuiet();
            admin.screenshot("admin-dead-letters");
        }
    }

    @Test
    void branchManagerSeesOnlyTheirBranchAndNoDeadLetters() {
        try (ConsoleSession manager = ConsoleSession.signIn(MANAGER)) {
            Page page = manager.page;
            manager.open("/reports/branches" + range());
            assertThat(page.locator("#report-table tbody th")).hasText(new String[] {"Harbour Remedial Massage Norwich"});
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dead letters")))
                    .hasCount(0);
            manager.assertAccessibleAndQuiet();
        }
    }
}
